"""The triton plugin's hook implementations (entry point ``llmworks.triton``).

Registers the "triton" inference backend, the "triton" export target (a model repository)
and ``GET /api/plugins/triton/status`` (configured server, bundled binary, managed server).
Nothing heavy is imported here.
"""

from __future__ import annotations

from typing import Any

from llmworks_sdk import RouterSpec, hookimpl


@hookimpl
def register_inference_backends(register: Any) -> None:
    from llmworks_triton.backend import TritonBackend

    register(TritonBackend())


@hookimpl
def register_export_targets(register: Any) -> None:
    from llmworks_triton.targets import TritonExportTarget

    register(TritonExportTarget())


@hookimpl
def register_routes(register: Any) -> None:
    from llmworks_triton.routes import router

    register(RouterSpec(router))
