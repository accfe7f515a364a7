"""The adapter manager: an adapter trained elsewhere (made here with peft directly) is uploaded,
validated against its base, served by a local deployment with the same tokens as peft
in-process, attached to a running deployment without reloading the base, disabled (then
refused by routes and deployments) and enabled again; mismatched adapters and unsafe archives
are clear 4xx answers."""

from __future__ import annotations

import io
import json
import tarfile
import time
import zipfile
from pathlib import Path

import openai
import pytest
from llmworks_deploy.adapters import pack
from llmworks_deploy.testing import make_adapter, peft_tokens

PROMPT = "The pilot keeps the map"
URL = "/api/plugins/deploy/adapters"


def upload(client, project_id, name, data, base="base:llmworks-demo-tiny", **params):
    return client.post(URL, params={"project_id": project_id, "name": name, "base_model": base, **params}, content=data,
                       headers={"content-type": "application/zip"})


def served_ids(completion) -> list[int]:
    return completion.model_extra["llmworks"]["token_ids"]


@pytest.fixture(scope="module")
def key(admin, project_id):
    return admin.post("/api/auth/api-keys", json={"name": "adapters", "project_id": project_id}).json()["key"]


def wait_running(client, dep_id, timeout=240):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        d = client.get(f"/api/plugins/deploy/deployments/{dep_id}").json()
        if d["state"] in ("running", "failed"):
            return d
        time.sleep(0.3)
    raise AssertionError(d)


def test_mismatched_adapters_and_unsafe_archives_are_4xx(admin, project_id, tmp_path_factory, adapters):
    root = Path(tmp_path_factory.getbasetemp())
    from llmworks_sdk.testing import session_demo_model

    llama = session_demo_model(tmp_path_factory, "llama")
    absent = make_adapter(llama, root / "deploy-lora-llama", 3, ["q_proj"], 4)  # modules GPT-2 does not have
    r = upload(admin, project_id, "llama-one", pack(absent))
    assert r.status_code == 422 and "absent from the base" in r.json()["detail"], r.text

    # same module names, shapes of another base (wider hidden size): wrong base
    from safetensors.numpy import load_file, save_file

    wrong = root / "deploy-lora-wrong"
    wrong.mkdir(exist_ok=True)
    (wrong / "adapter_config.json").write_text((adapters["attn"] / "adapter_config.json").read_text())
    tensors = {k: (v if "lora_B" in k else v.repeat(2, axis=1)) for k, v in
               load_file(adapters["attn"] / "adapter_model.safetensors").items()}
    save_file(tensors, wrong / "adapter_model.safetensors")
    r = upload(admin, project_id, "wrong-base", pack(wrong))
    assert r.status_code == 422 and "wrong base model" in r.json()["detail"], r.text

    # a wrong expected base fingerprint
    r = upload(admin, project_id, "fp", pack(adapters["attn"]), base_hash="0" * 64)
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "base_hash"]

    # archives: traversal, a link, a bomb, garbage, a missing file, an unknown base
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../adapter_config.json", "{}")
        zf.writestr("adapter_model.safetensors", b"x")
    r = upload(admin, project_id, "trav", buf.getvalue())
    assert r.status_code == 422 and "outside the archive" in r.json()["detail"]
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        info = tarfile.TarInfo("adapter_config.json")
        info.type = tarfile.SYMTYPE
        info.linkname = "/etc/passwd"
        tf.addfile(info)
    r = upload(admin, project_id, "link", buf.getvalue())
    assert r.status_code == 422 and "link" in r.json()["detail"]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("adapter_config.json", json.dumps({"peft_type": "LORA", "r": 4}))
        zf.writestr("adapter_model.safetensors", b"\0" * (64 * 1024 * 1024))
    r = upload(admin, project_id, "bomb", buf.getvalue())
    assert r.status_code == 422 and "zip bomb" in r.json()["detail"], r.text
    assert upload(admin, project_id, "junk", b"not an archive").status_code == 422
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("adapter_config.json", "{}")
    r = upload(admin, project_id, "half", buf.getvalue())
    assert r.status_code == 422 and "lacks adapter_model.safetensors" in r.json()["detail"]
    r = upload(admin, project_id, "nobase", pack(adapters["attn"]), base="base:no-such-model")
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["query", "base_model"]
    assert admin.get(URL, params={"project_id": project_id}).json()["total"] == 0


