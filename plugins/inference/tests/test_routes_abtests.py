"""Routes CRUD and A/B tests: sticky weighted assignment, observations, feedback, the report.
Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from llmworks_inference.cache import model_cache
from llmworks_inference.testing import create_route
from llmworks_sdk.testing import KernelHarness, create_pg_database, drop_pg_database


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def harness(request, tmp_path_factory, backend_env):
    url = create_pg_database() if request.param == "postgres" else None
    try:
        with KernelHarness(tmp_path_factory.mktemp("kernel"), env=backend_env, worker=False, database_url=url) as h:
            yield h
            model_cache(h.kernel).clear()
    finally:
        if url:
            drop_pg_database(url)


@pytest.fixture(scope="module")
def routes(admin, project_id):
    fast = create_route(admin, project_id, "short", temperature=0, max_new_tokens=1)
    slow = create_route(admin, project_id, "long", temperature=0, max_new_tokens=24, stop=["never-appears"])
    return fast, slow


@pytest.fixture(scope="module")
def ab(admin, project_id, routes):
    r = admin.post("/api/inference/ab-tests", json={"project_id": project_id, "name": "split", "variants": [
        {"route": "short", "weight": 70}, {"route": "long", "weight": 30}]})
    assert r.status_code == 201, r.text
    return r.json()


def test_route_crud_and_validation(harness, admin, project_id, routes):
    fast, _ = routes
    assert fast["params"] == {"temperature": 0, "max_new_tokens": 1} and fast["effective_params"]["top_p"] == 1.0
    assert admin.get("/api/inference/routes", params={"project_id": project_id}).json()["total"] >= 2
    r = admin.patch(f"/api/inference/routes/{fast['id']}", json={"description": "one token", "params": {"max_new_tokens": 2}})
    assert r.status_code == 200 and r.json()["params"] == {"max_new_tokens": 2} and r.json()["description"] == "one token"
    admin.patch(f"/api/inference/routes/{fast['id']}", json={"params": {"temperature": 0, "max_new_tokens": 1}})
    body = {"project_id": project_id, "name": "x", "model": "base:llmworks-demo-tiny"}
    assert admin.post("/api/inference/routes", json={**body, "name": "short"}).status_code == 409
    r = admin.post("/api/inference/routes", json={**body, "params": {"top_p": 2}})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "params", "top_p"]
    r = admin.post("/api/inference/routes", json={**body, "backend": "nope"})
    assert r.status_code == 422 and "nope" in r.json()["detail"]
    r = admin.post("/api/inference/routes", json={**body, "model": "custom:999"})
    assert r.status_code == 422 and "999" in r.json()["detail"]
    assert admin.post("/api/inference/routes", json={**body, "name": "bad name!"}).status_code == 422
    viewer = harness.create_user("vic-routes")
    admin.post(f"/api/projects/{project_id}/members", json={"username": "vic-routes", "role": "viewer"})
    assert viewer.get(f"/api/inference/routes/{fast['id']}").status_code == 200
    assert viewer.post("/api/inference/routes", json=body).status_code == 403
    assert viewer.delete(f"/api/inference/routes/{fast['id']}").status_code == 403
    maintainer = harness.create_user("max-routes")
    admin.post(f"/api/projects/{project_id}/members", json={"username": "max-routes", "role": "maintainer"})
    r = maintainer.post("/api/inference/routes", json={**body, "name": "fp32", "options": {"dtype": "float32"}})
    assert r.status_code == 201 and r.json()["options"] == {"dtype": "float32"}
    r = maintainer.post("/api/inference/routes", json={**body, "name": "remote", "options": {"url": "http://10.0.0.1:8000"}})
    assert r.status_code == 403 and "url" in r.json()["detail"]
    r = maintainer.patch(f"/api/inference/routes/{fast['id']}", json={"options": {"cache_dir": "/etc"}})
    assert r.status_code == 403


def test_assignment_is_weighted_and_sticky(admin, ab):
    keys = [f"user-{i}" for i in range(1000)]
    first = [admin.post(f"/api/inference/ab-tests/{ab['id']}/assign", json={"key": k}).json()["variant"] for k in keys]
    share = first.count("short") / len(first)
    assert 0.65 <= share <= 0.75, share
    again = [admin.post(f"/api/inference/ab-tests/{ab['id']}/assign", json={"key": k}).json()["variant"] for k in keys[:200]]
    assert again == first[:200]


def _keys_for(admin, test_id, variant, n):
    out, i = [], 0
    while len(out) < n:
        k = f"s-{variant}-{i}"
        if admin.post(f"/api/inference/ab-tests/{test_id}/assign", json={"key": k}).json()["variant"] == variant:
            out.append(k)
        i += 1
    return out


def test_generation_through_the_test_records_and_reports(admin, ab):
    tid = ab["id"]
    for variant, thumbs, rating in (("short", "down", 2), ("long", "up", 5)):
        for key in _keys_for(admin, tid, variant, 8):
            r = admin.post("/api/inference/generate", json={"route": "split", "prompt": "The cat", "session_key": key})
            assert r.status_code == 200, r.text
            g = r.json()
            assert g["ab"]["variant"] == variant and g["route"] == variant and g["name"] == "split"
            f = admin.post(f"/api/inference/ab-tests/{tid}/feedback",
                           json={"observation_id": g["ab"]["observation_id"], "thumbs": thumbs})
            assert f.status_code == 200 and f.json()["variant"] == variant
            f = admin.post(f"/api/inference/ab-tests/{tid}/feedback", json={"key": key, "rating": rating})
            assert f.status_code == 200 and f.json()["rating"] == rating and f.json()["observation_id"] == g["ab"]["observation_id"]
    rep = admin.get(f"/api/inference/ab-tests/{tid}/report").json()
    assert rep["requests"] == 16 and rep["control"] == "short"
    short, long_ = rep["variants"]
    assert short["requests"] == long_["requests"] == 8 and short["latency_ms"]["n"] == 8
    assert long_["latency_ms"]["mean"] > short["latency_ms"]["mean"]
    assert short["thumbs"] == {"n": 8, "up": 0, "rate": 0.0} and long_["rating"]["mean"] == 5.0
    (c,) = rep["comparisons"]
    assert c["latency_ms"]["test"].startswith("Welch") and c["latency_ms"]["significant"] and c["latency_ms"]["difference"] > 0
    assert c["latency_ms"]["n"] == [8, 8] and len(c["latency_ms"]["ci"]) == 2 and 0 <= c["latency_ms"]["p_value"] < 0.05
    assert c["thumbs_up_rate"]["test"].startswith("two-proportion") and c["thumbs_up_rate"]["p_value"] < 0.05
    assert c["rating"]["test"].startswith("Mann-Whitney") and c["rating"]["p_value"] < 0.05
    assert "Welch" in rep["method"]


def test_viewers_only_read_and_feedback_is_on_ones_own_requests(harness, admin, routes, project_id):
    """Regression (issue 9): a viewer could generate (compute), rate A/B responses and overwrite
    the rating of another user's observation."""
    tid = admin.post("/api/inference/ab-tests", json={"project_id": project_id, "name": "split-v", "variants": [
        {"route": "short", "weight": 1}, {"route": "long", "weight": 1}]}).json()["id"]
    viewer = harness.create_user("vera-ab")
    admin.post(f"/api/projects/{project_id}/members", json={"username": "vera-ab", "role": "viewer"})
    annotator = harness.create_user("anna-ab")
    admin.post(f"/api/projects/{project_id}/members", json={"username": "anna-ab", "role": "annotator"})
    theirs = admin.post("/api/inference/generate", json={"route": "split-v", "prompt": "The cat", "session_key": "k1"}).json()
    theirs_obs = theirs["ab"]["observation_id"]
    for path, body in (
        ("/api/inference/generate", {"route": "split-v", "prompt": "x"}),
        ("/api/inference/generate", {"route": "short", "prompt": "x"}),
        ("/api/inference/generate", {"model": "base:llmworks-demo-tiny", "project_id": project_id, "prompt": "x"}),
        ("/api/inference/generate", {"model": "base:llmworks-demo-tiny", "prompt": "x"}),
        ("/api/inference/attention", {"route": "short", "text": "the cat sat"}),
        ("/v1/chat/completions", {"model": "short", "messages": [{"role": "user", "content": "hi"}]}),
        ("/v1/completions", {"model": "short", "prompt": "hi"}),
        (f"/api/inference/ab-tests/{tid}/feedback", {"observation_id": theirs_obs, "thumbs": "down"}),
        (f"/api/inference/ab-tests/{tid}/feedback", {"key": "k1", "thumbs": "down"}),
    ):
        r = viewer.post(path, json=body)
        assert r.status_code == 403, f"viewer: POST {path} {body} -> {r.status_code} {r.text}"
    # reading stays open to viewers
    assert viewer.get(f"/api/inference/ab-tests/{tid}/report").status_code == 200
    assert viewer.post(f"/api/inference/ab-tests/{tid}/assign", json={"key": "k1"}).status_code == 200

    mine = annotator.post("/api/inference/generate", json={"route": "split-v", "prompt": "The cat", "session_key": "k1"})
    assert mine.status_code == 200, mine.text
    mine_obs = mine.json()["ab"]["observation_id"]
    r = annotator.post(f"/api/inference/ab-tests/{tid}/feedback", json={"observation_id": theirs_obs, "thumbs": "down"})
    assert r.status_code == 404 and "your requests" in r.json()["detail"]
    r = annotator.post(f"/api/inference/ab-tests/{tid}/feedback", json={"key": "k1", "rating": 1})
    assert r.status_code == 200 and r.json()["observation_id"] == mine_obs  # the key's latest request *of mine*
    r = annotator.post(f"/api/inference/ab-tests/{tid}/feedback", json={"observation_id": mine_obs, "thumbs": "up"})
    assert r.status_code == 200 and r.json()["thumbs_up"] is True
    # a maintainer moderates any observation of the test; never one of another test
    assert admin.post(f"/api/inference/ab-tests/{tid}/feedback", json={"observation_id": mine_obs, "rating": 3}).json()["rating"] == 3
    other = admin.post("/api/inference/ab-tests", json={"project_id": project_id, "name": "split-2", "variants": [
        {"route": "short", "weight": 1}, {"route": "long", "weight": 1}]}).json()
    r = admin.post(f"/api/inference/ab-tests/{other['id']}/feedback", json={"observation_id": mine_obs, "rating": 1})
    assert r.status_code == 404
    assert admin.delete(f"/api/inference/ab-tests/{other['id']}").status_code == 200
    assert admin.delete(f"/api/inference/ab-tests/{tid}").status_code == 200


