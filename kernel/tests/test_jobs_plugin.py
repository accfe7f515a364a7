"""A plugin with misbehaving job kinds for the queue and worker tests (no tests in here).

Job children import it by name (``LLMWORKS_EXTRA_PLUGINS=jobtest=test_jobs_plugin``), so the
test modules put this folder on ``sys.path`` before the forkserver starts."""

from __future__ import annotations

import os
import signal
import time
from typing import Any

from llmworks_sdk import JobHandler, hookimpl


def _stubborn(ctx: Any) -> dict[str, Any]:
    """Ignores SIGTERM and never looks at ctx.cancelled(): only SIGKILL stops it."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    ctx.log.info("stubborn: ignoring SIGTERM")
    deadline = time.monotonic() + float(ctx.payload.get("seconds", 30))
    while time.monotonic() < deadline:
        time.sleep(0.05)
    return {"finished": True}


def _crash(ctx: Any) -> None:
    ctx.log.info("crashing on attempt %s", ctx.attempt)
    if ctx.attempt < int(ctx.payload.get("crash_until", 99)):
        os._exit(3)
    return None


def _slow(ctx: Any) -> None:
    time.sleep(float(ctx.payload.get("seconds", 30)))


def _whoami(ctx: Any) -> dict[str, Any]:
    """How this child was set up: from the forkserver's template kernel, main script preloaded?"""
    import sys

    from llmworks.jobs import preload

    main = sys.modules.get("__main__")
    return {"template": ctx.kernel is preload._template, "main_preloaded": preload._main_preloaded,
            "main": getattr(main, "__file__", None), "pid": os.getpid()}


def _devices(ctx: Any) -> dict[str, Any]:
    """Which GPUs the worker gave this child, and when it held them."""
    t0 = time.time()
    time.sleep(float(ctx.payload.get("seconds", 0.5)))
    return {"cuda_visible_devices": os.environ.get("CUDA_VISIBLE_DEVICES"), "t0": t0, "t1": time.time()}


def _inline_record(ctx: Any) -> dict[str, Any]:
    return {"attempt": ctx.attempt, "pid": os.getpid()}


@hookimpl
def register_job_handlers(register: Any) -> None:
    register(JobHandler("jobtest.stubborn", run=_stubborn, max_attempts=1))
    register(JobHandler("jobtest.crash", run=_crash, max_attempts=2, backoff_seconds=0.2))
    register(JobHandler("jobtest.slow", run=_slow, max_attempts=1, timeout_seconds=1.0))
    register(JobHandler("jobtest.inline", run=_inline_record, max_attempts=1, inline=True))
    register(JobHandler("jobtest.whoami", run=_whoami, max_attempts=1))
    register(JobHandler("jobtest.devices", run=_devices, max_attempts=1))
