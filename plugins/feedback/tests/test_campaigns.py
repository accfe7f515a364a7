"""Campaigns through the REST API: generation job, blind and shuffled assignment with r
annotators and gold items, answers saved at once (drafts kept), bad answers as 422/403,
history, agreement figures, export to dataset versions with lineage, and the labeler role."""

from __future__ import annotations

import pytest

PROMPTS = [f"The farmer {w}" for w in ("reads", "paints", "finds", "carries", "sells", "hides")]
GOLD = [{"prompt": "What colour is the sky?", "candidates": ["The sky is blue.", "Seven cats sing."], "ranking": [0, 1]},
        {"prompt": "What is one plus one?", "candidates": ["Blue green.", "One plus one is two."], "ranking": [1, 0]}]


def campaign_body(team, name, **over):
    body = {
        "project_id": team.project_id, "name": name, "tasks": ["rank", "score", "pairwise"],
        "rubric": [{"name": "helpful"}, {"name": "fluent"}],
        "generators": [{"label": "demo-a", "model": "base:llmworks-demo-tiny", "generation": {"max_new_tokens": 6, "temperature": 1.0}},
                       {"label": "demo-b", "model": "base:llmworks-demo-tiny", "generation": {"max_new_tokens": 6, "temperature": 0.7}}],
        "prompts": {"inline": PROMPTS}, "samples_per_prompt": 1, "annotators_per_item": 2,
        "annotators": team.names[:3], "gold_items": GOLD, "seed": 7,
    }
    return body | over


@pytest.fixture(scope="module")
def campaign(team):
    r = team.admin.post("/api/feedback/campaigns", json=campaign_body(team, "c1"))
    assert r.status_code == 201, r.text
    job = team.h.wait_for_job(team.admin, r.json()["job_id"], timeout=180)
    assert job["state"] == "succeeded", team.admin.get(f"/api/jobs/{job['id']}/log").json()["text"]
    c = team.admin.get(f"/api/feedback/campaigns/{r.json()['id']}").json()
    assert c["status"] == "ready" and c["items"] == len(PROMPTS) + len(GOLD)
    return c


def full_answer(task, best_first):
    ids = best_first
    return {"ranking": ids, "scores": {str(c): {"helpful": 7 - i, "fluent": 6} for i, c in enumerate(ids)},
            "preferred": next(c for c in ids if c in task["pair"]), "seconds": 2.5}


def test_assignment_is_blind_shuffled_and_covers_r_annotators(team, campaign):
    queues = [lab.get(f"/api/feedback/campaigns/{campaign['id']}/queue").json() for lab in team.labelers[:3]]
    # r = 2 annotators per regular item, every annotator gets every gold item
    assert sum(q["total"] for q in queues) == len(PROMPTS) * 2 + len(GOLD) * 3
    for q in queues:
        for task in q["items"]:
            assert all(c.get("generator") is None for c in task["candidates"])  # blind
            assert "is_gold" not in task
    # the same item is shown in different candidate orders to different annotators (seeded shuffle)
    orders: dict[str, list[list[int]]] = {}
    for q in queues:
        for task in q["items"]:
            orders.setdefault(task["prompt"], []).append([c["id"] for c in task["candidates"]])
    assert any(len({tuple(o) for o in os}) > 1 for os in orders.values())
    # maintainers see the generators, labelers and viewers do not
    assert team.admin.get(f"/api/feedback/campaigns/{campaign['id']}").json()["generators"]
    items = team.viewer.get(f"/api/feedback/campaigns/{campaign['id']}/items").json()["items"]
    assert items and all(c["generator"] is None for it in items for c in it["candidates"])


