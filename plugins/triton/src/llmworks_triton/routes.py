"""``GET /api/plugins/triton/status``: the Triton server this backend uses."""

from __future__ import annotations

from llmworks_sdk.web import backend_status_router

router = backend_status_router(
    "triton", tag="triton", summary="Configured Triton server, bundled tritonserver binary and the managed local server"
)
