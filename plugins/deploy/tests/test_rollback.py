"""Redeploy and roll back through the REST API on the Kubernetes target (manifests only: no
process to start). The deployment page replaces its state with the action's response, so the
responses carry what GET does; ``rollback_to`` says which revision a rollback would deploy, and
is null exactly when the rollback is refused (issue 15: the page offered a rollback that the
server refused after a redeploy of the same spec). A revision that a newer one replaced says so
("replaced", by which revision and when) instead of keeping the state it went live with."""

from __future__ import annotations

import os
import time

from llmworks_deploy.testing import harness_for
from llmworks_sdk.testing import KernelHarness

MODEL = "base:llmworks-demo-tiny"


def settled(client, dep_id: int, timeout: float = 120) -> dict:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        d = client.get(f"/api/plugins/deploy/deployments/{dep_id}").json()
        # the deployment row and its revisions are read by two statements: each sees what was
        # committed when it ran (SQLite and PostgreSQL's read committed), so a GET in the instant
        # the job commits can see the revision done and the row before it; wait for both
        if d["revisions"][0]["state"] in ("completed", "failed") and d["state"] not in ("pending", "building", "starting"):
            assert d["state"] == "completed", d
            return d
        time.sleep(0.2)
    raise AssertionError(d)


def states(d: dict) -> list[tuple[int, str, int | None]]:
    """(number, state, replaced_by) of each revision, the newest first."""
    return [(r["number"], r["state"], r["replaced_by"]) for r in d["revisions"]]


def same_shape(posted: dict, got: dict) -> None:
    """The POST response has every field of GET, revisions included, with the same values where
    the job cannot have moved them on in between."""
    assert set(posted) == set(got)
    assert set(posted["revisions"][0]) == set(got["revisions"][0])
    assert [r["number"] for r in posted["revisions"]] == [r["number"] for r in got["revisions"]]
    for key in ("id", "name", "target", "revision", "model", "rollback_to"):
        assert posted[key] == got[key], key


def test_redeploy_and_rollback_answer_what_get_does(admin, project_id):
    r = admin.post("/api/plugins/deploy/deployments", json={"project_id": project_id, "name": "k8s-rollback",
                                                            "target": "kubernetes", "model": MODEL, "settings": {"replicas": 1}})
    assert r.status_code == 201, r.text
    dep_id = r.json()["id"]
    same_shape(r.json(), admin.get(f"/api/plugins/deploy/deployments/{dep_id}").json())
    d = settled(admin, dep_id)
    assert d["rollback_to"] is None
    assert states(d) == [(1, "completed", None)] and d["revisions"][0]["replaced_at"] is None
    refused = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/rollback")
    assert refused.status_code == 422 and refused.json()["detail"] == "there is no earlier revision that ran to roll back to"

    # a redeploy of the same spec (the page's Redeploy button) only restarts: nothing to roll back to
    r = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/redeploy", json={})
    assert r.status_code == 202, r.text
    same_shape(r.json(), admin.get(f"/api/plugins/deploy/deployments/{dep_id}").json())
    d = settled(admin, dep_id)
    assert d["revision"] == 2 and d["rollback_to"] is None
    assert states(d) == [(2, "completed", None), (1, "replaced", 2)]
    assert d["revisions"][1]["replaced_at"] >= d["revisions"][0]["created_at"]
    refused = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/rollback")
    assert refused.status_code == 422, refused.text
    assert refused.json()["detail"].startswith("nothing to roll back to: every earlier revision that ran serves what revision 2")

    # other settings are something to roll back from (a rollback deploys the earlier settings again)
    r = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/redeploy", json={"settings": {"replicas": 3}})
    assert r.status_code == 202, r.text
    d = settled(admin, dep_id)
    assert d["revision"] == 3 and d["rollback_to"] == 2    # the newest earlier revision that serves something else
    assert states(d) == [(3, "completed", None), (2, "replaced", 3), (1, "replaced", 2)]   # a replaced one ran

    r = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/rollback")
    assert r.status_code == 202, r.text
    same_shape(r.json(), admin.get(f"/api/plugins/deploy/deployments/{dep_id}").json())
    assert r.json()["revision"] == 4 and r.json()["revisions"][0]["rollback_of"] == 2
    d = settled(admin, dep_id)
    assert d["revisions"][0]["settings"] == {"replicas": 1} and d["rollback_to"] == 3
    assert states(d) == [(4, "completed", None), (3, "replaced", 4), (2, "replaced", 3), (1, "replaced", 2)]
    assert [r["message"] for r in d["revisions"][1:]] == [f"replaced by revision {n}" for n in (4, 3, 2)]
    manifests = admin.get(f"/api/plugins/deploy/deployments/{dep_id}/artifact").text
    assert "replicas: 1" in manifests
    events = admin.get(f"/api/plugins/deploy/deployments/{dep_id}/events", params={"limit": 200}).json()["items"]
    assert [(e["revision"], e["data"]["replaced_by"]) for e in events if e["type"] == "deployment.revision_replaced"] == [
        (1, 2), (2, 3), (3, 4)]

    # manifests are produced, nothing runs: there is nothing to stop, and no state changes
    refused = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/stop")
    assert refused.status_code == 409 and "is completed, not running" in refused.json()["detail"], refused.text
    assert states(admin.get(f"/api/plugins/deploy/deployments/{dep_id}").json()) == states(d)


