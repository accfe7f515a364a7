"""A local deployment enforces its project's safety policy on its own ``/v1``: a prompt the
policy blocks is a 400 naming the filter (the model never answers), and an answer the policy
blocks ends with ``finish_reason == "content_filter"`` without the blocked text."""

from __future__ import annotations

import re
import time

import httpx
import pytest

pytestmark = pytest.mark.slow


def greedy(demo_model, prompt: str, n: int) -> str:
    from llmworks_sdk import GenerationParams, ModelRef
    from llmworks_sdk.testing import inference_backend

    model = inference_backend("pytorch").load(ModelRef(key="ref", path=demo_model))
    try:
        return model.generate(prompt, GenerationParams(temperature=0, max_new_tokens=n, logprobs=False)).text
    finally:
        model.close()


def test_local_deployment_applies_the_project_policy(harness, admin, project_id, demo_model):
    prompt = "The pilot keeps the map"
    reference = greedy(demo_model, prompt, 12)
    words = [w for w in re.findall(r"[A-Za-z]{3,}", reference) if w.lower() not in prompt.lower()]
    assert words, reference
    banned = words[-1]  # a word the model says in answer to `prompt`, not in the prompt
    doc = (f"filters:\n  - name: banned_word\n    type: regex\n    pattern: '\\b{banned}\\b'\n    action: block\n")
    r = admin.post("/api/safety/yaml-filters", json={"project_id": project_id, "name": "deploy-rules", "yaml": doc})
    assert r.status_code == 201, r.text
    r = admin.post("/api/safety/policies", json={
        "project_id": project_id, "name": "default",
        "filters": {"offensive": {"action": "block"}, "banned_word": {"action": "block"}}})
    assert r.status_code == 201, r.text
    key = admin.post("/api/auth/api-keys", json={"name": "safety", "project_id": project_id}).json()["key"]

    r = admin.post("/api/plugins/deploy/deployments", json={
        "project_id": project_id, "name": "guarded", "target": "local", "model": "base:llmworks-demo-tiny",
        "settings": {"torch_threads": 1}})
    assert r.status_code == 201, r.text
    dep_id = r.json()["id"]
    end = time.monotonic() + 180
    while time.monotonic() < end:
        d = admin.get(f"/api/plugins/deploy/deployments/{dep_id}").json()
        if d["state"] in ("running", "failed"):
            break
        time.sleep(0.3)
    assert d["state"] == "running", admin.get(f"/api/plugins/deploy/deployments/{dep_id}/logs").json()["text"]
    url = d["outputs"]["openai_base_url"]
    headers = {"Authorization": f"Bearer {key}"}
    try:
        # the prompt is blocked: a 400 naming the filter, no completion
        r = httpx.post(f"{url}/completions", headers=headers, timeout=60,
                       json={"model": "guarded", "prompt": "tum c\u200bhutiya ho", "max_tokens": 4})
        assert r.status_code == 400, r.text
        assert "offensive" in r.json()["detail"] and "choices" not in r.json()
        # the answer is blocked: content_filter, without the banned word (non-streaming and streaming)
        r = httpx.post(f"{url}/completions", headers=headers, timeout=60,
                       json={"model": "guarded", "prompt": prompt, "max_tokens": 12, "temperature": 0})
        assert r.status_code == 200, r.text
        choice = r.json()["choices"][0]
        assert choice["finish_reason"] == "content_filter" and banned not in choice["text"], (choice, reference)
        with httpx.stream("POST", f"{url}/completions", headers=headers, timeout=60,
                          json={"model": "guarded", "prompt": prompt, "max_tokens": 12, "temperature": 0,
                                "stream": True}) as s:
            text = "".join(s.iter_text())
        assert '"finish_reason": "content_filter"' in text and banned not in text
        # both decisions are in the project's safety log, under the deployment's name
        items = admin.get("/api/safety/decisions", params={"project_id": project_id, "action": "block"}).json()["items"]
        assert any(i.get("route") == "guarded" for i in items), items
    finally:
        admin.post(f"/api/plugins/deploy/deployments/{dep_id}/stop")
