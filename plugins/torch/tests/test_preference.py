"""DPO and reward-model trainers through the training API: validation (422 on rows or datasets
that are not preference pairs), a DPO job that publishes an adapter version whose preference
margin grows, a reward model that ranks held-out pairs, cancel + resume."""

from __future__ import annotations

import json
import random

import pytest
from llmworks_sdk.demo import DEMO_MODEL_NAME, demo_instruction_rows
from llmworks_torch.preference import reward_scores

KEYWORD = " indeed"


def preference_rows(n: int, seed: int) -> list[dict[str, str]]:
    """Pairs whose chosen answer carries KEYWORD: a preference a tiny model can learn."""
    rng = random.Random(seed)
    rows = []
    for r in demo_instruction_rows(n, seed=seed):
        other = rng.choice(demo_instruction_rows(8, seed=seed + 1))["completion"]
        rows.append({"prompt": r["prompt"], "chosen": KEYWORD + r["completion"], "rejected": other})
    return rows


def _job(client, project, method, rows, **config):
    body = {"project_id": project, "base_model": DEMO_MODEL_NAME, "method": method, "rows": rows, "config": config}
    return client.post("/api/training/jobs", json=body)


def test_methods_list_dpo_and_reward(client):
    methods = {m["name"]: m for m in client.get("/api/training/methods").json()["methods"]}
    for name in ("dpo", "reward"):
        assert methods[name]["available"], methods[name]
        assert "beta" in methods[name]["config_schema"]["properties"]


def test_bad_preference_inputs_are_422(client, project):
    r = _job(client, project, "dpo", [{"prompt": "a", "completion": "b"}], max_steps=2)
    assert r.status_code == 422, r.text
    assert any("chosen" in e["msg"] for e in r.json()["errors"])
    r = _job(client, project, "reward", [{"prompt": "a", "chosen": "", "rejected": "c"}], max_steps=2)
    assert r.status_code == 422, r.text
    r = _job(client, project, "dpo", preference_rows(4, 1), max_steps=2, beta=-1)
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["loc"][:3] == ["body", "config", "beta"]
    r = _job(client, project, "dpo", preference_rows(4, 1), max_steps=2, adapter="qlora")
    assert r.status_code == 422, r.text


def test_dpo_dataset_without_preference_columns_is_422(client, project):
    pytest.importorskip("llmworks_datasets")
    data = "\n".join(json.dumps({"prompt": f"p{i}", "completion": "c"}) for i in range(4)).encode()
    r = client.post("/api/datasets/upload", files={"file": ("pc.jsonl", data, "application/jsonl")},
                    data={"project_id": str(project), "name": "pc"})
    assert r.status_code == 201, r.text
    body = {"project_id": project, "base_model": DEMO_MODEL_NAME, "method": "dpo",
            "dataset_version_id": r.json()["id"], "config": {"max_steps": 2}}
    r = client.post("/api/training/jobs", json=body)
    assert r.status_code == 422, r.text
    assert "prompt, chosen and rejected" in r.text


def test_dpo_job_publishes_an_adapter_version(harness, client, project):
    r = _job(client, project, "dpo", preference_rows(48, 2), max_steps=12, learning_rate=5e-3, batch_size=8)
    assert r.status_code == 201, r.text
    job = harness.wait_for_job(client, r.json()["id"], timeout=240)
    assert job["state"] == "succeeded", client.get(f"/api/jobs/{job['id']}/log").json()["text"]
    result = job["result"]
    version = client.get(f"/api/models/custom/{result['model_version_id']}").json()
    assert version["method"] == "dpo" and version["kind"] == "adapter"
    # the policy starts as the reference (margin 0): the chosen answers' reward margin grows
    series = client.get(f"/api/training/jobs/{job['id']}/metrics", params={"keys": "rewards/margins,rewards/accuracies"}
                        ).json()["series"]
    margins = [v for _, v in series["rewards/margins"]]
    assert len(margins) == 12, series
    start, end = sum(margins[:3]) / 3, sum(margins[-3:]) / 3
    assert margins[0] == pytest.approx(0.0, abs=1e-6) and end > start + 0.05 and end > 0, margins
    accuracies = [v for _, v in series["rewards/accuracies"]]
    assert sum(accuracies[-3:]) / 3 > sum(accuracies[:3]) / 3, accuracies


@pytest.fixture(scope="module")
def reward_version(harness, client, project):
    """A reward model trained on KEYWORD pairs: (model version, its folder)."""
    r = _job(client, project, "reward", preference_rows(64, 3), max_steps=16, learning_rate=5e-3, adapter="full")
    assert r.status_code == 201, r.text
    job = harness.wait_for_job(client, r.json()["id"], timeout=240)
    assert job["state"] == "succeeded", client.get(f"/api/jobs/{job['id']}/log").json()["text"]
    version = client.get(f"/api/models/custom/{job['result']['model_version_id']}").json()
    return version, harness.kernel.settings.home / "custom-models" / f"job-{job['id']}"


def test_reward_model_ranks_held_out_pairs(reward_version):
    version, folder = reward_version
    assert version["method"] == "reward" and version["kind"] == "full"
    held_out = preference_rows(40, 99)
    chosen = reward_scores(folder, [(p["prompt"], p["chosen"]) for p in held_out])
    rejected = reward_scores(folder, [(p["prompt"], p["rejected"]) for p in held_out])
    accuracy = sum(c > r for c, r in zip(chosen, rejected, strict=True)) / len(held_out)
    assert accuracy > 0.75, accuracy