def test_answers_are_saved_at_once_drafts_survive_and_edits_are_history(team, campaign):
    lab = team.labelers[0]
    q = lab.get(f"/api/feedback/campaigns/{campaign['id']}/queue").json()
    task = q["items"][0]
    ids = [c["id"] for c in task["candidates"]]
    r = lab.put(f"/api/feedback/assignments/{task['assignment_id']}/draft", json={"draft": {"ranking": ids[:1]}})
    assert r.status_code == 200, r.text
    again = lab.get(f"/api/feedback/campaigns/{campaign['id']}/queue").json()["items"][0]
    assert again["draft"] == {"ranking": ids[:1]}  # a reload finds the unfinished answer
    r = lab.put(f"/api/feedback/assignments/{task['assignment_id']}/answer", json=full_answer(task, ids))
    assert r.status_code == 200, r.text
    assert r.json()["done"] == 1
    r = lab.put(f"/api/feedback/assignments/{task['assignment_id']}/answer", json=full_answer(task, ids[::-1]))
    assert r.status_code == 200 and r.json()["answer"]["revision"] == 2
    again = lab.get(f"/api/feedback/campaigns/{campaign['id']}/queue").json()["items"][0]
    assert again["answer"]["ranking"] == ids[::-1] and again["draft"] is None and again["status"] == "done"
    items = team.admin.get(f"/api/feedback/campaigns/{campaign['id']}/items", params={"limit": 100}).json()["items"]
    item_id = next(it["id"] for it in items if it["prompt"] == task["prompt"])
    hist = team.viewer.get(f"/api/feedback/campaigns/{campaign['id']}/items/{item_id}/history").json()
    mine = [a for a in hist["answers"] if a["username"] == team.names[0]]
    assert [a["revision"] for a in mine] == [1, 2] and [a["current"] for a in mine] == [False, True]
    uid = mine[0]["user_id"]
    per = team.admin.get(f"/api/feedback/campaigns/{campaign['id']}/annotators/{uid}/history").json()
    assert len(per["answers"]) == 2


def test_bad_answers_are_clear_4xx(team, campaign):
    lab = team.labelers[1]
    task = lab.get(f"/api/feedback/campaigns/{campaign['id']}/queue").json()["items"][0]
    ids = [c["id"] for c in task["candidates"]]
    url = f"/api/feedback/assignments/{task['assignment_id']}/answer"
    good = full_answer(task, ids)
    cases = [
        ({**good, "ranking": [ids[0], ids[0]]}, "more than once"),
        ({**good, "ranking": ids[:1]}, "misses candidate"),
        ({**good, "ranking": ids + [999999]}, "not candidates of this item"),
        ({**good, "scores": {str(c): {"helpful": 9, "fluent": 6} for c in ids}}, "outside the rubric's range 1-7"),
        ({**good, "scores": {str(c): {"helpful": 0, "fluent": 6} for c in ids}}, "outside the rubric's range 1-7"),
        ({**good, "scores": {str(ids[0]): {"helpful": 3, "fluent": 3}}}, "has no scores"),
        ({**good, "preferred": 999999}, "not in the compared pair"),
        ({k: v for k, v in good.items() if k != "ranking"}, "rank every candidate"),
    ]
    for body, msg in cases:
        r = lab.put(url, json=body)
        assert r.status_code == 422, (body, r.text)
        assert msg in r.text, (msg, r.text)
    # an item not assigned to you
    other = team.labelers[2].get(f"/api/feedback/campaigns/{campaign['id']}/queue").json()["items"][0]
    r = lab.put(f"/api/feedback/assignments/{other['assignment_id']}/answer", json=good)
    assert r.status_code == 403 and "not assigned to you" in r.text
    # a labeler who is not an annotator of the campaign
    r = team.labelers[3].get(f"/api/feedback/campaigns/{campaign['id']}/queue")
    assert r.status_code == 403, r.text
    # outsider: no existence leak
    assert team.outsider.get(f"/api/feedback/campaigns/{campaign['id']}/queue").status_code == 404
    assert team.viewer.put(url, json=good).status_code in (403,)


def test_bad_campaigns_are_422(team):
    bad = [
        ({"generators": campaign_body(team, "x")["generators"][:1]}, "generators"),
        ({"tasks": ["score"], "rubric": []}, "rubric"),
        ({"annotators": ["nobody-here"], "annotators_per_item": 1}, "not a member"),
        ({"annotators": [team.names[0]], "annotators_per_item": 3}, "annotators_per_item"),
        ({"samples_per_prompt": 5}, "at most 8"),
        ({"gold_items": [{"prompt": "p", "candidates": ["a", "b"], "ranking": [0, 0]}]}, "ranking"),
        ({"prompts": {}}, "inline"),
    ]
    for over, msg in bad:
        r = team.admin.post("/api/feedback/campaigns", json=campaign_body(team, "bad", **over))
        assert r.status_code == 422, (over, r.text)
        assert msg in r.text, (msg, r.text)
    viewer_name = team.viewer.get("/api/auth/me").json()["username"]
    r = team.admin.post("/api/feedback/campaigns", json=campaign_body(team, "bad", annotators=[viewer_name],
                                                                       annotators_per_item=1))
    assert r.status_code == 422 and "viewer" in r.text
    # only maintainers create
    r = team.annotator.post("/api/feedback/campaigns", json=campaign_body(team, "bad"))
    assert r.status_code == 403


