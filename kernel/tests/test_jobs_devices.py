"""GPU-aware dispatch: jobs that ask for GPUs start only when enough of the worker's devices
are free on the host, get them as CUDA_VISIBLE_DEVICES, and record the assignment; paused
jobs wait; reschedule changes order and start time of queued jobs only."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the shared helpers (pytest runs with --import-mode=importlib)

from llmworks.jobs.devices import gpu_request, inventory, pick  # noqa: E402
from llmworks.jobs.worker import Worker  # noqa: E402
from llmworks_sdk import Conflict, jobs  # noqa: E402
from test_jobs_support import job_row, make_kernel, wait_state  # noqa: E402

pytest_plugins = ["test_jobs_support"]  # fixtures: kernel, db_url, pg_url
pytestmark = pytest.mark.timeout(60)
ONE_GPU = [{"index": "0", "type": "SIM-GPU 16GB"}]


def test_pick_and_request_parsing():
    devs = [{"index": "0", "type": "NVIDIA H100"}, {"index": "1", "type": "NVIDIA A10"}, {"index": "2", "type": "NVIDIA H100"}]
    assert pick(devs, set(), 2, "h100") == ["0", "2"]
    assert pick(devs, {"0"}, 2, "h100") is None
    assert pick(devs, {"0"}, 1, None) == ["1"]
    assert gpu_request({"gpus": "2", "gpu_type": "A10"}) == (2, "A10")
    assert gpu_request({"gpus": "x"}) == (0, None) and gpu_request(None) == (0, None)


def test_inventory_from_settings(tmp_path):
    k = make_kernel(tmp_path / "h", gpus="0, 3", gpu_type="SIM")
    try:
        assert inventory(k) == [{"index": "0", "type": "SIM"}, {"index": "3", "type": "SIM"}]
    finally:
        k.close()
    k = make_kernel(tmp_path / "h2", gpus="auto")  # no probe plugin loaded: no devices
    try:
        assert inventory(k) == []
    finally:
        k.close()


def test_one_gpu_two_jobs_claimed_one_after_the_other(kernel):
    a = kernel.queue.enqueue("kernel.noop", resources={"gpus": 1})
    b = kernel.queue.enqueue("kernel.noop", resources={"gpus": 1})
    cpu = kernel.queue.enqueue("kernel.noop")
    got = kernel.queue.claim("w", devices=ONE_GPU)
    assert got.id == a.id and got.assignment["devices"] == ["0"] and got.assignment["types"] == ["SIM-GPU 16GB"]
    # b's GPU is busy: the CPU-only job behind it is not held up
    assert kernel.queue.claim("w", devices=ONE_GPU).id == cpu.id
    assert kernel.queue.claim("w", devices=ONE_GPU) is None
    assert job_row(kernel, b.id).state == "queued"
    kernel.queue.succeed(a.id, "w", {})
    got = kernel.queue.claim("w", devices=ONE_GPU)
    assert got.id == b.id and got.assignment["devices"] == ["0"]


def test_gpu_jobs_need_matching_devices(kernel):
    j = kernel.queue.enqueue("kernel.noop", resources={"gpus": 1, "gpu_type": "H100"})
    assert kernel.queue.claim("w", devices=ONE_GPU) is None  # wrong type
    assert kernel.queue.claim("w") is None  # a worker without GPUs never takes it
    two = kernel.queue.enqueue("kernel.noop", resources={"gpus": 2})
    assert kernel.queue.claim("w", devices=ONE_GPU) is None  # not enough devices
    assert {job_row(kernel, j.id).state, job_row(kernel, two.id).state} == {"queued"}


def test_pause_and_reschedule(kernel):
    low = kernel.queue.enqueue("kernel.noop")
    high = kernel.queue.enqueue("kernel.noop", priority=1)
    with kernel.db.session() as s:
        assert [j.id for j in jobs.queued(s)] == [high.id, low.id]
    jobs.reschedule(kernel, high.id, paused=True)
    jobs.reschedule(kernel, low.id, priority=5)
    with kernel.db.session() as s:
        assert [j.id for j in jobs.queued(s)] == [low.id, high.id]
        assert jobs.view(jobs.get(s, high.id))["paused"] is True
    assert kernel.queue.claim("w").id == low.id
    assert kernel.queue.claim("w") is None  # paused
    assert kernel.queue.next_due(high.id) is not None
    jobs.reschedule(kernel, high.id, paused=False)
    assert kernel.queue.claim("w").id == high.id
    with pytest.raises(Conflict):
        jobs.reschedule(kernel, high.id, priority=3)


def test_worker_gives_the_only_gpu_to_one_job_at_a_time(tmp_path, db_url):
    k = make_kernel(tmp_path / "home", db_url, gpus="0", gpu_type="SIM-GPU")
    w = Worker(k, concurrency=2, name="gpu-worker")
    try:
        ids = [k.queue.enqueue("jobtest.devices", {"seconds": 0.6}, resources={"gpus": 1}).id for _ in range(2)]
        free = k.queue.enqueue("jobtest.devices", {"seconds": 0.1}).id
        w.start()
        rows = [wait_state(k, i, ("succeeded", "failed")) for i in [*ids, free]]
        assert [r.state for r in rows] == ["succeeded"] * 3
        a, b, c = (r.result for r in rows)
        assert a["cuda_visible_devices"] == b["cuda_visible_devices"] == "0"
        assert c["cuda_visible_devices"] is None  # asked for none: the environment is left as it is
        first, second = sorted([a, b], key=lambda r: r["t0"])
        assert second["t0"] >= first["t1"]  # never both on the GPU at once
        for r in rows[:2]:
            assert r.assignment["devices"] == ["0"] and r.assignment["pid"] > 0
        assert rows[2].assignment["pid"] > 0 and "devices" not in rows[2].assignment
    finally:
        w.stop()
        k.unregister_plugin("jobtest")
        k.close()
