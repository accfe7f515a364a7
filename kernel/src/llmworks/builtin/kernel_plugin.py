"""The kernel's own plugin (essential, cannot be disabled): built-in job kinds."""

from __future__ import annotations

import time
from typing import Any

from llmworks_sdk import JobHandler, hookimpl


def _noop(ctx: Any) -> dict[str, Any]:
    return {"ok": True}


def _sleep(ctx: Any) -> dict[str, Any]:
    """Sleep ``seconds`` in ``steps`` steps, reporting progress and honouring cancellation."""
    seconds = float(ctx.payload.get("seconds", 1.0))
    steps = max(1, int(ctx.payload.get("steps", 10)))
    for i in range(1, steps + 1):
        if ctx.cancelled():
            ctx.log.info("cancelled at step %d", i)
            return {"stopped_at": i}
        time.sleep(seconds / steps)
        ctx.log.info("step %d/%d", i, steps)
        ctx.progress(i, steps, f"step {i}")
    if ctx.payload.get("fail"):
        raise RuntimeError(str(ctx.payload["fail"]))
    return {"slept": seconds, "steps": steps}


@hookimpl
def register_job_handlers(register: Any) -> None:
    register(JobHandler("kernel.noop", run=_noop, description="Do nothing (queue health checks and benchmarks)", max_attempts=1))
    register(JobHandler("kernel.noop_inline", run=_noop, description="Do nothing in the worker process (dispatch benchmarks)",
                        max_attempts=1, inline=True))
    register(JobHandler("kernel.sleep", run=_sleep, description="Sleep with progress (diagnostics)", max_attempts=3,
                        backoff_seconds=1.0))


@hookimpl
def register_compute_backends(register: Any) -> None:
    from llmworks.jobs.backends import CeleryBackend, LocalBackend

    register(LocalBackend())
    register(CeleryBackend())
