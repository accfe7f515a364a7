"""Hugging Face Hub push, tested against a local HTTP server that speaks the Hub's upload
endpoints huggingface_hub uses (``llmworks_deploy.testing.HubStandIn``: repo create, preupload,
LFS batch + PUT + verify, NDJSON commit) — not the real Hub. The token is a project secret:
encrypted at rest, never shown again."""

from __future__ import annotations

import time

from llmworks_deploy.testing import HubStandIn, register_versions


def wait(client, dep_id, timeout=120):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        d = client.get(f"/api/plugins/deploy/deployments/{dep_id}").json()
        if d["state"] in ("completed", "failed"):
            return d
        time.sleep(0.2)
    raise AssertionError(d)


def test_push_adapter_with_card_using_a_project_secret(harness, admin, project_id, demo_model, adapters):
    versions = register_versions(harness, project_id, demo_model, adapters)
    token = "hf_" + "s3cr3t" * 6
    r = admin.post("/api/plugins/deploy/secrets", json={"project_id": project_id, "name": "hf-token", "value": token})
    assert r.status_code == 201 and "value" not in r.json() and token not in r.text
    listed = admin.get("/api/plugins/deploy/secrets", params={"project_id": project_id}).text
    assert token not in listed and '"hf-token"' in listed
    # encrypted at rest: the database row does not hold the token
    from llmworks_deploy.tables import ProjectSecret
    from sqlalchemy import select

    with harness.kernel.db.session() as s:
        stored = s.scalar(select(ProjectSecret.ciphertext).where(ProjectSecret.name == "hf-token"))
    assert token not in stored and len(stored) > len(token)
    assert harness.create_user("eve-hub").get("/api/plugins/deploy/secrets", params={"project_id": project_id}).status_code == 404

    with HubStandIn(token) as hub:
        r = admin.post("/api/plugins/deploy/deployments", json={
            "project_id": project_id, "name": "hub-attn", "target": "hf-hub", "model": f"custom:{versions['attn']}",
            "settings": {"repo_id": "acme/demo-attn", "endpoint": hub.url, "license": "mit"}})
        assert r.status_code == 201, r.text
        d = wait(admin, r.json()["id"])
        logs = admin.get(f"/api/plugins/deploy/deployments/{d['id']}/logs").json()["text"]
        assert d["state"] == "completed", logs
        repo = hub.repos["acme/demo-attn"]
        assert sorted(repo) == ["README.md", "adapter_config.json", "adapter_model.safetensors"]
        assert repo["adapter_model.safetensors"] == (adapters["attn"] / "adapter_model.safetensors").read_bytes()
        assert any(c.startswith("POST /acme/demo-attn.git/info/lfs/objects/batch") for c in hub.calls)  # weights over LFS
        card = repo["README.md"].decode()
        assert card.startswith("---\nlicense: mit\n") and "base_model: llmworks-demo-tiny" in card
        for section in ("## Base model", "## Datasets", "## Training configuration", "## Evaluation", "## Bias scorecards",
                        "## Licence"):
            assert section in card
        assert hub.private["acme/demo-attn"] is True and d["outputs"]["commit"] == hub.commits[-1]["oid"]
        assert token not in logs

        # a wrong token: the push fails with the Hub's answer, the deployment says so
        admin.post("/api/plugins/deploy/secrets", json={"project_id": project_id, "name": "bad", "value": "hf_wrong_wrong"})
        r = admin.post("/api/plugins/deploy/deployments", json={
            "project_id": project_id, "name": "hub-bad", "target": "hf-hub", "model": f"custom:{versions['attn']}",
            "settings": {"repo_id": "acme/x", "endpoint": hub.url, "token_secret": "bad"}})
        d = wait(admin, r.json()["id"])
        assert d["state"] == "failed" and "401" in d["message"]
        # deployment events become notifications (the in-app notifier delivers them)
        end = time.monotonic() + 30
        while time.monotonic() < end:
            notes = admin.get("/api/notifications", params={"limit": 50}).json()["items"]
            if any(n["kind"] == "deployment.status" and "hub-bad: failed" in n["title"] for n in notes):
                break
            time.sleep(0.3)
        assert any(n["kind"] == "deployment.status" and "hub-bad: failed" in n["title"] for n in notes), notes
    # a missing secret is a clear failure too
    r = admin.post("/api/plugins/deploy/deployments", json={
        "project_id": project_id, "name": "hub-nosecret", "target": "hf-hub", "model": f"custom:{versions['attn']}",
        "settings": {"repo_id": "acme/y", "token_secret": "nope"}})
    d = wait(admin, r.json()["id"])
    assert d["state"] == "failed" and "no secret 'nope'" in d["message"]
