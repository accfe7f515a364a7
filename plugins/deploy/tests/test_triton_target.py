"""The "triton" target: the managed Triton server on an exported model repository, behind a
supervised serving process; it answers the OpenAI API with the tokens PyTorch gives."""

from __future__ import annotations

import time

import openai
import pytest
from llmworks_deploy.testing import register_versions

pytestmark = pytest.mark.slow


def test_triton_deployment_serves_the_model(harness, admin, project_id, demo_model, adapters):
    from llmworks_sdk import GenerationParams, ModelRef
    from llmworks_sdk.testing import inference_backend

    try:
        ok, why = inference_backend("triton").available()
    except LookupError:
        ok, why = False, "llmworks-triton is not installed"
    if not ok:
        pytest.skip(why)
    version = register_versions(harness, project_id, demo_model, {"attn": adapters["attn"]})["attn"]
    key = admin.post("/api/auth/api-keys", json={"name": "triton", "project_id": project_id}).json()["key"]
    r = admin.post("/api/plugins/deploy/deployments", json={"project_id": project_id, "name": "on-triton", "target": "triton",
                                                            "model": f"custom:{version}", "settings": {"torch_threads": 1}})
    assert r.status_code == 201, r.text
    end = time.monotonic() + 400
    while time.monotonic() < end:
        d = admin.get(f"/api/plugins/deploy/deployments/{r.json()['id']}").json()
        if d["state"] in ("running", "failed"):
            break
        time.sleep(0.5)
    logs = admin.get(f"/api/plugins/deploy/deployments/{d['id']}/logs", params={"tail": True}).json()["text"]
    assert d["state"] == "running", logs
    try:
        health = admin.get(f"/api/plugins/deploy/deployments/{d['id']}/health").json()
        assert health["ok"] and health["backend"] == "triton"
        assert (harness.home / "deployments" / str(d["id"]) / "triton-repository").is_dir()
        client = openai.OpenAI(api_key=key, base_url=d["outputs"]["openai_base_url"], max_retries=0)
        out = client.completions.create(model="on-triton", prompt="The pilot keeps the map", max_tokens=8, temperature=0)
        model = inference_backend("pytorch").load(ModelRef(key="ref", path=demo_model, adapters={"a": adapters["attn"]}))
        try:
            ref = model.generate("The pilot keeps the map", GenerationParams(temperature=0, max_new_tokens=8, logprobs=False),
                                 adapter="a")
        finally:
            model.close()
        assert out.model_extra["llmworks"]["token_ids"] == [t.token_id for t in ref.tokens]
    finally:
        assert admin.post(f"/api/plugins/deploy/deployments/{d['id']}/stop").json()["state"] == "stopped"
