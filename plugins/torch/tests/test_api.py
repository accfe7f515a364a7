"""The plugin inside a real kernel: models, training jobs (validate, run, cancel, resume),
metrics, presets, evaluation, export and upload, through the REST API."""

from __future__ import annotations

import io
import json
import tarfile
import time
import zipfile
from pathlib import Path

import pytest
from llmworks_sdk import hookimpl
from llmworks_sdk.demo import DEMO_MODEL_NAME, demo_instruction_rows
from transformers import AutoModelForCausalLM

ROWS = demo_instruction_rows(64, seed=5)
LORA = {"method": "lora", "max_steps": 12, "batch_size": 8, "learning_rate": 0.01, "checkpoint_every": 5, "eval_every": 6}


@pytest.fixture(scope="module")
def dataset_version(client, project):
    """A dataset version uploaded through the datasets plugin."""
    pytest.importorskip("llmworks_datasets", reason="dataset versions come from the datasets plugin")
    data = "\n".join(json.dumps(r) for r in ROWS).encode()
    r = client.post(
        "/api/datasets/upload",
        files={"file": ("qa.jsonl", data, "application/jsonl")},
        data={"project_id": str(project), "name": "qa"},
    )
    assert r.status_code == 201, r.text
    return r.json()["id"]


@pytest.fixture(scope="module")
def trained(harness, client, project, dataset_version):
    body = {
        "project_id": project,
        "base_model": DEMO_MODEL_NAME,
        "dataset_version_id": dataset_version,
        "config": LORA,
        "name": "qa-lora",
    }
    r = client.post("/api/training/jobs", json=body)
    assert r.status_code == 201, r.text
    job = harness.wait_for_job(client, r.json()["id"], timeout=180)
    assert job["state"] == "succeeded", client.get(f"/api/jobs/{job['id']}/log").json()["text"]
    return client.get(f"/api/training/jobs/{job['id']}").json()


def _wait(predicate, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise TimeoutError


def test_available_models_list_the_demo(client):
    items = client.get("/api/models/available").json()["items"]
    demo = next(m for m in items if m["name"] == DEMO_MODEL_NAME)
    assert demo["source"] == "demo" and demo["ready"] and demo["license"] == "apache-2.0"
    assert demo["parameters"] > 100_000 and demo["context_length"] == 1024 and demo["ref"] == f"base:{DEMO_MODEL_NAME}"


def test_invalid_jobs_are_refused_with_field_errors(client, project, demo_model):
    body = {
        "project_id": project,
        "base_model": DEMO_MODEL_NAME,
        "rows": [{"question": "q"}],
        "config": {"method": "lora", "target_modules": ["q_proj"], "max_seq_length": 4096},
    }
    r = client.post("/api/training/jobs", json=body)
    assert r.status_code == 422
    errors = {tuple(e["loc"]): e["msg"] for e in r.json()["errors"]}
    assert "c_attn" in errors[("body", "config", "target_modules")]
    assert "1024" in errors[("body", "config", "max_seq_length")]
    assert "prompt" in errors[("body", "rows")]
    r = client.post("/api/training/jobs", json={**body, "config": {"lora_r": 0}})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "config", "lora_r"]
    r = client.post("/api/training/jobs", json={**body, "base_model": "nope", "rows": ROWS, "config": {}})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "base_model"]
    # a server path is not a base model unless an administrator registered it
    r = client.post("/api/training/jobs", json={**body, "base_model": str(demo_model), "rows": ROWS, "config": {}})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "base_model"]
    bad_rows = client.post(
        "/api/training/jobs", json={**body, "rows": [{"messages": 5}, {"prompt": 1, "completion": "x"}], "config": {}}
    )
    locs = [e["loc"] for e in bad_rows.json()["errors"]]
    assert ["body", "rows", 0] in locs and ["body", "rows", 1] in locs
    assert client.post("/api/training/jobs", json={**body, "base_model": "a\x00b", "rows": ROWS}).status_code == 422
    qlora = client.post(
        "/api/training/validate", json={**body, "rows": ROWS, "config": {"method": "qlora", "allow_cpu_qlora": True}}
    ).json()
    assert ["body", "config", "allow_cpu_qlora"] in [e["loc"] for e in qlora["errors"]]  # a test switch, off on servers
    ok = client.post("/api/training/validate", json={**body, "rows": ROWS, "config": {"method": "lora"}}).json()
    assert ok["valid"] and ok["errors"] == []
    methods = client.get("/api/training/methods").json()
    assert {m["name"] for m in methods["methods"]} >= {"full", "lora", "qlora"}
    assert "lora_r" in methods["config_schema"]["properties"]
    assert all("lora_r" in m["config_schema"]["properties"] for m in methods["methods"])  # each trainer's own schema
    # method: a top-level field or config.method (what the UI sends); they must agree
    assert client.post("/api/training/validate", json={**body, "rows": ROWS, "method": "full", "config": {}}).json()["method"] == "full"
    r = client.post("/api/training/validate", json={**body, "rows": ROWS, "method": "full", "config": {"method": "lora"}})
    assert r.status_code == 422 and "differ" in r.text
    r = client.post("/api/training/jobs", json={**body, "rows": ROWS, "method": "not-a-trainer", "config": {}})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "method"] and "lora" in r.text


