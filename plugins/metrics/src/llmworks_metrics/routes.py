"""REST API of metrics: list plugin and YAML metrics, register YAML metrics, compute text
metrics on given predictions."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from llmworks_sdk import Conflict, Invalid
from llmworks_sdk.pagination import Page, Paging, paginate_list
from llmworks_sdk.schemas import ApiModel, DeletedOut, Timestamp
from llmworks_sdk.web import DB, Auth, KernelDep, audit, load_in_project
from pydantic import BaseModel, Field
from sqlalchemy import select

from llmworks_metrics.base import json_safe
from llmworks_metrics.models import YamlMetricRow
from llmworks_metrics.service import compute_metrics, metric_info, plugin_metrics, project_metrics
from llmworks_metrics.yaml_metrics import YamlMetric, check_references, parse_document

router = APIRouter(tags=["metrics"])


class MetricOut(ApiModel):
    """A metric from a plugin, or (with ``id``) a project's YAML metric."""

    name: str
    kind: str = Field(description="text (scores predictions against references) or model (needs the model)")
    higher_is_better: bool
    description: str
    source: str = Field(description="plugin or yaml")
    plugin: str | None
    requires: list[str] = Field(description="Metrics it is computed from (formulas)")
    id: int | None = None
    project_id: int | None = None
    type: str | None = None
    spec: dict[str, Any] | None = None
    created_at: Timestamp | None = None
    updated_at: Timestamp | None = None


class YamlMetricOut(MetricOut):
    document: str = Field(description="The YAML document the metric was declared in")


class YamlRegistered(ApiModel):
    items: list[MetricOut]
    dry_run: bool


class MetricScore(ApiModel):
    score: float | None
    per_example: list[float | None] | None
    details: dict[str, Any] | None


class ComputeOut(ApiModel):
    results: dict[str, MetricScore] = Field(description="metric -> score")


class YamlIn(BaseModel):
    project_id: int = Field(description="The project the metrics belong to (annotator role or better)")
    yaml: str = Field(min_length=1, max_length=65536, description="A YAML document declaring one metric or `metrics: [...]`")
    replace: bool = Field(False, description="Replace metrics of the same name in the project instead of failing with 409")
    dry_run: bool = Field(False, description="Validate only; store nothing")

    model_config = {"json_schema_extra": {"examples": [{
        "project_id": 1,
        "yaml": "metrics:\n  - name: cites_a_source\n    type: regex_match_rate\n    pattern: '\\[\\d+\\]'\n"
                "  - name: quality\n    type: formula\n    formula: 0.5 * bleu / 100 + 0.5 * rougeL\n",
    }]}}


class ComputeIn(BaseModel):
    project_id: int | None = Field(None, description="Needed to use the project's YAML metrics")
    metrics: list[str] = Field(min_length=1, max_length=50)
    predictions: list[str] = Field(min_length=1, max_length=2000)
    references: list[str] = Field(min_length=1, max_length=2000)

    model_config = {"json_schema_extra": {"examples": [{
        "metrics": ["bleu", "rougeL", "exact_match"], "predictions": ["the cat sat on the mat"],
        "references": ["the cat sat on a mat"]}]}}


@router.get("", response_model=Page[MetricOut], summary="List metrics: plugin metrics and, with project_id, the project's YAML metrics")
def list_metrics(db: DB, auth: Auth, k: KernelDep, paging: Paging,
                 project_id: int | None = Query(None), kind: str | None = Query(None, pattern="^(text|model)$"),
                 source: str | None = Query(None, pattern="^(plugin|yaml)$")) -> dict[str, Any]:
    owners = k.registry.owners("metrics")
    items = [metric_info(m, owner=owners.get(n)) for n, m in sorted(plugin_metrics(k).items())]
    if project_id is not None:
        auth.require_project(project_id)
        rows = db.scalars(select(YamlMetricRow).where(YamlMetricRow.project_id == project_id).order_by(YamlMetricRow.name))
        items += [metric_info(YamlMetric(r.spec), row=r) for r in rows if r.name not in owners]
    items = [i for i in items if (kind is None or i["kind"] == kind) and (source is None or i["source"] == source)]
    return paginate_list(items, paging)