def test_labeler_sees_only_annotation(team, campaign):
    lab = team.labelers[0]
    tasks = lab.get("/api/feedback/tasks").json()
    assert [t["campaign_id"] for t in tasks] == [campaign["id"]]
    assert lab.get("/api/projects").json()["items"] == []
    me = lab.get("/api/auth/me").json()
    assert [p["role"] for p in me["projects"]] == ["labeler"]
    for url in (f"/api/feedback/campaigns/{campaign['id']}", f"/api/feedback/campaigns/{campaign['id']}/quality",
                f"/api/datasets?project_id={team.project_id}", f"/api/jobs?project_id={team.project_id}"):
        r = lab.get(url)
        assert r.status_code == 403, (url, r.status_code, r.text)
    assert lab.get("/api/feedback/campaigns").json()["items"] == []


def test_empty_campaign_export_is_422_then_export_has_lineage(team, campaign):
    r = team.admin.post("/api/feedback/campaigns", json=campaign_body(team, "empty", gold_items=[]))
    team.h.wait_for_job(team.admin, r.json()["job_id"], timeout=180)
    r = team.admin.post(f"/api/feedback/campaigns/{r.json()['id']}/export", json={"kind": "preference"})
    assert r.status_code == 422 and "no answers" in r.text
    # answer everything in c1 consistently: best = the longest text
    for lab in team.labelers[:3]:
        for task in lab.get(f"/api/feedback/campaigns/{campaign['id']}/queue").json()["items"]:
            ids = [c["id"] for c in sorted(task["candidates"], key=lambda c: (-len(c["text"]), c["id"]))]
            assert lab.put(f"/api/feedback/assignments/{task['assignment_id']}/answer", json=full_answer(task, ids)).status_code == 200
    quality = team.viewer.get(f"/api/feedback/campaigns/{campaign['id']}/quality").json()
    signals = {f["signal"]: f for f in quality["agreement"]}
    assert {"rank.top", "rank.position", "pairwise", "score.helpful", "score.fluent"} <= set(signals)
    assert quality["annotator_signal"] == "rank.top" and len(quality["annotators"]) == 3
    assert all(p["gold_items"] == 2 for p in quality["annotators"])
    r = team.admin.post(f"/api/feedback/campaigns/{campaign['id']}/export", json={"kind": "preference", "rules": {"min_agreement": 0.4}})
    assert r.status_code == 422 and "min_agreement" in r.text
    r = team.admin.post(f"/api/feedback/campaigns/{campaign['id']}/export", json={"kind": "preference"})
    assert r.status_code == 201, r.text
    ex = r.json()
    v = team.admin.get(f"/api/datasets/versions/{ex['dataset_version_id']}")
    assert v.status_code == 200, v.text
    assert v.json()["kind"] == "preference"
    lineage = team.admin.get("/api/lineage", params={"kind": "dataset_version", "id": ex["dataset_version_id"]})
    assert "feedback_campaign" in lineage.text, lineage.text
    r = team.admin.post(f"/api/feedback/campaigns/{campaign['id']}/export", json={"kind": "reward"})
    assert r.status_code == 201, r.text
    rows = team.admin.get(f"/api/datasets/versions/{r.json()['dataset_version_id']}/rows").json()
    assert rows["items"] and all(0 <= x["row"]["score"] <= 1 for x in rows["items"])
    assert len(team.admin.get(f"/api/feedback/campaigns/{campaign['id']}/exports").json()) == 2