def test_feedback_and_lifecycle_errors(admin, ab, routes):
    tid = ab["id"]
    assert admin.post(f"/api/inference/ab-tests/{tid}/feedback", json={"observation_id": 1}).status_code == 422
    assert admin.post(f"/api/inference/ab-tests/{tid}/feedback", json={"observation_id": 1, "rating": 9}).status_code == 422
    assert admin.post(f"/api/inference/ab-tests/{tid}/feedback", json={"key": "never-seen", "thumbs": "up"}).status_code == 404
    r = admin.delete(f"/api/inference/routes/{routes[0]['id']}")
    assert r.status_code == 409 and "split" in r.json()["detail"]
    r = admin.post("/api/inference/routes", json={"project_id": ab["project_id"], "name": "split", "model": "base:llmworks-demo-tiny"})
    assert r.status_code == 409  # routes and A/B tests share names
    assert admin.patch(f"/api/inference/ab-tests/{tid}", json={"status": "stopped"}).json()["status"] == "stopped"
    r = admin.post("/api/inference/generate", json={"route": "split", "prompt": "x"})
    assert r.status_code == 409 and "stopped" in r.json()["detail"]
    r = admin.patch(f"/api/inference/ab-tests/{tid}", json={"status": "running", "variants": [
        {"route": "short", "weight": 1}, {"route": "long", "weight": 1}, {"route": "long", "weight": 1, "name": "long-2"}]})
    assert r.status_code == 200 and [v["name"] for v in r.json()["variants"]] == ["short", "long", "long-2"]
    assert admin.get(f"/api/inference/ab-tests/{tid}/report").json()["variants"][0]["requests"] == 8  # kept
    assert admin.delete(f"/api/inference/ab-tests/{tid}").status_code == 200
    assert admin.delete(f"/api/inference/routes/{routes[0]['id']}").status_code == 200
