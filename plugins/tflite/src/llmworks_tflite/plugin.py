"""The tflite plugin (entry point ``llmworks.tflite``): the "tflite" export target.

Heavy dependencies (TensorFlow, LiteRT) live here, in their own distribution: without them the
target still registers and says what to install (``pip install llmworks-tflite``).
"""

from __future__ import annotations

from typing import Any

from llmworks_sdk import hookimpl


@hookimpl
def register_export_targets(register: Any) -> None:
    from llmworks_tflite.export import TFLiteExportTarget

    register(TFLiteExportTarget())
