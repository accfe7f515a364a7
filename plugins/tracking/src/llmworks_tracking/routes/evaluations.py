"""Evaluations: start an evaluation job, read its scores and its worst examples."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Query, Request
from llmworks_sdk import GenerationParams, Invalid, NotFound, jobs
from llmworks_sdk.kernel import JobRecord
from llmworks_sdk.lineage import add_edge
from llmworks_sdk.pagination import Page, Paging, paginate, paginate_list
from llmworks_sdk.resources import ResourceRequest
from llmworks_sdk.safety import safety_service
from llmworks_sdk.scheduling import TimeWindow
from llmworks_sdk.schemas import DeletedOut
from llmworks_sdk.services import MetricService, RouteService, require_service
from llmworks_sdk.web import DB, Auth, KernelDep, audit, load_in_project
from pydantic import BaseModel, Field, model_validator
from sqlalchemy import select

from llmworks_tracking import evaluation as ev_job
from llmworks_tracking.api_models import EvalDatasetOut, EvaluationExampleOut, EvaluationOut
from llmworks_tracking.evalsets import BUILTIN
from llmworks_tracking.models import Evaluation, EvaluationExample, EvaluationScore

router = APIRouter(tags=["evaluations"])
TERMINAL_JOB = ("failed", "cancelled")


class InlineExample(BaseModel):
    prompt: str = Field(max_length=20_000)
    reference: str = Field("", max_length=20_000)
    text: str | None = Field(None, max_length=40_000, description="Full text for perplexity; default prompt + reference")


class DatasetIn(BaseModel):
    """Exactly one of ``builtin``, ``version_id`` or ``examples``."""

    builtin: str | None = Field(None, description="A built-in set (GET /api/evaluations/datasets), e.g. lambada-mini")
    version_id: int | None = Field(None, description="A dataset version of llmworks-datasets")
    split: str | None = Field(None, pattern="^(train|validation)$")
    prompt_column: str | None = Field(None, max_length=255)
    reference_column: str | None = Field(None, max_length=255)
    examples: list[InlineExample] | None = Field(None, min_length=1, max_length=1000)

    @model_validator(mode="after")
    def _one_source(self) -> DatasetIn:
        given = [n for n in ("builtin", "version_id", "examples") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of builtin, version_id or examples")
        return self


class EvaluationIn(BaseModel):
    project_id: int
    name: str = Field("", max_length=255)
    model: str | None = Field(None, min_length=1, max_length=255,
                              description='"base:<name>", "custom:<model version id>" or a bare version id (or give route)')
    route: str | None = Field(None, min_length=1, max_length=64,
                              description="Evaluate what this route of the project serves: its model, backend, adapter, "
                                          "options and generation settings (explicit generation fields override the "
                                          "route's). Give either model or route")
    dataset: DatasetIn
    metrics: list[str] = Field(min_length=1, max_length=30)
    metric_options: dict[str, dict[str, Any]] = Field(
        default_factory=dict, max_length=30,
        description="Settings of the metrics that take them, by metric name (e.g. reward_model: "
                    "{reward_model: 'custom:<id>'}); each metric checks its own")
    max_examples: int = Field(200, ge=1, le=10_000)
    backend: str = Field("pytorch", min_length=1, max_length=64,
                         description="Inference backend that loads the model and generates the predictions "
                                     "(GET /api/inference/backends); model metrics get its loaded model")
    generation: GenerationParams = Field(default_factory=lambda: GenerationParams(temperature=0.0, max_new_tokens=32, logprobs=False),
                                         description="Decoding settings for the predictions (default: greedy, 32 tokens)")
    safety: bool = Field(False, description="Opt in to the project's safety policy: prompts and predictions pass through "
                                            "its filters (a blocked prompt or output gives an empty or cut prediction) "
                                            "and each example's decision is logged (needs llmworks-safety)")
    priority: int = Field(0, ge=-100, le=100, description="Higher runs first")
    not_before: datetime | None = Field(None, description="Do not start before this time (ISO 8601; UTC when no offset)")
    windows: list[TimeWindow] = Field(default_factory=list, max_length=32,
                                      description="Recurring windows the job may start in, e.g. 22:00-06:00 in a time zone")
    resources: ResourceRequest = Field(default_factory=ResourceRequest, description="GPUs (count, type) it needs")

    model_config = {"json_schema_extra": {"examples": [{
        "project_id": 1, "model": "base:llmworks-demo-tiny", "dataset": {"builtin": "lambada-mini"},
        "metrics": ["lambada", "perplexity"], "max_examples": 50}]}}

    @model_validator(mode="after")
    def _model_or_route(self) -> EvaluationIn:
        if (self.model is None) == (self.route is None):
            raise ValueError("give either model ('base:<name>' or 'custom:<id>') or route (a route of the project)")
        return self


def _route_spec(k: Any, db: Any, body: EvaluationIn) -> dict[str, Any]:
    """model, backend and settings of an evaluation of ``body.route``, or of ``body.model``."""
    generation = body.generation.model_dump()
    if body.route is None:
        return {"model": body.model, "backend": body.backend, "generation": generation}
    try:
        route = require_service(k, RouteService).get(db, body.project_id, body.route)
    except LookupError as exc:
        raise Invalid(str(exc), field=("body", "route")) from None
    if route is None:
        raise NotFound(f"this project has no route named '{body.route}'; list them with GET /api/inference/routes",
                       field=("body", "route"))
    if "backend" in body.model_fields_set and body.backend != route.backend:
        raise Invalid(f"route '{route.name}' runs on the {route.backend} backend; leave backend out or evaluate the model "
                      "directly", field=("body", "backend"))
    explicit = body.generation.model_dump(include=body.generation.model_fields_set) if "generation" in body.model_fields_set else {}
    try:
        merged = GenerationParams(**{**generation, **route.params, **explicit, "logprobs": False}).model_dump()
    except ValueError as exc:
        raise Invalid(f"route '{route.name}' has generation settings an evaluation cannot use: {exc}",
                      field=("body", "generation")) from None
    return {"model": route.model, "backend": route.backend, "generation": merged, "route": route.name,
            "adapter": route.adapter, "options": route.options}


def _metric_options(db: Any, auth: Any, body: EvaluationIn, metrics: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each metric's options, as its ``check_options`` keeps them (422 for options of a metric
    the evaluation does not compute or that takes none)."""
    out = {}
    for name, options in body.metric_options.items():
        loc = ("body", "metric_options", name)
        if name not in body.metrics:
            raise Invalid(f"metric_options names {name!r}, which is not among the evaluation's metrics", field=loc)
        check = getattr(metrics[name], "check_options", None)
        if check is None:
            raise Invalid(f"metric {name!r} takes no options", field=loc)
        out[name] = dict(check(dict(options), session=db, project_id=body.project_id, principal=auth))
    return out


