"""``/api/inference``: generation (JSON or SSE), attention maps, backends and the model cache."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Query
from llmworks_sdk import GenerationParams, Invalid
from llmworks_sdk.pagination import Page, Paging, paginate_list
from llmworks_sdk.web import DB, Admin, Auth, KernelDep
from pydantic import BaseModel, Field

from llmworks_inference import attention as att
from llmworks_inference import cache, engine, sse
from llmworks_inference.api_models import (
    GENERATE_RESPONSES,
    AttentionPage,
    AttentionSummaryOut,
    BackendOut,
    CacheStats,
    EvictedOut,
)
from llmworks_inference.schemas import ChatMessage
from llmworks_inference.settings import inference_settings
from llmworks_inference.targets import model_ref, resolve_target

router = APIRouter(tags=["inference"])


class TargetIn(BaseModel):
    route: str | None = Field(None, max_length=200, description="A route or A/B test name ('<project-slug>/<name>' when ambiguous).",
                              examples=["support-bot"])
    model: str | None = Field(None, max_length=255, description="Instead of a route: 'base:<name>' or 'custom:<model version id>'.",
                              examples=["base:llmworks-demo-tiny"])
    backend: str | None = Field(None, max_length=64, description="With 'model': the backend (default 'pytorch').",
                                examples=["pytorch"])
    adapter: str | None = Field(None, max_length=128, description="With 'model': which adapter of the model to run.")
    project_id: int | None = Field(None, description="Project of the route (to disambiguate), or of a 'model' request.")


class GenerateIn(TargetIn):
    prompt: str | None = Field(None, max_length=1_000_000, description="The prompt text (or give 'messages').",
                               examples=["The colour of the sky is"])
    messages: list[ChatMessage] | None = Field(None, max_length=1000, description="Chat messages, rendered with the model's chat template.")
    params: GenerationParams = Field(default_factory=GenerationParams, description="Fields left out take the route's defaults.")
    stream: bool = Field(False, description="Stream Server-Sent Events: 'start', one 'token' per token, then 'done' (or 'error').")
    session_key: str | None = Field(None, max_length=200, description="Sticky key for A/B assignment (default: the caller's user id).")
    safety: dict[str, bool] | None = Field(None, max_length=64, description="Switch safety filters on or off for this request, e.g. "
                                   "{\"pii\": false}; filters the policy locks can be switched only by maintainers.",
                                   examples=[{"pii": False, "offensive": True}])

    model_config = {"json_schema_extra": {"examples": [
        {"route": "support-bot", "prompt": "The colour of the sky is", "params": {"max_new_tokens": 16, "temperature": 0}},
        {"model": "base:llmworks-demo-tiny", "backend": "pytorch", "prompt": "Hello", "stream": True},
    ]}}


def _target(body: TargetIn, db: Any, auth: Any, k: Any, key: str | None = None) -> Any:
    return resolve_target(db, auth, route=body.route, model=body.model, backend=body.backend, adapter=body.adapter,
                          project_id=body.project_id, key=key, default_backend=inference_settings(k).default_backend)


def stream_frames(gen: engine.Generation) -> Iterator[str]:
    """SSE frames of one generation: start, token..., done (or error)."""
    head = gen.summary()
    yield sse.frame({k: head[k] for k in ("id", "route", "name", "model", "backend", "adapter", "prompt_tokens", "ab")},
                    "start")
    try:
        for tok in gen.tokens():
            yield sse.frame(tok, "token")
    except Exception as exc:  # noqa: BLE001 - the status line is sent: report in-band
        yield sse.frame(sse.problem_of(exc), "error")
        return
    yield sse.frame(gen.summary(), "done")


@router.post("/generate", response_model=None, responses=GENERATE_RESPONSES, summary="Generate text with per-token log-probs (JSON, or SSE with stream=true)")
def generate(body: GenerateIn, db: DB, auth: Auth, k: KernelDep) -> Any:
    if (body.prompt is None) == (body.messages is None):
        raise Invalid("give either 'prompt' or 'messages'", field=("body", "prompt"))
    target = _target(body, db, auth, k, body.session_key)
    messages = [m.model_dump() for m in body.messages] if body.messages is not None else None
    gen = engine.prepare(k, db, auth, target, prompt=body.prompt, messages=messages, params=body.params,
                         safety=body.safety, source="generate")
    if body.stream:
        return sse.response(stream_frames(gen), headers={"X-Generation-Id": gen.id})
    return sse.json_response(gen.run())


# ---------------------------------------------------------------- attention
class AttentionIn(TargetIn):
    text: str = Field(..., min_length=1, max_length=100_000, examples=["The colour of the sky is blue."])
    layer: int | None = Field(None, ge=0, description="Only this layer's maps (default: all layers).")
    head: int | None = Field(None, ge=0, description="Only this head's maps (default: all heads).")
    encoding: att.Encoding = Field("float16", description="'float16' (base64 half floats) or 'uint8' (base64 bytes × scale).")
    max_tokens: int | None = Field(None, ge=2, le=4096, description="Analyse at most this many tokens (default: the server's limit).")


@router.post("/attention", response_model=AttentionPage, summary="Attention maps of a text (PyTorch backend), with a per-head summary")
def attention(body: AttentionIn, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    settings = inference_settings(k)
    target = _target(body, db, auth, k)
    backend = k.registry.inference_backends.get(target.backend)
    if backend is None or not getattr(backend, "supports_attention", False):
        target.backend = "pytorch"  # same model, the backend that exposes attention weights
    ref, adapter = model_ref(k, db, auth, target)
    limit = min(body.max_tokens or settings.attention_max_tokens, settings.attention_max_tokens)
    with cache.lease(k, target.backend, ref) as model:
        if not hasattr(model, "attentions"):
            raise Invalid(f"backend '{target.backend}' does not return attention maps; use a route on 'pytorch'",
                          field=("body", "backend"))
        result = model.attentions(body.text, adapter=adapter, max_tokens=limit)
    store = att.store(k)
    analysis = att.Analysis(store.new_id(), auth.user_id, target.project_id, target.model, target.backend, adapter,
                            list(result.token_ids), list(result.tokens), result.maps, result.summary, bool(result.truncated))
    store.put(analysis)
    return analysis.page(body.layer, body.head, body.encoding)


@router.get("/attention/{analysis_id}", response_model=AttentionPage, summary="Step through an attention analysis by layer and head")
def attention_maps(analysis_id: str, auth: Auth, k: KernelDep,
                   layer: int | None = Query(None, ge=0), head: int | None = Query(None, ge=0),
                   encoding: att.Encoding = Query("float16")) -> dict[str, Any]:
    return att.store(k).get(analysis_id, auth).page(layer, head, encoding)


@router.get("/attention/{analysis_id}/summary", response_model=AttentionSummaryOut, summary="Per-head summary: most attended earlier token and mean entropy")
def attention_summary(analysis_id: str, auth: Auth, k: KernelDep) -> dict[str, Any]:
    a = att.store(k).get(analysis_id, auth)
    return {**a.header(), "head_summary": a.head_summary()}


# ---------------------------------------------------------------- backends and cache
@router.get("/backends", response_model=Page[BackendOut], summary="Installed inference backends and whether each is usable here")
def list_backends(auth: Auth, k: KernelDep, paging: Paging) -> dict[str, Any]:
    items = []
    for name, b in sorted(k.registry.inference_backends.items()):
        try:
            ok, reason = b.available()
        except Exception as exc:  # noqa: BLE001 - report, do not fail the listing
            ok, reason = False, f"{type(exc).__name__}: {exc}"
        items.append({"name": name, "description": getattr(b, "description", ""), "available": ok, "reason": reason,
                      "supports_attention": bool(getattr(b, "supports_attention", False)),
                      "supports_adapters": bool(getattr(b, "supports_adapters", False))})
    return paginate_list(items, paging)


@router.get("/cache", response_model=CacheStats, summary="Loaded models, memory budget and cache statistics (administrators)")
def cache_stats(admin: Admin, k: KernelDep) -> dict[str, Any]:
    return cache.model_cache(k).stats()


@router.delete("/cache", response_model=EvictedOut, summary="Unload one model, or every model (administrators)")
def cache_evict(admin: Admin, k: KernelDep, backend: str | None = Query(None, max_length=64),
                key: str | None = Query(None, max_length=1000)) -> dict[str, Any]:
    c = cache.model_cache(k)
    if backend is None and key is None:
        c.clear()
        return {"evicted": "all"}
    if backend is None or key is None:
        raise Invalid("give both 'backend' and 'key' to unload one model, or neither to unload all", field=("query", "key"))
    return {"evicted": c.evict(backend, key)}
