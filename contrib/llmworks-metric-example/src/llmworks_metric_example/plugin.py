"""The plugin module named by the ``llmworks`` entry point in pyproject.toml."""

from __future__ import annotations

from typing import Any

from llmworks_sdk import hookimpl

from llmworks_metric_example.distinct import DistinctN


@hookimpl
def register_metrics(register: Any) -> None:
    register(DistinctN(1))
    register(DistinctN(2))
