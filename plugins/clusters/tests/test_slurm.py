"""Jobs on a real single-node Slurm (issue 19): a LoRA job through the REST API runs on Slurm
with live metrics and logs, survives Slurm killing it (resumes from its checkpoint, no step
twice), a cancel reaches scancel, bad requests are refused before submission, and a job queued
while Slurm is down waits with a clear status and runs once Slurm is back."""

from __future__ import annotations

import subprocess

import pytest
from llmworks_clusters.testing import wait
from llmworks_sdk.demo import DEMO_MODEL_NAME, demo_instruction_rows
from llmworks_sdk.testing import kernel_table

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]
ROWS = demo_instruction_rows(64, seed=1)


def job(client, job_id):
    return client.get(f"/api/jobs/{job_id}").json()


def test_lora_job_runs_on_slurm_live_and_resumes_after_slurm_kills_it(harness, client, project, slurm, slurm_backend):
    config = {"method": "lora", "max_steps": 240, "batch_size": 8, "checkpoint_every": 20, "val_fraction": 0, "seed": 3}
    r = client.post("/api/training/jobs", json={"project_id": project, "base_model": DEMO_MODEL_NAME, "rows": ROWS,
                                                "config": config, "name": "on-slurm",
                                                "resources": {"backend": slurm_backend, "cpus": 1}})
    assert r.status_code == 201, r.text
    job_id = r.json()["id"]
    # live while it runs on the node: progress, step metrics, the job's log, its Slurm id
    wait(lambda: client.get(f"/api/training/jobs/{job_id}").json()["step"] >= 3, timeout=120)
    running = job(client, job_id)
    assert running["state"] == "running" and running["backend"] == "slurm"
    first = running["assignment"]["native_id"]
    assert running["worker_id"] == f"slurm:{first}" and slurm.job(first)["JobState"] == "RUNNING"
    series = client.get(f"/api/training/jobs/{job_id}/metrics", params={"keys": "loss"}).json()["series"]["loss"]
    assert len(series) >= 3
    assert "step 3/240" in client.get(f"/api/jobs/{job_id}/log").json()["text"]
    placement = client.get(f"/api/plugins/clusters/jobs/{job_id}").json()
    assert placement["native_id"] == first and placement["submissions"][0]["state"] == "running"

    # Slurm kills it after a checkpoint (as a preemption or an admin's scancel would)
    checkpoint = wait(lambda: client.get(f"/api/training/jobs/{job_id}").json()["last_checkpoint_step"], timeout=120)
    subprocess.run(["scancel", first], env=slurm.env, check=True)
    done = harness.wait_for_job(client, job_id, timeout=300)
    log = client.get(f"/api/jobs/{job_id}/log").json()["text"]
    assert done["state"] == "succeeded", log
    assert done["attempts"] == 2 and done["assignment"]["native_id"] != first  # a second submission ran it
    assert slurm.job(first)["JobState"] == "CANCELLED"
    resumed_from = int(log.split("resuming lora")[1].split("from step ")[1].split()[0])
    assert resumed_from >= checkpoint
    steps = [s for s, _ in client.get(f"/api/training/jobs/{job_id}/metrics", params={"keys": "loss"}).json()["series"]["loss"]]
    assert steps == list(range(1, 241))  # every step once: nothing trained or reported twice
    subs = client.get(f"/api/plugins/clusters/jobs/{job_id}").json()["submissions"]
    assert [s["attempt"] for s in subs] == [1, 2] and subs[0]["native_id"] == first


def test_cancel_reaches_scancel(harness, client, project, slurm, slurm_backend):
    k = harness.kernel
    # whichever comes first, the run on the node (its heart-beat sees the request) or the
    # submitter, the Slurm job is scancelled and the job ends cancelled
    j = k.queue.enqueue("kernel.sleep", {"seconds": 60, "steps": 2}, project_id=project, backend=slurm_backend)
    wait(lambda: job(client, j.id)["state"] == "running", timeout=90)
    native = job(client, j.id)["assignment"]["native_id"]
    assert client.post(f"/api/jobs/{j.id}/cancel").status_code == 200
    done = harness.wait_for_job(client, j.id, timeout=60)
    assert done["state"] == "cancelled"
    wait(lambda: slurm.job(native).get("JobState") == "CANCELLED", timeout=30)
    Sub = __import__("llmworks_clusters.tables", fromlist=["Submission"]).Submission
    with k.db.session() as s:
        sub = s.query(Sub).filter_by(job_id=j.id).one()
        log = client.get(f"/api/jobs/{j.id}/log").json()["text"]
        assert sub.cancel_sent and sub.native_id == native, (sub.state, sub.message, log)
    assert f"cancelled native job {native}" in client.get(f"/api/jobs/{j.id}/log").json()["text"]


