"""Workers: claim jobs and run them, each in a child process, while heart-beating.

The same :meth:`Worker.execute` serves the embedded worker (threads inside ``llmworks
serve``), the standalone ``llmworks worker`` and the Celery task, so handlers behave the
same everywhere.
"""

from __future__ import annotations

import json
import logging
import multiprocessing as mp
import os
import socket
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Iterable
from multiprocessing import forkserver
from typing import TYPE_CHECKING, Any

from llmworks.db.models import Job
from llmworks.jobs.backends import LOCAL
from llmworks.jobs.child import child_main, outcome_path, ping
from llmworks.jobs.context import JobRunContext
from llmworks.jobs.devices import host_name, inventory

if TYPE_CHECKING:
    from llmworks.kernel import Kernel

log = logging.getLogger("llmworks.worker")

#: what the forkserver's preload (llmworks.jobs.preload) needs from the worker, as JSON
PREP_ENV = "LLMWORKS_FORKSERVER_PREP"
_forkserver_lock = threading.Lock()
_mp_ctx: Any = None


def mp_context(settings_env: dict[str, Any] | None = None, preload: Iterable[str] = ()) -> Any:
    """A forkserver context with the kernel preloaded: each job child forks from a clean
    single-threaded server process (fast start, no inherited locks or CUDA state) that holds
    a template kernel with the plugins loaded (:mod:`llmworks.jobs.preload`), built with
    the settings of the first caller, and the modules ``preload`` of that caller (the job
    handlers' ``JobHandler.preload``, see :func:`handler_preload`)."""
    global _mp_ctx
    with _forkserver_lock:
        if _mp_ctx is None:
            ctx = mp.get_context("forkserver")
            ctx.set_forkserver_preload(["llmworks.jobs.child", "llmworks.kernel", "llmworks.jobs.preload"])
            # Python 3.11 gives the forkserver neither sys.path nor the main script (every
            # child would run it again: for `llmworks serve|worker`, importing the whole CLI),
            # so the preload gets them here, with the settings to build the template with.
            # The preload modules go the same way rather than into set_forkserver_preload(): the
            # forkserver survives only an ImportError there, and they need the sys.path above.
            prep = {"sys_path": sys.path, "main": _main_path(), "settings_env": settings_env or {}, "preload": list(preload)}
            os.environ[PREP_ENV] = json.dumps(prep)
            try:
                forkserver.ensure_running()
            finally:
                os.environ.pop(PREP_ENV, None)
            _mp_ctx = ctx
        return _mp_ctx


def prepare_children(settings_env: dict[str, Any] | None = None, preload: Iterable[str] = ()) -> None:
    """Start the forkserver and wait until its preload is done (seconds with heavy plugins),
    so that no claimed job waits for it without heart-beating."""
    proc = mp_context(settings_env, preload).Process(target=ping, name="llmworks-forkserver-ping")
    proc.start()
    proc.join()


def handler_preload(handlers: Iterable[Any]) -> list[str]:
    """The union of the ``preload`` modules of the job handlers that run in children, in
    order of first mention."""
    return list(dict.fromkeys(m for h in handlers if not h.inline for m in h.preload))


def _main_path() -> str | None:
    """The main script as multiprocessing.spawn.get_preparation_data names it (None when
    run with ``python -m``)."""
    main = sys.modules.get("__main__")
    if main is None or getattr(getattr(main, "__spec__", None), "name", None) is not None:
        return None
    path = getattr(main, "__file__", None)
    if not path:
        return None
    if not os.path.isabs(path) and mp.process.ORIGINAL_DIR is not None:
        path = os.path.join(mp.process.ORIGINAL_DIR, path)
    return os.path.normpath(path)