def test_a_generator_can_be_an_inference_route(team):
    r = team.admin.post("/api/inference/routes", json={"project_id": team.project_id, "name": "bot", "model": "base:llmworks-demo-tiny",
                                                        "backend": "pytorch", "params": {"max_new_tokens": 3, "temperature": 0.5}})
    assert r.status_code == 201, r.text
    gens = [{"label": "route", "route": "bot"}, {"label": "model", "model": "base:llmworks-demo-tiny", "generation": {"max_new_tokens": 3}}]
    bad = campaign_body(team, "routes", generators=[{"label": "x", "route": "no-such-route"}, gens[1]], gold_items=[])
    r = team.admin.post("/api/feedback/campaigns", json=bad)
    assert r.status_code == 422 and "no route 'no-such-route'" in r.text, r.text
    r = team.admin.post("/api/feedback/campaigns", json=campaign_body(team, "routes", generators=gens, gold_items=[],
                                                                       prompts={"inline": PROMPTS[:2]}, samples_per_prompt=2))
    assert r.status_code == 201, r.text
    assert team.h.wait_for_job(team.admin, r.json()["job_id"], timeout=180)["state"] == "succeeded"
    items = team.admin.get(f"/api/feedback/campaigns/{r.json()['id']}/items").json()["items"]
    assert {c["generator"] for it in items for c in it["candidates"]} == {"route", "model"}
    # k = 2: the pairwise task still compares the two generators, not two samples of one
    for it in items:
        label = {c["id"]: c["generator"] for c in it["candidates"]}
        assert len(it["candidates"]) == 4 and {label[c] for c in it["pair"]} == {"route", "model"}, it


def test_a_correction_is_accepted_and_exported(team):
    body = campaign_body(team, "corrections", tasks=["rank", "correct"], rubric=[], prompts={"inline": PROMPTS[:2]},
                         annotators=[team.names[3]], annotators_per_item=1, gold_items=[])
    r = team.admin.post("/api/feedback/campaigns", json=body)
    assert r.status_code == 201, r.text
    cid = r.json()["id"]
    assert team.h.wait_for_job(team.admin, r.json()["job_id"], timeout=180)["state"] == "succeeded"
    lab = team.labelers[3]
    fixes = {}
    for n, task in enumerate(lab.get(f"/api/feedback/campaigns/{cid}/queue").json()["items"]):
        best_first = sorted(task["candidates"], key=lambda c: -len(c["text"]))
        ids = [c["id"] for c in best_first]
        url = f"/api/feedback/assignments/{task['assignment_id']}/answer"
        r = lab.put(url, json={"ranking": ids})
        assert r.status_code == 422 and "rewrite the best answer" in r.text, r.text
        r = lab.put(url, json={"ranking": ids, "correction": {"candidate_id": 999999, "text": "x"}})
        assert r.status_code == 422 and "not a candidate of this item" in r.text, r.text
        fixes[task["prompt"]] = (f"A careful rewrite number {n}.", best_first[0]["text"])
        r = lab.put(url, json={"ranking": ids, "correction": {"candidate_id": ids[0], "text": fixes[task["prompt"]][0]}})
        assert r.status_code == 200, r.text
        assert r.json()["answer"]["correction"] == {"candidate_id": ids[0], "text": fixes[task["prompt"]][0]}
    r = team.admin.post(f"/api/feedback/campaigns/{cid}/export", json={"kind": "preference"})
    assert r.status_code == 201, r.text
    rows = [x["row"] for x in team.admin.get(f"/api/datasets/versions/{r.json()['dataset_version_id']}/rows",
                                             params={"limit": 100}).json()["items"]]
    got = {(x["prompt"], x["chosen"], x["rejected"]) for x in rows if x["source"] == "correction"}
    assert got == {(p, fix, best) for p, (fix, best) in fixes.items()}, rows
    r = team.admin.post(f"/api/feedback/campaigns/{cid}/export", json={"kind": "reward"})
    assert r.status_code == 201, r.text
    rows = [x["row"] for x in team.admin.get(f"/api/datasets/versions/{r.json()['dataset_version_id']}/rows",
                                             params={"limit": 100}).json()["items"]]
    assert {(x["prompt"], x["completion"]) for x in rows if x["score"] == 1.0} >= {(p, fix) for p, (fix, _) in fixes.items()}