def test_a_revision_stopped_before_its_job_ran_stays_stopped(tmp_path, models_dir):
    """Stop while the revision waits for a worker: it is "stopped", and the worker that takes its
    job later skips it (it does not go live after the stop)."""
    env = {"LLMWORKS_MODELS_DIR": str(models_dir)}
    with KernelHarness(tmp_path, env=env, worker=False, database_url=os.environ.get("LLMWORKS_TEST_DATABASE_URL")) as h:
        admin = h.login()
        r = admin.post("/api/plugins/deploy/deployments", json={"project_id": h.default_project_id(), "name": "k8s-stop",
                                                                "target": "kubernetes", "model": MODEL})
        assert r.status_code == 201, r.text
        dep_id, job_id = r.json()["id"], r.json()["revisions"][0]["job_id"]
        r = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/stop")
        assert r.status_code == 200, r.text
        assert r.json()["state"] == "stopped" and states(r.json()) == [(1, "stopped", None)]
    with harness_for(tmp_path, models_dir) as h:
        admin = h.login()
        job = h.wait_for_job(admin, job_id)
        assert job["state"] == "succeeded" and "stopped before it was deployed" in job["result"]["skipped"], job
        d = admin.get(f"/api/plugins/deploy/deployments/{dep_id}").json()
        assert d["state"] == "stopped" and states(d) == [(1, "stopped", None)]


def _sse(client, url: str, **params) -> list[tuple[str, str]]:
    """(event, data) of each event of an SSE answer, read to its end."""
    out, event = [], "message"
    with client.stream("GET", url, params=params) as r:
        assert r.status_code == 200, r.read()
        assert r.headers["content-type"].startswith("text/event-stream")
        for line in r.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                out.append((event, line[6:]))
                event = "message"
    return out


def test_the_log_streams_live_from_an_offset_and_only_to_members(harness, admin, project_id):
    """``GET .../logs/stream``: the log so far as ``log`` events with the offset to go on from,
    nothing again from that offset, ``end`` after ``max_seconds``; a user outside the project gets 404."""
    import json

    r = admin.post("/api/plugins/deploy/deployments", json={"project_id": project_id, "name": "k8s-logs",
                                                            "target": "kubernetes", "model": MODEL})
    assert r.status_code == 201, r.text
    dep_id = r.json()["id"]
    settled(admin, dep_id)
    url = f"/api/plugins/deploy/deployments/{dep_id}/logs/stream"
    events = _sse(admin, url, max_seconds=1.5)
    logs = [json.loads(d) for e, d in events if e == "log"]
    assert logs and events[-1][0] == "end", events
    text = "".join(x["text"] for x in logs)
    whole = admin.get(f"/api/plugins/deploy/deployments/{dep_id}/logs").json()
    assert text == whole["text"] and "revision 1 completed" in text, (text, whole)
    assert logs[-1]["next_offset"] == len(text.encode())
    again = _sse(admin, url, offset=logs[-1]["next_offset"], max_seconds=1)
    assert [e for e, _ in again] == ["end"]  # nothing new was written: keep-alives, then the end
    outsider = harness.create_user("deploy-log-outsider")
    assert outsider.get(url, params={"max_seconds": 1}).status_code == 404
