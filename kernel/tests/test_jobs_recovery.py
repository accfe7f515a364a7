"""Acceptance: a standalone ``llmworks worker`` killed with SIGKILL in the middle of a job.

A second worker recovers the job: it is retried and succeeds, or fails by policy when its
attempts are exhausted, and nothing is lost: the job's events are complete (queued,
started, retrying, started, succeeded; every event written before the kill is still there)
and its log holds every line the first attempt wrote before the kill."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the shared helpers (pytest runs with --import-mode=importlib)

from llmworks.kernel import Kernel  # noqa: E402
from test_jobs_support import (  # noqa: E402
    job_events,
    job_row,
    lifecycle,
    llmworks_cmd,
    log_lines,
    make_kernel,
    pid_alive,
    wait_for,
    wait_state,
    worker_env,
)

pytest_plugins = ["test_jobs_support"]  # fixtures: db_url, pg_url, procs
pytestmark = pytest.mark.timeout(80)
STEPS = 12


def start_jobs(k: Kernel) -> tuple[int, int]:
    """One job that may be retried and one whose only attempt is the one that gets killed."""
    payload = {"seconds": 3.0, "steps": STEPS}
    recover = k.queue.enqueue("kernel.sleep", payload, title="recovered").id  # max_attempts 3, backoff 1 s
    exhaust = k.queue.enqueue("kernel.sleep", payload, title="exhausted", max_attempts=1).id
    return recover, exhaust


def kill_mid_job(k: Kernel, worker_pid: int, job_ids: tuple[int, ...]) -> dict[str, object]:
    """SIGKILL the worker once every job is a few steps in; return what the jobs had written."""
    for j in job_ids:
        wait_for(lambda j=j: any(ln.endswith(f"step 3/{STEPS}") for ln in log_lines(k, j)), 30, f"job {j} to be running")
    children = [int(next(ln for ln in log_lines(k, j) if "started in pid" in ln).rsplit(" ", 1)[1]) for j in job_ids]
    os.kill(worker_pid, signal.SIGKILL)
    # the children see their worker die and exit at once: a recovered job never runs twice at a time
    wait_for(lambda: not any(pid_alive(p) for p in children), 5, "the job children to exit")
    before = {"logs": {j: log_lines(k, j) for j in job_ids}, "events": {j: job_events(k, j) for j in job_ids}}
    for j in job_ids:
        assert job_row(k, j).state == "running"  # nobody has noticed yet
        written = [ln.split(" ", 3)[-1] for ln in before["logs"][j] if " step " in ln]
        assert written == [f"step {i}/{STEPS}" for i in range(1, len(written) + 1)] and len(written) < STEPS
    return before


def check_recovered(k: Kernel, before: dict[str, object], recover: int, exhaust: int) -> None:
    done = wait_state(k, recover, ("succeeded", "failed", "cancelled"), timeout=30)
    assert done.state == "succeeded" and done.attempts == 2 and done.result == {"slept": 3.0, "steps": STEPS}
    assert lifecycle(k, recover) == ["job.queued", "job.started", "job.retrying", "job.started", "job.succeeded"]
    events = job_events(k, recover)
    retry = next(e for e in events if e.type == "job.retrying")
    assert "heartbeat expired" in retry.data["error"]
    assert [e.data["attempt"] for e in events if e.type == "job.started"] == [1, 2]
    # no event lost: everything written before the kill is still there, in order, ids increasing
    assert [e.id for e in events[: len(before["events"][recover])]] == [e.id for e in before["events"][recover]]
    assert [e.id for e in events] == sorted({e.id for e in events})
    # no log line lost: the log starts with every line of the first attempt, then the second attempt
    log = log_lines(k, recover)
    first = before["logs"][recover]
    assert log[: len(first)] == first
    rest = [ln.split(" ", 3)[-1] for ln in log[len(first):]]
    assert rest[0].startswith(f"attempt 2 of job {recover}")
    assert [ln for ln in rest if ln.startswith("step ")] == [f"step {i}/{STEPS}" for i in range(1, STEPS + 1)]

    failed = wait_state(k, exhaust, ("succeeded", "failed", "cancelled"), timeout=10)
    assert failed.state == "failed" and failed.attempts == 1 and "heartbeat expired" in failed.error
    assert lifecycle(k, exhaust) == ["job.queued", "job.started", "job.failed"]
    assert log_lines(k, exhaust) == before["logs"][exhaust]


def test_sigkilled_worker_job_is_recovered(tmp_path, db_url, procs):
    home = tmp_path / "home"
    k = make_kernel(home, db_url)
    try:
        env = worker_env(home, db_url)
        first = procs.start(llmworks_cmd("worker", "--concurrency", "2"), env, "worker-1")
        recover, exhaust = start_jobs(k)
        before = kill_mid_job(k, first.pid, (recover, exhaust))
        assert first.wait(5) == -signal.SIGKILL
        procs.start(llmworks_cmd("worker", "--concurrency", "2"), env, "worker-2")
        check_recovered(k, before, recover, exhaust)
        assert f"job {recover} recovered" in procs.output("worker-2")
    finally:
        k.unregister_plugin("jobtest")
        k.close()