class Worker:
    def __init__(self, kernel: Kernel, *, concurrency: int = 1, name: str | None = None,
                 kinds: Iterable[str] | None = None) -> None:
        self.k = kernel
        #: the job kinds whose handlers' modules the forkserver preloads (None: every kind); a
        #: process that runs one known job (``llmworks run-job``) preloads only what it needs
        self.kinds = set(kinds) if kinds is not None else None
        self.concurrency = max(1, concurrency)
        self.id = name or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._wake = threading.Event()
        self._children_ready = threading.Event()
        self._devices: list[dict[str, Any]] | None = None
        #: set when the scheduler that started this process stops it (``llmworks run-job``):
        #: a run it interrupts goes back to the queue (and resumes from its checkpoint)
        self.preempted = threading.Event()

    @property
    def devices(self) -> list[dict[str, Any]]:
        """The GPUs this worker hands to jobs (``LLMWORKS_GPUS``; listed once)."""
        if self._devices is None:
            self._devices = inventory(self.k)
            if self._devices:
                log.info("worker %s hands out GPUs %s", self.id, ", ".join(f"{d['index']} ({d.get('type')})" for d in self._devices))
        return self._devices

    def _preload(self) -> list[str]:
        handlers = self.k.registry.job_handlers
        return handler_preload(h for kind, h in handlers.items() if self.kinds is None or kind in self.kinds)

    # ---------------------------------------------------------------- loop
    def start(self) -> None:
        self.k.queue.dispatchers.append(lambda _job: self._wake.set())
        t = threading.Thread(target=self.prepare_children, name="llmworks-forkserver", daemon=True)
        t.start()
        self._threads.append(t)
        for i in range(self.concurrency):
            t = threading.Thread(target=self._loop, name=f"llmworks-worker-{i}", daemon=True)
            t.start()
            self._threads.append(t)
        self.start_reaper()
        log.info("worker %s started with %d slot(s)", self.id, self.concurrency)

    def start_reaper(self) -> None:
        """Recover jobs of dead workers periodically (every worker does; :meth:`stop` ends it)."""
        t = threading.Thread(target=self._reaper, name="llmworks-reaper", daemon=True)
        t.start()
        self._threads.append(t)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        for t in self._threads:
            t.join(timeout)

    def run_forever(self) -> None:
        self.start()
        try:
            while not self._stop.is_set():
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    def prepare_children(self) -> None:
        """Have the forkserver ready before claiming: starting it can take seconds."""
        try:
            prepare_children(self.k.settings_env(), self._preload())
        except Exception:  # noqa: BLE001 - jobs will report what is wrong
            log.exception("starting the job forkserver failed")
        finally:
            self._children_ready.set()

    def _loop(self) -> None:
        while not self._stop.is_set() and not self._children_ready.wait(0.5):
            pass
        while not self._stop.is_set():
            try:
                job = self.k.queue.claim(self.id, devices=self.devices, backends=[LOCAL])
            except Exception:  # noqa: BLE001 - database hiccup: back off
                log.exception("claiming a job failed")
                job = None
                time.sleep(1.0)
            if job is None:
                self._wake.wait(self.k.settings.poll_seconds)
                self._wake.clear()
                continue
            self.execute(job)

    def _reaper(self) -> None:
        while not self._stop.wait(max(1.0, self.k.settings.heartbeat_seconds)):
            try:
                self.k.queue.reap()
            except Exception:  # noqa: BLE001
                log.exception("reaping stale jobs failed")

    # ---------------------------------------------------------------- one job
    def execute(self, job: Job) -> str:
        """Run a job this worker has claimed; returns the final state."""
        handler = self.k.registry.job_handlers.get(job.kind)
        if handler is None:
            self.k.queue.fail(job.id, self.id, f"no handler for job kind '{job.kind}' on worker {self.id}", retry=False)
            return "failed"
        if handler.inline:
            return self._execute_inline(job, handler)
        return self._execute_child(job, handler)

    def _execute_inline(self, job: Job, handler: Any) -> str:
        ctx = JobRunContext(self.k, job)
        try:
            result = handler.run(ctx)
            self.k.queue.succeed(job.id, self.id, result)
            return "succeeded"
        except Exception as exc:  # noqa: BLE001
            ctx.log.error("job failed: %s\n%s", exc, traceback.format_exc())
            j = self.k.queue.fail(job.id, self.id, f"{type(exc).__name__}: {exc}")
            return j.state if j else "failed"
        finally:
            ctx.close()

    def _cancel_requested(self, job_id: int) -> bool:
        with self.k.db.session() as s:
            job = s.get(Job, job_id)
            return job is None or bool(job.cancel_requested)

    def _execute_child(self, job: Job, handler: Any) -> str:
        job_dir = self.k.job_dir(job.id)
        out = outcome_path(job_dir, job.attempts)
        out.unlink(missing_ok=True)
        env = self.k.settings_env()
        ctx = mp_context(env, self._preload())
        child_env: dict[str, Any] = dict(env)
        assigned = (job.assignment or {}).get("devices")
        if assigned is not None:  # the job asked for GPUs: it sees exactly the ones it was given
            child_env["CUDA_VISIBLE_DEVICES"] = ",".join(assigned)
            child_env["LLMWORKS_JOB_DEVICES"] = ",".join(assigned)
        proc = ctx.Process(target=child_main, args=(child_env, job.id, os.getpid()), name=f"llmworks-job-{job.id}")
        t0 = time.monotonic()
        proc.start()
        try:  # the pid maps the job's processes to per-process GPU memory (resource probes)
            self.k.queue.set_assignment(job.id, {"host": host_name(), "pid": proc.pid})
        except Exception:  # noqa: BLE001 - accounting only
            log.exception("recording the pid of job %s failed", job.id)
        started = time.monotonic()
        term_sent: float | None = None
        timed_out = False
        # claim() has just set heartbeat_at: beat at once only if starting the child was slow
        next_beat = started if started - t0 > self.k.settings.heartbeat_seconds else started + self.k.settings.heartbeat_seconds
        forwarded: float | None = None  # when the scheduler's stop was passed on to the child
        while True:
            proc.join(0.1)
            if not proc.is_alive():
                break
            now = time.monotonic()
            if self.preempted.is_set():
                # the scheduler stops this process (Kubernetes signals only the container's first
                # process): the child stops too, and is killed if it does not within the grace
                if forwarded is None:
                    forwarded = now
                    proc.terminate()
                elif now - forwarded > 2 * self.k.settings.cancel_grace_seconds:
                    proc.kill()
            if now >= next_beat:
                next_beat = now + self.k.settings.heartbeat_seconds
                try:
                    cancel = self.k.queue.heartbeat(job.id, self.id)
                except Exception:  # noqa: BLE001
                    log.exception("heartbeat for job %s failed", job.id)
                    cancel = False
                if handler.timeout_seconds and now - started > handler.timeout_seconds and term_sent is None:
                    timed_out = True
                    cancel = True
                if cancel and term_sent is None:
                    term_sent = now
                    # cooperative first: the handler polls ctx.cancelled(); SIGTERM after a grace period
                if term_sent is not None and now - term_sent > self.k.settings.cancel_grace_seconds:
                    if now - term_sent > 2 * self.k.settings.cancel_grace_seconds:
                        proc.kill()
                    else:
                        proc.terminate()
        outcome: dict[str, Any] = {}
        if out.exists():
            try:
                outcome = json.loads(out.read_text())
            except ValueError:
                outcome = {}
        status = outcome.get("status")
        if timed_out:
            j = self.k.queue.fail(job.id, self.id, f"timed out after {handler.timeout_seconds} s")
        elif status == "succeeded":
            j = self.k.queue.succeed(job.id, self.id, outcome.get("result"))
        elif self.preempted.is_set() and term_sent is None:
            if self._cancel_requested(job.id):  # the scheduler's stop is the cancel llmworks asked for
                j = self.k.queue.mark_cancelled(job.id, self.id)
            else:
                j = self.k.queue.fail(job.id, self.id, "stopped by its scheduler (preempted, killed or requeued outside "
                                      "llmworks): queued again, it resumes from its last checkpoint")
        elif status == "cancelled" or term_sent is not None:
            j = self.k.queue.mark_cancelled(job.id, self.id)
        elif status == "failed":
            j = self.k.queue.fail(job.id, self.id, outcome.get("error", "failed"), retry=outcome.get("retry", True))
        else:
            j = self.k.queue.fail(job.id, self.id, f"job process exited with code {proc.exitcode} without a result")
        return j.state if j else "lost"