def test_the_reward_model_is_an_evaluation_metric(harness, client, project, reward_version):
    version, folder = reward_version
    examples = [{"prompt": r["prompt"], "reference": r["chosen"]} for r in preference_rows(4, 98)]
    body = {"project_id": project, "model": f"base:{DEMO_MODEL_NAME}", "dataset": {"examples": examples},
            "metrics": ["reward_model", "token_f1"], "generation": {"temperature": 0, "max_new_tokens": 6},
            "metric_options": {"reward_model": {"reward_model": f"custom:{version['id']}"}}}
    bad = [
        ({"metric_options": {}}, 422, "metric_options {'reward_model'"),
        ({"metric_options": {"reward_model": {"reward_model": "custom:999999"}}}, 404, "999999"),
        ({"metric_options": {"reward_model": {"model": "custom:1"}}}, 422, "unknown option"),
        ({"metric_options": {"token_f1": {"x": 1}}}, 422, "takes no options"),
        ({"metric_options": {"bleu": {}}}, 422, "not among the evaluation's metrics"),
    ]
    dpo = _job(client, project, "dpo", preference_rows(8, 5), max_steps=1, batch_size=8)
    dpo_job = harness.wait_for_job(client, dpo.json()["id"], timeout=240)
    bad.append(({"metric_options": {"reward_model": {"reward_model": f"custom:{dpo_job['result']['model_version_id']}"}}},
                422, "not 'reward'"))
    for over, status, msg in bad:
        if over["metric_options"] == {}:  # no options: the metric cannot score, the job says why
            r = client.post("/api/evaluations", json={**body, **over})
            assert r.status_code == 201, r.text
            job = harness.wait_for_job(client, r.json()["job_id"], timeout=240)
            assert job["state"] == "failed" and msg in client.get(f"/api/evaluations/{r.json()['id']}").json()["error"]
            continue
        r = client.post("/api/evaluations", json={**body, **over})
        assert r.status_code == status and msg in r.text, (over, r.text)
    r = client.post("/api/evaluations", json=body)
    assert r.status_code == 201, r.text
    assert r.json()["settings"]["metric_options"] == {"reward_model": {"reward_model": f"custom:{version['id']}"}}
    job = harness.wait_for_job(client, r.json()["job_id"], timeout=240)
    assert job["state"] == "succeeded", client.get(f"/api/jobs/{job['id']}/log").json()["text"]
    ev = client.get(f"/api/evaluations/{r.json()['id']}").json()
    result = ev["results"]["reward_model"]
    assert result["details"] == {"reward_model": f"custom:{version['id']}"} and result["higher_is_better"] is True
    items = client.get(f"/api/evaluations/{ev['id']}/examples", params={"limit": 10}).json()["items"]
    items.sort(key=lambda e: e["index"])
    expected = reward_scores(folder, [(e["prompt"], e["prediction"]) for e in items])
    assert [e["scores"]["reward_model"] for e in items] == pytest.approx(expected, abs=1e-4)
    assert result["score"] == pytest.approx(sum(expected) / len(expected), abs=1e-4)


@pytest.mark.slow
def test_dpo_cancel_keeps_a_checkpoint_and_resume_continues(harness, client, project):
    import time

    r = _job(client, project, "dpo", preference_rows(32, 4), max_steps=200, batch_size=4, learning_rate=1e-3)
    assert r.status_code == 201, r.text
    job_id = r.json()["id"]
    deadline = time.monotonic() + 180
    while client.get(f"/api/training/jobs/{job_id}").json()["step"] < 3:
        assert time.monotonic() < deadline, client.get(f"/api/jobs/{job_id}/log").json()["text"]
        time.sleep(0.2)
    assert client.post(f"/api/training/jobs/{job_id}/cancel").status_code == 200
    job = harness.wait_for_job(client, job_id, timeout=120)
    assert job["state"] == "cancelled", client.get(f"/api/jobs/{job_id}/log").json()["text"]
    stopped_at = client.get(f"/api/training/jobs/{job_id}").json()["last_checkpoint_step"]
    assert stopped_at is not None and 3 <= stopped_at < 200
    assert client.post(f"/api/training/jobs/{job_id}/resume").status_code == 200
    job = harness.wait_for_job(client, job_id, timeout=240)
    log = client.get(f"/api/jobs/{job_id}/log").json()["text"]
    assert job["state"] == "succeeded", log
    assert f"from step {stopped_at}" in log
    steps = [s for s, _ in client.get(f"/api/training/jobs/{job_id}/metrics", params={"keys": "loss"}).json()["series"]["loss"]]
    assert steps == list(range(1, 201))


def test_overlong_pairs_are_counted_and_a_reward_job_with_only_overlong_pairs_fails_clearly(harness, client, project):
    rows = preference_rows(8, 4)
    r = _job(client, project, "reward", rows, max_steps=2, max_length=8, adapter="full")
    assert r.status_code == 201, r.text
    job = harness.wait_for_job(client, r.json()["id"], timeout=240)
    log = client.get(f"/api/jobs/{job['id']}/log").json()["text"]
    assert job["state"] == "failed" and "longer than max_length=8 tokens" in log, log
    # one short pair among long ones: trained on, and the job says how many were left out
    short = {"prompt": "hi", "chosen": " yes", "rejected": " no"}
    r = _job(client, project, "reward", [*rows, short] * 2, max_steps=2, max_length=12, adapter="full", batch_size=2)
    job = harness.wait_for_job(client, r.json()["id"], timeout=240)
    log = client.get(f"/api/jobs/{job['id']}/log").json()["text"]
    assert job["state"] == "succeeded", log
    assert "16 of 18 pairs are longer than max_length=12 tokens (prompt + response) and are left out" in log, log
