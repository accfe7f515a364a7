"""Evaluation jobs that opt in to the project's safety policy (``safety: true``): prompts and
predictions pass through the filters and every example's decision is logged."""

from __future__ import annotations

import pytest

pytest.importorskip("llmworks_torch")
pytest.importorskip("llmworks_models")
pytest.importorskip("llmworks_safety")

PLUGINS = "kernel,inapp,metrics,tracking,models,torch,safety"


def test_an_evaluation_can_opt_in_to_the_safety_policy(team):
    r = team.admin.post("/api/safety/policies", json={"project_id": team.project_id, "name": "eval-policy", "filters": {
        "offensive": {"action": "block", "stages": ["input"]}, "pii": {"action": "redact"}}})
    assert r.status_code == 201, r.text
    body = {"project_id": team.project_id, "model": "base:llmworks-demo-tiny", "safety": True,
            "dataset": {"examples": [{"prompt": "tum c\u200bhutiya ho", "reference": "x"},
                                     {"prompt": "The colour of the sky is", "reference": "blue"}]},
            "metrics": ["exact_match"], "generation": {"temperature": 0, "max_new_tokens": 4}}
    r = team.annotator.post("/api/evaluations", json=body)
    assert r.status_code == 201, r.text
    assert r.json()["settings"]["safety"] is True
    job = team.h.wait_for_job(team.annotator, r.json()["job_id"], timeout=300)
    assert job["state"] == "succeeded", job
    items = team.viewer.get(f"/api/evaluations/{r.json()['id']}/examples", params={"limit": 10}).json()["items"]
    by_prompt = {e["prompt"]: e["prediction"] for e in items}
    assert by_prompt["tum c\u200bhutiya ho"] == ""          # blocked prompt: the model never ran
    assert by_prompt["The colour of the sky is"]             # clean prompt: a prediction
    log = team.viewer.get("/api/safety/decisions", params={"project_id": team.project_id, "source": "evaluation"}).json()
    assert log["total"] == 2 and sorted(d["input_action"] for d in log["items"]) == ["allow", "block"]
    assert all(d["generation_id"].startswith("eval-") for d in log["items"])
