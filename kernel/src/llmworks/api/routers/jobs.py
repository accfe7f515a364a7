"""Jobs: list, inspect, cancel, resume, read logs."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from llmworks_sdk import NotFound
from llmworks_sdk.schemas import ApiModel, JobOut
from pydantic import Field
from sqlalchemy import select

from llmworks.api.pagination import Page, Paging, paginate
from llmworks.auth.deps import DB, Auth, KernelDep, audit
from llmworks.db.models import Job
from llmworks.jobs import job_to_dict

router = APIRouter(prefix="/api/jobs", tags=["jobs"])
STATES = ("queued", "running", "succeeded", "failed", "cancelled")


class JobLogOut(ApiModel):
    offset: int = Field(..., description="Byte offset the text starts at")
    next_offset: int = Field(..., description="Offset to ask for next")
    text: str
    size: int = Field(..., description="Size of the whole log in bytes")


def load_job(db: Any, auth: Any, job_id: int, minimum: str = "viewer") -> Job:
    job = db.get(Job, job_id)
    if job is None:
        raise NotFound(f"job {job_id} not found")
    auth.require_project(job.project_id, minimum, what="job")
    return job


@router.get("", response_model=Page[JobOut], summary="List jobs")
def list_jobs(
    db: DB, auth: Auth, paging: Paging,
    project_id: int | None = Query(None), state: str | None = Query(None, pattern="^(queued|running|succeeded|failed|cancelled)$"),
    kind: str | None = Query(None, max_length=128),
) -> dict[str, Any]:
    q = select(Job).order_by(Job.id.desc())
    if project_id is not None:
        auth.require_project(project_id)
        q = q.where(Job.project_id == project_id)
    else:
        ids = auth.project_ids(db)
        if ids is not None:
            q = q.where(Job.project_id.in_(ids))
    if state:
        q = q.where(Job.state == state)
    if kind:
        q = q.where(Job.kind == kind)
    return paginate(db, q, paging, job_to_dict)


@router.get("/{job_id}", response_model=JobOut, summary="Get a job with progress and ETA")
def get_job(job_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return job_to_dict(load_job(db, auth, job_id))


@router.post("/{job_id}/cancel", response_model=JobOut, summary="Cancel a queued or running job")
def cancel_job(job_id: int, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    load_job(db, auth, job_id, "annotator")
    db.commit()
    k.queue.cancel(job_id, user_id=auth.user_id)
    audit(db, request, "job.cancel", principal=auth, target_kind="job", target_id=job_id)
    db.expire_all()
    return job_to_dict(load_job(db, auth, job_id))


@router.post("/{job_id}/resume", response_model=JobOut, summary="Run a failed or cancelled job again (continues from its checkpoint where the handler supports it)")
def resume_job(job_id: int, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    load_job(db, auth, job_id, "annotator")
    db.commit()
    k.queue.requeue(job_id, user_id=auth.user_id, payload_update={"resume": True})
    audit(db, request, "job.resume", principal=auth, target_kind="job", target_id=job_id)
    db.expire_all()
    return job_to_dict(load_job(db, auth, job_id))


@router.get("/{job_id}/log", response_model=JobLogOut, summary="Read the job log from a byte offset")
def job_log(job_id: int, db: DB, auth: Auth, k: KernelDep,
            offset: int = Query(0, ge=0), limit: int = Query(65536, ge=1, le=1_048_576),
            tail: int | None = Query(None, ge=1, le=10_000, description="Return only the last N lines")) -> dict[str, Any]:
    load_job(db, auth, job_id)
    path = k.settings.jobs_dir / str(job_id) / "job.log"
    if not path.exists():
        return {"offset": 0, "next_offset": 0, "text": "", "size": 0}
    size = path.stat().st_size
    if tail is not None:
        with open(path, "rb") as fh:
            start = max(0, size - 256 * tail)
            fh.seek(start)
            lines = fh.read().decode("utf-8", "replace").splitlines()[-tail:]
        return {"offset": start, "next_offset": size, "text": "\n".join(lines), "size": size}
    with open(path, "rb") as fh:
        fh.seek(min(offset, size))
        data = fh.read(limit)
    return {"offset": offset, "next_offset": min(offset, size) + len(data), "text": data.decode("utf-8", "replace"), "size": size}
