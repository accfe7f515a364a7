"""``llmworks run-job``: run one queued job in this process, now.

This is what a push compute backend (Slurm, Kubernetes) starts on the node its scheduler
picked. It claims the job (only if it is still queued: a cancelled job, or one another
submission already claimed, is left alone), and runs it through :meth:`Worker.execute`, the
same path as the embedded worker: the handler runs in a child process, the job heart-beats,
cancellation, progress, logs, metrics, events and checkpoints behave exactly as for a local
job. A SIGTERM from the scheduler (``scancel``, preemption, a time limit, a requeue) stops the
run; unless the job's cancellation was requested through llmworks, the job goes back to the
queue and its next attempt resumes from the last checkpoint.
"""

from __future__ import annotations

import logging
import os
import signal
from typing import TYPE_CHECKING, Any

from llmworks.db.models import Job
from llmworks.jobs.devices import host_name

if TYPE_CHECKING:
    from llmworks.kernel import Kernel

log = logging.getLogger("llmworks.worker")


def allocated_devices() -> list[str] | None:
    """The GPUs the scheduler gave this process (``CUDA_VISIBLE_DEVICES``), or None when unset."""
    spec = os.environ.get("CUDA_VISIBLE_DEVICES")
    if spec is None:
        return None
    return [d.strip() for d in spec.split(",") if d.strip()]


def run_job(kernel: Kernel, job_id: int, *, backend: str = "", native_id: str = "") -> tuple[int, str]:
    """Claim and run job ``job_id``; (exit code, what happened)."""
    from llmworks.jobs.worker import Worker

    name = f"{backend or 'node'}:{native_id or f'{host_name()}:{os.getpid()}'}"
    with kernel.db.session() as s:
        row = s.get(Job, job_id)
        kind = row.kind if row is not None else None
    # the forkserver preloads only this job's handler modules (not torch for a no-op)
    worker = Worker(kernel, name=name, kinds=[kind] if kind else [])

    def on_signal(signum: int, _frame: Any) -> None:
        log.warning("run-job %s: received signal %s from the scheduler: stopping the run", job_id, signum)
        worker.preempted.set()

    for sig in (signal.SIGTERM, signal.SIGUSR1, signal.SIGINT):
        signal.signal(sig, on_signal)
    with kernel.db.session() as s:
        row = s.get(Job, job_id)
        if row is None:
            return 2, f"job {job_id} does not exist in {kernel.db.engine.url.render_as_string(hide_password=True)}"
        if row.state != "queued":
            return 0, f"job {job_id} is {row.state}: nothing to run"
    worker.prepare_children()
    job = kernel.queue.claim(worker.id, job_id=job_id, allocated=allocated_devices())
    if job is None:
        with kernel.db.session() as s:
            row = s.get(Job, job_id)
            state = row.state if row is not None else "gone"
        return 0, f"job {job_id} was not claimed (it is {state}, paused, not due yet, or claimed by another submission)"
    kernel.queue.set_assignment(job_id, {"backend": backend or None, "native_id": native_id or None, "host": host_name()})
    state = worker.execute(job)
    return (0 if state in ("succeeded", "cancelled", "queued") else 1), f"job {job_id}: {state}"


def follow_job(kernel: Kernel, job_id: int, *, poll: float = 1.0, timeout: float = 3600.0) -> tuple[int, str]:
    """A follower node of a multi-node job (a Kubernetes PyTorchJob worker): wait until the job
    runs and its first node published the launch (``launch.json`` of this attempt, see
    :func:`llmworks_sdk.compute.publish_launch`), then run torchrun with the same arguments;
    torchrun takes its node rank and the master from ``PET_*`` (set by the training operator)."""
    import json
    import subprocess
    import sys
    import time

    from llmworks_sdk.compute import LAUNCH_FILE

    path = kernel.settings.jobs_dir / str(job_id) / LAUNCH_FILE
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with kernel.db.session() as s:
            row = s.get(Job, job_id)
            if row is None or row.state in ("succeeded", "failed", "cancelled"):
                return 0, f"job {job_id} is {row.state if row else 'gone'}: nothing to follow"
            attempt, running = row.attempts, row.state == "running"
        if running and path.is_file():
            launch = json.loads(path.read_text())
            if int(launch.get("attempt", -1)) == attempt:
                cmd = [sys.executable, "-m", "torch.distributed.run", f"--nproc_per_node={launch['nproc_per_node']}",
                       *launch["args"]]
                log.info("job %s attempt %s: following as %s", job_id, attempt, " ".join(cmd))
                return subprocess.call(cmd), f"job {job_id}: torchrun of this node ended"
        time.sleep(poll)
    return 1, f"job {job_id}: no launch published within {timeout:g} s"
