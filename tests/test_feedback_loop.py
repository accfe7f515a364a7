"""The RLHF loop closes through the REST API (issue 14 acceptance):

campaign on the demo model's generations → three scripted annotators with a learnable
preference (more of the keyword "e" is better) and one noisy annotator → agreement (the noisy
annotator is flagged) → export (outliers left out) → a DPO job → a new model version → a second
campaign on held-out prompts, base vs new: the new version's candidates win the preference by
a clear margin. A reward model trained on the same export ranks held-out pairs better than chance.
"""

from __future__ import annotations

import os
import random
import uuid
from itertools import product

import pytest
from llmworks_sdk.demo import DEMO_MODEL_NAME, build_demo_model, demo_corpus
from llmworks_sdk.testing import KernelHarness

pytestmark = pytest.mark.slow
KEYWORD = "e"
# Sentence starts (three words of a longer demo sentence): the model continues them instead of
# ending at once, so candidates differ and most pairs have a preferred side.
PROMPTS = list(dict.fromkeys(" ".join(s.split()[:3]) for s in demo_corpus(600, seed=5) if len(s.split()) > 4))
TRAIN, HELD_OUT = PROMPTS[:40], PROMPTS[40:70]
# Full fine-tunes of the pre-trained demo model (about 10 s each on one CPU core).
DPO = {"max_steps": 120, "learning_rate": 1e-2}
REWARD = {"max_steps": 120, "learning_rate": 5e-3}
GOLD = [{"prompt": f"gold {i}", "candidates": ["eee eee eee", "xyz"], "ranking": [0, 1]} for i in range(3)]


def score(text: str) -> int:
    return text.count(KEYWORD)


@pytest.fixture(scope="module")
def h(tmp_path_factory):
    home = tmp_path_factory.mktemp("loop")
    build_demo_model(home / "models" / DEMO_MODEL_NAME, arch="gpt2", seed=0)
    env = {"LLMWORKS_LOAD_PLUGINS": "kernel,inapp,models,torch,datasets,feedback", "LLMWORKS_TORCH_THREADS": "1"}
    with KernelHarness(home, env=env, database_url=os.environ.get("LLMWORKS_TEST_DATABASE_URL")) as harness:
        yield harness


def generator(label, model):
    return {"label": label, "model": model, "generation": {"max_new_tokens": 12, "temperature": 1.0}}


def make_campaign(h, admin, pid, name, prompts, generators, annotators, **over):
    body = {"project_id": pid, "name": name, "tasks": ["rank"], "generators": generators, "prompts": {"inline": prompts},
            "samples_per_prompt": 2, "annotators_per_item": len(annotators), "annotators": annotators, "seed": 3} | over
    r = admin.post("/api/feedback/campaigns", json=body)
    assert r.status_code == 201, r.text
    job = h.wait_for_job(admin, r.json()["job_id"], timeout=300)
    assert job["state"] == "succeeded", admin.get(f"/api/jobs/{job['id']}/log").json()["text"]
    return r.json()["id"]


def train(h, admin, pid, method, version_id, **config):
    body = {"project_id": pid, "base_model": DEMO_MODEL_NAME, "method": method, "dataset_version_id": version_id,
            "config": {"adapter": "full", "batch_size": 8, "seed": 1} | config}
    r = admin.post("/api/training/jobs", json=body)
    assert r.status_code == 201, r.text
    job = h.wait_for_job(admin, r.json()["id"], timeout=400)
    assert job["state"] == "succeeded", admin.get(f"/api/jobs/{job['id']}/log").json()["text"]
    return job["result"]["model_version_id"], job["id"]


