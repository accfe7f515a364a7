"""Protocols for inference backends (``register_inference_backends``).

A backend turns a :class:`ModelRef` into a :class:`LoadedModel`; the inference plugin caches
loaded models under a memory budget (LRU) and calls ``stream`` per request. The contract:

* **The token pipeline is shared.** A backend that gets raw logits runs
  :func:`llmworks_sdk.decoding.generate_tokens` over its own ``feed`` function (the PyTorch,
  ONNX Runtime and Triton backends do): sampling, stop sequences, detokenising, EOS and
  log-probs then follow the rules written there, the same for every backend.
* **``stream`` returns its finish reason.** It is a generator of
  :class:`~llmworks_sdk.generation.GeneratedToken` that *returns* ``"eos"``, ``"stop"`` or
  ``"length"`` (:data:`~llmworks_sdk.generation.FinishReason`); callers read it from
  ``StopIteration.value``. A generator that returns nothing is reported as ``"length"``.
* **Stop sequences** (``params.stop``): generation ends before the first occurrence in the
  generated text; the stop sequence is neither yielded nor returned, and text that could begin
  one is held back until decided (see :mod:`llmworks_sdk.decoding`).
* **Errors.** Raise :class:`~llmworks_sdk.errors.Invalid` (or ``ValueError``) for a request the
  model cannot serve (a prompt too long, an unknown adapter): the inference plugin answers
  422 with the message, so say what to change. Other exceptions are 500s and mark the
  request failed. ``Unavailable`` is a 503 (a server that is down).
* **Context length.** The inference plugin checks ``count_tokens(prompt) < context_length``
  before it calls ``stream`` (422 otherwise); ``stream`` must still generate at most
  ``context_length - prompt tokens`` tokens (``generate_tokens`` does).
* **Chat.** Chat messages are rendered into a prompt by the inference plugin with the chat
  template of the route's model folder (``ModelRef.path``), unless the backend sets
  ``renders_chat = True``: then the plugin calls ``LoadedModel.render_chat(messages)`` and
  reads nothing from the model folder (a remote chat API can serve a route whose model has
  no local template).
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from llmworks_sdk.generation import FinishReason, GeneratedToken, GenerationParams


@dataclass(frozen=True)
class ModelRef:
    """What to load.

    ``path`` is a folder that ``from_pretrained`` loads (a base model, or merged weights).
    ``adapters`` maps adapter names to PEFT adapter folders trained on that base; a backend
    that supports adapters keeps one base in memory and switches adapter per request.
    ``key`` identifies the loaded object in caches (e.g. ``"model-version:12"``).
    """

    key: str
    path: Path
    adapters: dict[str, Path] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class LoadedModel(Protocol):
    #: approximate resident size, used by the LRU memory budget
    memory_bytes: int
    #: maximum sequence length (prompt + generated tokens)
    context_length: int

    def count_tokens(self, text: str) -> int: ...

    def stream(
        self, prompt: str, params: GenerationParams, *, adapter: str | None = None
    ) -> Generator[GeneratedToken, None, FinishReason]:
        """Yield generated tokens one by one; stop at EOS, a stop sequence, ``max_new_tokens`` or
        the context length, and *return* the finish reason (``StopIteration.value``)."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class InferenceBackend(Protocol):
    #: unique name: "pytorch", "onnxruntime", "triton", ...
    name: str
    #: human description shown in the UI
    description: str
    #: whether LoadedModel.attentions(...) is available
    supports_attention: bool
    #: whether adapters can be switched per request on one loaded base
    supports_adapters: bool
    # optional: ``renders_chat = True`` when its loaded models implement :class:`ChatRenderer`
    # optional: ``supports_token_scores = True`` when they implement :class:`TokenScorer`
    # optional: ``modalities = ("text", "image")``: the input modalities its models accept
    # (default text only; see :func:`input_modalities`)

    def available(self) -> tuple[bool, str]:
        """(True, "") when usable on this machine, else (False, reason to show users)."""
        ...

    def load(self, ref: ModelRef) -> LoadedModel: ...


class TokenScorer(Protocol):
    """What a :class:`LoadedModel` of a backend with ``supports_token_scores = True`` adds:
    token log-likelihoods of given texts (no generation), as bias suites and perplexity need."""

    def token_scores(self, texts: Sequence[str], *, adapter: str | None = None, batch_size: int = 16
                     ) -> list[tuple[list[int], list[float]]]:
        """For each text, its token ids and the natural-log probability of every token after the
        first (``len(ids) - 1`` values), computed ``batch_size`` texts per forward pass."""
        ...


def supports_token_scores(backend: object) -> bool:
    """Whether ``backend``'s loaded models implement :class:`TokenScorer` (attribute
    ``supports_token_scores``, default False)."""
    return bool(getattr(backend, "supports_token_scores", False))


class ChatRenderer(Protocol):
    """What a :class:`LoadedModel` of a backend with ``renders_chat = True`` adds."""

    def render_chat(self, messages: Sequence[Mapping[str, object]]) -> str:
        """The prompt for ``messages`` (``[{"role": ..., "content": ...}, ...]``) that ``stream``
        expects, ending where the assistant's answer begins; raise ``Invalid`` for messages it
        cannot render."""
        ...


def renders_chat(backend: object) -> bool:
    """Whether ``backend`` renders chat messages itself (attribute ``renders_chat``, default False)."""
    return bool(getattr(backend, "renders_chat", False))


#: the input modalities a chat request may carry (OpenAI content part types → modality)
CONTENT_PART_MODALITIES: dict[str, str] = {"text": "text", "image_url": "image", "input_image": "image",
                                           "input_audio": "audio", "audio_url": "audio", "file": "file"}


def input_modalities(backend: object) -> tuple[str, ...]:
    """The input modalities ``backend`` declares (attribute ``modalities``, default ``("text",)``)."""
    declared = getattr(backend, "modalities", None)
    return tuple(declared) if declared else ("text",)
