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
from typing import Any, cast

from llmworks_sdk import ChatRenderer, GeneratedToken, GenerationParams, Invalid, LlmworksError, LoadedModel, ModelRef
from llmworks_sdk.backends import renders_chat
from llmworks_sdk.expressions import limit, limit_int
from llmworks_sdk.safety import SafetyRequest, SafetySession, safety_service
from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session

from llmworks_inference import abtest, cache
from llmworks_inference.chat import chat_prompt
from llmworks_inference.targets import Target, choose_language, model_ref


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
    #: the safety filters of this generation (None when no policy or toggle applies)
    safety: SafetySession | None = None
    raw_tokens: int = 0
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
        guard = self.safety.output_guard() if self.safety is not None else None
        try:
            stream = self.model.stream(self.prompt, self.params, adapter=self.adapter)
            while True:
                try:
                    tok = next(stream)
                except StopIteration as done:
                    self.finish_reason = done.value or "length"
                    break
                self.raw_tokens += 1
                if guard is None:
                    yield from self._emit([tok])
                    continue
                # output filters: tokens are sent once the hold-back window has passed over them
                yield from self._emit(guard.feed(tok))
                if guard.blocked:
                    stream.close()  # stop generating: a blocking rule fired or the length limit was reached
                    self.finish_reason = getattr(guard, "stop_reason", None) or "content_filter"
                    break
            if guard is not None:
                yield from self._emit(guard.finish())
                if guard.blocked:  # the final scan (after the model's last token) may block too
                    self.finish_reason = getattr(guard, "stop_reason", None) or "content_filter"
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
            if self.safety is not None:
                self.safety.record(None if error else self.summary(), error)

    def _emit(self, tokens: Sequence[GeneratedToken]) -> Iterator[GeneratedToken]:
        for tok in tokens:
            if self._first is None:
                self._first = time.perf_counter()
            tok = tok if tok.index == len(self.tokens_out) else tok.model_copy(update={"index": len(self.tokens_out)})
            self.tokens_out.append(tok)
            yield tok

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
            "language": self.target.language,
            "safety": self.safety.report() if self.safety is not None else None,
        }

    def result(self) -> dict[str, Any]:
        """The summary and the tokens (as models: :func:`sse.json_response` writes them in one pass)."""
        return {**self.summary(), "tokens": list(self.tokens_out)}


def render_messages(kernel: Any, backend: str, model: LoadedModel, ref: ModelRef, messages: Sequence[Mapping[str, Any]]) -> str:
    """The prompt of chat ``messages``: the backend's own rendering when it declares
    ``renders_chat`` (nothing is read from the model folder), else the chat template of the
    route's model folder."""
    if renders_chat(kernel.registry.inference_backends.get(backend)):
        return cast(ChatRenderer, model).render_chat(list(messages))
    return chat_prompt(ref.path, messages)


def _check_prompt_chars(chars: int, context_length: int, loc: Sequence[str]) -> None:
    """Refuse a prompt by its length in characters before it is tokenised: at most
    ``LLMWORKS_PROMPT_CHARS_PER_TOKEN`` (16) characters per context token and never more than
    ``LLMWORKS_MAX_PROMPT_CHARS`` (1,000,000)."""
    cap = min(limit_int("MAX_PROMPT_CHARS"), int(context_length * limit("PROMPT_CHARS_PER_TOKEN")))
    if chars > cap:
        raise Invalid(f"the prompt has {chars} characters; this model's context of {context_length} tokens takes at "
                      f"most {cap} characters: shorten it", field=tuple(loc), prompt_chars=chars, context_length=context_length)


def prepare(
    kernel: Any, db: Session, auth: Any, target: Target, *, prompt: str | None = None,
    messages: Sequence[Mapping[str, Any]] | None = None, params: BaseModel | Mapping[str, Any] | None = None,
    params_loc: Sequence[str] = ("body", "params"), prompt_loc: Sequence[str] = ("body", "prompt"),
    safety: Mapping[str, bool] | None = None, safety_loc: Sequence[str] = ("body", "safety"), source: str = "generate",
) -> Generation:
    """Validate a request and pin its model; raises 4xx/503 before anything is generated.

    ``safety`` are the request's filter toggles (``{"pii": False}``); the safety service (when a
    safety plugin is installed) picks the policy, filters the prompt (the backend receives the
    redacted text; a blocked prompt is a 400 naming the rule) and the output stream."""
    merged = merge_params(target.defaults, params, params_loc)
    if target.languages:  # a language-aware route: the model for the language of the (last) user text
        users = [str(m.get("content") or "") for m in messages or () if m.get("role") == "user"]
        target = choose_language(kernel, target, users[-1] if users else (prompt or ""))
    ref, adapter = model_ref(kernel, db, auth, target)
    service = safety_service(kernel)
    if safety and service is None:
        raise Invalid("safety filters are not installed on this server: leave out 'safety' or install llmworks-safety",
                      field=tuple(safety_loc))
    gen_id = f"gen-{uuid.uuid4().hex[:24]}"
    start = time.perf_counter()
    model, release = cache.acquire(kernel, target.backend, ref)
    load_ms = (time.perf_counter() - start) * 1000
    try:
        guard: SafetySession | None = None
        if service is not None:  # the character limit first: no filter time spent on a prompt refused anyway
            chars = sum(len(str(m.get("content") or "")) for m in messages) if messages is not None else len(prompt or "")
            _check_prompt_chars(chars, model.context_length, ("body", "messages") if messages is not None else prompt_loc)
            guard = service.begin(kernel, db, auth, SafetyRequest(
                project_id=target.project_id, route=target.route, route_id=target.route_id,
                ab_test=target.ab.test if target.ab else None, source=source, toggles=safety, toggles_loc=tuple(safety_loc),
                generation_id=gen_id, count_tokens=model.count_tokens))
        if guard is not None:
            db.commit()  # no write lock held while filtering (a blocked input writes its decision at once)
            if messages is not None:
                contents = guard.check_input([str(m.get("content") or "") for m in messages], (*prompt_loc[:1], "messages"))
                messages = [{**m, "content": c} for m, c in zip(messages, contents, strict=True)]
            else:
                prompt = guard.check_input([prompt or ""], prompt_loc)[0]
        if messages is not None:
            _check_prompt_chars(sum(len(str(m.get("content") or "")) for m in messages), model.context_length,
                                ("body", "messages"))
            prompt = render_messages(kernel, target.backend, model, ref, messages)
        text = prompt or ""
        _check_prompt_chars(len(text), model.context_length, prompt_loc)  # before tokenising: no 1 GB token lists
        n = model.count_tokens(text)
        if n >= model.context_length:
            raise Invalid(
                f"the prompt is {n} tokens long but the model's context is {model.context_length} tokens, which must "
                f"also hold at least one generated token: shorten the prompt to under {model.context_length} tokens",
                field=prompt_loc, prompt_tokens=n, context_length=model.context_length,
            )
        gen = Generation(kernel, target, ref, model, release, text, merged, adapter, n, load_ms, id=gen_id, safety=guard)
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
