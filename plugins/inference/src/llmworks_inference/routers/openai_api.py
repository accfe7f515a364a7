"""``/v1``: an OpenAI-compatible API over the routes (``model`` = a route or A/B test name, or a
model without a route: ``custom:<model version id>`` or ``base:<name>``).

Authenticate with ``Authorization: Bearer <llmworks API key>``. Streams are SSE ``data: {...}``
chunks ending with ``data: [DONE]``; log-probs come in OpenAI's shapes. Errors carry both the
problem+json fields and OpenAI's ``{"error": {"message", "type", "param", "code"}}``. The
``user`` field is the sticky key of A/B tests. Extensions: ``top_k``, ``repetition_penalty``
in requests, an ``llmworks`` object (route, backend, timings, A/B variant) in responses.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterator
from typing import Any, Literal

from fastapi import APIRouter, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from llmworks_sdk import Invalid, LlmworksError, NotFound
from llmworks_sdk.backends import CONTENT_PART_MODALITIES, input_modalities
from llmworks_sdk.kernel import kernel_of
from llmworks_sdk.services import ModelRegistry, get_service
from llmworks_sdk.web import DB, Auth, KernelDep
from pydantic import BaseModel, Field
from sqlalchemy import select

from llmworks_inference import engine, sse
from llmworks_inference.api_models import (
    OpenAIChatCompletion,
    OpenAICompletion,
    OpenAIModel,
    OpenAIModelList,
    openai_responses,
)
from llmworks_inference.models import ABTest, InferenceRoute
from llmworks_inference.openai_shapes import FINISH, chat_logprob, completion_logprobs, extension, openai_to_params, usage
from llmworks_inference.scoping import in_my_projects
from llmworks_inference.targets import find_named, resolve_target

_ERROR_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                404: "not_found_error", 409: "conflict_error", 413: "invalid_request_error",
                422: "invalid_request_error", 503: "service_unavailable_error"}


def openai_error(status: int, detail: str, *, title: str = "Error", errors: list[dict[str, Any]] | None = None,
                 extra: dict[str, Any] | None = None) -> JSONResponse:
    loc = (errors or [{}])[0].get("loc") or []
    param = ".".join(str(p) for p in loc[1:]) or None
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **(extra or {}),
            "error": {"message": detail, "type": _ERROR_TYPES.get(status, "api_error"), "param": param,
                      "code": "content_filter" if (extra or {}).get("rule") else None}}
    if errors:
        body["errors"] = errors
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


class OpenAIRoute(APIRoute):
    """Renders errors (validation, auth, typed SDK errors) with OpenAI's ``error`` object as well."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def wrapped(request: Request) -> Response:
            try:
                return await handler(request)
            except RequestValidationError as exc:
                errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "invalid value")} for e in exc.errors()]
                first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
                where = ".".join(str(p) for p in first["loc"][1:]) or "request"
                return openai_error(422, f"{where}: {first['msg']}", title="Invalid request", errors=errors)
            except LlmworksError as exc:
                problem = exc.to_problem(request.url.path)
                extra = {k: v for k, v in problem.items() if k not in ("type", "title", "status", "detail", "errors")}
                return openai_error(exc.status, exc.detail, title=exc.title, errors=exc.errors, extra=extra)

        return wrapped


router = APIRouter(tags=["openai"], route_class=OpenAIRoute)


class _Sampling(BaseModel):
    model: str = Field(..., min_length=1, max_length=200, examples=["support-bot", "custom:12", "base:llmworks-demo-tiny"],
                       description="A route or A/B test name, or a model without a route: 'custom:<model version id>' or "
                                   "'base:<name>' (the PyTorch backend, the model's defaults); GET /v1/models lists them.")
    max_tokens: int | None = Field(None, ge=1, le=8192)
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, gt=0, le=1)
    n: int = Field(1, ge=1, le=1, description="Only 1 is supported.")
    stream: bool = False
    stream_options: dict[str, Any] | None = None
    stop: str | list[str] | None = Field(None, description="Up to 16 stop sequences.")
    seed: int | None = None
    presence_penalty: float | None = Field(None, ge=0, le=0, description="Not supported: leave out or 0.")
    frequency_penalty: float | None = Field(None, ge=0, le=0, description="Not supported: leave out or 0.")
    user: str | None = Field(None, max_length=200, description="End-user key: sticky A/B assignment.")
    top_k: int | None = Field(None, ge=0, description="llmworks extension.")
    repetition_penalty: float | None = Field(None, gt=0, le=10, description="llmworks extension.")
    safety: dict[str, bool] | None = Field(None, max_length=64, description="llmworks extension. Switch safety filters on or off for this request, e.g. "
                                   "{\"pii\": false}; filters the policy locks can be switched only by maintainers.",
                                   examples=[{"pii": False, "offensive": True}])


