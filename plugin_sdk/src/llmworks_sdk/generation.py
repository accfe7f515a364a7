"""Generation types shared by every inference backend.

Backends receive a :class:`GenerationParams` and yield :class:`GeneratedToken` objects one
by one (streaming); the caller assembles a :class:`GenerationResult`. Keeping these types
in the SDK lets PyTorch, ONNX Runtime and Triton backends be compared token for token.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, model_validator

#: why generation ended: the model produced EOS, a stop sequence appeared, or ``max_new_tokens``
#: (or the context length) was reached. A backend's ``stream`` *returns* it (``StopIteration.value``).
FinishReason = Literal["eos", "stop", "length"]


class GenerationParams(BaseModel):
    """Sampling and decoding settings of one generation request."""

    max_new_tokens: int = Field(64, ge=1, le=8192, description="Tokens to generate at most.")
    temperature: float = Field(
        1.0, ge=0.0, le=5.0, description="0 means greedy decoding (argmax)."
    )
    top_k: int = Field(0, ge=0, description="Keep the k most likely tokens; 0 disables.")
    top_p: float = Field(1.0, gt=0.0, le=1.0, description="Nucleus sampling mass; 1 disables.")
    repetition_penalty: float = Field(1.0, gt=0.0, le=10.0, description="CTRL-style penalty; 1 disables.")
    stop: list[str] = Field(
        default_factory=list,
        max_length=16,
        description="Stop sequences: generation ends before the first one found in the generated text "
        "(it is not returned); see llmworks_sdk.decoding.",
    )
    seed: int | None = Field(None, description="Seed for reproducible sampling.")
    logprobs: bool = Field(True, description="Return per-token log-probabilities.")
    top_logprobs: int = Field(5, ge=0, le=20, description="Alternatives returned per token.")

    @property
    def greedy(self) -> bool:
        return self.temperature == 0.0

    @model_validator(mode="after")
    def _check_stop(self) -> GenerationParams:
        if any(s == "" for s in self.stop):
            raise ValueError("stop sequences must not be empty strings")
        return self


class TokenAlternative(BaseModel):
    token_id: int
    token: str
    logprob: float
    bytes: list[int] | None = Field(None, description="The token's own UTF-8 bytes (a byte-fragment token's too)")


class GeneratedToken(BaseModel):
    """One generated token with its log-probability (under the unmodified model
    distribution, i.e. log-softmax of the raw logits), rank among all tokens (1 = most
    likely), entropy of that distribution (nats) and the top alternatives."""

    index: int
    token_id: int
    token: str
    logprob: float | None = None
    rank: int | None = None
    entropy: float | None = None
    top: list[TokenAlternative] = Field(default_factory=list)
    bytes: list[int] | None = Field(
        None, description="The token's own bytes: part of a UTF-8 character for a byte-fragment token, whose "
        "'token' text is empty (its character appears with the token that completes it)")


class GenerationResult(BaseModel):
    text: str
    tokens: list[GeneratedToken]
    prompt_tokens: int
    finish_reason: FinishReason = Field(description="'length', 'stop' or 'eos'")
    backend: str
    latency_ms: float | None = None
    time_to_first_token_ms: float | None = None
