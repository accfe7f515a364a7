"""The durable job queue: rows in ``jobs``, state changes with their events in one
transaction.

States: queued → running → succeeded | failed | cancelled. A failed attempt (the handler
raised, the child died, or its worker stopped heart-beating) goes back to queued with
exponential backoff until ``max_attempts``. Claiming uses ``FOR UPDATE SKIP LOCKED`` on
PostgreSQL and an optimistic compare-and-set elsewhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from llmworks_sdk import Conflict, Invalid, NotFound
from sqlalchemy import event as sa_event
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from llmworks.db import utcnow
from llmworks.db.models import Job
from llmworks.jobs.windows import next_opening, window_open

if TYPE_CHECKING:
    from llmworks.kernel import Kernel

log = logging.getLogger("llmworks.jobs")
TERMINAL = frozenset({"succeeded", "failed", "cancelled"})


def job_to_dict(j: Job) -> dict[str, Any]:
    eta = None
    if j.state == "running" and j.started_at and j.progress_step and j.progress_total:
        elapsed = (utcnow() - j.started_at).total_seconds()
        if j.progress_step > 0:
            eta = max(0.0, elapsed / j.progress_step * (j.progress_total - j.progress_step))
    return {
        "id": j.id,
        "kind": j.kind,
        "title": j.title,
        "project_id": j.project_id,
        "created_by": j.created_by,
        "state": j.state,
        "priority": j.priority,
        "payload": j.payload,
        "not_before": j.not_before.isoformat() if j.not_before else None,
        "windows": j.windows or [],
        "attempts": j.attempts,
        "max_attempts": j.max_attempts,
        "cancel_requested": j.cancel_requested,
        "progress": {
            "step": j.progress_step,
            "total": j.progress_total,
            "message": j.progress_message,
            "fraction": (j.progress_step / j.progress_total) if j.progress_step is not None and j.progress_total else None,
            "eta_seconds": eta,
        },
        "result": j.result,
        "error": j.error,
        "worker_id": j.worker_id,
        "heartbeat_at": j.heartbeat_at.isoformat() if j.heartbeat_at else None,
        "created_at": j.created_at.isoformat(),
        "started_at": j.started_at.isoformat() if j.started_at else None,
        "finished_at": j.finished_at.isoformat() if j.finished_at else None,
    }


class JobQueue:
    def __init__(self, kernel: Kernel) -> None:
        self.k = kernel
        self.dispatchers: list[Callable[[Job], None]] = []  # backends told about new work

    # ---------------------------------------------------------------- producing
    def enqueue(
        self,
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
    ) -> Job:
        handler = self.k.registry.job_handlers.get(kind)
        if handler is None:
            known = ", ".join(sorted(self.k.registry.job_handlers)) or "none"
            raise Invalid(f"unknown job kind '{kind}'; known kinds: {known}", field=("body", "kind"))
        job = Job(
            kind=kind,
            payload=payload or {},
            project_id=project_id,
            created_by=user_id,
            title=title or handler.description or kind,
            priority=priority,
            not_before=not_before,
            windows=windows or [],
            max_attempts=max_attempts or handler.max_attempts,
            backoff_seconds=handler.backoff_seconds,
            timeout_seconds=handler.timeout_seconds,
        )

        def _add(s: Session) -> None:
            s.add(job)
            s.flush()
            self.k.events.publish(
                "job.queued", project_id=project_id, subject_kind="job", subject_id=job.id,
                data={"kind": kind, "title": job.title, "priority": priority}, user_id=user_id, session=s,
            )

        if session is not None:
            _add(session)
            # the caller commits; dispatch once its transaction is committed
            pending = session.info.setdefault("llmworks_dispatch", [])
            if not pending:
                sa_event.listen(session, "after_commit", self._after_commit, once=True)
            pending.append(job)
        else:
            with self.k.db.session() as s:
                _add(s)
            self.dispatch(job)
        return job

    def _after_commit(self, session: Session) -> None:
        jobs = session.info.pop("llmworks_dispatch", [])
        for job in jobs:
            self.dispatch(job)

    def dispatch(self, job: Job) -> None:
        self.k.events.notify()
        for d in self.dispatchers:
            try:
                d(job)
            except Exception:  # noqa: BLE001 - the reaper/poller will pick it up
                log.exception("dispatching job %s failed; it stays queued", job.id)

    # ---------------------------------------------------------------- consuming
    def claim(self, worker_id: str, *, job_id: int | None = None, kinds: list[str] | None = None) -> Job | None:
        """Atomically move one due queued job to running for ``worker_id``."""
        now = utcnow()
        with self.k.db.session() as s:
            q = select(Job).where(Job.state == "queued", (Job.not_before.is_(None)) | (Job.not_before <= now))
            if job_id is not None:
                q = q.where(Job.id == job_id)
            if kinds:
                q = q.where(Job.kind.in_(kinds))
            q = q.order_by(Job.priority.desc(), Job.id).limit(16)
            if self.k.db.is_postgres:
                q = q.with_for_update(skip_locked=True)
            for job in s.scalars(q).all():
                if not window_open(job.windows, now):
                    continue
                res = s.execute(
                    update(Job)
                    .where(Job.id == job.id, Job.state == "queued")
                    .values(
                        state="running", worker_id=worker_id, attempts=Job.attempts + 1, heartbeat_at=now,
                        started_at=now, cancel_requested=False, error=None,
                    )
                )
                if res.rowcount != 1:
                    continue
                s.refresh(job)
                self.k.events.publish(
                    "job.started", project_id=job.project_id, subject_kind="job", subject_id=job.id,
                    data={"kind": job.kind, "attempt": job.attempts, "worker": worker_id}, session=s,
                )
                s.commit()
                self.k.events.notify()
                return job
        return None

    def next_due(self, job_id: int) -> datetime | None:
        """When a queued job may next start (for Celery retries), or None if not queued."""
        with self.k.db.session() as s:
            job = s.get(Job, job_id)
            if job is None or job.state != "queued":
                return None
            start = max(job.not_before or utcnow(), utcnow())
            return next_opening(job.windows, start)

    def heartbeat(self, job_id: int, worker_id: str) -> bool:
        """Refresh the lease; returns True when the run must stop: cancellation was
        requested, or the lease is lost (the reaper gave the job to another attempt)."""
        with self.k.db.session() as s:
            res = s.execute(
                update(Job).where(Job.id == job_id, Job.worker_id == worker_id, Job.state == "running")
                .values(heartbeat_at=utcnow())
            )
            if res.rowcount != 1:
                return True
            return bool(s.scalar(select(Job.cancel_requested).where(Job.id == job_id)))

    def progress(self, job_id: int, step: int, total: int | None, message: str = "", *, emit: bool = True) -> None:
        with self.k.db.session() as s:
            job = s.get(Job, job_id)
            if job is None or job.state != "running":
                return
            job.progress_step, job.progress_total, job.progress_message = step, total, message
            if emit:
                self.k.events.publish(
                    "job.progress", project_id=job.project_id, subject_kind="job", subject_id=job_id,
                    data={"step": step, "total": total, "message": message}, session=s,
                )
        self.k.events.notify()

    def _finish(self, job_id: int, lease: str | None, state: str, **values: Any) -> Job | None:
        with self.k.db.session() as s:
            # compare-and-set: of a worker and a reaper finishing the same run at once, exactly
            # one wins (a read-then-write let both publish on SQLite, which has no row locks)
            cond = [Job.id == job_id, Job.state == "running"]
            if lease is not None:
                cond.append(Job.worker_id == lease)
            values["state"] = state
            if state in TERMINAL:
                values["finished_at"] = utcnow()
            if s.execute(update(Job).where(*cond).values(**values)).rowcount != 1:
                return None  # lost the lease: another worker or the reaper decided already
            job = s.get(Job, job_id)
            assert job is not None
            self.k.events.publish(
                f"job.{'retrying' if state == 'queued' else state}", project_id=job.project_id, subject_kind="job",
                subject_id=job.id, user_id=job.created_by,
                data={"kind": job.kind, "title": job.title, "attempt": job.attempts, "error": job.error,
                      "result": job.result if state == "succeeded" else None},
                session=s,
            )
        self.k.events.notify()
        return job

    def succeed(self, job_id: int, worker_id: str | None, result: Any) -> Job | None:
        if result is not None and not isinstance(result, dict):
            result = {"value": result}
        return self._finish(job_id, worker_id, "succeeded", result=result)

    def fail(self, job_id: int, worker_id: str | None, error: str, *, retry: bool = True) -> Job | None:
        with self.k.db.session() as s:
            job = s.get(Job, job_id)
            if job is None:
                return None
            can_retry = retry and job.attempts < job.max_attempts and not job.cancel_requested
            backoff = job.backoff_seconds * (2 ** max(0, job.attempts - 1))
        if can_retry:
            job = self._finish(
                job_id, worker_id, "queued", error=error, worker_id=None,
                not_before=utcnow() + timedelta(seconds=backoff),
            )
            if job is not None:
                self.dispatch(job)  # tell the backends (Celery has no poller) about the new attempt
            return job
        return self._finish(job_id, worker_id, "failed", error=error)

    def mark_cancelled(self, job_id: int, worker_id: str | None) -> Job | None:
        return self._finish(job_id, worker_id, "cancelled", error="cancelled by request")

    # ---------------------------------------------------------------- control
    def cancel(self, job_id: int, *, user_id: int | None = None) -> Job:
        with self.k.db.session() as s:
            job = s.get(Job, job_id)
            if job is None:
                raise NotFound(f"job {job_id} does not exist")
            if job.state in TERMINAL:
                raise Conflict(f"job {job_id} is already {job.state}; nothing to cancel")
            if job.state == "queued":
                job.state, job.finished_at, job.error = "cancelled", utcnow(), "cancelled before it started"
                self.k.events.publish(
                    "job.cancelled", project_id=job.project_id, subject_kind="job", subject_id=job.id,
                    user_id=user_id, data={"kind": job.kind, "title": job.title}, session=s,
                )
            else:
                job.cancel_requested = True
                self.k.events.publish(
                    "job.cancel_requested", project_id=job.project_id, subject_kind="job", subject_id=job.id,
                    user_id=user_id, data={"kind": job.kind}, session=s,
                )
        self.k.events.notify()
        return job

    def requeue(self, job_id: int, *, user_id: int | None = None, payload_update: dict[str, Any] | None = None) -> Job:
        """Run a failed or cancelled job again (e.g. resume training from its checkpoint)."""
        with self.k.db.session() as s:
            job = s.get(Job, job_id)
            if job is None:
                raise NotFound(f"job {job_id} does not exist")
            if job.state not in ("failed", "cancelled"):
                raise Conflict(f"job {job_id} is {job.state}; only failed or cancelled jobs can be resumed")
            job.state, job.error, job.finished_at, job.worker_id = "queued", None, None, None
            job.cancel_requested, job.not_before = False, None
            job.max_attempts = job.attempts + max(1, job.max_attempts - job.attempts, 1)
            if payload_update:
                job.payload = {**job.payload, **payload_update}
            self.k.events.publish(
                "job.queued", project_id=job.project_id, subject_kind="job", subject_id=job.id, user_id=user_id,
                data={"kind": job.kind, "title": job.title, "resumed": True}, session=s,
            )
        self.dispatch(job)
        return job

    def reap(self) -> list[int]:
        """Recover running jobs whose worker stopped heart-beating: retry or fail by policy."""
        cutoff = utcnow() - timedelta(seconds=self.k.settings.heartbeat_timeout_seconds)
        with self.k.db.session() as s:
            stale = s.scalars(
                select(Job.id).where(Job.state == "running", Job.heartbeat_at < cutoff)
            ).all()
        recovered = []
        for job_id in stale:
            job = self.fail(job_id, None, "worker lost: heartbeat expired (the worker died or was killed)")
            if job is not None:
                recovered.append(job_id)
                log.warning("job %s recovered after its worker stopped heart-beating: now %s", job_id, job.state)
        return recovered
