"""One training job across two Slurm tasks (issue 19, item 4): the job's handler on the first
task starts ``srun`` + torchrun (gloo on the CPU), rank 0 reports the metrics; the loss curve
matches one process with the same global batch."""

from __future__ import annotations

import pytest
from llmworks_sdk.compute import torchrun_command

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]
ROWS = [{"text": f"row {i}: the quick brown fox number {i} jumps over {i % 7} lazy dogs."} for i in range(48)]
CONFIG = {"method": "full", "max_steps": 6, "learning_rate": 5e-3, "lr_scheduler": "constant", "device": "cpu", "seed": 5,
          "checkpoint_every": 3, "max_seq_length": 32, "val_fraction": 0, "processes": 1}


def _losses(client, job_id):
    return client.get(f"/api/training/jobs/{job_id}/metrics", params={"keys": "loss"}).json()["series"]["loss"]


def test_two_slurm_tasks_match_one_process(harness, client, project, slurm, slurm_backend):
    body = {"project_id": project, "base_model": "demo-llama", "rows": ROWS}
    r = client.post("/api/training/jobs", json={**body, "config": {**CONFIG, "batch_size": 2}, "name": "two-tasks",
                                                "resources": {"backend": slurm_backend, "nodes": 2, "cpus": 1}})
    assert r.status_code == 201, r.text
    job_id = r.json()["id"]
    # the same global batch (2 tasks x 2 rows) in one process, on this installation's worker
    r = client.post("/api/training/jobs", json={**body, "config": {**CONFIG, "batch_size": 4}, "name": "one-process"})
    single_id = r.json()["id"]
    done = harness.wait_for_job(client, job_id, timeout=300)
    log = client.get(f"/api/jobs/{job_id}/log").json()["text"]
    assert done["state"] == "succeeded", log
    assert "training in 1 processes on each of 2 nodes: srun --ntasks=2" in log
    single = harness.wait_for_job(client, single_id, timeout=300)
    assert single["state"] == "succeeded" and single["backend"] is None
    series, one = _losses(client, job_id), _losses(client, single_id)
    assert [s for s, _ in series] == [s for s, _ in one] == [1, 2, 3, 4, 5, 6]
    assert [v for _, v in series] == pytest.approx([v for _, v in one], rel=1e-3, abs=1e-4)
    assert one[-1][1] < one[0][1]
    points = client.get(f"/api/training/jobs/{job_id}/metrics", params={"keys": "processes"}).json()["series"]
    assert {v for _, v in points["processes"]} == {2.0}  # world size 2: both tasks trained


def test_torchrun_command(monkeypatch):
    monkeypatch.delenv("LLMWORKS_NNODES", raising=False)
    assert torchrun_command("py", 2, ["-m", "x"]) == ["py", "-m", "torch.distributed.run", "--standalone",
                                                      "--nproc_per_node=2", "-m", "x"]
    monkeypatch.setenv("LLMWORKS_NNODES", "3")
    monkeypatch.setenv("LLMWORKS_LAUNCHER", "srun")
    monkeypatch.setenv("LLMWORKS_MASTER_PORT", "30007")
    monkeypatch.setenv("SLURMD_NODENAME", "gpu01")
    cmd = torchrun_command("py", 4, ["-m", "x", "spec.json"])
    assert cmd[:6] == ["srun", "--ntasks=3", "--kill-on-bad-exit=1", "--export=ALL", "bash", "-c"]
    assert cmd[6] == ("exec py -m torch.distributed.run --nnodes=3 --nproc_per_node=4 --master_addr=gpu01 "
                      '--master_port=30007 --node_rank="$SLURM_PROCID" -m x spec.json')
    monkeypatch.setenv("LLMWORKS_LAUNCHER", "env")  # Kubernetes: torchrun reads PET_* of the pod
    assert torchrun_command("py", 1, ["-m", "x"]) == ["py", "-m", "torch.distributed.run", "--nproc_per_node=1", "-m", "x"]
