"""Kernel API on SQLite and PostgreSQL: auth, projects, membership, API keys, pagination,
problem+json errors, size limits, events (SSE resume), notifications, audit."""

from __future__ import annotations

import json
import time

import pytest
from llmworks_sdk.testing import ADMIN_PASSWORD, KernelHarness


@pytest.fixture
def h(tmp_path, database_url):
    with KernelHarness(tmp_path / "home", database_url=database_url, env={"LLMWORKS_MAX_JSON_BYTES": "20000"}) as harness:
        yield harness


def test_default_project_is_the_last_used_else_the_one_with_data(h):
    """Issue 11: the UI opens on the project last selected, else the one with the newest activity."""
    from llmworks_sdk import events

    admin = h.login()
    default = admin.get("/api/auth/me").json()["projects"][0]["id"]
    assert admin.get("/api/auth/me").json()["default_project_id"] == default
    support = admin.post("/api/projects", json={"name": "Support desk"}).json()["id"]
    admin.post("/api/projects", json={"name": "Empty one"})
    events.publish(h.kernel, "dataset.version_created", project_id=support, subject_kind="dataset", subject_id="1")
    assert admin.get("/api/auth/me").json()["default_project_id"] == support  # where the data is
    assert admin.patch("/api/auth/me/preferences", json={"project_id": default}).status_code == 200
    assert admin.get("/api/auth/me").json()["default_project_id"] == default  # the last one used
    # a preference for a project the user can no longer see is ignored
    assert admin.patch("/api/auth/me/preferences", json={"project_id": 999_999}).status_code in (200, 403, 404, 422)
    assert admin.get("/api/auth/me").json()["default_project_id"] in (default, support)


def test_login_me_logout_and_bad_credentials(h):
    anon = h.new_client()
    r = anon.get("/api/auth/me")
    assert r.status_code == 401 and r.headers["content-type"].startswith("application/problem+json")
    assert "log in" in r.json()["detail"]
    r = anon.post("/api/auth/login", json={"username": "admin", "password": "wrong"})
    assert r.status_code == 401 and r.json()["detail"] == "wrong username or password"
    r = anon.post("/api/auth/login", json={"username": "admin", "password": ADMIN_PASSWORD})
    assert r.status_code == 200
    assert "llmworks_session" in r.cookies
    cookie_client = h.new_client()
    cookie_client.cookies.set("llmworks_session", r.cookies["llmworks_session"])
    me = cookie_client.get("/api/auth/me").json()
    assert me["username"] == "admin" and me["role"] == "admin" and me["projects"][0]["slug"] == "default"
    assert cookie_client.patch("/api/auth/me/preferences", json={"theme": "dark"}).json()["theme"] == "dark"
    assert cookie_client.get("/api/auth/me").json()["preferences"]["theme"] == "dark"
    assert cookie_client.post("/api/auth/logout").status_code == 200
    assert cookie_client.get("/api/auth/me").status_code == 401
    actions = [e["action"] for e in h.login().get("/api/audit").json()["items"]]
    assert {"auth.login", "auth.login_failed", "auth.logout"} <= set(actions)


def test_projects_membership_and_roles(h):
    admin = h.login()
    bob = h.create_user("bob")
    carol = h.create_user("carol")
    p = bob.post("/api/projects", json={"name": "Bob's bot"}).json()
    assert p["slug"] == "bob-s-bot" and p["role"] == "maintainer"
    # carol is not a member: 404, no existence leak
    assert carol.get(f"/api/projects/{p['id']}").status_code == 404
    assert bob.post(f"/api/projects/{p['id']}/members", json={"username": "carol", "role": "viewer"}).status_code == 201
    assert carol.get(f"/api/projects/{p['id']}").json()["role"] == "viewer"
    r = carol.patch(f"/api/projects/{p['id']}", json={"name": "hijack"})
    assert r.status_code == 403 and "maintainer" in r.json()["detail"]
    # the last maintainer cannot leave
    bob_id = bob.get("/api/auth/me").json()["id"]
    r = bob.delete(f"/api/projects/{p['id']}/members/{bob_id}")
    assert r.status_code == 409 and "maintainer" in r.json()["detail"]
    assert [m["username"] for m in bob.get(f"/api/projects/{p['id']}/members").json()["items"]] == ["bob", "carol"]
    # only admins list users
    assert carol.get("/api/users").status_code == 403
    assert admin.get("/api/users").json()["total"] == 3
    # duplicate slug → 409 with the field
    r = admin.post("/api/projects", json={"name": "x", "slug": "bob-s-bot"})
    assert r.status_code == 409 and r.json()["errors"][0]["loc"] == ["body", "slug"]


