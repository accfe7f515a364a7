"""``POST /api/feedback/reward/score``: a trained reward model (method ``reward``) scores the
responses to a prompt; who may ask, and clear 4xx for references that are not reward models."""

from __future__ import annotations

import pytest

PAIRS = [{"prompt": f"Question {i}:", "chosen": " yes indeed, gladly", "rejected": " no"} for i in range(8)]


@pytest.fixture(scope="module")
def reward_model(team):
    body = {"project_id": team.project_id, "base_model": "llmworks-demo-tiny", "method": "reward", "rows": PAIRS,
            "config": {"max_steps": 2, "batch_size": 4, "adapter": "full"}}
    r = team.admin.post("/api/training/jobs", json=body)
    assert r.status_code == 201, r.text
    job = team.h.wait_for_job(team.admin, r.json()["id"], timeout=240)
    assert job["state"] == "succeeded", team.admin.get(f"/api/jobs/{job['id']}/log").json()["text"]
    return f"custom:{job['result']['model_version_id']}"


def test_reward_score(team, reward_model):
    body = {"project_id": team.project_id, "reward_model": reward_model, "prompt": "Question 9:",
            "responses": [" no", " yes indeed, gladly", " no"]}
    r = team.annotator.post("/api/feedback/reward/score", json=body)
    assert r.status_code == 200, r.text
    out = r.json()
    assert len(out["scores"]) == 3 and out["scores"][0] == pytest.approx(out["scores"][2], abs=1e-5)
    assert out["best"] == max(range(3), key=out["scores"].__getitem__)
    assert team.admin.post("/api/feedback/reward/score", json=body).json()["scores"] == pytest.approx(out["scores"], abs=1e-5)


def test_reward_score_bad_inputs(team, reward_model):
    body = {"project_id": team.project_id, "reward_model": reward_model, "prompt": "p", "responses": ["a"]}
    url = "/api/feedback/reward/score"
    for over, status, msg in [({"reward_model": "llmworks-demo-tiny"}, 422, "custom:<id>"),
                              ({"reward_model": "custom:999999"}, 404, "999999"),
                              ({"responses": []}, 422, "responses"),
                              ({"project_id": team.other_project}, 422, "another project")]:
        r = team.admin.post(url, json={**body, **over})
        assert r.status_code == status and msg in r.text, (over, r.text)
    assert team.viewer.post(url, json=body).status_code == 403
    assert team.outsider.post(url, json=body).status_code in (403, 404)
