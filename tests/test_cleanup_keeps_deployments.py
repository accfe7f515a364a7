"""Disk cleanup with a real deploy-plugin deployment: cleanup never deletes a file a deployment
needs, its own folder or the folders of the model version it serves, here a LoRA version whose
base weights live in an old checkpoint of a finished job (issue 16, item 3)."""

from __future__ import annotations

import shutil
import time
from datetime import timedelta
from pathlib import Path

import pytest
from llmworks_sdk import jobs
from llmworks_sdk.db import utcnow
from llmworks_sdk.services import ModelRegistry, require_service
from llmworks_sdk.testing import KernelHarness, kernel_table
from llmworks_sdk.training import Checkpoints

pytest.importorskip("llmworks_deploy")
pytest.importorskip("llmworks_resources")
pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def test_cleanup_keeps_what_a_deployment_serves(tmp_path):
    from llmworks_deploy.testing import make_adapter
    from llmworks_sdk.demo import build_demo_model

    demo = build_demo_model(tmp_path / "demo", seed=0)
    env = {"LLMWORKS_RESOURCES_INTERVAL": "0", "LLMWORKS_GPUS": "none"}
    with KernelHarness(tmp_path / "home", env=env) as h:
        k, admin, pid = h.kernel, h.login(), h.default_project_id()
        job = jobs.enqueue(k, "kernel.noop", {}, project_id=pid, title="full training", not_before=utcnow() + timedelta(days=1))
        with k.db.session() as s:
            row = s.get(kernel_table("Job"), job.id)
            row.state, row.started_at, row.finished_at = "succeeded", utcnow() - timedelta(minutes=5), utcnow()
        ck = Checkpoints(Path(k.settings.jobs_dir) / str(job.id) / "work" / "checkpoints", keep=10)
        steps = [Path(ck.save(step, lambda d: shutil.copytree(demo, d, dirs_exist_ok=True), state={})) for step in (10, 20, 30)]
        base = steps[0]  # a LoRA version trained on the step-10 weights (not itself a model version)
        adapter = make_adapter(base, tmp_path / "lora", seed=1, targets=["c_attn"], r=2)
        with k.db.session() as s:
            vid = require_service(k, ModelRegistry).register_version(
                s, project_id=pid, name="served", base_model="demo", base_path=str(base), method="lora", kind="adapter",
                path=str(adapter)).id
        r = admin.post("/api/plugins/deploy/deployments", json={"project_id": pid, "name": "k8s-served", "target": "kubernetes",
                                                                "model": f"custom:{vid}"})
        assert r.status_code == 201, r.text
        dep = r.json()["id"]
        end = time.monotonic() + 120
        while (d := admin.get(f"/api/plugins/deploy/deployments/{dep}").json())["state"] not in ("completed", "running", "failed"):
            assert time.monotonic() < end, d
            time.sleep(0.3)
        assert d["state"] == "completed", d
        manifests = Path(d["outputs"]["manifests"])
        assert manifests.is_file()
        deploy_files = sorted(p for p in (Path(k.settings.home) / "deployments" / str(dep)).rglob("*") if p.is_file())
        assert manifests in deploy_files

        dry = admin.post("/api/plugins/resources/disk/cleanup", json={"keep_last": 1}).json()
        assert {Path(c["path"]).name for c in dry["checkpoints"] if c["job_id"] == job.id} == {"step-20"}
        done = admin.post("/api/plugins/resources/disk/cleanup", json={"keep_last": 1, "dry_run": False}).json()
        assert done["removed"] == 1
        assert not steps[1].exists() and steps[2].exists()
        # what the deployment serves is intact: the base weights in the old checkpoint, the adapter, its own files
        assert all((base / p.relative_to(demo)).read_bytes() == p.read_bytes() for p in demo.rglob("*") if p.is_file())
        assert (adapter / "adapter_config.json").is_file()
        assert all(p.is_file() for p in deploy_files)
        usage = admin.get("/api/plugins/resources/disk").json()
        assert any(i["kind"] == "deploy_deployment" and i["id"] == dep and i["bytes"] > 0 for i in usage["items"])
