"""Route names shared between projects (issue 9): a caller's own project comes first, and
being added to another project never changes which route a call reaches.

Regression: a maintainer of any project (every account can create one) could add a user to
a project holding a route named like one the user calls: the user's calls then failed (the
name became ambiguous) or, with an API key of the attacker's project, reached the attacker's
route."""

from __future__ import annotations

import pytest
from llmworks_inference.testing import create_route


@pytest.fixture(scope="module")
def world(harness, admin, project_id):
    victim = harness.create_user("vic-names")
    uid = victim.get("/api/auth/me").json()["id"]
    admin.post(f"/api/projects/{project_id}/members", json={"username": "vic-names", "role": "annotator"})
    create_route(admin, project_id, "bot", temperature=0, max_new_tokens=1)
    attacker = harness.create_user("mallory-names")
    b = attacker.post("/api/projects", json={"name": "mallory"}).json()
    create_route(attacker, b["id"], "bot", temperature=0, max_new_tokens=2)
    return {"victim": victim, "victim_id": uid, "attacker": attacker, "b": b}


def _served_by(client, **body):
    r = client.post("/api/inference/generate", json={"route": "bot", "prompt": "The cat", **body})
    assert r.status_code == 200, r.text
    return r.json()["project_id"]


def test_adding_a_member_does_not_redirect_their_calls(world, admin, project_id):
    victim, attacker, b = world["victim"], world["attacker"], world["b"]
    assert _served_by(victim) == project_id
    r = attacker.post(f"/api/projects/{b['id']}/members", json={"username": "vic-names", "role": "annotator"})
    assert r.status_code == 201
    assert _served_by(victim) == project_id  # not B's route, and not a 422 either
    r = victim.post("/v1/completions", json={"model": "bot", "prompt": "hi", "max_tokens": 1})
    assert r.status_code == 200 and r.json()["llmworks"]["project_id"] == project_id
    # B's route stays reachable when asked for by name
    assert _served_by(victim, route=f"{b['slug']}/bot") == b["id"]
    assert _served_by(victim, route="bot", project_id=b["id"]) == b["id"]


def test_the_callers_own_project_comes_first(world, harness, project_id):
    victim = world["victim"]
    own = victim.post("/api/projects", json={"name": "victim's own"}).json()
    create_route(victim, own["id"], "bot", temperature=0, max_new_tokens=1)
    assert _served_by(victim) == own["id"]
    # an administrator sees every project but is a member of none of these two: a tie, said so
    admin = harness.login()
    r = admin.post("/api/inference/generate", json={"route": "bot", "prompt": "x", "project_id": None})
    assert r.status_code == 200 and r.json()["project_id"] == project_id  # the administrator's own (default) project
    harness.create_user("root2", role="admin")
    root2 = harness.login("root2", "password-1234")
    r = root2.post("/api/inference/generate", json={"route": "bot", "prompt": "x"})
    assert r.status_code == 422 and "several" in r.json()["detail"]
