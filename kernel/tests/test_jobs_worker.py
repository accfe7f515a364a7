"""The embedded worker on SQLite and PostgreSQL: jobs run in forkserver children while the
worker heart-beats; retries with backoff then failure; cooperative cancellation, SIGTERM
after the grace period and SIGKILL after twice the grace; timeouts; crashed children."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the shared helpers (pytest runs with --import-mode=importlib)

from llmworks.jobs.worker import Worker  # noqa: E402
from test_jobs_support import (  # noqa: E402
    job_events,
    job_row,
    lifecycle,
    log_lines,
    pid_alive,
    wait_for,
    wait_state,
)

pytest_plugins = ["test_jobs_support"]  # fixtures: kernel, db_url, pg_url
pytestmark = pytest.mark.timeout(60)
DONE = ("succeeded", "failed", "cancelled")


@pytest.fixture
def worker(kernel) -> Iterator[Worker]:
    w = Worker(kernel, concurrency=2, name="test-worker")
    w.start()
    try:
        yield w
    finally:
        w.stop()


def _child_pid(k, job_id: int) -> int:
    line = wait_for(lambda: next((ln for ln in log_lines(k, job_id) if "started in pid" in ln), None), 10, "the child")
    return int(line.rsplit(" ", 1)[1])


def test_runs_in_a_child_with_progress_and_log(kernel, worker):
    job = kernel.queue.enqueue("kernel.sleep", {"seconds": 0.6, "steps": 3})
    inline = kernel.queue.enqueue("jobtest.inline")
    done = wait_state(kernel, job.id, DONE)
    assert done.state == "succeeded" and done.result == {"slept": 0.6, "steps": 3}
    assert done.worker_id == "test-worker" and done.attempts == 1
    assert (done.progress_step, done.progress_total) == (3, 3)
    assert _child_pid(kernel, job.id) != __import__("os").getpid()
    assert [ln.split(" ", 3)[-1] for ln in log_lines(kernel, job.id) if "step " in ln] == ["step 1/3", "step 2/3", "step 3/3"]
    assert lifecycle(kernel, job.id) == ["job.queued", "job.started", "job.succeeded"]
    assert any(e.type == "job.progress" for e in job_events(kernel, job.id))
    assert wait_state(kernel, inline.id, DONE).result["pid"] == __import__("os").getpid()


def test_inline_jobs_do_not_register_loggers(kernel, worker):
    """Each run's log is its own logger object, not one registered per job for ever."""
    before = len(logging.Logger.manager.loggerDict)
    jobs = [kernel.queue.enqueue("jobtest.inline").id for _ in range(20)]
    for j in jobs:
        assert wait_state(kernel, j, DONE).state == "succeeded"
    assert len(logging.Logger.manager.loggerDict) == before


def test_retries_with_backoff_then_fails(kernel, worker):
    job = kernel.queue.enqueue("kernel.sleep", {"seconds": 0.05, "steps": 1, "fail": "always broken"})
    done = wait_state(kernel, job.id, DONE, timeout=30)
    assert done.state == "failed" and done.attempts == 3 and done.error == "RuntimeError: always broken"
    assert lifecycle(kernel, job.id) == ["job.queued", "job.started", "job.retrying", "job.started", "job.retrying",
                                         "job.started", "job.failed"]
    started = [e.ts for e in job_events(kernel, job.id) if e.type == "job.started"]
    gaps = [(b - a).total_seconds() for a, b in zip(started, started[1:], strict=False)]
    assert gaps[0] >= 1.0 and gaps[1] >= 2.0, gaps  # backoff 1 s, then 2 s
    assert sum("attempt" in ln and "started in pid" in ln for ln in log_lines(kernel, job.id)) == 3


def test_crashed_child_is_retried(kernel, worker):
    job = kernel.queue.enqueue("jobtest.crash", {"crash_until": 2})
    done = wait_state(kernel, job.id, DONE, timeout=20)
    assert done.state == "succeeded" and done.attempts == 2
    retry = next(e for e in job_events(kernel, job.id) if e.type == "job.retrying")
    assert "exited with code 3" in retry.data["error"]


def test_cancel_cooperative(kernel, worker):
    job = kernel.queue.enqueue("kernel.sleep", {"seconds": 20, "steps": 80})
    kernel.settings.cancel_grace_seconds = 10.0
    wait_for(lambda: job_row(kernel, job.id).progress_step, 15, "progress")
    t0 = time.monotonic()
    kernel.queue.cancel(job.id)
    done = wait_state(kernel, job.id, DONE)
    assert time.monotonic() - t0 < 10.0  # within the grace: no signal was needed
    assert done.state == "cancelled" and done.attempts == 1
    assert any("cancelled at step" in ln for ln in log_lines(kernel, job.id))
    assert not any("received signal" in ln for ln in log_lines(kernel, job.id))
    assert lifecycle(kernel, job.id) == ["job.queued", "job.started", "job.cancelled"]


def test_cancel_forced_after_grace(kernel, worker):
    # one 20 s step: the handler never looks at ctx.cancelled(), SIGTERM stops it after the grace
    deaf = kernel.queue.enqueue("kernel.sleep", {"seconds": 20, "steps": 1})
    # ignores SIGTERM too: SIGKILL after twice the grace
    stubborn = kernel.queue.enqueue("jobtest.stubborn", {"seconds": 30})
    pids = {j.id: _child_pid(kernel, j.id) for j in (deaf, stubborn)}
    wait_for(lambda: any("ignoring SIGTERM" in ln for ln in log_lines(kernel, stubborn.id)), 10, "the stubborn handler")
    t0 = time.monotonic()
    kernel.queue.cancel(deaf.id)
    kernel.queue.cancel(stubborn.id)
    grace = kernel.settings.cancel_grace_seconds
    d = wait_state(kernel, deaf.id, DONE, timeout=10)
    t_deaf = time.monotonic() - t0
    s = wait_state(kernel, stubborn.id, DONE, timeout=10)
    t_stubborn = time.monotonic() - t0
    assert d.state == s.state == "cancelled"
    assert grace <= t_deaf and 2 * grace <= t_stubborn < 15, (t_deaf, t_stubborn)
    assert any("received signal 15" in ln for ln in log_lines(kernel, deaf.id))
    assert not any("finished" in ln for ln in log_lines(kernel, stubborn.id))
    wait_for(lambda: not any(pid_alive(p) for p in pids.values()), 5, "the children to be gone")


def test_timeout_fails_the_run(kernel, worker):
    job = kernel.queue.enqueue("jobtest.slow", {"seconds": 30})  # timeout_seconds=1, max_attempts=1
    done = wait_state(kernel, job.id, DONE, timeout=15)
    assert done.state == "failed" and "timed out after 1.0 s" in done.error