class _OldTrainer:
    """A trainer written for the SDK before Trainer.run existed (validate only)."""

    name = "legacy"
    description = "validate only"

    def validate(self, config, model_path, dataset_columns):
        return []


class _OldTrainerPlugin:
    @hookimpl
    def register_trainers(self, register):
        register(_OldTrainer())


def test_a_trainer_without_run_is_listed_unavailable_and_refused(harness, client, project):
    harness.kernel.register_plugin(_OldTrainerPlugin(), "legacy-trainer")
    try:
        methods = {m["name"]: m for m in client.get("/api/training/methods").json()["methods"]}
        assert methods["legacy"]["available"] is False and "older llmworks_sdk" in methods["legacy"]["reason"]
        r = client.post("/api/training/jobs", json={"project_id": project, "base_model": DEMO_MODEL_NAME, "rows": ROWS,
                                                    "method": "legacy"})
        assert r.status_code == 422 and "upgrade or uninstall" in r.text
    finally:
        harness.kernel.unregister_plugin("legacy-trainer")


def test_training_job_produces_a_model_version(client, trained, project, dataset_version):
    assert trained["state"] == "succeeded" and trained["step"] == trained["total_steps"] == 12
    assert trained["latest_metrics"]["loss"] > 0 and "val_loss" in trained["latest_eval"]
    assert any("step 12/12" in line for line in trained["log_tail"])
    series = client.get(f"/api/training/jobs/{trained['id']}/metrics").json()["series"]
    assert [s for s, _ in series["loss"]] == list(range(1, 13))
    assert [s for s, _ in series["val_loss"]] == [6, 12]
    version = client.get(f"/api/models/custom/{trained['model_version_id']}").json()
    assert version["kind"] == "adapter" and version["method"] == "lora" and version["project_id"] == project
    assert version["metrics"]["val_loss"] > 0 and version["dataset_version_id"] == dataset_version
    listed = client.get("/api/models/custom", params={"project_id": project}).json()
    assert version["id"] in [v["id"] for v in listed["items"]]
    graph = client.get("/api/lineage", params={"kind": "model_version", "id": version["id"]})
    assert graph.status_code == 200, graph.text
    edges = {(e["src"]["kind"], e["relation"], e["dst"]["kind"]) for e in graph.json()["edges"]}
    assert {("dataset_version", "trained", "run"), ("run", "produced", "model_version")} <= edges


def test_resolve_model_contract(harness, trained):
    from llmworks_sdk.services import ModelRegistry, require_service

    registry = require_service(harness.kernel, ModelRegistry)
    with harness.kernel.db.session() as db:
        ref, owner = registry.resolve(db, f"custom:{trained['model_version_id']}")
        base, _ = registry.resolve(db, f"base:{DEMO_MODEL_NAME}")
    assert ref.path == base.path and list(ref.adapters) == [f"v{trained['model_version_id']}"] and owner is not None


@pytest.mark.slow
def test_cancel_keeps_a_checkpoint_and_resume_continues(harness, client, project):
    config = {"method": "lora", "max_steps": 150, "batch_size": 16, "checkpoint_every": 50, "val_fraction": 0}
    r = client.post(
        "/api/training/jobs", json={"project_id": project, "base_model": DEMO_MODEL_NAME, "rows": ROWS * 4, "config": config}
    )
    job_id = r.json()["id"]
    _wait(lambda: client.get(f"/api/training/jobs/{job_id}").json()["step"] >= 5, timeout=120)
    assert client.post(f"/api/training/jobs/{job_id}/cancel").status_code == 200
    job = harness.wait_for_job(client, job_id)
    assert job["state"] == "cancelled", job
    detail = client.get(f"/api/training/jobs/{job_id}").json()
    stopped_at = detail["last_checkpoint_step"]
    assert stopped_at is not None and 5 <= stopped_at < 150 and detail["model_version_id"] is None
    r = client.post(f"/api/training/jobs/{job_id}/resume")
    assert r.status_code == 200, r.text
    job = harness.wait_for_job(client, job_id, timeout=240)
    assert job["state"] == "succeeded", client.get(f"/api/jobs/{job_id}/log").json()["text"]
    log = client.get(f"/api/jobs/{job_id}/log").json()["text"]
    assert f"from step {stopped_at}" in log
    steps = [s for s, _ in client.get(f"/api/training/jobs/{job_id}/metrics", params={"keys": "loss"}).json()["series"]["loss"]]
    assert steps == list(range(1, 151))  # contiguous: nothing repeated, nothing missing