class ChatMessageIn(BaseModel):
    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[dict[str, Any]] | None = Field(
        None, description="A string, or OpenAI content parts: {type: text, text}; image ({type: image_url, image_url: "
                          "{url}}) and audio ({type: input_audio, input_audio: {data, format}}) parts need a backend "
                          "that declares the modality (a 422 names the modalities the route's model accepts)")

    def modalities(self, index: int) -> dict[str, list[int]]:
        """Modality -> positions of the parts that carry it (422 for an unknown part type)."""
        if isinstance(self.content, str) or self.content is None:
            return {"text": []}
        found: dict[str, list[int]] = {}
        for j, part in enumerate(self.content):
            kind = part.get("type")
            modality = CONTENT_PART_MODALITIES.get(str(kind))
            if modality is None:
                raise Invalid(f"messages[{index}].content[{j}]: unknown content part type {kind!r}; use "
                              f"{', '.join(sorted(CONTENT_PART_MODALITIES))}", field=("body", "messages", index, "content", j))
            if modality == "text" and not isinstance(part.get("text"), str):
                raise Invalid(f"messages[{index}].content[{j}]: a text part needs a 'text' string",
                              field=("body", "messages", index, "content", j, "text"))
            found.setdefault(modality, []).append(j)
        return found

    def text(self, index: int) -> str:
        if isinstance(self.content, str) or self.content is None:
            return self.content or ""
        return "".join(str(part.get("text", "")) for part in self.content if part.get("type") == "text")


def check_modalities(k: Any, target: Any, messages: list[ChatMessageIn]) -> bool:
    """422 naming the accepted modalities when a message has a part the route's backend does not
    declare (``InferenceBackend.modalities``, default text only); True when non-text parts are
    present and accepted (the backend then gets the parts themselves)."""
    backend = k.registry.inference_backends.get(target.backend)
    accepted = input_modalities(backend)
    other = False
    for i, m in enumerate(messages):
        for modality, parts in m.modalities(i).items():
            if modality == "text":
                continue
            if modality not in accepted:
                raise Invalid(f"messages[{i}].content[{parts[0]}] is {'an' if modality[0] in 'aeiou' else 'a'} {modality} part, "
                              f"but model '{body_model(target)}' (backend '{target.backend}') accepts "
                              f"{', '.join(accepted)} only: send text parts, or use a route whose backend accepts {modality}",
                              field=("body", "messages", i, "content", parts[0]), accepted_modalities=list(accepted))
            other = True
    return other


def body_model(target: Any) -> str:
    return target.route or target.model


class ChatCompletionIn(_Sampling):
    messages: list[ChatMessageIn] = Field(..., min_length=1, max_length=1000)
    max_completion_tokens: int | None = Field(None, ge=1, le=8192)
    logprobs: bool | None = False
    top_logprobs: int | None = Field(None, ge=0, le=20)

    model_config = {"json_schema_extra": {"examples": [
        {"model": "support-bot", "messages": [{"role": "user", "content": "What colour is the sky?"}], "max_tokens": 16,
         "logprobs": True, "top_logprobs": 3},
    ]}}


class CompletionIn(_Sampling):
    prompt: str | list[str] = Field(..., description="One prompt (a list of one is accepted).")
    logprobs: int | None = Field(None, ge=0, le=5)
    echo: bool = Field(False, description="Not supported: must be false.")
    best_of: int | None = Field(None, ge=1, le=1)
    suffix: str | None = Field(None, max_length=0, description="Not supported.")

    model_config = {"json_schema_extra": {"examples": [
        {"model": "support-bot", "prompt": "The colour of the sky is", "max_tokens": 8, "logprobs": 2},
    ]}}


def _prepare(body: _Sampling, db: Any, auth: Any, k: Any, *, chat: bool, **source: Any) -> engine.Generation:
    if body.stop is not None and isinstance(body.stop, list) and len(body.stop) > 16:
        raise Invalid("stop: at most 16 stop sequences", field=("body", "stop"))
    if body.model.startswith(MODEL_PREFIXES):  # a model version or base model, no route needed
        target = resolve_target(db, auth, model=body.model, field_loc=("body", "model"))
    else:
        target = resolve_target(db, auth, route=body.model, key=body.user, field_loc=("body", "model"))
    if isinstance(body, ChatCompletionIn) and check_modalities(k, target, body.messages):
        source["messages"] = [{"role": "system" if m.role == "developer" else m.role, "content": m.content or ""}
                              for m in body.messages]
    return engine.prepare(k, db, auth, target, params=openai_to_params(body, chat=chat), params_loc=("body",),
                          safety=body.safety, source="v1", **source)


