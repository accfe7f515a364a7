"""Compute backends in the kernel (issue 19): ``local`` and ``celery`` are built-in pull
backends; a job of another backend is never claimed by the polling workers; ``llmworks
run-job`` runs one queued job in its own process (what a Slurm or Kubernetes node starts), and
a SIGTERM from its scheduler sends the job back to the queue unless llmworks asked to cancel."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the shared helpers (pytest runs with --import-mode=importlib)

from llmworks.jobs.node import run_job  # noqa: E402
from llmworks_sdk import Invalid  # noqa: E402
from test_jobs_support import job_row, log_lines, wait_for, wait_state  # noqa: E402

pytest_plugins = ["test_jobs_support"]  # fixtures: kernel, db_url, pg_url
pytestmark = pytest.mark.timeout(120)


def _set_backend(k, job_id: int, backend: str) -> None:
    from llmworks.db.models import Job

    with k.db.session() as s:
        s.get(Job, job_id).backend = backend


def test_builtin_backends_and_refusals(kernel):
    assert {"local", "celery"} <= set(kernel.registry.all("compute_backends"))
    assert all(b.pulls for b in kernel.registry.all("compute_backends").values())
    assert kernel.queue.enqueue("kernel.noop").backend is None  # the installation's workers, as before
    assert kernel.queue.enqueue("kernel.noop", backend="local").backend == "local"
    assert kernel.queue.enqueue("kernel.noop", resources={"backend": "celery", "gpus": 1}).resources == {"gpus": 1}
    with pytest.raises(Invalid, match="compute backend 'slurm' is not configured"):
        kernel.queue.enqueue("kernel.noop", backend="slurm")
    with pytest.raises(Invalid, match="runs a job on one node"):
        kernel.queue.enqueue("kernel.noop", resources={"nodes": 2})


def test_polling_workers_leave_jobs_of_other_backends(kernel):
    other = kernel.queue.enqueue("kernel.noop", priority=5)
    _set_backend(kernel, other.id, "slurm")
    mine = kernel.queue.enqueue("kernel.noop", backend="local")
    claimed = kernel.queue.claim("w", backends=["local"])
    assert claimed is not None and claimed.id == mine.id  # the higher-priority slurm job is not theirs
    assert kernel.queue.claim("w", backends=["local"]) is None
    assert kernel.queue.claim("node", job_id=other.id).id == other.id  # run-job claims it by id


def test_run_job_runs_one_queued_job_here(kernel):
    job = kernel.queue.enqueue("kernel.sleep", {"seconds": 0.2, "steps": 2})
    _set_backend(kernel, job.id, "slurm")
    code, message = run_job(kernel, job.id, backend="slurm", native_id="42")
    done = job_row(kernel, job.id)
    assert (code, done.state, done.worker_id) == (0, "succeeded", "slurm:42"), message
    assert done.assignment["native_id"] == "42" and done.assignment["backend"] == "slurm"
    assert any("step 2/2" in ln for ln in log_lines(kernel, job.id))  # the same handler, log and progress
    assert run_job(kernel, job.id, backend="slurm", native_id="43") == (0, f"job {job.id} is succeeded: nothing to run")
    assert run_job(kernel, 10**6)[0] == 2


def _start_run_job(kernel, job_id: int, native: str) -> subprocess.Popen:
    env = {**os.environ, **{k: v for k, v in kernel.settings_env().items() if v is not None}}
    return subprocess.Popen([sys.executable, "-m", "llmworks.cli.main", "run-job", str(job_id), "--backend", "slurm",
                             "--native-id", native], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_sigterm_from_the_scheduler_requeues_unless_cancelled(kernel):
    preempted = kernel.queue.enqueue("kernel.sleep", {"seconds": 30, "steps": 60}, max_attempts=3)
    cancelled = kernel.queue.enqueue("kernel.sleep", {"seconds": 30, "steps": 60}, max_attempts=3)
    procs = {j.id: _start_run_job(kernel, j.id, str(n)) for n, j in enumerate((preempted, cancelled), 1)}
    try:
        for j in (preempted, cancelled):
            wait_for(lambda j=j: (job_row(kernel, j.id).progress_step or 0) >= 1, 60, f"job {j.id} to run")
        kernel.queue.cancel(cancelled.id)  # llmworks asked first: the scheduler's SIGTERM is that cancel
        for p in procs.values():
            p.send_signal(signal.SIGTERM)
        for p in procs.values():
            p.wait(30)
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.kill()
    outputs = {i: p.stdout.read().decode(errors="replace") for i, p in procs.items()}
    back = wait_for(lambda: job_row(kernel, preempted.id).state == "queued" and job_row(kernel, preempted.id), 20,
                    f"the preempted job back in the queue: {job_row(kernel, preempted.id).__dict__} {outputs}")
    assert back.attempts == 1 and "stopped by its scheduler" in back.error and back.not_before is not None
    assert wait_state(kernel, cancelled.id, ("cancelled",)).error == "cancelled by request"


def test_a_follower_node_joins_the_launch_of_its_attempt(kernel, monkeypatch):
    import json

    from llmworks.jobs import node

    job = kernel.queue.enqueue("kernel.noop")
    launches: list[list[str]] = []
    monkeypatch.setattr("subprocess.call", lambda cmd: launches.append(cmd) or 0)
    claimed = kernel.queue.claim("master", job_id=job.id)
    launch = kernel.job_dir(job.id) / "launch.json"
    launch.write_text(json.dumps({"attempt": claimed.attempts - 1, "nproc_per_node": 2, "args": ["-m", "old"]}))
    code, message = node.follow_job(kernel, job.id, poll=0.05, timeout=0.3)  # another attempt's launch: not joined
    assert code == 1 and launches == []
    launch.write_text(json.dumps({"attempt": claimed.attempts, "nproc_per_node": 2, "args": ["-m", "train", "spec.json"]}))
    assert node.follow_job(kernel, job.id, poll=0.05)[0] == 0
    assert launches == [[sys.executable, "-m", "torch.distributed.run", "--nproc_per_node=2", "-m", "train", "spec.json"]]
    kernel.queue.succeed(job.id, "master", None)
    assert node.follow_job(kernel, job.id)[1] == f"job {job.id} is succeeded: nothing to follow"