def test_presets_crud(client, project):
    r = client.post(
        "/api/training/presets", json={"project_id": project, "name": "quick", "config": {"method": "lora", "max_steps": 5}}
    )
    assert r.status_code == 201
    pid = r.json()["id"]
    assert client.post("/api/training/presets", json={"project_id": project, "name": "quick"}).status_code == 409
    assert (
        client.post("/api/training/presets", json={"project_id": project, "name": "bad", "config": {"lora_r": -1}}).status_code
        == 422
    )
    assert client.patch(f"/api/training/presets/{pid}", json={"description": "five steps"}).json()["description"] == "five steps"
    assert [p["name"] for p in client.get("/api/training/presets", params={"project_id": project}).json()["items"]] == ["quick"]
    body = {"project_id": project, "base_model": DEMO_MODEL_NAME, "rows": ROWS, "preset_id": pid, "config": {"max_steps": 3}}
    assert client.post("/api/training/validate", json=body).json()["config"]["max_steps"] == 3
    assert client.delete(f"/api/training/presets/{pid}").status_code == 204
    assert client.get(f"/api/training/presets/{pid}").status_code == 404


def test_evaluate_runs_through_the_tracking_plugin(harness, client, trained):
    pytest.importorskip("llmworks_tracking", reason="evaluations are run by the tracking plugin")
    vid = trained["model_version_id"]
    metrics = ["perplexity", "bleu", "rougeL"]
    r = client.post(f"/api/models/custom/{vid}/evaluate", json={"metrics": metrics, "rows": ROWS[:8], "max_new_tokens": 8})
    assert r.status_code == 201, r.text
    job = harness.wait_for_job(client, r.json()["job_id"], timeout=120)
    assert job["state"] == "succeeded", client.get(f"/api/jobs/{job['id']}/log").json()["text"]
    evaluation = client.get(f"/api/models/custom/{vid}").json()["evaluations"][0]
    assert evaluation["model"] == f"custom:{vid}" and evaluation["status"] == "succeeded"
    assert evaluation["results"]["perplexity"]["score"] > 1 and {"bleu", "rougeL"} <= set(evaluation["results"])
    assert evaluation["run_id"] is not None  # scores written on the training run
    assert client.post(f"/api/models/custom/{vid}/evaluate", json={"metrics": ["nope"], "rows": ROWS}).status_code == 422
    bad = client.post(f"/api/models/custom/{vid}/evaluate", json={"metrics": ["bleu"], "rows": [{"messages": 5}]})
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"] == ["body", "rows", 0]


@pytest.mark.parametrize(("fmt", "archive"), [("adapter", "tar.gz"), ("merged", "zip")])
def test_export_streams_an_archive_that_loads_back(client, trained, fmt, archive, tmp_path):
    vid = trained["model_version_id"]
    r = client.get(f"/api/models/custom/{vid}/export", params={"format": fmt, "archive": archive})
    assert r.status_code == 200, r.text
    assert r.headers["content-disposition"].endswith(f'.{archive}"')
    if archive == "zip":
        zipfile.ZipFile(io.BytesIO(r.content)).extractall(tmp_path)
    else:
        tarfile.open(fileobj=io.BytesIO(r.content), mode="r:gz").extractall(tmp_path, filter="data")
    (root,) = list(tmp_path.iterdir())
    if fmt == "adapter":
        assert (root / "adapter_model.safetensors").is_file()
    else:
        AutoModelForCausalLM.from_pretrained(root)
    assert client.get(f"/api/models/custom/{vid}/export", params={"format": "gguf"}).status_code == 422


