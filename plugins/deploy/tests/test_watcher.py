"""The server watches its deployments without anyone reading them: a serving process killed
with SIGKILL, or hung (SIGSTOP: alive but not answering), shows up as deployment events, kernel
events and notifications with no request for the deployment; the supervisor restarts a hung
process after its /health probes fail."""

from __future__ import annotations

import json
import os
import signal
import time

import pytest
from llmworks_deploy.tables import Deployment, DeploymentEvent
from llmworks_deploy.testing import harness_for, register_versions
from sqlalchemy import select

pytestmark = pytest.mark.slow


def wait_for(what, check, timeout=120.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_crash_and_hang_are_recorded_without_reading_the_deployment(home, models_dir, demo_model, adapters):
    with harness_for(home, models_dir, env={"LLMWORKS_DEPLOY_WATCH_SECONDS": "0.3"}) as h:
        admin = h.login()
        pid = h.default_project_id()
        versions = register_versions(h, pid, demo_model, adapters)

        def row() -> Deployment:  # the database, not the API: no route syncs the deployment
            with h.kernel.db.session() as s:
                d = s.get(Deployment, dep_id)
                s.expunge(d)
                return d

        def events(type_: str) -> list[dict]:
            with h.kernel.db.session() as s:
                rows = s.scalars(select(DeploymentEvent).where(DeploymentEvent.deployment_id == dep_id,
                                                               DeploymentEvent.type == type_)
                                 .order_by(DeploymentEvent.id)).all()
                return [dict(r.data or {}) for r in rows]

        r = admin.post("/api/plugins/deploy/deployments", json={
            "project_id": pid, "name": "watched", "target": "local", "model": f"custom:{versions['attn']}",
            "settings": {"torch_threads": 1, "backoff_s": 0.2, "health_interval_s": 0.5, "health_timeout_s": 1,
                         "health_failures": 2}})
        assert r.status_code == 201, r.text
        dep_id = r.json()["id"]
        wait_for("running", lambda: row().state == "running" or row().state == "failed", 180)
        assert row().state == "running", row().message
        folder = home / "deployments" / str(dep_id)

        def worker(healthy: bool = False) -> int | None:
            rec = json.loads((folder / "supervisor.json").read_text())
            return rec.get("worker_pid") if rec.get("healthy_at") or not healthy else None

        # kill -9: the crash reaches the database, the kernel's events and the notifications
        victim = worker()
        os.kill(victim, signal.SIGKILL)
        crashed = wait_for("the crash event", lambda: events("deployment.process_crashed"))
        assert crashed[0]["pid"] == victim and crashed[0]["hung"] is False
        assert wait_for("the restart count", lambda: row().restarts >= 1)
        unhealthy = wait_for("the unhealthy event", lambda: [e for e in events("deployment.health") if not e["ok"]])
        assert unhealthy
        wait_for("healthy again", lambda: [e for e in events("deployment.health") if e["ok"]], 180)
        from llmworks_sdk.testing import kernel_table

        Event = kernel_table("Event")
        with h.kernel.db.session() as s:
            kinds = set(s.scalars(select(Event.type).where(Event.subject_kind == "deployment",
                                                           Event.subject_id == dep_id)).all())
        assert {"deployment.process_crashed", "deployment.health"} <= kinds

        def noted() -> bool:
            notes = admin.get("/api/notifications", params={"limit": 50}).json()["items"]
            return any("watched: the serving process crashed" in n["title"] for n in notes)

        wait_for("the crash notification", noted, 30)

        # hung (stopped, not exited): the supervisor's probes fail, it kills and restarts it
        # (once the supervisor has seen it healthy: a worker that never was gets start_timeout_s)
        hung = wait_for("a new healthy worker", lambda: worker(True) not in (None, victim) and worker(True))
        os.kill(hung, signal.SIGSTOP)
        try:
            event = wait_for("the hang event", lambda: events("deployment.process_hung"), 60)
            assert event[0]["pid"] == hung
            assert wait_for("the hung process's restart",
                            lambda: [e for e in events("deployment.process_crashed") if e["pid"] == hung])[0]["hung"]
            assert wait_for("a worker after the hang", lambda: worker() not in (None, victim, hung) and worker())
        finally:
            try:
                os.kill(hung, signal.SIGCONT)
            except ProcessLookupError:
                pass
        assert row().state == "running"
        r = admin.post(f"/api/plugins/deploy/deployments/{dep_id}/stop")
        assert r.status_code == 200 and r.json()["state"] == "stopped"
