"""``GET /api/plugins/onnx/status``: ONNX Runtime version, execution providers and the export cache."""

from __future__ import annotations

from llmworks_sdk.web import backend_status_router

router = backend_status_router(
    "onnxruntime", tag="onnx", summary="ONNX Runtime version, execution providers and the export cache"
)