def evaluation_out(ev: Evaluation, job: JobRecord | None = None) -> dict[str, Any]:
    status = ev.status
    if job is not None and job.state in TERMINAL_JOB and status in ("queued", "running"):
        status = job.state
    return {"id": ev.id, "project_id": ev.project_id, "name": ev.name, "status": status, "job_id": ev.job_id,
            "model": ev.model, "dataset": ev.dataset if "examples" not in ev.dataset else {"examples": len(ev.dataset["examples"])},
            "metrics": ev.metrics, "settings": ev.settings, "results": ev.results, "n_examples": ev.n_examples,
            "run_id": ev.run_id, "error": ev.error or (job.error if job is not None and status in TERMINAL_JOB else None),
            "progress": ({"step": job.progress_step, "total": job.progress_total, "message": job.progress_message}
                         if job is not None and job.state == "running" else None),
            "created_by": ev.created_by, "created_at": ev.created_at.isoformat(),
            "finished_at": ev.finished_at.isoformat() if ev.finished_at else None}


def load_evaluation(db: Any, auth: Any, evaluation_id: int, minimum: str = "viewer") -> Evaluation:
    return load_in_project(db, auth, Evaluation, evaluation_id, minimum, what="evaluation")


@router.get("/datasets", response_model=Page[EvalDatasetOut], summary="Built-in evaluation datasets")
def list_builtin_datasets(auth: Auth, paging: Paging) -> dict[str, Any]:
    items = [{"name": d.name, "description": d.description, "size": d.size, "suggested_metrics": d.suggested_metrics,
              "sample": d.rows(3)} for d in BUILTIN.values()]
    return paginate_list(items, paging)


@router.get("", response_model=Page[EvaluationOut], summary="List evaluations of a project")
def list_evaluations(db: DB, auth: Auth, paging: Paging, project_id: int,
                     model: str | None = Query(None, max_length=255),
                     status: str | None = Query(None, pattern="^(queued|running|succeeded|failed|cancelled)$")) -> dict[str, Any]:
    auth.require_project(project_id)
    stmt = select(Evaluation).where(Evaluation.project_id == project_id).order_by(Evaluation.id.desc())
    if model:
        stmt = stmt.where(Evaluation.model == model)
    if status:
        stmt = stmt.where(Evaluation.status == status)
    page = paginate(db, stmt, paging, lambda e: e)
    by_id = jobs.get_many(db, [e.job_id for e in page["items"] if e.job_id])
    page["items"] = [evaluation_out(e, by_id.get(e.job_id) if e.job_id else None) for e in page["items"]]
    return page


