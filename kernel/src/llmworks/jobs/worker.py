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
import threading
import time
import traceback
import uuid
from typing import TYPE_CHECKING, Any

from llmworks.db.models import Job
from llmworks.jobs.child import child_main, outcome_path
from llmworks.jobs.context import JobRunContext

if TYPE_CHECKING:
    from llmworks.kernel import Kernel

log = logging.getLogger("llmworks.worker")

_forkserver_lock = threading.Lock()
_mp_ctx: Any = None


def mp_context() -> Any:
    """A forkserver context with the kernel preloaded: each job child forks from a clean
    single-threaded server process (fast start, no inherited locks or CUDA state) that holds
    a template kernel with the plugins loaded (:mod:`llmworks.jobs.preload`)."""
    global _mp_ctx
    with _forkserver_lock:
        if _mp_ctx is None:
            ctx = mp.get_context("forkserver")
            ctx.set_forkserver_preload(["llmworks.jobs.child", "llmworks.kernel", "llmworks.jobs.preload"])
            _mp_ctx = ctx
        return _mp_ctx


class Worker:
    def __init__(self, kernel: Kernel, *, concurrency: int = 1, name: str | None = None) -> None:
        self.k = kernel
        self.concurrency = max(1, concurrency)
        self.id = name or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._wake = threading.Event()

    # ---------------------------------------------------------------- loop
    def start(self) -> None:
        self.k.queue.dispatchers.append(lambda _job: self._wake.set())
        for i in range(self.concurrency):
            t = threading.Thread(target=self._loop, name=f"llmworks-worker-{i}", daemon=True)
            t.start()
            self._threads.append(t)
        t = threading.Thread(target=self._reaper, name="llmworks-reaper", daemon=True)
        t.start()
        self._threads.append(t)
        log.info("worker %s started with %d slot(s)", self.id, self.concurrency)

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

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                job = self.k.queue.claim(self.id)
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

    def _execute_child(self, job: Job, handler: Any) -> str:
        job_dir = self.k.job_dir(job.id)
        out = outcome_path(job_dir, job.attempts)
        out.unlink(missing_ok=True)
        proc = mp_context().Process(
            target=child_main, args=(self.k.settings_env(), job.id, os.getpid()), name=f"llmworks-job-{job.id}"
        )
        proc.start()
        started = time.monotonic()
        term_sent: float | None = None
        timed_out = False
        next_beat = started + self.k.settings.heartbeat_seconds  # claim() has just set heartbeat_at
        while True:
            proc.join(0.1)
            if not proc.is_alive():
                break
            now = time.monotonic()
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
        elif status == "cancelled" or term_sent is not None:
            j = self.k.queue.mark_cancelled(job.id, self.id)
        elif status == "failed":
            j = self.k.queue.fail(job.id, self.id, outcome.get("error", "failed"), retry=outcome.get("retry", True))
        else:
            j = self.k.queue.fail(job.id, self.id, f"job process exited with code {proc.exitcode} without a result")
        return j.state if j else "lost"
