"""What every metric of this plugin shares: the attributes of ``llmworks_sdk.Metric`` and
the checks on its inputs."""

from __future__ import annotations

from collections.abc import Sequence

from llmworks_sdk import Invalid
from llmworks_sdk.jsonutil import json_safe  # noqa: F401 - re-exported


class BaseMetric:
    """A metric object (see :class:`llmworks_sdk.types.Metric`).

    ``kind`` is "text" (predictions vs references) or "model" (``compute`` gets ``model=``,
    a loaded model of an inference backend, and ``adapter=``). ``requires`` names the
    metrics whose results a formula metric combines (empty for everything else).
    """

    name: str = ""
    kind: str = "text"
    higher_is_better: bool = True
    description: str = ""
    requires: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"<metric {self.name} ({self.kind})>"


def check_pairs(name: str, predictions: Sequence[str], references: Sequence[str]) -> None:
    """Predictions and references must be non-empty lists of strings of the same length."""
    if len(predictions) != len(references):
        raise Invalid(f"{name}: got {len(predictions)} predictions but {len(references)} references; pass one reference per prediction")
    if not predictions:
        raise Invalid(f"{name}: no examples to score")
    for what, items in (("predictions", predictions), ("references", references)):
        bad = next((i for i, x in enumerate(items) if not isinstance(x, str)), None)
        if bad is not None:
            raise Invalid(f"{name}: {what}[{bad}] is {type(items[bad]).__name__}, not a string")


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


