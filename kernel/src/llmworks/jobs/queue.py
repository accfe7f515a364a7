"""The durable job queue: rows in ``jobs``, state changes with their events in one
transaction.

States: queued → running → succeeded | failed | cancelled. A failed attempt (the handler
raised, the child died, or its worker stopped heart-beating) goes back to queued with
exponential backoff until ``max_attempts``. Claiming uses ``FOR UPDATE SKIP LOCKED`` on
PostgreSQL and an optimistic compare-and-set elsewhere.
"""

from __future__ import annotations

import fcntl
import logging
import threading
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from llmworks_sdk import Conflict, Invalid, NotFound
from llmworks_sdk.jobs import view
from sqlalchemy import event as sa_event
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from llmworks.db import utcnow
from llmworks.db.models import Job
from llmworks.jobs.backends import choose_backend
from llmworks.jobs.devices import gpu_request, host_name, pick
from llmworks.jobs.windows import next_opening, window_open

if TYPE_CHECKING:
    from llmworks.kernel import Kernel

log = logging.getLogger("llmworks.jobs")
TERMINAL = frozenset({"succeeded", "failed", "cancelled"})


#: the JSON shape of a job (defined in the plugin SDK: ``llmworks_sdk.jobs.view``)
job_to_dict = view


class JobQueue:
    def __init__(self, kernel: Kernel) -> None:
        self.k = kernel
        self.dispatchers: list[Callable[[Job], None]] = []  # backends told about new work
        self._device_lock = threading.Lock()  # GPU claims of this process, one at a time

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
        resources: dict[str, Any] | None = None,
        backend: str | None = None,
    ) -> Job:
        """Queue a job. ``backend`` (or ``resources["backend"]``) picks where it runs; without it
        the project's default backend (:class:`~llmworks_sdk.compute.ComputeRouting`), else this
        installation's workers."""
        handler = self.k.registry.job_handlers.get(kind)
        if handler is None:
            known = ", ".join(sorted(self.k.registry.job_handlers)) or "none"
            raise Invalid(f"unknown job kind '{kind}'; known kinds: {known}", field=("body", "kind"))
        resources = dict(resources or {})
        if backend is not None:
            resources["backend"] = backend
        if session is not None or self.k.registry.get("services", "ComputeRouting") is None:
            backend = choose_backend(self.k, session, project_id=project_id, kind=kind, resources=resources)
        else:
            with self.k.db.session() as s:
                backend = choose_backend(self.k, s, project_id=project_id, kind=kind, resources=resources)
        resources.pop("backend", None)
        job = Job(
            kind=kind,
            payload=payload or {},
            project_id=project_id,
            created_by=user_id,
            title=title or handler.description or kind,
            priority=priority,
            not_before=not_before,
            windows=windows or [],
            resources=resources,
            backend=backend,
            max_attempts=max_attempts or handler.max_attempts,
            backoff_seconds=handler.backoff_seconds,
            timeout_seconds=handler.timeout_seconds,
        )

        def _add(s: Session) -> None:
            s.add(job)
            s.flush()
            self.k.events.publish(
                "job.queued", project_id=project_id, subject_kind="job", subject_id=job.id,
                data={"kind": kind, "title": job.title, "priority": priority, "backend": backend}, user_id=user_id, session=s,
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
    def claim(self, worker_id: str, *, job_id: int | None = None, kinds: list[str] | None = None,
              devices: list[dict[str, Any]] | None = None, backends: Iterable[str] | None = None,
              allocated: list[str] | None = None) -> Job | None:
        """Atomically move one due queued job to running for ``worker_id``. A job that asks
        for GPUs (``resources.gpus``) is claimed only when enough of ``devices`` (this worker's
        GPUs) are free on this host; it gets them in its ``assignment``. With ``backends`` only
        jobs without a backend or of one of these backends are claimed (the polling workers
        pass ``["local"]``: jobs sent to Celery, Slurm or Kubernetes are not theirs). ``allocated``:
        the devices a scheduler already gave this process (``llmworks run-job`` on a cluster
        node): a GPU job gets those, without this host's busy-device bookkeeping."""
        wanted = list(backends) if backends is not None else None
        if allocated is not None:
            return self._claim(worker_id, job_id, kinds, [], wanted, allocated)
        if not devices:
            return self._claim(worker_id, job_id, kinds, [], wanted)
        # GPU claims: one at a time in this process (threads) and on this host (processes)
        lock_path = self.k.settings.home / "run" / f"gpu-claim-{host_name()}.lock"
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        with self._device_lock, open(lock_path, "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                return self._claim(worker_id, job_id, kinds, devices, wanted)
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def busy_devices(self, session: Session, host: str) -> set[str]:
        """Devices held by running jobs on ``host``."""
        busy: set[str] = set()
        for (a,) in session.execute(select(Job.assignment).where(Job.state == "running", Job.assignment.is_not(None))):
            if a and a.get("host") == host:
                busy.update(str(d) for d in a.get("devices") or [])
        return busy

    def _claim(self, worker_id: str, job_id: int | None, kinds: list[str] | None, devices: list[dict[str, Any]],
               backends: list[str] | None = None, allocated: list[str] | None = None) -> Job | None:
        now = utcnow()
        host = host_name()
        with self.k.db.session() as s:
            q = select(Job).where(Job.state == "queued", Job.paused.is_(False),
                                  (Job.not_before.is_(None)) | (Job.not_before <= now))
            if job_id is not None:
                q = q.where(Job.id == job_id)
            if kinds:
                q = q.where(Job.kind.in_(kinds))
            if backends is not None:
                q = q.where(Job.backend.is_(None) | Job.backend.in_(backends))
            q = q.order_by(Job.priority.desc(), Job.id).limit(16)
            if self.k.db.is_postgres:
                q = q.with_for_update(skip_locked=True)
            busy: set[str] | None = None
            for job in s.scalars(q).all():
                if not window_open(job.windows, now):
                    continue
                need, wanted = gpu_request(job.resources)
                assignment = None
                if need and allocated is not None:
                    if len(allocated) < need:
                        log.warning("job %s asks for %d GPUs; the scheduler gave %d", job.id, need, len(allocated))
                        continue
                    assignment = {"host": host, "devices": allocated[:need], "types": [wanted] * need}
                elif need:
                    if busy is None:
                        busy = self.busy_devices(s, host)
                    chosen = pick(devices, busy, need, wanted)
                    if chosen is None:
                        continue  # its GPUs are busy (or this worker has too few): leave it queued
                    types = {str(d["index"]): d.get("type") for d in devices}
                    assignment = {"host": host, "devices": chosen, "types": [types.get(c) for c in chosen]}
                res = s.execute(
                    update(Job)
                    .where(Job.id == job.id, Job.state == "queued")
                    .values(
                        state="running", worker_id=worker_id, attempts=Job.attempts + 1, heartbeat_at=now,
                        started_at=now, cancel_requested=False, error=None, assignment=assignment,
                    )
                )
                if res.rowcount != 1:
                    continue
                s.refresh(job)
                self.k.events.publish(
                    "job.started", project_id=job.project_id, subject_kind="job", subject_id=job.id,
                    data={"kind": job.kind, "attempt": job.attempts, "worker": worker_id,
                          "devices": (assignment or {}).get("devices", [])}, session=s,
                )
                s.commit()
                self.k.events.notify()
                return job
        return None

    def set_assignment(self, job_id: int, values: dict[str, Any]) -> None:
        """Merge ``values`` (e.g. the child's pid) into a running job's assignment."""
        with self.k.db.session() as s:
            job = s.get(Job, job_id)
            if job is not None and job.state == "running":
                job.assignment = {**(job.assignment or {}), **values}

    def next_due(self, job_id: int) -> datetime | None:
        """When a queued job may next start (for Celery retries), or None if not queued."""
        with self.k.db.session() as s:
            job = s.get(Job, job_id)
            if job is None or job.state != "queued":
                return None
            if job.paused:
                return utcnow() + timedelta(seconds=30)
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

    # ---------------------------------------------------------------- reading (plugins)
    def get(self, session: Session, job_id: int) -> Job | None:
        return session.get(Job, job_id)

    def get_many(self, session: Session, job_ids: Iterable[int]) -> dict[int, Job]:
        ids = list(set(job_ids))
        if not ids:
            return {}
        return {j.id: j for j in session.scalars(select(Job).where(Job.id.in_(ids)))}

    def count(self, session: Session, *, state: str | None = None, kind: str | None = None,
              project_ids: Iterable[int] | None = None) -> int:
        q = select(func.count()).select_from(Job)
        if state is not None:
            q = q.where(Job.state == state)
        if kind is not None:
            q = q.where(Job.kind == kind)
        if project_ids is not None:
            q = q.where(Job.project_id.in_(list(project_ids)))
        return session.scalar(q) or 0

    def queued(self, session: Session, *, project_ids: Iterable[int] | None = None, limit: int = 500) -> list[Job]:
        """Queued jobs in dispatch order (priority, then age; paused ones included)."""
        q = select(Job).where(Job.state == "queued").order_by(Job.priority.desc(), Job.id).limit(limit)
        if project_ids is not None:
            q = q.where(Job.project_id.in_(list(project_ids)))
        return list(session.scalars(q))

    def recent(self, session: Session, *, state: str | None = None, kinds: Iterable[str] | None = None,
               limit: int = 200) -> list[Job]:
        """The newest jobs (by id), optionally of one state and some kinds."""
        q = select(Job).order_by(Job.id.desc()).limit(limit)
        if state is not None:
            q = q.where(Job.state == state)
        if kinds is not None:
            q = q.where(Job.kind.in_(list(kinds)))
        return list(session.scalars(q))

    def running(self, session: Session, *, project_ids: Iterable[int] | None = None) -> list[Job]:
        q = select(Job).where(Job.state == "running").order_by(Job.started_at)
        if project_ids is not None:
            q = q.where(Job.project_id.in_(list(project_ids)))
        return list(session.scalars(q))

    # ---------------------------------------------------------------- control
    _UNSET: Any = object()

    def reschedule(self, job_id: int, *, user_id: int | None = None, priority: int | None = None,
                   not_before: datetime | None | Any = _UNSET, windows: list[dict[str, Any]] | None = None,
                   paused: bool | None = None, resources: dict[str, Any] | None = None) -> Job:
        """Change when and in which order a queued job runs (``Conflict`` once it has started)."""
        with self.k.db.session() as s:
            job = s.get(Job, job_id)
            if job is None:
                raise NotFound(f"job {job_id} does not exist")
            if job.state != "queued":
                raise Conflict(f"job {job_id} is {job.state}; only queued jobs can be rescheduled")
            if priority is not None:
                job.priority = priority
            if not_before is not self._UNSET:
                job.not_before = not_before
            if windows is not None:
                job.windows = windows
            if paused is not None:
                job.paused = paused
            if resources is not None:
                job.resources = resources
            self.k.events.publish(
                "job.rescheduled", project_id=job.project_id, subject_kind="job", subject_id=job.id, user_id=user_id,
                data={"priority": job.priority, "paused": job.paused,
                      "not_before": job.not_before.isoformat() if job.not_before else None}, session=s,
            )
        self.dispatch(job)
        return job

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