def _include_usage(body: _Sampling) -> bool:
    return bool((body.stream_options or {}).get("include_usage"))


# ---------------------------------------------------------------- chat
def _chat_chunks(gen: engine.Generation, body: ChatCompletionIn) -> Iterator[str]:
    base = {"id": f"chatcmpl-{gen.id}", "object": "chat.completion.chunk", "created": gen.created, "model": body.model,
            "system_fingerprint": None}
    top_n = body.top_logprobs or 0

    def chunk(delta: dict[str, Any], logprobs: Any = None, finish: str | None = None) -> str:
        return sse.frame({**base, "choices": [{"index": 0, "delta": delta, "logprobs": logprobs, "finish_reason": finish}]})

    yield chunk({"role": "assistant", "content": ""})
    try:
        for tok in gen.tokens():
            lp = {"content": [chat_logprob(tok, top_n)], "refusal": None} if body.logprobs else None
            yield chunk({"content": tok.token}, lp)
    except Exception as exc:  # noqa: BLE001 - the stream has started: report in-band
        yield sse.frame({"error": sse.problem_of(exc)})
        yield sse.frame("[DONE]")
        return
    summary = gen.summary()
    yield sse.frame({**base, "choices": [{"index": 0, "delta": {}, "logprobs": None,
                                          "finish_reason": FINISH.get(gen.finish_reason or "length", "stop")}],
                     "llmworks": extension(summary)})
    if _include_usage(body):
        yield sse.frame({**base, "choices": [], "usage": usage(gen.prompt_tokens, len(gen.tokens_out))})
    yield sse.frame("[DONE]")


@router.post("/chat/completions", response_model=None,
             responses=openai_responses(OpenAIChatCompletion, "`chat.completion.chunk`"), summary="OpenAI-compatible chat completion (model = route name, custom:<id> or base:<name>)")
def chat_completions(body: ChatCompletionIn, db: DB, auth: Auth, k: KernelDep) -> Any:
    messages = [{"role": "system" if m.role == "developer" else m.role, "content": m.text(i)}
                for i, m in enumerate(body.messages)]
    gen = _prepare(body, db, auth, k, chat=True, messages=messages, prompt_loc=("body", "messages"))
    if body.stream:
        return sse.response(_chat_chunks(gen, body))
    gen.run()
    s = gen.summary()
    top_n = body.top_logprobs or 0
    logprobs = {"content": [chat_logprob(t, top_n) for t in gen.tokens_out], "refusal": None} if body.logprobs else None
    return sse.json_response({
        "id": f"chatcmpl-{gen.id}", "object": "chat.completion", "created": gen.created, "model": body.model,
        "system_fingerprint": None,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": s["text"], "refusal": None},
                     "logprobs": logprobs, "finish_reason": FINISH.get(gen.finish_reason or "length", "stop")}],
        "usage": usage(gen.prompt_tokens, len(gen.tokens_out)),
        "llmworks": extension(s),
    })


# ---------------------------------------------------------------- completions
def _completion_chunks(gen: engine.Generation, body: CompletionIn) -> Iterator[str]:
    base = {"id": f"cmpl-{gen.id}", "object": "text_completion", "created": gen.created, "model": body.model}
    top_n = body.logprobs or 0
    offset = 0
    try:
        for tok in gen.tokens():
            lp = completion_logprobs([tok], top_n, offset) if body.logprobs is not None else None
            offset += len(tok.token)
            yield sse.frame({**base, "choices": [{"text": tok.token, "index": 0, "logprobs": lp, "finish_reason": None}]})
    except Exception as exc:  # noqa: BLE001
        yield sse.frame({"error": sse.problem_of(exc)})
        yield sse.frame("[DONE]")
        return
    yield sse.frame({**base, "choices": [{"text": "", "index": 0, "logprobs": None,
                                          "finish_reason": FINISH.get(gen.finish_reason or "length", "stop")}],
                     "llmworks": extension(gen.summary())})
    if _include_usage(body):
        yield sse.frame({**base, "choices": [], "usage": usage(gen.prompt_tokens, len(gen.tokens_out))})
    yield sse.frame("[DONE]")


@router.post("/completions", response_model=None,
             responses=openai_responses(OpenAICompletion, "`text_completion`"), summary="OpenAI-compatible text completion (model = route name, custom:<id> or base:<name>)")
