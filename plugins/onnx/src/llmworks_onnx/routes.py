"""``/api/plugins/onnx``: what ONNX Runtime can do on this server."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from llmworks.auth.deps import Auth, KernelDep
from llmworks_sdk import NotFound

router = APIRouter(tags=["onnx"])


@router.get("/status", summary="ONNX Runtime version, execution providers and the export cache")
def onnx_status(auth: Auth, k: KernelDep) -> dict[str, Any]:
    backend = k.registry.inference_backends.get("onnxruntime")
    if backend is None or not hasattr(backend, "status"):
        raise NotFound("the onnxruntime backend is not registered (is the onnx plugin disabled?)")
    return backend.status()
