"""The collector's per-job accounting against a real running job process: the job's pid (and
its children) mapped to the job, peak resident memory and CPU time from psutil, peak GPU
memory per device and energy from a fake NVML module (issue 16, item 2)."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import psutil
import pytest
from llmworks_sdk import jobs
from llmworks_sdk.db import utcnow
from llmworks_sdk.testing import KernelHarness, kernel_table

sys.path.insert(0, str(Path(__file__).parent))

from fake_nvml import FakeNvml  # noqa: E402
from llmworks_resources.collector import Collector  # noqa: E402
from llmworks_resources.probes import NvmlProbe  # noqa: E402
from llmworks_resources.tables import JobUsage  # noqa: E402

pytestmark = pytest.mark.timeout(120)

# the job's process starts a child that holds ~64 MB and burns CPU; it prints the child's pid
JOB = ("import subprocess, sys\n"
       "code = 'import time\\nx = bytearray(64 * 2**20)\\nt = time.time()\\nwhile time.time() - t < 60: pass'\n"
       "c = subprocess.Popen([sys.executable, '-c', code])\n"
       "print(c.pid, flush=True)\n"
       "c.wait()\n")


@pytest.fixture
def h(tmp_path):
    env = {"LLMWORKS_RESOURCES_INTERVAL": "0", "LLMWORKS_RESOURCES_FLUSH": "3600", "LLMWORKS_GPUS": "none"}
    with KernelHarness(tmp_path, env=env, worker=False) as harness:
        yield harness


def test_collector_accounts_a_running_job_by_pid(h):
    k = h.kernel
    proc = subprocess.Popen([sys.executable, "-c", JOB], stdout=subprocess.PIPE, text=True)
    try:
        child = int(proc.stdout.readline())
        nv = FakeNvml(processes={0: [(child, 3_000_000_000)], 1: [(child, 1_000), (4_000_000, 5_000)]})
        c = Collector(k, interval=0, flush_every=3600, probes={"nvml": NvmlProbe(nvml=nv)})
        job = jobs.enqueue(k, "kernel.noop", {}, project_id=h.default_project_id(), title="accounted",
                           not_before=utcnow() + timedelta(days=1))
        other = jobs.enqueue(k, "kernel.noop", {}, project_id=h.default_project_id(), title="elsewhere",
                             not_before=utcnow() + timedelta(days=1))
        with k.db.session() as s:
            Job = kernel_table("Job")
            row = s.get(Job, job.id)
            row.state, row.started_at = "running", utcnow()
            row.assignment = {"host": c.host, "pid": proc.pid, "devices": ["0"], "types": ["SIM-GPU H100 80GB"]}
            far = s.get(Job, other.id)  # the same pid on another host: not this collector's job
            far.state, far.started_at = "running", utcnow()
            far.assignment = {"host": "another-host", "pid": proc.pid, "devices": ["1"], "types": ["x"]}
        deadline = time.monotonic() + 20
        while psutil.Process(child).memory_info().rss < 64 * 2**20 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # some CPU time
        c.tick()
        nv.processes[0] = [(child, 2_000_000_000)]  # lower later: the peak stays
        nv.energy_mj[0] += 750_000  # device 0 used 750 J between the samples
        nv.energy_mj[1] += 9_000_000  # device 1 is not the job's: not counted
        c.tick()
        assert set(c._jobs) == {job.id}
        c.flush()
        with k.db.session() as s:
            u = s.get(JobUsage, job.id)
            assert u is not None and s.get(JobUsage, other.id) is None
            assert u.host == c.host and u.devices == ["0"] and u.device_types == ["SIM-GPU H100 80GB"]
            assert u.peak_gpu_memory == {"0": 3_000_000_000, "1": 1_000}  # per device; pid 4000000 is not the job's
            assert u.energy_joules == pytest.approx(750.0)
            assert u.peak_rss_bytes >= 64 * 2**20  # the child's memory counts: the whole process tree
            assert u.cpu_seconds > 0.1
            cpu_before = u.cpu_seconds
        r = h.login().get(f"/api/plugins/resources/jobs/{job.id}/usage").json()
        assert r["peak_gpu_memory_bytes"] == {"0": 3_000_000_000, "1": 1_000} and r["energy_joules"] == pytest.approx(750.0)
        time.sleep(0.3)
        c.tick()
        c.flush()
        with k.db.session() as s:
            assert s.get(JobUsage, job.id).cpu_seconds > cpu_before  # still running: CPU time grows
    finally:
        for p in psutil.Process(proc.pid).children(recursive=True):
            p.kill()
        proc.kill()
        proc.wait()
