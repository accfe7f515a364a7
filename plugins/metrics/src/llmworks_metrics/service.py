"""The metrics other plugins use: every metric available to a project, and computing a set
of them at once (formula metrics after the metrics they combine).

    from llmworks_metrics.service import project_metrics, compute_metrics

    metrics = project_metrics(kernel, db, project_id)          # plugins + the project's YAML metrics
    results = compute_metrics(metrics, ["bleu", "quality"], predictions, references,
                              prompts=prompts, model=loaded, adapter=None)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from llmworks_sdk import Invalid, LlmworksError, MetricResult
from llmworks_sdk.expressions import Deadline
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_metrics.models import YamlMetricRow
from llmworks_metrics.yaml_metrics import YamlMetric


def plugin_metrics(kernel: Any) -> dict[str, Any]:
    """Metrics registered by plugins (``register_metrics``), name → Metric."""
    return dict(kernel.registry.metrics)


def yaml_metrics(db: Session, project_id: int) -> dict[str, YamlMetric]:
    rows = db.scalars(select(YamlMetricRow).where(YamlMetricRow.project_id == project_id).order_by(YamlMetricRow.name))
    return {r.name: YamlMetric(r.spec) for r in rows}


def project_metrics(kernel: Any, db: Session, project_id: int | None) -> dict[str, Any]:
    """Every metric usable in ``project_id``: plugin metrics, then the project's YAML metrics."""
    metrics = plugin_metrics(kernel)
    if project_id is not None:
        for name, m in yaml_metrics(db, project_id).items():
            metrics.setdefault(name, m)
    return metrics


def metric_info(metric: Any, *, owner: str | None = None, row: YamlMetricRow | None = None) -> dict[str, Any]:
    info = {
        "name": metric.name,
        "kind": getattr(metric, "kind", "text"),
        "higher_is_better": bool(getattr(metric, "higher_is_better", True)),
        "description": getattr(metric, "description", ""),
        "source": "yaml" if row is not None else "plugin",
        "plugin": owner,
        "requires": list(getattr(metric, "requires", ()) or ()),
    }
    if row is not None:
        info.update({"id": row.id, "project_id": row.project_id, "type": row.type, "spec": row.spec,
                     "created_at": row.created_at.isoformat(), "updated_at": row.updated_at.isoformat()})
    return info


def resolve(metrics: Mapping[str, Any], names: Sequence[str], *, loc: Sequence[str | int] = ("body", "metrics")) -> list[str]:
    """The names plus every metric a formula among them needs, dependencies first.

    Raises ``Invalid`` (at ``loc``) naming the unknown metrics and the known ones."""
    unknown = [n for n in names if n not in metrics]
    if unknown:
        raise Invalid(f"unknown metric(s) {unknown}; available: {', '.join(sorted(metrics))}", field=tuple(loc))
    order: list[str] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(name: str, chain: tuple[str, ...]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            raise Invalid(f"metrics form a cycle: {' -> '.join((*chain, name))}", field=tuple(loc))
        if name not in metrics:
            raise Invalid(f"metric {chain[-1]} needs {name!r}, which is not available (was its plugin removed?)",
                          field=tuple(loc))
        state[name] = 1
        for dep in getattr(metrics[name], "requires", ()) or ():
            visit(dep, (*chain, name))
        state[name] = 2
        order.append(name)

    for n in names:
        visit(n, ())
    return order


def compute_metrics(
    metrics: Mapping[str, Any], names: Sequence[str], predictions: list[str], references: list[str], *,
    on_metric: Callable[[str, int, int], None] | None = None, metric_options: Mapping[str, Any] | None = None,
    **context: Any
) -> dict[str, MetricResult]:
    """Compute ``names`` (and what their formulas need) on the same examples.

    ``context`` is passed to every metric: ``prompts``, ``texts`` (full text of each example,
    for perplexity), ``model`` and ``adapter`` (model metrics). A model metric without
    ``model`` raises ``Invalid``; ``deadline`` (an SDK ``Deadline``, default
    ``LLMWORKS_METRIC_TIMEOUT_SECONDS``) bounds the YAML metrics of the whole call. ``on_metric(name, i, total)`` is called before each metric
    (progress). ``metric_options`` (name → options, checked by the metric's ``check_options``)
    gives a metric that has options ``options=``. Returns name → MetricResult for every computed metric."""
    results: dict[str, MetricResult] = {}
    order = resolve(metrics, names)
    # one time budget for the user expressions (YAML metrics) of the whole computation
    context.setdefault("deadline", Deadline(None, "computing the YAML metrics"))
    for i, name in enumerate(order):
        if on_metric is not None:
            on_metric(name, i, len(order))
        metric = metrics[name]
        try:
            own = {"options": dict(metric_options[name])} if metric_options and name in metric_options else {}
            result = metric.compute(predictions, references, results=results, **context, **own)
        except LlmworksError:
            raise
        except Exception as exc:  # noqa: BLE001 - a metric's bug becomes a clear error, not a crash
            raise Invalid(f"metric {name} failed: {type(exc).__name__}: {exc}") from exc
        if not isinstance(result, MetricResult):
            raise TypeError(f"metric {name} returned {type(result).__name__}, not MetricResult")
        if result.per_example is not None and len(result.per_example) != len(predictions):
            raise ValueError(f"metric {name} returned {len(result.per_example)} per-example scores for {len(predictions)} examples")
        results[name] = result
    return results
