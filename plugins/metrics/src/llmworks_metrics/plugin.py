"""Hook implementations of llmworks-metrics: the built-in metrics, the YAML metric API and
its table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_sdk import RouterSpec, hookimpl

from llmworks_metrics import models  # noqa: F401  (the metadata must know the tables before migrations run)


@hookimpl
def register_metrics(register: Any) -> None:
    from llmworks_metrics.model import model_metrics
    from llmworks_metrics.text import text_metrics

    for metric in [*text_metrics(), *model_metrics()]:
        register(metric)


@hookimpl
def register_routes(register: Any) -> None:
    from llmworks_metrics.routes import router

    register(RouterSpec(router, prefix="/api/metrics"))


@hookimpl
def register_migrations(register: Any) -> None:
    register(str(Path(__file__).parent / "migrations"))


@hookimpl
def register_services(register: Any) -> None:
    from llmworks_sdk.services import MetricService, Service

    from llmworks_metrics.services import Metrics

    register(Service(MetricService, Metrics(), install="llmworks-metrics"))