def completions(body: CompletionIn, db: DB, auth: Auth, k: KernelDep) -> Any:
    if body.echo:
        raise Invalid("echo is not supported", field=("body", "echo"))
    prompts = [body.prompt] if isinstance(body.prompt, str) else body.prompt
    if len(prompts) != 1:
        raise Invalid("give one prompt (a string, or a list of one string)", field=("body", "prompt"))
    gen = _prepare(body, db, auth, k, chat=False, prompt=prompts[0])
    if body.stream:
        return sse.response(_completion_chunks(gen, body))
    gen.run()
    s = gen.summary()
    return sse.json_response({
        "id": f"cmpl-{gen.id}", "object": "text_completion", "created": gen.created, "model": body.model,
        "system_fingerprint": None,
        "choices": [{"text": s["text"], "index": 0,
                     "logprobs": completion_logprobs(gen.tokens_out, body.logprobs or 0) if body.logprobs is not None else None,
                     "finish_reason": FINISH.get(gen.finish_reason or "length", "stop")}],
        "usage": usage(gen.prompt_tokens, len(gen.tokens_out)),
        "llmworks": extension(s),
    })


# ---------------------------------------------------------------- models
MODEL_PREFIXES = ("custom:", "base:")


def _model_objects(db: Any, auth: Any, k: Any) -> list[dict[str, Any]]:
    items: list[tuple[str, str, Any, str]] = []
    for model, kind in ((InferenceRoute, "route"), (ABTest, "ab_test")):
        q = in_my_projects(select(model).order_by(model.id), model, auth)
        rows = db.scalars(q).all()
        slugs = kernel_of(db).projects.slugs(db, [obj.project_id for obj in rows])
        items += [(obj.name, slugs[obj.project_id], obj.created_at, kind) for obj in rows]
    counts: dict[str, int] = {}
    for name, *_ in items:
        counts[name] = counts.get(name, 0) + 1
    out = [_model_object(name if counts[name] == 1 else f"{slug}/{name}", slug, created, kind)
           for name, slug, created, kind in items]
    return out + _registry_objects(db, auth, k)


def _registry_objects(db: Any, auth: Any, k: Any) -> list[dict[str, Any]]:
    """The model versions of the caller's projects and the base models ready to serve."""
    registry = get_service(k, ModelRegistry)
    if registry is None:
        return []
    project_ids = auth.project_ids()
    versions = [v for v in registry.list_versions(db, project_ids) if not (v.config or {}).get("disabled")]
    bases = [m for m in registry.available(db, project_ids) if m.get("ready") and not m.get("is_adapter")]
    slugs = kernel_of(db).projects.slugs(db, sorted({v.project_id for v in versions} | {
        m["project_id"] for m in bases if m.get("project_id") is not None}))
    out = [_model_object(v.ref, slugs.get(v.project_id, str(v.project_id)), v.created_at, "model_version",
                         name=v.name, project_id=v.project_id) for v in versions]
    for m in bases:
        pid = m.get("project_id")
        out.append(_model_object(m["ref"], slugs.get(pid, str(pid)) if pid is not None else "llmworks", None,
                                 "base_model", name=m["name"], project_id=pid))
    return out


def _model_object(model_id: str, slug: str, created: Any, kind: str, **extra: Any) -> dict[str, Any]:
    return {"id": model_id, "object": "model", "created": int(created.timestamp()) if created else 0, "owned_by": slug,
            "llmworks": {"kind": kind, **extra}}


@router.get("/models", response_model=OpenAIModelList,
            summary="What this API key can call: routes, A/B tests, its projects' model versions and the base models")
def list_models(db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    return {"object": "list", "data": _model_objects(db, auth, k)}


@router.get("/models/{model_id:path}", response_model=OpenAIModel,
            summary="One route, A/B test, model version ('custom:<id>') or base model ('base:<name>'), as an OpenAI model object")
def get_model(model_id: str, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    if model_id.startswith(MODEL_PREFIXES):
        found = next((m for m in _registry_objects(db, auth, k) if m["id"] == model_id), None)
        if found is None:
            raise NotFound(f"model '{model_id}' not found among the models you can use (GET /v1/models lists them)",
                           field=("path", "model_id"))
        return found
    obj = find_named(db, auth, model_id, field_loc=("path", "model_id"))
    kind = "route" if isinstance(obj, InferenceRoute) else "ab_test"
    slug = kernel_of(db).projects.slugs(db, [obj.project_id])[obj.project_id]
    return _model_object(model_id, slug, obj.created_at, kind)
