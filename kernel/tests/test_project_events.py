"""Creating a project and changing a membership publish events, and the member's own stream
receives them at once, so the UI can reload its project list without a page reload.

Regression: these changes were only audited; the header's project list was loaded at sign-in
and never again, and a user's stream ignored a project it was just added to until its next
periodic re-check (here set to a minute, so only the new behaviour passes)."""

from __future__ import annotations

import json
import queue
import threading
import time

import pytest
from llmworks_sdk.testing import KernelHarness


@pytest.fixture(scope="module")
def h(tmp_path_factory):
    with KernelHarness(tmp_path_factory.mktemp("project-events"), worker=False,
                       env={"LLMWORKS_STREAM_RECHECK_SECONDS": "60"}) as harness:
        yield harness


def _events(client, params) -> queue.Queue:
    """The stream's events (parsed ``data:`` lines) arrive in a queue, read by a thread."""
    out: queue.Queue = queue.Queue()

    def run():
        with client.stream("GET", "/api/events", params=params) as r:
            for line in r.iter_lines():
                if line.startswith("data: "):
                    out.put(json.loads(line.removeprefix("data: ")))

    threading.Thread(target=run, daemon=True).start()
    time.sleep(0.5)  # the stream has started (its cursor is "now")
    return out


def _wait_for(events: queue.Queue, match, timeout: float = 5.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            ev = events.get(timeout=0.1)
        except queue.Empty:
            continue
        if match(ev):
            return ev
    raise AssertionError("the expected event did not arrive")


def _history(admin, type_: str) -> list[dict]:
    return admin.get("/api/events/history", params={"type": type_, "limit": 50}).json()["items"]


def test_create_project_publishes_created_and_membership(h):
    user = h.create_user("creator1")
    uid = user.get("/api/auth/me").json()["id"]
    p = user.post("/api/projects", json={"name": "Events one"}).json()
    created = [e for e in _history(user, "project.created") if e["subject_id"] == str(p["id"])]
    assert created and created[0]["project_id"] == p["id"] and created[0]["data"]["name"] == "Events one"
    mine = [e for e in _history(user, "membership.changed") if e["project_id"] == p["id"]]
    assert mine and mine[0]["subject_kind"] == "user" and mine[0]["subject_id"] == str(uid)
    assert mine[0]["data"] == {"change": "added", "role": "maintainer"}


def test_member_stream_hears_membership_changes_at_once(h):
    admin = h.login()
    user = h.create_user("member1")
    uid = user.get("/api/auth/me").json()["id"]
    p = admin.post("/api/projects", json={"name": "Events two"}).json()
    events = _events(user, {})

    assert admin.post(f"/api/projects/{p['id']}/members", json={"username": "member1", "role": "viewer"}).status_code == 201
    ev = _wait_for(events, lambda e: e["type"] == "membership.changed")
    assert (ev["project_id"], ev["subject_id"], ev["data"]) == (p["id"], str(uid), {"change": "added", "role": "viewer"})
    # the stream now follows the new project without waiting for its periodic re-check
    h.kernel.events.publish("test.ping", project_id=p["id"], data={"n": 1})
    _wait_for(events, lambda e: e["type"] == "test.ping")

    assert admin.patch(f"/api/projects/{p['id']}/members/{uid}", json={"role": "annotator"}).status_code == 200
    ev = _wait_for(events, lambda e: e["type"] == "membership.changed")
    assert ev["data"] == {"change": "role_changed", "role": "annotator"}
    assert admin.delete(f"/api/projects/{p['id']}/members/{uid}").status_code == 200
    ev = _wait_for(events, lambda e: e["type"] == "membership.changed")
    assert ev["data"] == {"change": "removed", "role": "annotator"}


def test_rename_and_delete_publish(h):
    admin = h.login()
    p = admin.post("/api/projects", json={"name": "Events three"}).json()
    assert admin.patch(f"/api/projects/{p['id']}", json={"name": "Events 3"}).status_code == 200
    assert any(e["data"].get("name") == "Events 3" for e in _history(admin, "project.updated"))
    assert admin.delete(f"/api/projects/{p['id']}").status_code == 200
    gone = [e for e in _history(admin, "project.deleted") if e["subject_id"] == str(p["id"])]
    assert gone and gone[0]["project_id"] is None and gone[0]["data"] == {}