@pytest.mark.slow
def test_uploaded_adapter_serves_peft_tokens_attaches_live_and_disables(harness, admin, project_id, key, demo_model,
                                                                        adapters):
    r = upload(admin, project_id, "attn", pack(adapters["attn"]))
    assert r.status_code == 201, r.text
    attn = r.json()
    assert attn["rank"] == 4 and attn["target_modules"] == ["c_attn"] and attn["enabled"] and attn["modules"] == 2
    assert upload(admin, project_id, "attn", pack(adapters["attn"])).status_code == 409
    mlp = upload(admin, project_id, "mlp", pack(adapters["mlp"], "tar")).json()
    listed = admin.get(URL, params={"project_id": project_id, "base_model": "base:llmworks-demo-tiny"}).json()
    assert [a["name"] for a in listed["items"]] == ["attn", "mlp"]
    assert harness.create_user("eve-adapters").get(f"{URL}/{attn['id']}").status_code == 404

    # the base with the uploaded adapter, deployed locally: the same tokens as peft in-process
    r = admin.post("/api/plugins/deploy/deployments", json={
        "project_id": project_id, "name": "adapted", "target": "local", "model": "base:llmworks-demo-tiny",
        "adapters": [attn["id"]], "settings": {"torch_threads": 1}})
    assert r.status_code == 201, r.text
    dep = wait_running(admin, r.json()["id"])
    assert dep["state"] == "running", dep
    client = openai.OpenAI(api_key=key, base_url=dep["outputs"]["openai_base_url"], max_retries=0)
    served = client.completions.create(model="adapted", prompt=PROMPT, max_tokens=8, temperature=0)
    assert served_ids(served) == peft_tokens(demo_model, adapters["attn"])
    pid = admin.get(f"/api/plugins/deploy/deployments/{dep['id']}/health").json()["pid"]

    # attach a second adapter to the loaded base, without reloading it
    r = admin.post(f"{URL}/{mlp['id']}/attach", json={"deployment_id": dep["id"]})
    assert r.status_code == 200, r.text
    assert r.json()["served_as"] == f"adapted:a{mlp['id']}"
    live = client.completions.create(model=f"adapted:a{mlp['id']}", prompt=PROMPT, max_tokens=8, temperature=0)
    assert served_ids(live) == peft_tokens(demo_model, adapters["mlp"])
    health = admin.get(f"/api/plugins/deploy/deployments/{dep['id']}/health").json()
    assert health["pid"] == pid and f"a{mlp['id']}" in health["adapters"]

    # disabled: refused by routes, generation and deployments; enabled again: usable
    assert admin.patch(f"{URL}/{attn['id']}", json={"enabled": False}).json()["enabled"] is False
    r = admin.post("/api/inference/routes", json={"project_id": project_id, "name": "uses-attn", "model": attn["model"]})
    assert r.status_code == 422 and "disabled" in r.json()["detail"], r.text
    r = admin.post("/api/plugins/deploy/deployments", json={"project_id": project_id, "name": "again", "target": "local",
                                                            "model": "base:llmworks-demo-tiny", "adapters": [attn["id"]]})
    assert r.status_code == 422 and "disabled" in r.json()["detail"]
    r = admin.post(f"{URL}/{attn['id']}/attach", json={"deployment_id": dep["id"]})
    assert r.status_code == 422
    assert admin.patch(f"{URL}/{attn['id']}", json={"enabled": True}).json()["enabled"] is True
    r = admin.post("/api/inference/routes", json={"project_id": project_id, "name": "uses-attn", "model": attn["model"]})
    assert r.status_code == 201, r.text
    assert admin.post(f"/api/plugins/deploy/deployments/{dep['id']}/stop").json()["state"] == "stopped"