@router.post("", status_code=201, response_model=EvaluationOut, summary="Evaluate a model on a dataset with metrics (runs as a job)")
def create_evaluation(body: EvaluationIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    metric_service = require_service(k, MetricService)
    auth.require_project(body.project_id, "annotator")
    known = metric_service.project_metrics(k, db, body.project_id)
    metric_service.resolve(known, body.metrics)
    metric_options = _metric_options(db, auth, body, known)
    if body.safety and safety_service(k) is None:
        raise Invalid("safety filters are not installed on this server: set safety to false or install llmworks-safety",
                      field=("body", "safety"))
    target = _route_spec(k, db, body)
    model = target["model"]
    ev_job.backend(k, target["backend"])
    _, owner = ev_job.resolve_model(k, db, model, body.project_id)
    if owner is not None and owner != body.project_id:
        auth.require_project(owner, what="model")
        raise Invalid(f"model {model} belongs to another project; evaluate it there", field=("body", "model"))
    dataset = body.dataset.model_dump(exclude_none=True)
    limit = body.max_examples
    if body.dataset.builtin is not None:
        if body.dataset.builtin not in BUILTIN:
            raise Invalid(f"unknown built-in dataset {body.dataset.builtin!r}; available: {', '.join(BUILTIN)}",
                          field=("body", "dataset", "builtin"))
        limit = min(limit, BUILTIN[body.dataset.builtin].size)
    elif body.dataset.version_id is not None:
        version = ev_job.dataset_version(db, body.dataset.version_id)
        auth.require_project(version.project_id, what="dataset version")
        if version.project_id != body.project_id:
            raise Invalid("the dataset version belongs to another project", field=("body", "dataset", "version_id"))
    subject = f"route {target['route']} ({model})" if body.route else model
    name = body.name or f"{subject} on {body.dataset.builtin or (f'dataset version {body.dataset.version_id}' if body.dataset.version_id else 'examples')}"
    settings = {"max_examples": limit, "generation": target["generation"], "backend": target["backend"], "safety": body.safety}
    settings.update({key: target[key] for key in ("route", "adapter", "options") if key in target})
    if metric_options:
        settings["metric_options"] = metric_options
    ev = Evaluation(project_id=body.project_id, name=name[:255], model=model, dataset=dataset, metrics=body.metrics,
                    settings=settings, created_by=auth.user_id)
    db.add(ev)
    db.flush()
    nb = body.not_before
    job = jobs.enqueue(k, ev_job.EVALUATION_JOB, {"evaluation_id": ev.id}, project_id=body.project_id, user_id=auth.user_id,
                       title=f"Evaluate {name}"[:255], session=db, priority=body.priority,
                       not_before=nb.replace(tzinfo=UTC) if nb is not None and nb.tzinfo is None else nb,
                       windows=[w.model_dump() for w in body.windows],
                       resources=body.resources.as_job_resources())
    ev.job_id = job.id
    vid = ev_job.model_version_id(model)
    source = ("model_version", vid) if vid is not None else ("base_model", model.removeprefix("base:"))
    add_edge(db, body.project_id, source, ("evaluation", ev.id), "evaluated_by")
    if body.dataset.version_id is not None:
        add_edge(db, body.project_id, ("dataset_version", body.dataset.version_id), ("evaluation", ev.id), "evaluated_on")
    audit(db, request, "evaluation.created", principal=auth, project_id=body.project_id, target_kind="evaluation", target_id=ev.id)
    return evaluation_out(ev, job)


@router.get("/{evaluation_id}", response_model=EvaluationOut, summary="Get an evaluation: status, progress, aggregate scores, worst examples per metric")
def get_evaluation(evaluation_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    ev = load_evaluation(db, auth, evaluation_id)
    return evaluation_out(ev, jobs.get(db, ev.job_id) if ev.job_id else None)


@router.get("/{evaluation_id}/examples", response_model=Page[EvaluationExampleOut], summary="Examples with predictions and per-example scores, e.g. the worst for a metric")
def list_examples(evaluation_id: int, db: DB, auth: Auth, paging: Paging,
                  metric: str | None = Query(None, max_length=64, description="With order=worst|best: the metric to rank by"),
                  order: str = Query("index", pattern="^(index|worst|best)$")) -> dict[str, Any]:
    ev = load_evaluation(db, auth, evaluation_id)
    stmt = select(EvaluationExample).where(EvaluationExample.evaluation_id == ev.id)
    if order == "index":
        stmt = stmt.order_by(EvaluationExample.idx)
    else:
        if metric is None:
            raise Invalid("order=worst|best needs ?metric=<name>", field=("query", "metric"))
        info = (ev.results or {}).get(metric)
        if info is None:
            raise Invalid(f"this evaluation has no metric {metric!r}; it has {sorted(ev.results or {})}", field=("query", "metric"))
        ascending = (order == "worst") == bool(info.get("higher_is_better", True))
        score = EvaluationScore.score.asc() if ascending else EvaluationScore.score.desc()
        stmt = (stmt.join(EvaluationScore, (EvaluationScore.evaluation_id == EvaluationExample.evaluation_id)
                          & (EvaluationScore.idx == EvaluationExample.idx) & (EvaluationScore.metric == metric))
                .order_by(score.nulls_last(), EvaluationExample.idx))
    return paginate(db, stmt, paging, lambda e: {"index": e.idx, "prompt": e.prompt, "reference": e.reference,
                                                 "prediction": e.prediction, "scores": e.scores})


@router.delete("/{evaluation_id}", response_model=DeletedOut, summary="Delete an evaluation (maintainers)")
def delete_evaluation(evaluation_id: int, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    ev = load_evaluation(db, auth, evaluation_id, "maintainer")
    audit(db, request, "evaluation.deleted", principal=auth, project_id=ev.project_id, target_kind="evaluation", target_id=ev.id)
    db.delete(ev)
    return {"deleted": evaluation_id}