def test_bad_requests_are_refused_before_submission(harness, client, project, slurm, slurm_backend):
    base = {"project_id": project, "base_model": DEMO_MODEL_NAME, "rows": ROWS, "config": {"max_steps": 2}}
    r = client.post("/api/training/jobs", json={**base, "resources": {"backend": "nope"}})
    assert r.status_code == 422 and "compute backend 'nope' is not configured" in r.text
    # more memory than the partition's node has: sbatch --test-only says no
    r = client.post("/api/training/jobs", json={**base, "resources": {"backend": slurm_backend, "memory_gb": 500}})
    assert r.status_code == 422 and "Requested node configuration is not available" in r.text, r.text
    r = client.post("/api/training/jobs", json={**base, "resources": {"backend": slurm_backend, "gpus": 1}})
    assert r.status_code == 422 and "Slurm cannot run this request (--partition=debug --time=30 --gres=gpu:1" in r.text
    r = client.post("/api/training/jobs", json={**base, "resources": {"nodes": 2}})
    assert r.status_code == 422 and "needs a cluster backend" in r.text
    Job = kernel_table("Job")
    with harness.kernel.db.session() as s:
        assert s.query(Job).filter(Job.backend == "nope").count() == 0  # nothing queued
    # admins configure backends; the options are checked
    viewer = harness.create_user("clusters-viewer")
    assert viewer.post("/api/plugins/clusters/backends", json={"name": "x", "backend": "slurm"}).status_code == 403
    r = client.post("/api/plugins/clusters/backends", json={"name": "bad", "backend": "slurm", "options": {"partition": "a b"}})
    assert r.status_code == 422 and "partition" in r.text
    r = client.post("/api/plugins/clusters/backends", json={"name": "bad", "backend": "slurm", "options": {"colour": 1}})
    assert r.status_code == 422 and "colour" in r.text
    r = client.post("/api/plugins/clusters/backends", json={"name": "bad", "backend": "pbs"})
    assert r.status_code == 422 and "no compute backend of kind 'pbs'" in r.text
    assert client.post("/api/plugins/clusters/backends", json={"name": "slurm", "backend": "slurm"}).status_code == 409
    listed = viewer.get("/api/plugins/clusters/backends").json()
    assert {b["name"] for b in listed["backends"]} >= {"local", "celery", "slurm"}
    assert all(b["options"] is None for b in listed["backends"])  # options are for admins


def test_project_default_backend_and_slurm_down(harness, client, project, slurm, slurm_backend):
    k = harness.kernel
    assert client.put(f"/api/plugins/clusters/projects/{project}/backend", json={"backend": "nope"}).status_code == 422
    r = client.put(f"/api/plugins/clusters/projects/{project}/backend", json={"backend": slurm_backend})
    assert r.status_code == 200 and r.json()["backend"] == slurm_backend
    try:
        slurm.stop_controller()
        j = k.queue.enqueue("kernel.noop", {}, project_id=project)  # the project's backend: slurm
        assert j.backend == slurm_backend
        def unreachable():
            p = client.get(f"/api/plugins/clusters/jobs/{j.id}").json()
            return p if p["submissions"] and p["submissions"][0]["state"] != "submitting" else None

        placement = unreachable() or wait(unreachable, timeout=60)
        sub = placement["submissions"][0]
        assert sub["state"] == "unreachable" and "Slurm is unreachable" in sub["message"], sub
        assert "stays queued" in placement["status"] and job(client, j.id)["state"] == "queued"
    finally:
        slurm.start_controller()
        client.put(f"/api/plugins/clusters/projects/{project}/backend", json={"backend": None})
    done = harness.wait_for_job(client, j.id, timeout=120)
    assert done["state"] == "succeeded" and done["assignment"]["native_id"]
    assert client.get(f"/api/plugins/clusters/jobs/{j.id}").json()["submissions"][0]["state"] in ("running", "done")