@pytest.mark.slow
def test_compare_base_and_adapters_in_one_report(harness, admin, project_id, adapters):
    """Self-contained (uploads its own adapters); with each backend: pytorch, and onnx when the
    onnx plugin is installed here."""
    ids = {}
    for name in ("attn", "mlp"):
        r = upload(admin, project_id, f"cmp-{name}", pack(adapters[name]))
        assert r.status_code == 201, r.text
        ids[name] = r.json()["id"]
    import importlib.util

    onnx = "onnxruntime"  # the onnx plugin's backend
    found = harness.kernel.registry.inference_backends.get(onnx)
    if importlib.util.find_spec("llmworks_onnx") is not None:
        assert found is not None and found.available()[0], "the onnx plugin is installed: its backend must run here"
    backends = ["pytorch", onnx] if found is not None and found.available()[0] else ["pytorch"]
    rows = b"".join(json.dumps({"prompt": p, "completion": c}).encode() + b"\n" for p, c in
                    [("The pilot keeps", " the map"), ("Once upon", " a time"), ("The sky", " is blue")])
    r = admin.post("/api/datasets/upload", data={"project_id": str(project_id), "name": "cmp-rows"},
                   files={"file": ("rows.jsonl", rows, "application/octet-stream")})
    assert r.status_code == 201, r.text
    version_id = r.json()["id"]
    bad = admin.post(f"{URL}/compare", json={"project_id": project_id, "base_model": "base:llmworks-demo-tiny",
                                             "candidates": [{"label": "base"}, {"label": "x", "adapter_id": 99999}]})
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"] == ["body", "candidates", 1, "adapter_id"]
    bad = admin.post(f"{URL}/compare", json={"project_id": project_id, "base_model": "base:llmworks-demo-tiny",
                                             "candidates": [{"label": "base"}, {"label": "attn", "adapter_id": ids["attn"]}],
                                             "metrics": ["no_such_metric"], "dataset_version_id": version_id})
    assert bad.status_code == 422 and "unknown metric" in bad.json()["detail"]
    r = admin.post(f"{URL}/compare", json={
        "project_id": project_id, "base_model": "base:llmworks-demo-tiny", "max_new_tokens": 6, "repeats": 2,
        "candidates": [{"label": "base"}, {"label": "attn", "adapter_id": ids["attn"]}, {"label": "mlp", "adapter_id": ids["mlp"]}],
        "backends": backends, "metrics": ["exact_match", "token_f1", "perplexity"], "dataset_version_id": version_id})
    assert r.status_code == 202, r.text
    job = harness.wait_for_job(admin, r.json()["job_id"], timeout=600)
    assert job["state"] == "succeeded", job
    report = admin.get(f"{URL}/compare/{r.json()['job_id']}").json()
    rows = {(x["label"], x["backend"]): x for x in report["results"]}
    assert set(rows) == {(label, b) for label in ("base", "attn", "mlp") for b in backends}
    for (_, backend), x in rows.items():
        assert x["latency_ms_mean"] > 0 and x["tokens_per_second"] > 0
        if backend == "pytorch":
            assert set(x["metrics"]) >= {"exact_match", "token_f1", "perplexity"} and not x["unavailable"]
        else:  # onnxruntime gives no token log-probabilities: perplexity is reported missing, the rest is scored
            assert set(x["metrics"]) >= {"exact_match", "token_f1"}
            assert "perplexity" in x["unavailable"] and "log-probabilities" in x["unavailable"]["perplexity"]
    for b in backends:
        assert rows[("base", b)]["samples"] != rows[("attn", b)]["samples"]  # the adapter changes the output
    if onnx in backends:  # the same greedy tokens from both backends, for the base and each adapter
        for label in ("base", "attn", "mlp"):
            assert rows[(label, onnx)]["samples"] == rows[(label, "pytorch")]["samples"], label
    page = admin.get(f"{URL}/compare/{r.json()['job_id']}/report")
    assert page.status_code == 200 and page.text.count("<svg") == 5 and "Tokens per second" in page.text
    assert page.text.count(f"({onnx})") >= (3 if onnx in backends else 0)
    if onnx in backends:  # a metric the backend cannot give says so, and is neither NaN nor a bar of 0
        assert "n/a: " in page.text and "log-probabilities" in page.text and "nan" not in page.text
        assert page.text.count("n/a on this backend") == 3
    assert harness.create_user("mallory-cmp").get(f"{URL}/compare/{r.json()['job_id']}").status_code == 404
