"""``GET /api/plugins/<plugin>/status``: the health of a registered backend (its ``status()``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from llmworks.auth.deps import Auth, KernelDep
from llmworks_sdk import NotFound


def backend_status_router(backend_name: str, *, tag: str, summary: str) -> APIRouter:
    """A router with ``GET /status`` returning ``status()`` of the backend ``backend_name``."""
    router = APIRouter(tags=[tag])

    @router.get("/status", summary=summary)
    def status(auth: Auth, k: KernelDep) -> dict[str, Any]:
        backend = k.registry.inference_backends.get(backend_name)
        if backend is None or not hasattr(backend, "status"):
            raise NotFound(f"the {backend_name} backend is not registered (is the {tag} plugin disabled?)")
        return backend.status()

    return router


router = backend_status_router(
    "onnxruntime", tag="onnx", summary="ONNX Runtime version, execution providers and the export cache"
)