def test_the_loop_closes(h):
    admin = h.login()
    tag = uuid.uuid4().hex[:6]
    pid = admin.post("/api/projects", json={"name": f"loop {tag}"}).json()["id"]
    names = [f"good{i}-{tag}" for i in range(3)] + [f"noisy-{tag}"]
    people = {}
    for n in names:
        people[n] = h.create_user(n)
        assert admin.post(f"/api/projects/{pid}/members", json={"username": n, "role": "labeler"}).status_code == 201

    base = f"base:{DEMO_MODEL_NAME}"
    cid = make_campaign(h, admin, pid, "loop", TRAIN, [generator("a", base), generator("b", base)], names, gold_items=GOLD)
    rng = random.Random(0)
    for n, client in people.items():
        for task in client.get(f"/api/feedback/campaigns/{cid}/queue").json()["items"]:
            cands = [c["id"] for c in task["candidates"]]
            if n.startswith("noisy"):
                rng.shuffle(cands)
                ranking = cands
            else:
                text = {c["id"]: c["text"] for c in task["candidates"]}
                ranking = sorted(cands, key=lambda c: (-score(text[c]), c))
            r = client.put(f"/api/feedback/assignments/{task['assignment_id']}/answer",
                           json={"ranking": ranking, "seconds": 1.0 + rng.random()})
            assert r.status_code == 200, r.text

    quality = admin.get(f"/api/feedback/campaigns/{cid}/quality").json()
    flagged = {p["username"] for p in quality["annotators"] if p["outlier"]}
    assert flagged == {f"noisy-{tag}"}, quality["annotators"]

    export = admin.post(f"/api/feedback/campaigns/{cid}/export", json={"kind": "preference"})
    assert export.status_code == 201, export.text
    version_id = export.json()["dataset_version_id"]
    assert export.json()["rows"] >= 100

    dpo_version, _ = train(h, admin, pid, "dpo", version_id, **DPO)
    reward_version, reward_job = train(h, admin, pid, "reward", version_id, **REWARD)

    # held-out prompts: base vs the new version, candidates generated by the platform
    held = make_campaign(h, admin, pid, "held-out", HELD_OUT, [generator("base", base), generator("new", f"custom:{dpo_version}")],
                         names[:1], annotators_per_item=1)
    items = admin.get(f"/api/feedback/campaigns/{held}/items", params={"limit": 100}).json()["items"]
    wins = losses = 0
    pairs = []
    for it in items:
        by = {"base": [], "new": []}
        for c in it["candidates"]:
            by[c["generator"]].append(c["text"])
        for new, old in product(by["new"], by["base"]):
            wins += score(new) > score(old)
            losses += score(new) < score(old)
            if score(new) != score(old):
                pairs.append((it["prompt"], new, old) if score(new) > score(old) else (it["prompt"], old, new))
    comparisons = len(items) * 4
    print(f"held-out: new wins {wins}, loses {losses} of {comparisons}")
    assert (wins - losses) / comparisons >= 0.25, (wins, losses, comparisons)

    from llmworks_torch.preference import reward_scores

    folder = h.kernel.settings.home / "custom-models" / f"job-{reward_job}"
    chosen = reward_scores(folder, [(p, c) for p, c, _ in pairs])
    rejected = reward_scores(folder, [(p, r) for p, _, r in pairs])
    accuracy = sum(c > r for c, r in zip(chosen, rejected, strict=True)) / len(pairs)
    print(f"reward model: {accuracy:.2f} of {len(pairs)} held-out pairs ranked right")
    assert accuracy > 0.6, accuracy

    # the reward model as an A/B signal on the held-out campaign: the new version out-scores the base
    r = admin.post(f"/api/feedback/campaigns/{held}/reward", json={"reward_model": f"custom:{reward_version}"})
    assert r.status_code == 200, r.text
    versus = r.json()["versus"][0]
    assert (versus["a"], versus["b"]) == ("base", "new") and versus["a_wins"] < 0.4, r.json()
    r = admin.post(f"/api/feedback/campaigns/{held}/reward", json={"reward_model": f"custom:{dpo_version}"})
    assert r.status_code == 422 and "not 'reward'" in r.text
