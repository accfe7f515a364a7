"""``/api/plugins/triton``: the Triton server this backend uses."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from llmworks.auth.deps import Auth, KernelDep
from llmworks_sdk import NotFound

router = APIRouter(tags=["triton"])


@router.get("/status", summary="Configured Triton server, bundled tritonserver binary and the managed local server")
def triton_status(auth: Auth, k: KernelDep) -> dict[str, Any]:
    backend = k.registry.inference_backends.get("triton")
    if backend is None or not hasattr(backend, "status"):
        raise NotFound("the triton backend is not registered (is the triton plugin disabled?)")
    return backend.status()
