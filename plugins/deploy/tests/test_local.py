"""Acceptance, through the REST API: deploy a LoRA model version locally, call it with the
``openai`` client, redeploy a newer version, roll back, kill -9 the serving process and see it
restarted, all of it in logs and events; the deployment still runs after the main server restarts."""

from __future__ import annotations

import os
import signal
import time

import openai
import pytest
from llmworks_deploy.testing import harness_for, register_versions

pytestmark = pytest.mark.slow


def wait_state(client, dep_id: int, states: tuple[str, ...], timeout: float = 180) -> dict:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        d = client.get(f"/api/plugins/deploy/deployments/{dep_id}").json()
        if d["state"] in states and d["revisions"][0]["state"] in states:
            return d
        time.sleep(0.3)
    raise AssertionError(f"deployment {dep_id} stayed {d['state']}: {d}")


def in_process(demo_model, adapter, prompt, n):
    from llmworks_sdk import GenerationParams, ModelRef
    from llmworks_sdk.testing import inference_backend

    model = inference_backend("pytorch").load(ModelRef(key="x", path=demo_model, adapters={"a": adapter}))
    try:
        return model.generate(prompt, GenerationParams(temperature=0, max_new_tokens=n, logprobs=False), adapter="a").text
    finally:
        model.close()


def test_local_lifecycle(home, models_dir, demo_model, adapters):
    h = harness_for(home, models_dir)
    h.__enter__()
    dep_id = None
    admin = None
    try:
        admin = h.login()
        pid = h.default_project_id()
        versions = register_versions(h, pid, demo_model, adapters)
        key = admin.post("/api/auth/api-keys", json={"name": "deploy", "project_id": pid}).json()["key"]

        # bad input: a clear 4xx each
        bad = admin.post(
            "/api/plugins/deploy/deployments",
            json={"project_id": pid, "name": "x", "target": "nowhere", "model": f"custom:{versions['attn']}"},
        )
        assert bad.status_code == 422 and "unknown deploy target" in bad.json()["detail"]
        bad = admin.post(
            "/api/plugins/deploy/deployments", json={"project_id": pid, "name": "x", "target": "local", "model": "custom:999999"}
        )
        assert bad.status_code == 422, bad.text
        bad = admin.post(
            "/api/plugins/deploy/deployments",
            json={
                "project_id": pid,
                "name": "x",
                "target": "local",
                "model": f"custom:{versions['attn']}",
                "settings": {"port": 80},
            },
        )
        assert bad.status_code == 422 and bad.json()["errors"][0]["loc"] == ["body", "settings", "port"]

        r = admin.post(
            "/api/plugins/deploy/deployments",
            json={
                "project_id": pid,
                "name": "chat",
                "target": "local",
                "model": f"custom:{versions['attn']}",
                "settings": {"torch_threads": 1, "backoff_s": 0.5},
            },
        )
        assert r.status_code == 201, r.text
        dep_id = r.json()["id"]
        d = wait_state(admin, dep_id, ("running", "failed"))
        assert d["state"] == "running", admin.get(f"/api/plugins/deploy/deployments/{dep_id}/logs").json()["text"]
        base_url = d["outputs"]["openai_base_url"]

        client = openai.OpenAI(api_key=key, base_url=base_url, max_retries=0)
        prompt = "The pilot keeps the map"
        out = client.completions.create(model="chat", prompt=prompt, max_tokens=8, temperature=0)
        assert out.choices[0].text == in_process(demo_model, adapters["attn"], prompt, 8)
        chat = client.chat.completions.create(
            model="chat", messages=[{"role": "user", "content": "hello"}], max_tokens=4, temperature=0
        )
        assert chat.choices[0].message.content is not None
        with pytest.raises(openai.AuthenticationError):
            openai.OpenAI(api_key="lwk_wrong", base_url=base_url, max_retries=0).models.list()
        with pytest.raises(openai.NotFoundError):
            client.completions.create(model="other", prompt=prompt, max_tokens=2)

        # redeploy a newer version on the same URL
        r = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/redeploy", json={"model": f"custom:{versions['mlp']}"})
        assert r.status_code == 202, r.text
        d = wait_state(admin, dep_id, ("running", "failed"))
        assert d["revision"] == 2 and d["state"] == "running" and d["outputs"]["openai_base_url"] == base_url
        assert [(r["number"], r["state"], r["replaced_by"]) for r in d["revisions"]] == [(2, "running", None), (1, "replaced", 2)]
        out2 = client.completions.create(model="chat", prompt=prompt, max_tokens=8, temperature=0)
        assert out2.choices[0].text == in_process(demo_model, adapters["mlp"], prompt, 8)

        # roll back in one call: revision 3 serves what revision 1 served
        r = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/rollback")
        assert r.status_code == 202, r.text
        d = wait_state(admin, dep_id, ("running", "failed"))
        assert d["revision"] == 3 and d["revisions"][0]["rollback_of"] == 1 and d["model"] == f"custom:{versions['attn']}"
        assert [(r["number"], r["state"]) for r in d["revisions"]] == [(3, "running"), (2, "replaced"), (1, "replaced")]
        assert (
            client.completions.create(model="chat", prompt=prompt, max_tokens=8, temperature=0).choices[0].text
            == out.choices[0].text
        )

        # kill -9 the serving process: the supervisor restarts it
        health = admin.get(f"/api/plugins/deploy/deployments/{dep_id}/health").json()
        assert health["ok"] and health["revision"] == 3
        victim = health["pid"]
        os.kill(victim, signal.SIGKILL)
        end = time.monotonic() + 120
        while time.monotonic() < end:
            health = admin.get(f"/api/plugins/deploy/deployments/{dep_id}/health").json()
            if health.get("ok") and health.get("pid") != victim:
                break
            time.sleep(0.3)
        assert health["ok"] and health["pid"] != victim, health
        events = admin.get(f"/api/plugins/deploy/deployments/{dep_id}/events", params={"limit": 200}).json()["items"]
        types = [e["type"] for e in events]
        assert "deployment.process_crashed" in types and types.count("deployment.process_started") >= 4
        assert any(e["type"] == "deployment.rollback" for e in events)
        d = admin.get(f"/api/plugins/deploy/deployments/{dep_id}").json()
        assert d["restarts"] >= 1
        logs = admin.get(f"/api/plugins/deploy/deployments/{dep_id}/logs", params={"max_bytes": 200000}).json()["text"]
        assert "exited with code" in logs and "[revision 3]" in logs
        # kernel events (→ the UI's stream and notifiers)
        from llmworks_sdk.testing import kernel_table
        from sqlalchemy import select

        Event = kernel_table("Event")
        with h.kernel.db.session() as s:
            kinds = set(s.scalars(select(Event.type).where(Event.subject_kind == "deployment")).all())
        assert {"deployment.state", "deployment.process_crashed"} <= kinds
        # viewers of other projects see nothing
        bob = h.create_user("bob-deploy")
        assert bob.get(f"/api/plugins/deploy/deployments/{dep_id}").status_code == 404
    finally:
        h.__exit__(None, None, None)

    # the main server restarts: the deployment still runs and is adopted
    with harness_for(home, models_dir) as h2:
        admin2 = h2.login()
        try:
            health = admin2.get(f"/api/plugins/deploy/deployments/{dep_id}/health").json()
            assert health["ok"], health
            out3 = openai.OpenAI(api_key=key, base_url=base_url, max_retries=0).completions.create(
                model="chat", prompt=prompt, max_tokens=8, temperature=0
            )
            assert out3.choices[0].text == out.choices[0].text
            events = admin2.get(f"/api/plugins/deploy/deployments/{dep_id}/events", params={"limit": 200}).json()["items"]
            assert events[-1]["type"] == "deployment.adopted"
        finally:
            r = admin2.post(f"/api/plugins/deploy/deployments/{dep_id}/stop")
            assert r.status_code == 200 and r.json()["state"] == "stopped", r.text
            assert [(x["number"], x["state"]) for x in r.json()["revisions"]] == [(3, "stopped"), (2, "replaced"), (1, "replaced")]
            assert not admin2.get(f"/api/plugins/deploy/deployments/{dep_id}/health").json()["ok"]
