"""One generation, from a resolved target to a result: validation, the pinned model, timing,
token metrics, streaming and the A/B observation.

    gen = prepare(kernel, db, auth, target, prompt="Hello", params=params)   # 4xx/503 raised here
    result = gen.run()                                                      # or: for tok in gen.tokens(): ...

Everything that can be refused is refused in :func:`prepare`, before a streamed response
starts. The model stays pinned in the cache until the generation ends (or the object is
garbage-collected), so eviction never closes a model under a running request.
"""

from __future__ import annotations

import math
import time
import uuid
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from llmworks_sdk import GeneratedToken, GenerationParams, Invalid, LlmworksError, LoadedModel, ModelRef
from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session

from llmworks_inference import abtest, cache
from llmworks_inference.chat import chat_prompt
from llmworks_inference.targets import Target, model_ref


def merge_params(defaults: Mapping[str, Any], override: BaseModel | Mapping[str, Any] | None,
                 loc: Sequence[str] = ("body", "params")) -> GenerationParams:
    """Route defaults overlaid with the fields the request set, validated as a whole."""
    data = dict(defaults or {})
    if isinstance(override, BaseModel):
        data.update(override.model_dump(exclude_unset=True))
    elif override:
        data.update(override)
    try:
        return GenerationParams.model_validate(data)
    except ValidationError as exc:
        errors = [{"loc": [*loc, *e["loc"]], "msg": e["msg"]} for e in exc.errors()]
        first = errors[0]
        where = ".".join(str(p) for p in first["loc"][1:])
        raise Invalid(f"{where}: {first['msg']}", errors=errors) from exc


def token_metrics(tokens: Sequence[GeneratedToken]) -> dict[str, Any]:
    """Aggregates of the per-token statistics: mean/min log-prob, perplexity, mean entropy and rank."""
    scored = [t for t in tokens if t.logprob is not None]
    if not scored:
        return {"mean_logprob": None, "min_logprob": None, "perplexity": None, "mean_entropy": None, "mean_rank": None}
    mean_lp = sum(t.logprob for t in scored) / len(scored)
    entropies = [t.entropy for t in scored if t.entropy is not None]
    ranks = [t.rank for t in scored if t.rank is not None]
    return {
        "mean_logprob": mean_lp,
        "min_logprob": min(t.logprob for t in scored),
        "perplexity": math.exp(-mean_lp),
        "mean_entropy": (sum(entropies) / len(entropies)) if entropies else None,
        "mean_rank": (sum(ranks) / len(ranks)) if ranks else None,
    }


@dataclass
class Generation:
    """A validated request holding a pinned model; iterate :meth:`tokens` once, or call :meth:`run`."""

    kernel: Any
    target: Target
    ref: ModelRef
    model: LoadedModel
    release: Callable[[], None]
    prompt: str
    params: GenerationParams
    adapter: str | None
    prompt_tokens: int
    load_ms: float
    observation_id: int | None = None
    id: str = field(default_factory=lambda: f"gen-{uuid.uuid4().hex[:24]}")
    tokens_out: list[GeneratedToken] = field(default_factory=list)
    finish_reason: str | None = None
    created: int = field(default_factory=lambda: int(time.time()))
    _start: float | None = None
    _first: float | None = None
    _end: float | None = None

    def __post_init__(self) -> None:
        # a response that is dropped before it starts still unpins the model
        weakref.finalize(self, self.release)

    # ------------------------------------------------------------ running
    def tokens(self) -> Iterator[GeneratedToken]:
        """Yield the generated tokens; sets ``finish_reason`` and the timings; unpins the model at the end."""
        error: str | None = None
        self._start = time.perf_counter()
        try:
            stream = self.model.stream(self.prompt, self.params, adapter=self.adapter)
            while True:
                try:
                    tok = next(stream)
                except StopIteration as done:
                    self.finish_reason = done.value or "length"
                    break
                if self._first is None:
                    self._first = time.perf_counter()
                self.tokens_out.append(tok)
                yield tok
            self._end = time.perf_counter()
        except LlmworksError as exc:
            error = exc.detail
            raise
        except ValueError as exc:  # backends refuse prompts that do not fit the context this way
            error = str(exc)
            raise Invalid(str(exc), field=("body", "prompt")) from exc
        except GeneratorExit:
            error = "client disconnected"
            raise
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            self.release()
            if self.observation_id is not None:
                abtest.close_observation(self.kernel, self.observation_id, None if error else self.summary(), error)

    def run(self) -> dict[str, Any]:
        for _ in self.tokens():
            pass
        return self.result()

    # ------------------------------------------------------------ reporting
    @property
    def text(self) -> str:
        return "".join(t.token for t in self.tokens_out)

    def summary(self) -> dict[str, Any]:
        """Everything but the tokens: text, finish reason, timings, metrics, where it ran."""
        end = self._end or time.perf_counter()
        elapsed = (end - self._start) if self._start is not None else None
        n = len(self.tokens_out)
        return {
            "id": self.id,
            "route": self.target.route,
            "name": self.target.name,
            "project_id": self.target.project_id,
            "model": self.target.model,
            "model_key": self.ref.key,
            "backend": self.target.backend,
            "adapter": self.adapter,
            "text": self.text,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": n,
            "finish_reason": self.finish_reason,
            "latency_ms": elapsed * 1000 if elapsed is not None else None,
            "time_to_first_token_ms": (self._first - self._start) * 1000 if self._first is not None else None,
            "tokens_per_second": (n / elapsed) if elapsed else None,
            "load_ms": self.load_ms,
            "metrics": token_metrics(self.tokens_out),
            "params": self.params.model_dump(),
            "ab": self.target.ab.public(self.observation_id) if self.target.ab else None,
        }

    def result(self) -> dict[str, Any]:
        return {**self.summary(), "tokens": [t.model_dump() for t in self.tokens_out]}


def prepare(
    kernel: Any, db: Session, auth: Any, target: Target, *, prompt: str | None = None,
    messages: Sequence[Mapping[str, Any]] | None = None, params: BaseModel | Mapping[str, Any] | None = None,
    params_loc: Sequence[str] = ("body", "params"), prompt_loc: Sequence[str] = ("body", "prompt"),
) -> Generation:
    """Validate a request and pin its model; raises 4xx/503 before anything is generated."""
    merged = merge_params(target.defaults, params, params_loc)
    ref, adapter = model_ref(kernel, db, auth, target)
    start = time.perf_counter()
    model, release = cache.acquire(kernel, target.backend, ref)
    load_ms = (time.perf_counter() - start) * 1000
    try:
        if messages is not None:
            prompt = chat_prompt(ref.path, messages)
        text = prompt or ""
        n = model.count_tokens(text)
        if n >= model.context_length:
            raise Invalid(
                f"the prompt is {n} tokens long but the model's context is {model.context_length} tokens, which must "
                f"also hold at least one generated token: shorten the prompt to under {model.context_length} tokens",
                field=prompt_loc, prompt_tokens=n, context_length=model.context_length,
            )
        gen = Generation(kernel, target, ref, model, release, text, merged, adapter, n, load_ms)
        # End the request's transaction now (auth wrote the API key's last use): no row or SQLite
        # write lock stays held while the model generates, and the observation below can commit.
        db.commit()
        if target.ab is not None:
            ab = target.ab
            gen.observation_id = abtest.open_observation(kernel, ab.test_id, ab.variant_id, ab.key, auth.user_id)
    except BaseException:
        release()
        raise
    return gen
