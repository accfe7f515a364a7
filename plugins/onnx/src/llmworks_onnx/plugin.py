"""The onnx plugin's hook implementations (entry point ``llmworks.onnx``).

Registers the "onnxruntime" inference backend, the "onnx" export target, the ``OnnxExports``
service (the export cache, for other backends that serve exports) and
``GET /api/plugins/onnx/status`` (ONNX Runtime version, providers and the export cache).
Nothing heavy is imported here.
"""

from __future__ import annotations

from typing import Any

from llmworks_sdk import RouterSpec, hookimpl


@hookimpl
def register_inference_backends(register: Any) -> None:
    from llmworks_onnx.backend import OnnxRuntimeBackend

    register(OnnxRuntimeBackend())


@hookimpl
def register_export_targets(register: Any) -> None:
    from llmworks_onnx.targets import OnnxExportTarget

    register(OnnxExportTarget())


@hookimpl
def register_services(register: Any) -> None:
    from llmworks_onnx.cache import OnnxExportsService
    from llmworks_sdk.services import OnnxExports, Service

    register(Service(OnnxExports, OnnxExportsService(), install="llmworks-onnx"))


@hookimpl
def register_routes(register: Any) -> None:
    from llmworks_onnx.routes import router

    register(RouterSpec(router))
