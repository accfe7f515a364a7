"""Redeploy and roll back through the REST API on the Kubernetes target (manifests only: no
process to start). The deployment page replaces its state with the action's response, so the
responses carry what GET does; ``rollback_to`` says which revision a rollback would deploy, and
is null exactly when the rollback is refused (issue 15: the page offered a rollback that the
server refused after a redeploy of the same spec)."""

from __future__ import annotations

import time

MODEL = "base:llmworks-demo-tiny"


def settled(client, dep_id: int, timeout: float = 120) -> dict:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        d = client.get(f"/api/plugins/deploy/deployments/{dep_id}").json()
        if d["revisions"][0]["state"] in ("completed", "failed"):
            assert d["state"] == "completed", d
            return d
        time.sleep(0.2)
    raise AssertionError(d)


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
    refused = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/rollback")
    assert refused.status_code == 422 and refused.json()["detail"] == "there is no earlier revision that ran to roll back to"

    # a redeploy of the same spec (the page's Redeploy button) only restarts: nothing to roll back to
    r = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/redeploy", json={})
    assert r.status_code == 202, r.text
    same_shape(r.json(), admin.get(f"/api/plugins/deploy/deployments/{dep_id}").json())
    d = settled(admin, dep_id)
    assert d["revision"] == 2 and d["rollback_to"] is None
    refused = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/rollback")
    assert refused.status_code == 422, refused.text
    assert refused.json()["detail"].startswith("nothing to roll back to: every earlier revision that ran serves what revision 2")

    # other settings are something to roll back from (a rollback deploys the earlier settings again)
    r = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/redeploy", json={"settings": {"replicas": 3}})
    assert r.status_code == 202, r.text
    d = settled(admin, dep_id)
    assert d["revision"] == 3 and d["rollback_to"] == 2    # the newest earlier revision that serves something else

    r = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/rollback")
    assert r.status_code == 202, r.text
    same_shape(r.json(), admin.get(f"/api/plugins/deploy/deployments/{dep_id}").json())
    assert r.json()["revision"] == 4 and r.json()["revisions"][0]["rollback_of"] == 2
    d = settled(admin, dep_id)
    assert d["revisions"][0]["settings"] == {"replicas": 1} and d["rollback_to"] == 3
    manifests = admin.get(f"/api/plugins/deploy/deployments/{dep_id}/artifact").text
    assert "replicas: 1" in manifests
