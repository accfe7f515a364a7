"""The queue in dispatch order with estimated start and finish; reorder, pause, reschedule."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Query, Request
from llmworks_sdk import Invalid, jobs
from llmworks_sdk.resources import ResourceRequest
from llmworks_sdk.scheduling import TimeWindow
from llmworks_sdk.schemas import ApiModel, JobOut, Timestamp
from llmworks_sdk.web import DB, Auth, KernelDep, audit
from pydantic import BaseModel, Field
from sqlalchemy import select

from llmworks_resources import schedule
from llmworks_resources.routes.common import load_job
from llmworks_resources.tables import Machine

router = APIRouter(tags=["resources"])


class QueueItem(ApiModel):
    job: JobOut
    position: int = Field(..., description="1 = dispatched next")
    duration_seconds: float | None
    basis: str = Field(..., description="How the duration was estimated")
    tokens: float | None
    tokens_per_second: float | None
    estimated_start: Timestamp | None
    estimated_finish: Timestamp | None
    waiting_for: str | None = Field(..., description="Why it does not start at once: paused, time window, busy GPUs, ...")


class ScheduleQueueOut(ApiModel):
    items: list[QueueItem]
    slots: int = Field(..., description="Jobs the workers run at once (simulated)")
    gpus: list[str] = Field(..., description="GPUs of the machines (simulated)")
    generated_at: Timestamp


class RescheduleIn(BaseModel):
    priority: int | None = Field(None, ge=-1000, le=1000)
    paused: bool | None = None
    not_before: datetime | None = Field(None, description="ISO time; with clear_not_before=true removes it")
    clear_not_before: bool = False
    windows: list[TimeWindow] | None = Field(None, max_length=32, description="Allowed time windows ([] = any time)")
    resources: ResourceRequest | None = None


class ReorderIn(BaseModel):
    job_ids: list[int] = Field(..., min_length=1, max_length=500, description="Queued jobs in the order to dispatch them")


def machine_gpus(db: Any, k: Any) -> list[str]:
    gpus: list[str] = []
    for m in db.scalars(select(Machine)):
        gpus += [f"{m.host}:{d.get('index')}" for d in m.devices or []]
    spec = str(getattr(k.settings, "gpus", "") or "")
    if not gpus and spec and spec[0].isdigit():
        gpus = [g.strip() for g in spec.split(",") if g.strip()]
    return gpus


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


@router.get("/queue", response_model=ScheduleQueueOut,
            summary="Queued jobs in dispatch order with estimated start and finish (from similar past jobs)")
def get_queue(db: DB, auth: Auth, k: KernelDep, project_id: int | None = Query(None, ge=1)) -> dict[str, Any]:
    if project_id is not None:
        auth.require_project(project_id)
    from llmworks_sdk.db import utcnow

    slots = int(getattr(k.settings, "worker_concurrency", 1) or 1)
    gpus = machine_gpus(db, k)
    items = schedule.plan(k, db, slots=slots, gpus=[g.rsplit(":", 1)[-1] if ":" in g else g for g in gpus])
    visible = auth.project_ids(db)
    items = [i for i in items if (visible is None or i["job"]["project_id"] in visible)
             and (project_id is None or i["job"]["project_id"] == project_id)]
    return {"items": items, "slots": slots, "gpus": gpus, "generated_at": utcnow().isoformat()}


@router.patch("/queue/{job_id}", response_model=JobOut, summary="Change a queued job's priority, start time, windows, pause or resources")
def reschedule(job_id: int, body: RescheduleIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    load_job(db, auth, job_id, "maintainer")
    kw: dict[str, Any] = {}
    if body.clear_not_before:
        kw["not_before"] = None
    elif body.not_before is not None:
        kw["not_before"] = _aware(body.not_before)
    db.commit()
    jobs.reschedule(k, job_id, user_id=auth.user_id, priority=body.priority, paused=body.paused,
                    windows=[w.model_dump() for w in body.windows] if body.windows is not None else None,
                    resources=body.resources.model_dump(exclude_none=True) if body.resources is not None else None, **kw)
    audit(db, request, "job.reschedule", principal=auth, target_kind="job", target_id=job_id)
    db.expire_all()
    return jobs.view(load_job(db, auth, job_id))


@router.post("/queue/reorder", response_model=list[JobOut], summary="Dispatch these queued jobs in this order (sets their priorities)")
def reorder(body: ReorderIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> list[dict[str, Any]]:
    if len(set(body.job_ids)) != len(body.job_ids):
        raise Invalid("job_ids lists a job twice", field=("body", "job_ids"))
    rows = [load_job(db, auth, i, "maintainer") for i in body.job_ids]
    for j in rows:
        if j.state != "queued":
            raise Invalid(f"job {j.id} is {j.state}; only queued jobs can be reordered", field=("body", "job_ids"))
    # the first gets the highest of their priorities plus the count: relative to other jobs
    # the set moves up at most to where its best member was
    top = max(j.priority for j in rows) + len(rows) - 1
    db.commit()
    for n, j in enumerate(rows):
        jobs.reschedule(k, j.id, user_id=auth.user_id, priority=top - n)
    audit(db, request, "job.reorder", principal=auth, target_kind="job", target_id=body.job_ids[0])
    db.expire_all()
    return [jobs.view(load_job(db, auth, i)) for i in body.job_ids]