@router.post("/yaml", status_code=201, response_model=YamlRegistered, summary="Register metrics declared in YAML for a project")
def register_yaml(body: YamlIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "annotator", what="project")
    specs = parse_document(body.yaml)
    plugins = plugin_metrics(k)
    taken = [s["name"] for s in specs if s["name"] in plugins]
    if taken:
        raise Conflict(f"metric name(s) {taken} belong to plugin metrics; choose other names")
    rows = {r.name: r for r in db.scalars(select(YamlMetricRow).where(YamlMetricRow.project_id == body.project_id))}
    clash = [s["name"] for s in specs if s["name"] in rows]
    if clash and not body.replace:
        raise Conflict(f"the project already has YAML metric(s) {clash}; send replace=true to update them")
    existing = {n: r.spec.get("requires", []) for n, r in rows.items() if r.type == "formula"}
    check_references(specs, [*plugins, *rows, *(s["name"] for s in specs)], existing)
    out = []
    for spec in specs:
        metric = YamlMetric(spec)
        if body.dry_run:
            out.append(metric_info(metric))
            continue
        row = rows.get(spec["name"])
        if row is None:
            row = YamlMetricRow(project_id=body.project_id, name=spec["name"], created_by=auth.user_id)
            db.add(row)
        row.type, row.spec, row.document = spec["type"], spec, body.yaml
        db.flush()
        out.append(metric_info(metric, row=row))
    if not body.dry_run:
        audit(db, request, "metrics.yaml_registered", principal=auth, project_id=body.project_id, target_kind="metric",
              target_id=",".join(s["name"] for s in specs))
    return {"items": out, "dry_run": body.dry_run}


def _row(db: Any, auth: Any, metric_id: int, minimum: str = "viewer") -> YamlMetricRow:
    return load_in_project(db, auth, YamlMetricRow, metric_id, minimum, what="YAML metric")


@router.get("/yaml/{metric_id}", response_model=YamlMetricOut, summary="Get a YAML metric with the document it was declared in")
def get_yaml_metric(metric_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    row = _row(db, auth, metric_id)
    return {**metric_info(YamlMetric(row.spec), row=row), "document": row.document}


@router.delete("/yaml/{metric_id}", response_model=DeletedOut, summary="Delete a YAML metric (no formula of the project may use it)")
def delete_yaml_metric(metric_id: int, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    row = _row(db, auth, metric_id, "maintainer")
    users = [r.name for r in db.scalars(select(YamlMetricRow).where(YamlMetricRow.project_id == row.project_id))
             if row.name in (r.spec.get("requires") or [])]
    if users:
        raise Conflict(f"formula metric(s) {users} use {row.name}; delete or change them first")
    audit(db, request, "metrics.yaml_deleted", principal=auth, project_id=row.project_id, target_kind="metric", target_id=row.name)
    db.delete(row)
    return {"deleted": metric_id}


@router.post("/compute", response_model=ComputeOut, summary="Compute text metrics on given predictions and references (read-only: viewers may call it)",
             openapi_extra={"x-llmworks-min-role": "viewer"})
def compute(body: ComputeIn, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    if body.project_id is not None:
        auth.require_project(body.project_id)
    metrics = project_metrics(k, db, body.project_id)
    model_metrics = [n for n in body.metrics if n in metrics and getattr(metrics[n], "kind", "text") == "model"]
    if model_metrics:
        raise Invalid(f"{model_metrics} need a model: run them in an evaluation (POST /api/evaluations)", field=("body", "metrics"))
    if len(body.predictions) != len(body.references):
        raise Invalid(f"{len(body.predictions)} predictions but {len(body.references)} references", field=("body", "references"))
    results = compute_metrics(metrics, body.metrics, body.predictions, body.references)
    return json_safe({"results": {n: {"score": r.score, "per_example": r.per_example, "details": r.details}
                                  for n, r in results.items()}})
