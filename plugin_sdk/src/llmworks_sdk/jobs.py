"""Jobs: durable background work (training, evaluation, export, ...).

Declare a kind with ``register_job_handlers`` (:class:`~llmworks_sdk.types.JobHandler`),
enqueue it from a route, and report progress from the handler through its
:class:`~llmworks_sdk.types.JobContext`:

    from llmworks_sdk import jobs

    job = jobs.enqueue(kernel, "notes.reindex", {"note_id": 3}, project_id=pid, user_id=auth.user_id,
                       session=db)            # dispatched once the request's session commits
    ...
    def run(ctx: JobContext) -> dict[str, Any]:
        for i in range(10):
            if ctx.cancelled():               # cancellation is cooperative
                return {"stopped_at": i}
            ctx.progress(i + 1, 10, "indexing")
        return {"ok": True}                   # the job's result (JSON)

:func:`cancel` asks a running job to stop (a queued one is cancelled at once),
:func:`resume` runs a failed or cancelled one again; :func:`view` is the JSON shape of a job.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from llmworks_sdk.db import utcnow
from llmworks_sdk.kernel import JobQueue, JobRecord, kernel_of
from llmworks_sdk.types import JobContext, JobHandler

#: states a job never leaves
TERMINAL = frozenset({"succeeded", "failed", "cancelled"})


def enqueue(
    source: object,
    kind: str,
    payload: dict[str, Any] | None = None,
    *,
    project_id: int | None = None,
    user_id: int | None = None,
    title: str = "",
    priority: int = 0,
    not_before: datetime | None = None,
    windows: list[dict[str, Any]] | None = None,
    max_attempts: int | None = None,
    session: Session | None = None,
    resources: dict[str, Any] | None = None,
) -> JobRecord:
    """Queue a job of a registered ``kind`` (``Invalid`` for an unknown kind). With ``session``
    the job row joins that transaction and is dispatched after it commits. ``not_before``,
    ``windows`` (:class:`llmworks_sdk.scheduling.TimeWindow` dicts) and ``priority`` say when
    it may start; ``resources`` what it needs (``{"gpus": 1, "gpu_type": "H100"}``): a worker
    starts it only when that many of its GPUs are free and hands them to it
    (``CUDA_VISIBLE_DEVICES``)."""
    kw: dict[str, Any] = {"resources": resources} if resources else {}
    return kernel_of(source).queue.enqueue(kind, payload, project_id=project_id, user_id=user_id, title=title,
                                           priority=priority, not_before=not_before, windows=windows,
                                           max_attempts=max_attempts, session=session, **kw)


def queued(session: Session, *, project_ids: Iterable[int] | None = None, limit: int = 500) -> list[JobRecord]:
    """Queued jobs in dispatch order: higher priority first, then oldest (paused ones included)."""
    return kernel_of(session).queue.queued(session, project_ids=project_ids, limit=limit)


def running(session: Session, *, project_ids: Iterable[int] | None = None) -> list[JobRecord]:
    """Running jobs, earliest started first."""
    return kernel_of(session).queue.running(session, project_ids=project_ids)


def recent(session: Session, *, state: str | None = None, kinds: Iterable[str] | None = None,
           limit: int = 200) -> list[JobRecord]:
    """The newest jobs, optionally of one ``state`` and some ``kinds`` (durations of past jobs)."""
    return kernel_of(session).queue.recent(session, state=state, kinds=kinds, limit=limit)


_KEEP: Any = ...


def reschedule(source: object, job_id: int, *, user_id: int | None = None, priority: int | None = None,
               not_before: datetime | None | Any = _KEEP, windows: list[dict[str, Any]] | None = None,
               paused: bool | None = None, resources: dict[str, Any] | None = None) -> JobRecord:
    """Change a queued job's priority, start time, windows, pause or resources (None/omitted:
    unchanged; ``not_before=None`` clears it). ``Conflict`` once the job has started."""
    q = kernel_of(source).queue
    kw: dict[str, Any] = {} if not_before is _KEEP else {"not_before": not_before}
    return q.reschedule(job_id, user_id=user_id, priority=priority, windows=windows, paused=paused,
                        resources=resources, **kw)


def cancel(source: object, job_id: int, *, user_id: int | None = None) -> JobRecord:
    """Cancel a queued job, or ask a running one to stop (``Conflict`` when already finished)."""
    return kernel_of(source).queue.cancel(job_id, user_id=user_id)


def resume(source: object, job_id: int, *, user_id: int | None = None,
           payload_update: dict[str, Any] | None = None) -> JobRecord:
    """Queue a failed or cancelled job again, merging ``payload_update`` into its payload."""
    return kernel_of(source).queue.requeue(job_id, user_id=user_id, payload_update=payload_update)


def get(session: Session, job_id: int) -> JobRecord | None:
    """The job ``job_id`` (read-only), or None."""
    return kernel_of(session).queue.get(session, job_id)


def get_many(session: Session, job_ids: Iterable[int]) -> dict[int, JobRecord]:
    """Jobs by id, for list pages (ids that do not exist are left out)."""
    return kernel_of(session).queue.get_many(session, job_ids)


def count(session: Session, *, state: str | None = None, kind: str | None = None,
          project_ids: Iterable[int] | None = None) -> int:
    """How many jobs match (``project_ids`` None: all projects)."""
    return kernel_of(session).queue.count(session, state=state, kind=kind, project_ids=project_ids)


def view(job: JobRecord) -> dict[str, Any]:
    """The JSON shape of ``job`` (as ``GET /api/jobs/{id}``: state, progress with ETA, result, ...)."""
    eta = None
    if job.state == "running" and job.started_at and job.progress_step and job.progress_total:
        elapsed = (utcnow() - job.started_at).total_seconds()
        if job.progress_step > 0:
            eta = max(0.0, elapsed / job.progress_step * (job.progress_total - job.progress_step))
    return {
        "id": job.id,
        "kind": job.kind,
        "title": job.title,
        "project_id": job.project_id,
        "created_by": job.created_by,
        "state": job.state,
        "priority": job.priority,
        "payload": job.payload,
        "not_before": job.not_before.isoformat() if job.not_before else None,
        "windows": job.windows or [],
        "resources": getattr(job, "resources", None) or {},
        "assignment": getattr(job, "assignment", None),
        "paused": bool(getattr(job, "paused", False)),
        "backend": getattr(job, "backend", None),
        "attempts": job.attempts,
        "max_attempts": job.max_attempts,
        "cancel_requested": job.cancel_requested,
        "progress": {
            "step": job.progress_step,
            "total": job.progress_total,
            "message": job.progress_message,
            "fraction": (job.progress_step / job.progress_total)
            if job.progress_step is not None and job.progress_total else None,
            "eta_seconds": eta,
        },
        "result": job.result,
        "error": job.error,
        "worker_id": job.worker_id,
        "heartbeat_at": job.heartbeat_at.isoformat() if job.heartbeat_at else None,
        "created_at": job.created_at.isoformat(),
        "started_at": job.started_at.isoformat() if job.started_at else None,
        "finished_at": job.finished_at.isoformat() if job.finished_at else None,
    }


__all__ = ["TERMINAL", "JobContext", "JobHandler", "JobQueue", "JobRecord", "cancel", "count", "enqueue", "get",
           "get_many", "queued", "recent", "reschedule", "resume", "running", "view"]
