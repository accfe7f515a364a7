"""The ``MetricService`` this plugin provides (:mod:`llmworks_sdk.services`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from llmworks_sdk import MetricResult
from llmworks_sdk.kernel import Kernel
from sqlalchemy.orm import Session

from llmworks_metrics import service


class Metrics:
    def project_metrics(self, kernel: Kernel, session: Session, project_id: int | None) -> dict[str, Any]:
        return service.project_metrics(kernel, session, project_id)

    def resolve(self, metrics: Mapping[str, Any], names: Sequence[str], *,
                loc: Sequence[str | int] = ("body", "metrics")) -> list[str]:
        return service.resolve(metrics, names, loc=loc)

    def compute(self, metrics: Mapping[str, Any], names: Sequence[str], predictions: list[str], references: list[str], *,
                on_metric: Callable[[str, int, int], None] | None = None, **context: Any) -> dict[str, MetricResult]:
        return service.compute_metrics(metrics, names, predictions, references, on_metric=on_metric, **context)