def _tar_gz(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def test_upload_a_model_archive_and_refuse_unsafe_ones(client, project, demo_model):
    files = {f"tiny/{p.name}": p.read_bytes() for p in Path(demo_model).iterdir() if p.is_file()}
    r = client.post(
        "/api/models/available/upload", params={"name": "uploaded-tiny", "project_id": project}, content=_tar_gz(files)
    )
    assert r.status_code == 201, r.text
    assert r.json()["architecture"] == "GPT2LMHeadModel"
    assert any(m["name"] == "uploaded-tiny" for m in client.get("/api/models/available").json()["items"])
    evil = _tar_gz({"../../escape.txt": b"x", "config.json": b"{}"})
    r = client.post("/api/models/available/upload", params={"name": "evil", "project_id": project}, content=evil)
    assert r.status_code == 422 and "unsafe" in r.json()["detail"]
    bomb = _tar_gz({"config.json": b"{}", "weights.bin": b"\0" * (80 << 20)})
    r = client.post("/api/models/available/upload", params={"name": "bomb", "project_id": project}, content=bomb)
    assert r.status_code == 422 and "bomb" in r.json()["detail"]


def test_register_requires_an_admin_and_a_model_folder(harness, client, demo_model):
    r = client.post("/api/models/available", json={"path": str(demo_model), "name": "registered-tiny"})
    assert r.status_code == 201 and r.json()["parameters"] > 0
    assert client.post("/api/models/available", json={"path": "/etc", "name": "etc"}).status_code == 422
    assert client.post("/api/models/available", json={"path": "/tmp/\x00x", "name": "nul"}).status_code == 422
    bob = harness.create_user("bob")
    assert bob.post("/api/models/available", json={"path": str(demo_model), "name": "x"}).status_code == 403
    assert bob.get(f"/api/training/jobs/{10**6}").status_code == 404


def test_live_metrics_events_and_dashboard_figure(client, trained, project):
    events = client.get("/api/events/history", params={"type": "training.metrics", "project_id": project}).json()["items"]
    mine = [e for e in events if e["subject_id"] == str(trained["id"])]
    assert mine and mine[0]["data"]["step"] == 12 and "loss" in mine[0]["data"]["metrics"]
    created = client.get("/api/events/history", params={"type": "model_version.created"}).json()["items"]
    assert any(e["subject_id"] == str(trained["model_version_id"]) for e in created)
    figures = {f["name"]: f for f in client.get("/api/dashboard").json()["figures"]}
    assert figures["custom_models"]["value"] >= 1 and figures["custom_models"]["plugin"] == "models"


def test_onnx_export_through_the_onnx_plugin(harness, client, trained):
    pytest.importorskip("llmworks_onnx", reason="the onnx export target comes from the onnx plugin")
    r = client.get(f"/api/models/custom/{trained['model_version_id']}/export", params={"format": "onnx"})
    assert r.status_code == 200, r.text
    names = tarfile.open(fileobj=io.BytesIO(r.content), mode="r:gz").getnames()
    assert any(n.endswith("/model.onnx") for n in names) and any(n.endswith("/tokenizer.json") for n in names)


def test_counts_have_upper_bounds_and_server_paths_stay_private(harness, client, project):
    """Issue 9: max_steps and similar counts had no upper bound; every user saw model folders' server paths."""
    body = {"project_id": project, "base_model": DEMO_MODEL_NAME, "rows": ROWS}
    for field, value in (("max_steps", 10**12), ("checkpoint_every", 10**12), ("eval_every", 10**12), ("seed", -1)):
        r = client.post("/api/training/validate", json={**body, "config": {field: value}})
        assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "config", field], (field, r.text)
    user = harness.create_user("pathless")
    items = user.get("/api/models/available").json()["items"]
    assert items and all(m["path"] is None for m in items)
    assert next(m for m in client.get("/api/models/available").json()["items"] if m["name"] == DEMO_MODEL_NAME)["path"]


def test_export_formats_list_every_registered_target(client):
    """Issue 11: the UI offers every registered export format, not only 'merged'."""
    r = client.get("/api/training/export-formats")
    assert r.status_code == 200, r.text
    names = [f["name"] for f in r.json()["items"]]
    assert {"adapter", "merged", "safetensors"} <= set(names)
    assert all(f["description"] for f in r.json()["items"])
    # one route lists them, paged like every list (the deploy plugin's plain-list twin is gone)
    page = client.get("/api/training/export-formats", params={"limit": 1, "offset": 1}).json()
    assert page["items"] == r.json()["items"][1:2] and page["total"] == len(names) and page["limit"] == 1
    assert client.get("/api/plugins/deploy/export-formats").status_code == 404
