"""Recipes through the API: save and version, preview row by row, run as a job into a new
dataset version with lineage and per-step statistics, re-run, and every bad input a 4xx."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.slow  # a real kernel, jobs in child processes, lingua and Presidio models
RECIPE = [
    {"step": "normalize"},
    {"step": "exact_dedupe"},
    {"step": "near_dedupe", "params": {"threshold": 0.8}},
    {"step": "boilerplate"},
    {"step": "language_filter", "params": {"keep": ["en", "hi"]}},
    {"step": "length", "params": {"unit": "tokens", "model": "base:llmworks-demo-tiny", "min": 3, "max": 400}},
    {"step": "pii"},
    {"step": "toxicity"},
    {"step": "quality"},
]
#: what the recipe does to each row of the noisy dataset (step that acts first, and how)
EXPECTED = {
    "exact_dup": ("exact_dedupe", "removed"),
    "near_b": ("near_dedupe", "removed"),
    "boilerplate": ("boilerplate", "changed"),
    "lorem": ("boilerplate", "removed"),
    "french": ("language_filter", "removed"),
    "short": ("language_filter", "removed"),
    "long": ("length", "removed"),
    "pii": ("pii", "changed"),
    "toxic": ("toxicity", "removed"),
    "spaces": ("normalize", "changed"),
    "digits": ("quality", "removed"),
    "symbols": ("quality", "removed"),
}


@pytest.fixture(scope="module")
def recipe(admin, project_id) -> dict[str, Any]:
    r = admin.post("/api/curation/recipes", json={"project_id": project_id, "name": "clean", "steps": RECIPE,
                                                  "message": "first"})
    assert r.status_code == 201, r.text
    return r.json()


def test_steps_are_listed_with_their_parameters(admin):
    items = {s["name"]: s for s in admin.get("/api/curation/steps").json()["items"]}
    curators = {"exact_dedupe", "near_dedupe", "language_filter", "quality", "boilerplate", "length", "pii", "toxicity",
                "normalize", "regex"}
    augmenters = {"synthetic", "paraphrase", "template_expansion", "noise"}
    assert curators | augmenters <= set(items)
    assert {items[n]["kind"] for n in curators} == {"curator"} and {items[n]["kind"] for n in augmenters} == {"augmenter"}
    assert items["near_dedupe"]["params_schema"]["properties"]["threshold"]["maximum"] == 0.98
    assert items["near_dedupe"]["plugin"] == "curation"


def test_recipe_versions(admin, recipe):
    assert recipe["latest_version"] == 1 and recipe["versions"][0]["steps"][2] == {"step": "near_dedupe", "params": {}}
    yaml = "steps:\n  - exact_dedupe\n  - quality: {min_words: 2}\n"
    r = admin.post(f"/api/curation/recipes/{recipe['id']}/versions", json={"yaml": yaml, "message": "yaml"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["latest_version"] == 2 and [v["version"] for v in body["versions"]] == [2, 1]
    assert body["latest"]["steps"] == [{"step": "exact_dedupe", "params": {}}, {"step": "quality", "params": {"min_words": 2}}]
    assert admin.get(f"/api/curation/recipes/{recipe['id']}").json()["versions"][1]["steps"] == recipe["versions"][0]["steps"]
    dup = admin.post("/api/curation/recipes", json={"project_id": recipe["project_id"], "name": "clean", "steps": ["normalize"]})
    assert dup.status_code == 409


def test_preview_then_run(admin, harness, recipe, noisy_version, noisy):
    vid = noisy_version["id"]
    pv = admin.post("/api/curation/preview", json={"dataset_version_id": vid, "recipe_id": recipe["id"], "recipe_version": 1,
                                                   "sample": 100})
    assert pv.status_code == 200, pv.text
    preview = pv.json()
    rows = {noisy.NAMES[r["row"]]: r for r in preview["rows"]}
    for name, row in rows.items():
        if name in EXPECTED:
            step, action = EXPECTED[name]
            assert row["events"][0]["step"] == step and row["events"][0]["action"] == action, (name, row["events"])
            assert row["events"][0]["reason"]
        else:
            assert row["status"] == "kept" and not row["events"], (name, row)
    assert rows["spaces"]["final"]["text"] == "Hello world, this text has messy spacing in it."
    assert rows["spaces"]["events"][0]["before"]["text"].startswith("Hello\u200b")
    assert rows["exact_dup"]["events"][0]["details"]["duplicate_of"] == noisy.idx("en_fox")
    stats = {s["step"]: s for s in preview["stats"]}
    assert stats["exact_dedupe"]["removed"] == 1 and stats["normalize"]["changed"] == 1
    assert preview["rows_out"] == len(noisy.NAMES) - sum(1 for s, a in EXPECTED.values() if a == "removed")

    run = admin.post("/api/curation/runs", json={"recipe_id": recipe["id"], "recipe_version": 1, "dataset_version_id": vid,
                                                 "output_name": "noisy-clean"})
    assert run.status_code == 201, run.text
    job = harness.wait_for_job(admin, run.json()["job_id"])
    assert job["state"] == "succeeded", job
    done = admin.get(f"/api/curation/runs/{run.json()['id']}").json()
    assert done["status"] == "succeeded" and done["rows_in"] == len(noisy.NAMES) and done["rows_out"] == preview["rows_out"]
    assert [s["step"] for s in done["stats"]] == [s["step"] for s in preview["stats"]]
    for a, b in zip(done["stats"], preview["stats"], strict=True):
        assert (a["rows_in"], a["removed"], a["changed"], a["added"], a["rows_out"], a["rules"]) == \
            (b["rows_in"], b["removed"], b["changed"], b["added"], b["rows_out"], b["rules"])
    # the preview's decisions equal the full run's
    decisions = admin.get(f"/api/curation/runs/{done['id']}/decisions", params={"limit": 1000}).json()["items"]
    run_view = sorted((d["row"], d["step"], d["action"], d["rule"], d["reason"]) for d in decisions)
    preview_view = sorted((e["row"], e["step"], e["action"], e["rule"], e["reason"]) for r in preview["rows"] for e in r["events"])
    assert run_view == preview_view
    # a new dataset version with lineage
    new = admin.get(f"/api/datasets/versions/{done['output_version_id']}").json()
    assert new["name"] == "noisy-clean" and new["row_count"] == done["rows_out"]
    texts = [r["row"]["text"] for r in admin.get(f"/api/datasets/versions/{new['id']}/rows", params={"limit": 100}).json()["items"]]
    assert texts == [r["final"]["text"] for r in preview["rows"] if r["status"] != "removed"]
    graph = admin.get("/api/lineage", params={"kind": "dataset_version", "id": new["id"]}).json()
    edges = {(e["src"]["kind"] if isinstance(e.get("src"), dict) else e.get("src_kind"), e.get("relation")) for e in graph["edges"]}
    assert ("dataset_version", "curated") in edges and ("curation_recipe_version", "recipe") in edges, graph


#: steps whose decision on a row depends on that row alone (no dedupe: see the README's caveat)
ROW_LOCAL = [
    {"step": "normalize"},
    {"step": "boilerplate"},
    {"step": "language_filter", "params": {"keep": ["en", "hi"]}},
    {"step": "regex", "params": {"pattern": "\\d{4} \\d{4}", "action": "replace", "replacement": "<num>"}},
    {"step": "pii"},
    {"step": "toxicity"},
    {"step": "quality"},
]


def test_preview_on_a_seeded_sample_equals_the_run_on_those_rows(admin, harness, project_id, noisy_version, noisy):
    vid, n = noisy_version["id"], len(noisy.NAMES)
    recipe = admin.post("/api/curation/recipes", json={"project_id": project_id, "name": "row-local",
                                                       "steps": ROW_LOCAL}).json()
    body = {"dataset_version_id": vid, "recipe_id": recipe["id"], "sample": 7, "seed": 11}
    preview = admin.post("/api/curation/preview", json=body).json()
    assert preview["sample"] == 7 and preview["rows_in_version"] == n and preview["seed"] == 11
    sampled = [r["row"] for r in preview["rows"]]
    assert len(sampled) == 7 and sampled == sorted(sampled) and sampled != list(range(7))  # a random sample, in order
    assert [r["row"] for r in admin.post("/api/curation/preview", json=body).json()["rows"]] == sampled  # seeded
    assert {r["original"]["text"] for r in preview["rows"]} == {noisy.NOISY[i][1] for i in sampled}
    assert {r["status"] for r in preview["rows"]} == {"removed", "changed", "kept"}

    run = admin.post("/api/curation/runs", json={"recipe_id": recipe["id"], "dataset_version_id": vid,
                                                 "output_name": "noisy-row-local"}).json()
    assert harness.wait_for_job(admin, run["job_id"])["state"] == "succeeded"
    done = admin.get(f"/api/curation/runs/{run['id']}").json()
    assert done["status"] == "succeeded" and done["rows_in"] == n
    decisions = admin.get(f"/api/curation/runs/{done['id']}/decisions", params={"limit": 1000}).json()["items"]
    # per sampled row: the same steps acting, in the same order, with the same rule and reason
    for r in preview["rows"]:
        want = [(d["step"], d["action"], d["rule"], d["reason"]) for d in decisions if d["row"] == r["row"]]
        assert [(e["step"], e["action"], e["rule"], e["reason"]) for e in r["events"]] == want, noisy.NAMES[r["row"]]
    # and the same final text: row k of the output is the k-th source row the run kept
    removed = {d["row"] for d in decisions if d["action"] == "removed"}
    kept = [i for i in range(n) if i not in removed]
    out = [x["row"] for x in admin.get(f"/api/datasets/versions/{done['output_version_id']}/rows",
                                         params={"limit": 100}).json()["items"]]
    assert len(out) == len(kept) == done["rows_out"]
    for r in preview["rows"]:
        if r["status"] == "removed":
            assert r["row"] in removed and r["final"] is None
        else:
            assert out[kept.index(r["row"])]["text"] == r["final"]["text"]


def test_rerun_on_a_new_version_and_unchanged_result(admin, harness, recipe, project_id, noisy, noisy_rows):
    v2 = noisy.upload_rows(admin, project_id, "noisy", [*noisy_rows, {"text": "A new row about cooking rice with care."}])
    run = admin.post("/api/curation/runs", json={"recipe_id": recipe["id"], "recipe_version": 1, "dataset_version_id": v2["id"],
                                                 "output_name": "noisy-clean"}).json()
    assert harness.wait_for_job(admin, run["job_id"])["state"] == "succeeded"
    done = admin.get(f"/api/curation/runs/{run['id']}").json()
    assert done["status"] == "succeeded" and done["rows_in"] == len(noisy_rows) + 1
    assert admin.get(f"/api/datasets/versions/{done['output_version_id']}").json()["version"] == 2
    again = admin.post("/api/curation/runs", json={"recipe_id": recipe["id"], "recipe_version": 1,
                                                   "dataset_version_id": v2["id"], "output_name": "noisy-clean"}).json()
    harness.wait_for_job(admin, again["job_id"])
    same = admin.get(f"/api/curation/runs/{again['id']}").json()
    assert same["status"] == "unchanged" and "equals existing version 2" in same["message"]


def test_a_recipe_that_removes_every_row(admin, harness, project_id, noisy_version):
    body = {"project_id": project_id, "name": "too-strict", "steps": [{"step": "quality", "params": {"min_words": 5000,
                                                                                                    "max_words": 10000}}]}
    recipe = admin.post("/api/curation/recipes", json=body).json()
    pv = admin.post("/api/curation/preview", json={"dataset_version_id": noisy_version["id"], "recipe_id": recipe["id"]}).json()
    assert pv["empty"] and "every row of the sample is removed" in pv["message"]
    run = admin.post("/api/curation/runs", json={"recipe_id": recipe["id"], "dataset_version_id": noisy_version["id"],
                                                 "output_name": "nothing-left"}).json()
    assert harness.wait_for_job(admin, run["job_id"])["state"] == "succeeded"
    done = admin.get(f"/api/curation/runs/{run['id']}").json()
    assert done["status"] == "empty" and done["output_version_id"] is None and done["rows_out"] == 0
    assert "removes every one of the" in done["message"] and "no dataset version was created" in done["message"]
    names = [d["name"] for d in admin.get("/api/datasets", params={"project_id": project_id}).json()["items"]]
    assert "nothing-left" not in names


def _problem(r: Any, status: int = 422) -> dict[str, Any]:
    assert r.status_code == status, r.text
    return r.json()


def test_bad_inputs(admin, project_id, noisy_version, recipe):
    vid = noisy_version["id"]
    unknown = _problem(admin.post("/api/curation/preview", json={"dataset_version_id": vid, "steps": [{"step": "dedupe_all"}]}))
    assert "unknown step 'dedupe_all'" in unknown["detail"] and unknown["errors"][0]["loc"] == ["body", "steps", 0, "step"]
    out_of_range = _problem(admin.post("/api/curation/preview", json={
        "dataset_version_id": vid, "steps": ["normalize", {"step": "near_dedupe", "params": {"threshold": 1.5}}]}))
    assert out_of_range["errors"][0]["loc"] == ["body", "steps", 1, "params", "threshold"]
    assert "less than or equal to 0.98" in out_of_range["errors"][0]["msg"]
    extra = _problem(admin.post("/api/curation/preview", json={"dataset_version_id": vid,
                                                               "steps": [{"step": "quality", "params": {"min_wrds": 3}}]}))
    assert extra["errors"][0]["loc"][-1] == "min_wrds"
    catastrophic = _problem(admin.post("/api/curation/preview", json={
        "dataset_version_id": vid, "steps": [{"step": "regex", "params": {"pattern": "(a+)+$\\1"}}]}))
    assert "bad regular expression" in catastrophic["errors"][0]["msg"] and catastrophic["errors"][0]["loc"][:4] == \
        ["body", "steps", 0, "params"]
    huge = _problem(admin.post("/api/curation/preview", json={
        "dataset_version_id": vid, "steps": [{"step": "regex", "params": {"pattern": "((((a{100}){100}){100}){100})"}}]}))
    assert "bad regular expression" in huge["errors"][0]["msg"]
    missing = _problem(admin.post("/api/curation/runs", json={"recipe_id": recipe["id"], "dataset_version_id": 999999}), 404)
    assert "dataset version 999999 not found" in missing["detail"]
    _problem(admin.post("/api/curation/preview", json={"dataset_version_id": 999999, "steps": ["normalize"]}), 404)
    no_model = _problem(admin.post("/api/curation/preview", json={
        "dataset_version_id": vid, "steps": [{"step": "length", "params": {"unit": "tokens"}}]}))
    assert "needs 'model'" in no_model["errors"][0]["msg"]
    bad_model = _problem(admin.post("/api/curation/recipes", json={
        "project_id": project_id, "name": "bad-model", "steps": [{"step": "synthetic", "params": {"model": "base:nope"}}]}))
    assert bad_model["errors"][0]["loc"] == ["body", "steps", 0, "params", "model"]
    bad_lang = _problem(admin.post("/api/curation/preview", json={
        "dataset_version_id": vid, "steps": [{"step": "language_filter", "params": {"keep": ["xx"]}}]}))
    assert "unknown language code 'xx'" in bad_lang["errors"][0]["msg"]
    _problem(admin.post("/api/curation/preview", json={"dataset_version_id": vid, "steps": []}))
    _problem(admin.post("/api/curation/preview", json={"dataset_version_id": vid, "yaml": "steps: [a, *b]"}))
    assert _problem(admin.post("/api/curation/runs", json={"recipe_id": recipe["id"], "recipe_version": 99,
                                                          "dataset_version_id": vid}), 404)["detail"].startswith("recipe 'clean' has no version 99")


def test_access_is_per_project(harness, admin, recipe, noisy_version):
    outsider = harness.create_user("curation-outsider")
    assert outsider.get(f"/api/curation/recipes/{recipe['id']}").status_code == 404
    assert outsider.post("/api/curation/preview", json={"dataset_version_id": noisy_version["id"],
                                                        "steps": ["normalize"]}).status_code == 404
    assert harness.new_client().get("/api/curation/recipes").status_code == 401
