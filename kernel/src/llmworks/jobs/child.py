"""Entry point of a job's child process (started through a forkserver).

The child builds its own kernel (own database connections), runs the handler, writes its
outcome to ``<job_dir>/attempt-<n>.outcome.json`` and exits. It watches the worker process
and exits at once if the worker dies, so that a recovered job never runs twice at a time.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
import traceback
from pathlib import Path
from typing import Any


def outcome_path(job_dir: Path, attempt: int) -> Path:
    return job_dir / f"attempt-{attempt}.outcome.json"


def ping() -> None:
    """A child that does nothing (to wait for the forkserver to be ready)."""


def _watch_parent(worker_pid: int) -> None:
    # Signal 0 is not enough: a SIGKILLed worker stays a zombie (and answers signal 0) until
    # its own parent reaps it, and the forkserver outlives it while we hold its alive fd.
    import psutil

    try:
        worker = psutil.Process(worker_pid)
        while worker.is_running() and worker.status() != psutil.STATUS_ZOMBIE:
            time.sleep(0.5)
    except psutil.Error:
        pass
    os._exit(70)


def apply_settings_env(settings_env: dict[str, Any]) -> None:
    """Make the environment say exactly these settings (None: unset, not inherited)."""
    for k, v in settings_env.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = str(v)


def child_main(settings_env: dict[str, Any], job_id: int, worker_pid: int) -> None:
    apply_settings_env(settings_env)
    threading.Thread(target=_watch_parent, args=(worker_pid,), daemon=True).start()
    from llmworks.db.models import Job
    from llmworks.jobs.context import JobRunContext
    from llmworks.jobs.preload import template_for
    from llmworks.kernel import Kernel

    kernel = template_for(settings_env) or Kernel.create(migrate=False, role="job-child")
    with kernel.db.session() as s:
        job = s.get(Job, job_id)
        assert job is not None
    ctx = JobRunContext(kernel, job)
    out = outcome_path(ctx.job_dir, job.attempts)
    # what the job's own processes (torchrun ranks, a multi-node launch) may need to know
    os.environ["LLMWORKS_JOB_DIR"], os.environ["LLMWORKS_JOB_ATTEMPT"] = str(ctx.job_dir), str(job.attempts)

    def on_term(signum: int, _frame: Any) -> None:
        # once: a scheduler may signal the whole process tree and the worker pass it on too,
        # and a second SystemExit must not interrupt the writing of the outcome
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        ctx.log.warning("received signal %s: stopping", signum)
        ctx._cancelled = True
        raise SystemExit(143)

    signal.signal(signal.SIGTERM, on_term)
    handler = kernel.registry.job_handlers.get(job.kind)
    status: dict[str, Any]
    try:
        if handler is None:
            raise RuntimeError(f"no handler for job kind '{job.kind}' in this worker: is the plugin installed?")
        ctx.log.info("attempt %s of job %s (%s) started in pid %s", job.attempts, job_id, job.kind, os.getpid())
        result = handler.run(ctx)
        if ctx.cancelled():
            status = {"status": "cancelled", "result": result}
        else:
            status = {"status": "succeeded", "result": result}
        ctx.log.info("attempt %s finished: %s", job.attempts, status["status"])
    except SystemExit:
        status = {"status": "cancelled" if ctx._cancelled else "failed", "error": "stopped by signal"}
    except BaseException as exc:  # noqa: BLE001
        ctx.log.error("job failed: %s\n%s", exc, traceback.format_exc())
        status = {"status": "failed", "error": f"{type(exc).__name__}: {exc}", "retry": not getattr(exc, "no_retry", False)}
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(status, default=str))
    os.replace(tmp, out)
    ctx.close()
    kernel.db.dispose()
