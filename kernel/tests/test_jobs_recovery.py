"""Acceptance: a standalone ``llmworks worker`` killed with SIGKILL in the middle of a job.

A second worker recovers the job: it is retried and succeeds, or fails by policy when its
attempts are exhausted, and nothing is lost: the job's events are complete (queued,
started, retrying, started, succeeded; every event written before the kill is still there)
and its log holds every line the first attempt wrote before the kill."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the shared helpers (pytest runs with --import-mode=importlib)

from test_jobs_support import (  # noqa: E402
    check_fast_children,
    check_recovered,
    kill_mid_job,
    llmworks_cmd,
    make_kernel,
    start_jobs,
    worker_env,
)

pytest_plugins = ["test_jobs_support"]  # fixtures: db_url, pg_url, procs
pytestmark = pytest.mark.timeout(80)


def test_sigkilled_worker_job_is_recovered(tmp_path, db_url, procs):
    home = tmp_path / "home"
    k = make_kernel(home, db_url)
    try:
        env = worker_env(home, db_url)
        first = procs.start(llmworks_cmd("worker", "--concurrency", "2"), env, "worker-1")
        check_fast_children(k)
        recover, exhaust = start_jobs(k)
        before = kill_mid_job(k, first.pid, (recover, exhaust))
        assert first.wait(5) == -signal.SIGKILL
        procs.start(llmworks_cmd("worker", "--concurrency", "2"), env, "worker-2")
        check_recovered(k, before, recover, exhaust)
        assert f"job {recover} recovered" in procs.output("worker-2")
    finally:
        k.unregister_plugin("jobtest")
        k.close()
