"""Runs: create, search, tag, favourite, archive, rename; batch logging; series; artifacts."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Annotated, Any
from urllib.parse import quote

import numpy as np
from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse
from llmworks_sdk import Invalid, NotFound
from llmworks_sdk.pagination import Page, Paging, paginate
from llmworks_sdk.schemas import DeletedOut, file_response, unvalidated_json
from llmworks_sdk.web import DB, Auth, KernelDep, audit, load_in_project
from pydantic import BaseModel, Field, model_validator
from sqlalchemy import select

from llmworks_tracking import search, series, service
from llmworks_tracking.api_models import (
    ArtifactOut,
    LogBatchOut,
    MetricSummary,
    RunDetail,
    RunOut,
    RunSeriesOut,
    TagsOut,
)
from llmworks_tracking.models import Run, RunArtifact, RunMetric
from llmworks_tracking.views import artifact_out, metric_out, runs_out

router = APIRouter(tags=["tracking"])
MAX_SERIES_KEYS = 20


# ----------------------------------------------------------------------------- bodies
class RunIn(BaseModel):
    project_id: int
    experiment: str = Field("default", min_length=1, max_length=255, description="Experiment name (created when missing)")
    name: str = Field("", max_length=255, description="Run name; generated when empty")
    config: dict[str, Any] = Field(default_factory=dict, description="Full configuration: params, dataset, base_model, runtime, ...")
    params: dict[str, Any] = Field(default_factory=dict, description="Hyper-parameters (merged into config.params)")
    tags: list[str] = Field(default_factory=list, max_length=100)
    notes: str = Field("", max_length=100_000)

    model_config = {"json_schema_extra": {"examples": [{
        "project_id": 1, "experiment": "lora-sweep", "name": "lr=1e-3",
        "params": {"learning_rate": 0.001, "lora_r": 8}, "config": {"base_model": "base:llmworks-demo-tiny"}, "tags": ["baseline"]}]}}


class RunPatch(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=255)
    notes: str | None = Field(None, max_length=100_000)
    favourite: bool | None = None
    archived: bool | None = None
    status: str | None = Field(None, max_length=16, description="queued, running, finished, failed or cancelled")


class TagsIn(BaseModel):
    tags: list[str] = Field(min_length=1, max_length=100, examples=[["baseline", "lr-sweep"]])


class MetricPoint(BaseModel):
    """One point, MLflow style: ``timestamp`` in milliseconds, or ``wall_time`` in seconds."""

    key: str = Field(min_length=1, max_length=255)
    value: float
    step: int = 0
    timestamp: int | None = Field(None, description="Milliseconds since the epoch (MLflow)")
    wall_time: float | None = Field(None, description="Seconds since the epoch")


class SeriesIn(BaseModel):
    """Many points of one key as parallel arrays (the fast path: about 10x smaller than points)."""

    key: str = Field(min_length=1, max_length=255)
    steps: list[int] | None = Field(None, description="One step per value; default 0..n-1")
    values: list[float] = Field(min_length=1)
    wall_times: list[float] | None = Field(None, description="Seconds since the epoch per value; default: now")

    @model_validator(mode="after")
    def _lengths(self) -> SeriesIn:
        n = len(self.values)
        for name in ("steps", "wall_times"):
            arr = getattr(self, name)
            if arr is not None and len(arr) != n:
                raise ValueError(f"{name} has {len(arr)} entries but values has {n}; give one per value")
        return self


class ParamIn(BaseModel):
    key: str = Field(min_length=1, max_length=255)
    value: Any


class LogBatchIn(BaseModel):
    metrics: list[MetricPoint] = Field(default_factory=list, max_length=200_000)
    series: list[SeriesIn] = Field(default_factory=list, max_length=1000)
    params: dict[str, Any] | list[ParamIn] = Field(default_factory=dict)
    tags: list[str] = Field(default_factory=list, max_length=100)
    summary: dict[str, float] = Field(default_factory=dict)
    status: str | None = Field(None, max_length=16)

    model_config = {"json_schema_extra": {"examples": [{
        "metrics": [{"key": "loss", "value": 2.3, "step": 1, "timestamp": 1767225600000}],
        "series": [{"key": "lr", "steps": [1, 2, 3], "values": [0.001, 0.001, 0.0009]}],
        "params": {"learning_rate": 0.001}, "tags": ["sweep"], "summary": {"eval_loss": 1.9}}]}}


class ArtifactIn(BaseModel):
    name: str = Field(min_length=1, max_length=255)
    uri: str = Field(min_length=1, max_length=4000, description="blob:<sha256>, model_version:<id>, a path or a URL")
    meta: dict[str, Any] = Field(default_factory=dict)


# ----------------------------------------------------------------------------- helpers
def load_run(db: Any, auth: Any, run_id: int, minimum: str = "viewer") -> Run:
    return load_in_project(db, auth, Run, run_id, minimum, what="run")


def one_run(db: Any, run: Run) -> dict[str, Any]:
    db.flush()
    return runs_out(db, [run], full=True)[0]


# ----------------------------------------------------------------------------- runs
@router.get("", response_model=Page[RunOut], summary="Search runs by parameters, metrics, tags, status and text")
def list_runs(
    db: DB, auth: Auth, paging: Paging, project_id: int,
    experiment_id: int | None = Query(None),
    q: str | None = Query(None, max_length=255, description="Text in the name, notes, experiment, tags or parameter values"),
    status: str | None = Query(None, pattern="^(queued|running|finished|failed|cancelled)$"),
    tag: Annotated[list[str], Query(max_length=20, description="Runs carrying every tag given")] = [],  # noqa: B006
    favourite: bool | None = Query(None),
    archived: str = Query("false", pattern="^(true|false|all)$", description="false (default), true or all"),
    filter: Annotated[list[str], Query(max_length=20, description="e.g. params.learning_rate>=0.001, metrics.loss.min<0.5")] = [],  # noqa: B006
    order_by: str = Query("-created_at", max_length=300, description="created_at, name, status, metrics.<key>[.min|.max], params.<name>; - for descending"),
) -> dict[str, Any]:
    auth.require_project(project_id)
    stmt = select(Run).where(Run.project_id == project_id)
    if experiment_id is not None:
        stmt = stmt.where(Run.experiment_id == experiment_id)
    if status:
        stmt = stmt.where(Run.status == status)
    if favourite is not None:
        stmt = stmt.where(Run.favourite == favourite)
    if archived != "all":
        stmt = stmt.where(Run.archived == (archived == "true"))
    if q:
        stmt = stmt.where(search.text_search(q))
    conditions = [search.parse_filter(f"tag={t}", i) for i, t in enumerate(tag)]
    conditions += [search.parse_filter(f, i) for i, f in enumerate(filter)]
    for cond in conditions:
        stmt = stmt.where(cond)
    stmt = search.apply_order(stmt, order_by)
    page = paginate(db, stmt, paging, lambda r: r)
    page["items"] = runs_out(db, page["items"])
    return page


@router.post("", status_code=201, response_model=RunDetail, summary="Create a run (for your own scripts; training jobs create theirs)")
def create_run(body: RunIn, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    auth.require_project(body.project_id, "annotator")
    config = dict(body.config)
    if body.params:
        if not isinstance(config.get("params", {}), dict):
            raise Invalid("config.params must be a mapping", field=("body", "config", "params"))
        config["params"] = {**(config.get("params") or {}), **body.params}
    run = service.create_run(db, project_id=body.project_id, experiment=body.experiment, name=body.name, config=config,
                             source="api", user_id=auth.user_id, tags=body.tags)
    run.notes = body.notes
    audit(db, request, "run.created", principal=auth, project_id=body.project_id, target_kind="run", target_id=run.id)
    return one_run(db, run)


@router.get("/{run_id}", response_model=RunDetail, summary="Get a run with its full config, tags, summary and metric keys")
def get_run(run_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return one_run(db, load_run(db, auth, run_id))


@router.patch("/{run_id}", response_model=RunDetail, summary="Rename, annotate, favourite, archive a run or set its status")
def update_run(run_id: int, body: RunPatch, db: DB, auth: Auth) -> dict[str, Any]:
    run = load_run(db, auth, run_id, "annotator")
    for field in ("name", "notes", "favourite", "archived"):
        value = getattr(body, field)
        if value is not None:
            setattr(run, field, value)
    if body.status is not None:
        service.set_status(db, run.id, body.status)
    return one_run(db, run)


@router.delete("/{run_id}", response_model=DeletedOut, summary="Delete a run and its series (maintainers)")
def delete_run(run_id: int, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    run = load_run(db, auth, run_id, "maintainer")
    audit(db, request, "run.deleted", principal=auth, project_id=run.project_id, target_kind="run", target_id=run.id)
    db.delete(run)
    return {"deleted": run_id}


@router.post("/{run_id}/tags", response_model=TagsOut, summary="Add tags to a run")
def add_tags(run_id: int, body: TagsIn, db: DB, auth: Auth) -> dict[str, Any]:
    run = load_run(db, auth, run_id, "annotator")
    return {"tags": service.set_tags(db, run.id, body.tags)}


@router.delete("/{run_id}/tags/{tag}", response_model=RunDetail, summary="Remove a tag from a run")
def remove_tag(run_id: int, tag: str, db: DB, auth: Auth) -> dict[str, Any]:
    run = load_run(db, auth, run_id, "annotator")
    service.remove_tag(db, run.id, tag)
    return one_run(db, run)


# ----------------------------------------------------------------------------- logging
@router.post("/{run_id}/log-batch", response_model=LogBatchOut, summary="Log metrics (points or whole arrays), params, tags and summary values at once")
def log_batch(run_id: int, body: LogBatchIn, db: DB, auth: Auth) -> dict[str, Any]:
    run = load_run(db, auth, run_id, "annotator")
    data: dict[str, list[series.Points]] = {}
    if body.metrics:
        now = time.time()
        by_key: dict[str, list[MetricPoint]] = {}
        for p in body.metrics:
            by_key.setdefault(p.key, []).append(p)
        for key, pts in by_key.items():
            walls = [p.wall_time if p.wall_time is not None else (p.timestamp / 1000 if p.timestamp is not None else now) for p in pts]
            data.setdefault(key, []).append(series.Points(np.fromiter((p.step for p in pts), np.int64, len(pts)),
                                                          np.fromiter((p.value for p in pts), np.float64, len(pts)),
                                                          np.asarray(walls, np.float64)))
    for i, s in enumerate(body.series):
        n = len(s.values)
        try:
            steps = np.arange(n, dtype=np.int64) if s.steps is None else np.asarray(s.steps, np.int64)
        except OverflowError:
            raise Invalid("steps must fit in 64 bits", field=("body", "series", i, "steps")) from None
        walls = np.full(n, time.time()) if s.wall_times is None else np.asarray(s.wall_times, np.float64)
        data.setdefault(s.key, []).append(series.Points(steps, np.asarray(s.values, np.float64), walls))
    stored = service.log_series(db, run.id, {k: series.Points.concat(v) for k, v in data.items()}) if data else 0
    params = body.params if isinstance(body.params, dict) else {p.key: p.value for p in body.params}
    if params:
        service.log_params(db, run.id, params)
    if body.tags:
        service.set_tags(db, run.id, body.tags)
    if body.summary:
        service.log_summary(db, run.id, body.summary)
    if body.status:
        service.set_status(db, run.id, body.status)
    return {"run_id": run.id, "points": stored, "params": len(params), "tags": len(body.tags), "summary": len(body.summary)}


@router.get("/{run_id}/metrics", response_model=Page[MetricSummary], summary="Metric keys of a run with last, min, max and count")
def list_metrics(run_id: int, db: DB, auth: Auth, paging: Paging) -> dict[str, Any]:
    load_run(db, auth, run_id)
    return paginate(db, select(RunMetric).where(RunMetric.run_id == run_id).order_by(RunMetric.key), paging, metric_out)


@router.get("/{run_id}/series", response_model=None, responses={200: {"model": RunSeriesOut}}, summary="Chart data: series downsampled with min/max buckets (extremes kept)")
def get_series(
    run_id: int, db: DB, auth: Auth,
    keys: Annotated[list[str], Query(min_length=1, description="Metric keys (repeat, or comma-separated)")],
    points: int = Query(1000, ge=10, le=20_000, description="Points per series at most"),
    x: str = Query("step", pattern="^(step|wall_time)$"),
    from_: float | None = Query(None, alias="from", description="Smallest x to include"),
    to: float | None = Query(None, description="Largest x to include"),
) -> Any:
    load_run(db, auth, run_id)
    names = [k for part in keys for k in part.split(",") if k]
    if len(names) > MAX_SERIES_KEYS:
        raise Invalid(f"at most {MAX_SERIES_KEYS} keys per request", field=("query", "keys"))
    known = set(db.scalars(select(RunMetric.key).where(RunMetric.run_id == run_id, RunMetric.key.in_(names))))
    missing = [k for k in names if k not in known]
    if missing:
        raise NotFound(f"run {run_id} has no metric(s) {missing}; see GET /api/tracking/runs/{run_id}/metrics")
    out = [{"key": k, **series.chart_payload(series.chart(db, run_id, k, x=x, lo=from_, hi=to, points=points), x=x)} for k in names]
    return unvalidated_json(RunSeriesOut, {"run_id": run_id, "x": x, "series": out})  # up to 20 x 20,000 points


# ----------------------------------------------------------------------------- artifacts
@router.get("/{run_id}/artifacts", response_model=Page[ArtifactOut], summary="List a run's artifacts")
def list_artifacts(run_id: int, db: DB, auth: Auth, paging: Paging) -> dict[str, Any]:
    load_run(db, auth, run_id)
    return paginate(db, select(RunArtifact).where(RunArtifact.run_id == run_id).order_by(RunArtifact.id), paging, artifact_out)


@router.post("/{run_id}/artifacts", status_code=201, response_model=ArtifactOut, summary="Attach an artifact reference (URI) to a run")
def add_artifact(run_id: int, body: ArtifactIn, db: DB, auth: Auth) -> dict[str, Any]:
    run = load_run(db, auth, run_id, "annotator")
    if service.UPLOADED in body.meta:
        raise Invalid(f"meta.{service.UPLOADED} is set by the server on uploaded files; leave it out", field=("body", "meta"))
    if body.uri.startswith("blob:") and not service.project_owns_blob(db, run.project_id, body.uri):
        raise Invalid("a 'blob:' URI must name a file uploaded into a run of this project "
                      f"(POST /api/tracking/runs/{run_id}/artifacts/upload)", field=("body", "uri"))
    return artifact_out(service.add_artifact(db, run.id, body.name, body.uri, body.meta))


@router.post("/{run_id}/artifacts/upload", status_code=201, response_model=ArtifactOut, summary="Upload a file as a run artifact (raw body)",
             openapi_extra={"requestBody": {"content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
                                            "required": True}})
async def upload_artifact(run_id: int, request: Request, db: DB, auth: Auth, k: KernelDep,
                          name: str = Query(min_length=1, max_length=255)) -> dict[str, Any]:
    run = load_run(db, auth, run_id, "annotator")
    writer = k.artifacts.writer(max_bytes=k.settings.max_upload_bytes)
    try:
        async for chunk in request.stream():
            writer.write(chunk)
        blob = writer.commit()
    except BaseException:
        writer.abort()
        raise
    art = service.add_artifact(db, run.id, name, f"blob:{blob.digest}",
                               {"size": blob.size, "content_type": request.headers.get("content-type", "application/octet-stream"),
                                service.UPLOADED: True})
    return artifact_out(art)


@router.get("/{run_id}/artifacts/{artifact_id}/download", summary="Download an uploaded artifact", response_class=StreamingResponse,
            responses=file_response(description="The artifact, with the content type it was uploaded with"))
def download_artifact(run_id: int, artifact_id: int, db: DB, auth: Auth, k: KernelDep) -> StreamingResponse:
    run = load_run(db, auth, run_id)
    art = db.get(RunArtifact, artifact_id)
    if art is None or art.run_id != run_id:
        raise NotFound(f"artifact {artifact_id} not found in run {run_id}")
    if (not art.uri.startswith("blob:") or not service.project_owns_blob(db, run.project_id, art.uri)
            or not k.artifacts.exists(art.uri[5:])):
        raise NotFound(f"artifact {artifact_id} is a reference ({art.uri}), not a file uploaded into this project")

    def chunks() -> Iterator[bytes]:
        with k.artifacts.open(art.uri[5:]) as fh:
            while block := fh.read(1 << 20):
                yield block

    return StreamingResponse(chunks(), media_type=(art.meta or {}).get("content_type", "application/octet-stream"),
                             headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(art.name)}"})

