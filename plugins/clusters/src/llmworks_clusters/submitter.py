"""The submitter: hands queued jobs of push backends to their scheduler and follows them.

One thread in the server (``llmworks serve``), woken by every new or re-queued job and every
``LLMWORKS_CLUSTERS_POLL_SECONDS`` (default 5). Each pass:

1. submits every due queued job whose backend is a configured push backend and whose next
   attempt has no live submission (a row per attempt, unique: two servers never submit the
   same attempt twice); a scheduler that cannot be reached leaves the job queued, with the
   reason in the submission's message (``unreachable``), and is tried again next pass;
2. polls live submissions: a pending one shows the scheduler's reason; a cancel asked through
   llmworks reaches the scheduler (``scancel``); a native job that ended without its run
   reporting (node failure, SIGKILL) fails the attempt at once, so the queue's retry policy
   re-queues it and the next attempt resumes from its checkpoint; a native job that ended
   before it claimed its job is submitted again (three times at most).
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta
from typing import Any

from llmworks_sdk import Invalid, jobs
from llmworks_sdk.compute import NATIVE_DONE, PYTHON, BackendUnavailable, NativeStatus, Submission, node_env
from llmworks_sdk.db import utcnow
from llmworks_sdk.scheduling import window_open
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from llmworks_clusters import settings
from llmworks_clusters.routing import registered, request_of
from llmworks_clusters.tables import ClusterBackend
from llmworks_clusters.tables import Submission as Row

log = logging.getLogger("llmworks.clusters")
LIVE = ("submitting", "pending", "running")
MAX_LOST = 3


def run_job_command(job_id: int, backend_name: str) -> list[str]:
    return [PYTHON, "-m", "llmworks.cli.main", "run-job", str(job_id), "--backend", backend_name]


class Submitter:
    def __init__(self, kernel: Any) -> None:
        self.k = kernel
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    # ---------------------------------------------------------------- thread
    def start(self) -> Submitter:
        self.k.queue.dispatchers.append(self._on_dispatch)
        self._thread = threading.Thread(target=self._loop, name="llmworks-clusters-submitter", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        try:
            self.k.queue.dispatchers.remove(self._on_dispatch)
        except ValueError:
            pass
        if self._thread is not None:
            self._thread.join(10)

    def _on_dispatch(self, job: Any) -> None:
        if getattr(job, "backend", None) not in (None, "local", "celery"):
            self._wake.set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.tick()
            except Exception:  # noqa: BLE001 - a database hiccup: next pass
                log.exception("clusters submitter pass failed")
            self._wake.wait(settings.poll_seconds())
            self._wake.clear()

    # ---------------------------------------------------------------- one pass
    def tick(self) -> None:
        with self._lock:
            configs = self._configs()
            if not configs:
                return
            self._submit_due(configs)
            self._follow(configs)

    def _configs(self) -> dict[str, tuple[Any, Any]]:
        """Configured push backends: name -> (backend, options)."""
        from llmworks_clusters.routing import parse_options

        backends = registered(self.k)
        out: dict[str, tuple[Any, Any]] = {}
        with self.k.db.session() as s:
            for row in s.scalars(select(ClusterBackend).where(ClusterBackend.enabled.is_(True))):
                b = backends.get(row.backend)
                if b is None or b.pulls:
                    continue
                try:
                    out[row.name] = (b, parse_options(b, row.options))
                except Invalid as exc:
                    log.error("compute backend %s has invalid options: %s", row.name, exc)
        return out

    def _submit_due(self, configs: dict[str, tuple[Any, Any]]) -> None:
        now = utcnow()
        with self.k.db.session() as s:
            due = [j for j in jobs.queued(s) if j.backend in configs and not j.paused
                   and (j.not_before is None or j.not_before <= now) and window_open(j.windows, now)]
            todo = []
            for j in due:
                attempt = j.attempts + 1
                row = s.scalar(select(Row).where(Row.job_id == j.id, Row.attempt == attempt))
                if row is not None and row.state in ("pending", "running", "submitting", "rejected"):
                    continue
                if row is not None and row.state == "lost" and row.tries >= MAX_LOST:
                    continue
                todo.append((j.id, attempt, j.kind, j.project_id, j.title, j.backend, dict(j.resources or {})))
        for job_id, attempt, kind, project_id, title, name, resources in todo:
            self._submit_one(job_id, attempt, kind, project_id, title, name, resources, configs[name])

    def _submit_one(self, job_id: int, attempt: int, kind: str, project_id: int | None, title: str, name: str,
                    resources: dict[str, Any], config: tuple[Any, Any]) -> None:
        backend, options = config
        with self.k.db.session() as s:  # the row first: of two servers, one submits this attempt
            row = s.scalar(select(Row).where(Row.job_id == job_id, Row.attempt == attempt))
            if row is None:
                row = Row(job_id=job_id, attempt=attempt, project_id=project_id, backend_name=name, backend=backend.name,
                          message="")
                s.add(row)
                try:
                    s.flush()
                except IntegrityError:
                    return
            elif row.state in LIVE:
                return
            before = (row.state, row.message)
            row.state, row.tries = "submitting", row.tries + 1
            row_id = row.id
        job_dir = self.k.job_dir(job_id)
        sub = Submission(job_id=job_id, attempt=attempt, kind=kind, project_id=project_id, name=f"llmworks-{job_id}",
                         command=run_job_command(job_id, name), env=node_env(self.k.settings_env()), job_dir=str(job_dir))
        state, native, message = "pending", None, ""
        try:
            native = backend.submit(sub, request_of(resources), options)
            message = f"submitted to {name} as {native}"
        except BackendUnavailable as exc:
            state, message = "unreachable", str(exc)
        except Invalid as exc:
            state, message = "rejected", f"{name} refused the job: {exc}"
        except Exception as exc:  # noqa: BLE001 - reported on the job; tried again next pass
            log.exception("submitting job %s to %s failed", job_id, name)
            state, message = "unreachable", f"submitting to {name} failed: {type(exc).__name__}: {exc}"
        with self.k.db.session() as s:
            row = s.get(Row, row_id)
            assert row is not None
            changed = before != (state, message)  # a scheduler that stays down is reported once
            row.state, row.native_id, row.message = state, native, message
            if native:
                row.submitted_at = utcnow()
            if changed:
                self._event(s, job_id, project_id, row)
        if changed:
            self._job_log(job_dir, f"[{name}] {message}")
        if state == "rejected":
            try:
                jobs.cancel(self.k, job_id)
            except Exception:  # noqa: BLE001 - already finished
                pass

    def _follow(self, configs: dict[str, tuple[Any, Any]]) -> None:
        with self.k.db.session() as s:
            live = [(r.id, r.job_id, r.attempt, r.backend_name, r.native_id, r.cancel_sent)
                    for r in s.scalars(select(Row).where(Row.state.in_(("pending", "running")), Row.native_id.is_not(None)))]
        statuses: dict[str, dict[str, NativeStatus]] = {}
        for name in {r[3] for r in live if r[3] in configs}:  # one query per backend where it can
            backend, options = configs[name]
            many = getattr(backend, "poll_many", None)
            if many is not None:
                try:
                    statuses[name] = many([r[4] for r in live if r[3] == name], options)
                except BackendUnavailable:
                    pass  # each submission says so below
        for row_id, job_id, attempt, name, native_id, cancel_sent in live:
            if name not in configs:
                continue
            backend, options = configs[name]
            try:
                status = statuses.get(name, {}).get(native_id) or backend.poll(native_id, options)
            except BackendUnavailable as exc:
                self._update(row_id, message=str(exc))
                continue
            with self.k.db.session() as s:
                job = jobs.get(s, job_id)
                if job is None:
                    facts = None
                else:
                    facts = (job.state, job.attempts, job.worker_id, job.cancel_requested, job.heartbeat_at)
            self._reconcile(row_id, job_id, attempt, name, native_id, cancel_sent, status, facts, backend, options)

    def _reconcile(self, row_id: int, job_id: int, attempt: int, name: str, native_id: str, cancel_sent: bool,
                   status: NativeStatus, facts: tuple[Any, ...] | None, backend: Any, options: Any) -> None:
        alive = status.state not in NATIVE_DONE
        lease = f"{name}:{native_id}"
        if facts is None or facts[0] in ("succeeded", "failed", "cancelled"):
            sent = cancel_sent
            if alive:  # cancelled while pending, or its run ended while the allocation lingers
                self._cancel(backend, native_id, options, job_id)
                sent = True
            self._update(row_id, state="cancelled" if facts and facts[0] == "cancelled" else "done", cancel_sent=sent,
                         native_state=status.native_state, message=f"{status.describe()}")
            return
        state, attempts, worker_id, cancel_requested, heartbeat_at = facts
        if state == "running" and worker_id == lease:
            if cancel_requested and not cancel_sent and alive:
                self._cancel(backend, native_id, options, job_id)
                self._update(row_id, cancel_sent=True, message=f"cancel sent to {name} (native job {native_id})")
                return
            if not alive:
                # the node ended without its run reporting (node failure, SIGKILL): fail this
                # attempt now rather than when its heartbeat expires; the retry resumes it
                grace = timedelta(seconds=max(5.0, 3 * float(getattr(self.k.settings, "heartbeat_seconds", 2.0))))
                if heartbeat_at is None or utcnow() - heartbeat_at > grace:
                    self.k.queue.fail(job_id, lease, f"{name} job {native_id} ended ({status.describe()}) without its "
                                      "run reporting: node failure or killed")
                    self._update(row_id, state="done", native_state=status.native_state, message=status.describe())
                return
            self._update(row_id, state="running", native_state=status.native_state, message=status.describe())
            return
        if state == "queued" and attempts + 1 == attempt:  # not claimed yet
            if alive:
                self._update(row_id, state=status.state if status.state in ("pending", "running") else "pending",
                             native_state=status.native_state, message=f"waiting in {name}: {status.describe()}")
            else:
                self._update(row_id, state="lost", native_state=status.native_state,
                             message=f"{name} job {native_id} ended ({status.describe()}) before it started the job; "
                                     "submitting again")
                self._wake.set()
            return
        # this attempt's run is over (the job was re-queued, or another submission's run has it);
        # a native job still alive ends by itself: its run-job cannot claim another attempt
        self._update(row_id, state="running" if alive else "done", native_state=status.native_state,
                     message=status.describe())

    # ---------------------------------------------------------------- helpers
    def _cancel(self, backend: Any, native_id: str, options: Any, job_id: int) -> None:
        try:
            backend.cancel(native_id, options)
            self._job_log(self.k.job_dir(job_id), f"[{backend.name}] cancelled native job {native_id}")
        except (BackendUnavailable, Invalid) as exc:
            log.warning("cancelling native job %s of job %s failed: %s", native_id, job_id, exc)

    def _update(self, row_id: int, **values: Any) -> None:
        with self.k.db.session() as s:
            row = s.get(Row, row_id)
            if row is None:
                return
            changed = any(getattr(row, k) != v for k, v in values.items() if k in ("state", "message"))
            for k, v in values.items():
                setattr(row, k, v)
            if changed:
                self._event(s, row.job_id, row.project_id, row)

    def _event(self, s: Any, job_id: int, project_id: int | None, row: Row) -> None:
        self.k.events.publish("job.backend_status", project_id=project_id, subject_kind="job", subject_id=job_id,
                              data={"backend": row.backend_name, "native_id": row.native_id, "state": row.state,
                                    "message": row.message, "attempt": row.attempt}, session=s)

    @staticmethod
    def _job_log(job_dir: Any, line: str) -> None:
        from datetime import datetime

        try:
            with open(job_dir / "job.log", "a", encoding="utf-8") as fh:
                fh.write(f"{datetime.now().strftime('%Y-%m-%d %H:%M:%S,%f')[:-3]} INFO {line}\n")
        except OSError:
            pass
