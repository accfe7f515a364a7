"""Evaluations: start an evaluation job, read its scores and its worst examples."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from llmworks.api.pagination import Paging, paginate, paginate_list
from llmworks.api.routers.lineage import add_edge
from llmworks.auth.deps import DB, Auth, KernelDep, audit
from llmworks.db.models import Job
from llmworks_sdk import GenerationParams, Invalid
from pydantic import BaseModel, Field, model_validator
from sqlalchemy import select

from llmworks_tracking import evaluation as ev_job
from llmworks_tracking.evalsets import BUILTIN
from llmworks_tracking.models import Evaluation, EvaluationExample, EvaluationScore
from llmworks_tracking.views import load_in_project

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
    model: str = Field(min_length=1, max_length=255, description='"base:<name>", "custom:<model version id>" or a bare version id')
    dataset: DatasetIn
    metrics: list[str] = Field(min_length=1, max_length=30)
    max_examples: int = Field(200, ge=1, le=10_000)
    generation: GenerationParams = Field(default_factory=lambda: GenerationParams(temperature=0.0, max_new_tokens=32, logprobs=False),
                                         description="Decoding settings for the predictions (default: greedy, 32 tokens)")

    model_config = {"json_schema_extra": {"examples": [{
        "project_id": 1, "model": "base:llmworks-demo-tiny", "dataset": {"builtin": "lambada-mini"},
        "metrics": ["lambada", "perplexity"], "max_examples": 50}]}}


def evaluation_out(ev: Evaluation, job: Job | None = None) -> dict[str, Any]:
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
    return load_in_project(db, auth, Evaluation, evaluation_id, minimum, "evaluation")


@router.get("/datasets", summary="Built-in evaluation datasets")
def list_builtin_datasets(auth: Auth, paging: Paging) -> dict[str, Any]:
    items = [{"name": d.name, "description": d.description, "size": d.size, "suggested_metrics": d.suggested_metrics,
              "sample": d.rows(3)} for d in BUILTIN.values()]
    return paginate_list(items, paging)


@router.get("", summary="List evaluations of a project")
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
    jobs = {j.id: j for j in db.scalars(select(Job).where(Job.id.in_([e.job_id for e in page["items"] if e.job_id])))}
    page["items"] = [evaluation_out(e, jobs.get(e.job_id)) for e in page["items"]]
    return page


@router.post("", status_code=201, summary="Evaluate a model on a dataset with metrics (runs as a job)")
def create_evaluation(body: EvaluationIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    from llmworks_metrics.service import project_metrics, resolve

    auth.require_project(body.project_id, "annotator")
    resolve(project_metrics(k, db, body.project_id), body.metrics)
    ev_job.backend(k)
    _, owner = ev_job.resolve_model(k, db, body.model)
    if owner is not None and owner != body.project_id:
        auth.require_project(owner, what="model")
        raise Invalid(f"model {body.model} belongs to another project; evaluate it there", field=("body", "model"))
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
    name = body.name or f"{body.model} on {body.dataset.builtin or (f'dataset version {body.dataset.version_id}' if body.dataset.version_id else 'examples')}"
    ev = Evaluation(project_id=body.project_id, name=name[:255], model=body.model, dataset=dataset, metrics=body.metrics,
                    settings={"max_examples": limit, "generation": body.generation.model_dump()}, created_by=auth.user_id)
    db.add(ev)
    db.flush()
    job = k.queue.enqueue(ev_job.EVALUATION_JOB, {"evaluation_id": ev.id}, project_id=body.project_id, user_id=auth.user_id,
                          title=f"Evaluate {name}"[:255], session=db)
    ev.job_id = job.id
    vid = ev_job.model_version_id(body.model)
    source = ("model_version", vid) if vid is not None else ("base_model", body.model.removeprefix("base:"))
    add_edge(db, body.project_id, source, ("evaluation", ev.id), "evaluated_by")
    if body.dataset.version_id is not None:
        add_edge(db, body.project_id, ("dataset_version", body.dataset.version_id), ("evaluation", ev.id), "evaluated_on")
    audit(db, request, "evaluation.created", principal=auth, project_id=body.project_id, target_kind="evaluation", target_id=ev.id)
    return evaluation_out(ev, job)


@router.get("/{evaluation_id}", summary="Get an evaluation: status, progress, aggregate scores, worst examples per metric")
def get_evaluation(evaluation_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    ev = load_evaluation(db, auth, evaluation_id)
    return evaluation_out(ev, db.get(Job, ev.job_id) if ev.job_id else None)


@router.get("/{evaluation_id}/examples", summary="Examples with predictions and per-example scores, e.g. the worst for a metric")
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


@router.delete("/{evaluation_id}", summary="Delete an evaluation (maintainers)")
def delete_evaluation(evaluation_id: int, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    ev = load_evaluation(db, auth, evaluation_id, "maintainer")
    audit(db, request, "evaluation.deleted", principal=auth, project_id=ev.project_id, target_kind="evaluation", target_id=ev.id)
    db.delete(ev)
    return {"deleted": evaluation_id}