def test_api_keys_scoped_and_revocable(h):
    bob = h.create_user("bob")
    p1 = bob.post("/api/projects", json={"name": "one"}).json()
    p2 = bob.post("/api/projects", json={"name": "two"}).json()
    created = bob.post("/api/auth/api-keys", json={"name": "ci", "project_id": p1["id"], "role": "viewer"})
    assert created.status_code == 201
    secret = created.json()["key"]
    assert secret.startswith("lwk_")
    listed = bob.get("/api/auth/api-keys").json()["items"]
    assert "key" not in listed[0] and listed[0]["prefix"] == secret[:10]
    keyed = h.new_client()
    keyed.headers["Authorization"] = f"Bearer {secret}"
    assert keyed.get(f"/api/projects/{p1['id']}").status_code == 200
    assert keyed.get(f"/api/projects/{p2['id']}").status_code == 404  # scoped to p1
    assert keyed.patch(f"/api/projects/{p1['id']}", json={"name": "x"}).status_code == 403  # role capped to viewer
    assert keyed.post("/api/auth/api-keys", json={"name": "again"}).status_code == 401
    assert [p["id"] for p in keyed.get("/api/projects").json()["items"]] == [p1["id"]]
    assert bob.delete(f"/api/auth/api-keys/{created.json()['id']}").json()["revoked"] is True
    assert keyed.get(f"/api/projects/{p1['id']}").status_code == 401


def test_pagination_and_validation_errors(h):
    admin = h.login()
    for i in range(7):
        admin.post("/api/projects", json={"name": f"p{i}"})
    page = admin.get("/api/projects", params={"limit": 3, "offset": 3}).json()
    assert page["total"] == 8 and page["limit"] == 3 and page["offset"] == 3 and len(page["items"]) == 3
    r = admin.get("/api/projects", params={"limit": 0})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["query", "limit"]
    r = admin.post("/api/projects", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and "JSON" in r.json()["detail"]
    r = admin.post("/api/projects", json={"name": "x" * 30000})
    assert r.status_code == 413 and "limit" in r.json()["detail"]
    r = admin.get("/api/jobs/999999")
    assert r.status_code == 404 and r.json()["title"] == "Not found"
    r = admin.put("/api/projects")
    assert r.status_code == 405


def test_job_events_sse_resume_and_notifications(h):
    admin = h.login()
    pid = h.default_project_id()
    job = h.kernel.queue.enqueue("kernel.sleep", {"seconds": 0.2, "steps": 2}, project_id=pid, user_id=1)
    done = h.wait_for_job(admin, job.id)
    assert done["state"] == "succeeded" and done["result"] == {"slept": 0.2, "steps": 2}
    assert done["progress"]["step"] == 2 and done["progress"]["fraction"] == 1.0
    log = admin.get(f"/api/jobs/{job.id}/log").json()["text"]
    assert "step 1/2" in log and "step 2/2" in log
    assert admin.get(f"/api/jobs/{job.id}/log", params={"tail": 1}).json()["text"].endswith("finished: succeeded")

    def stream(**kw):
        r = admin.get("/api/events", params={"once": True, **kw.pop("params", {})}, **kw)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        return [json.loads(line[6:]) for line in r.text.splitlines() if line.startswith("data: ")]

    events = stream(params={"after": 0})
    types = [e["type"] for e in events if e["subject_id"] == str(job.id)]
    assert types[0] == "job.queued" and types[1] == "job.started" and types[-1] == "job.succeeded"
    middle = events[1]["id"]
    resumed = stream(headers={"Last-Event-ID": str(middle)})
    assert [e["id"] for e in resumed] == [e["id"] for e in events if e["id"] > middle]
    # the in-app notification arrives through the dispatcher
    deadline = time.time() + 10
    while time.time() < deadline:
        notes = admin.get("/api/notifications", params={"unread": True}).json()
        if notes["total"]:
            break
        time.sleep(0.2)
    assert notes["items"][0]["kind"] == "job.completed" and notes["unread"] == 1
    admin.post(f"/api/notifications/{notes['items'][0]['id']}/read")
    assert admin.get("/api/notifications/unread-count").json() == {"unread": 0}


def test_cancel_and_resume_job(h):
    admin = h.login()
    pid = h.default_project_id()
    job = h.kernel.queue.enqueue("kernel.sleep", {"seconds": 20, "steps": 200}, project_id=pid, user_id=1)
    h.wait_for_job(admin, job.id, states=("running",))
    assert admin.post(f"/api/jobs/{job.id}/cancel").status_code == 200
    done = h.wait_for_job(admin, job.id, timeout=30)
    assert done["state"] == "cancelled"
    assert admin.post(f"/api/jobs/{job.id}/cancel").status_code == 409
    r = admin.post(f"/api/jobs/{job.id}/resume")
    assert r.status_code == 200 and r.json()["state"] in ("queued", "running")
    assert r.json()["payload"]["resume"] is True
    admin.post(f"/api/jobs/{job.id}/cancel")
    h.wait_for_job(admin, job.id, timeout=30)


def test_health_version_and_openapi(h):
    anon = h.new_client()
    assert anon.get("/api/health").json()["database"] == "ok"
    assert "plugins" in anon.get("/api/version").json()
    schema = anon.get("/openapi.json").json()
    op_ids = [op["operationId"] for path in schema["paths"].values() for op in path.values()]
    assert len(op_ids) == len(set(op_ids))
    assert all(op.get("tags") for path in schema["paths"].values() for op in path.values())
