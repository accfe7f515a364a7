"""Scheduling through the API with a real worker (issue 16, acceptance): a job scheduled into
a time window that opens in the future does not start before it, starts inside it, and its
estimated start and finish are shown while it waits; two jobs asking for the only GPU (a
simulated device) run one after the other, and the queue estimates them that way.

The clock of the queue and of the schedule is moved to just before 22:00 in Paris, so the
window opens two seconds into the test."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from llmworks_sdk.scheduling import window_open
from llmworks_sdk.testing import KernelHarness

pytestmark = [pytest.mark.timeout(120), pytest.mark.slow]
PARIS = ZoneInfo("Europe/Paris")
WINDOW = [{"start": "22:00", "end": "06:00", "tz": "Europe/Paris"}]


def _next_22h(now: datetime) -> datetime:
    local = now.astimezone(PARIS)
    opening = local.replace(hour=22, minute=0, second=0, microsecond=0)
    if opening <= local:
        opening += timedelta(days=1)
    return opening.astimezone(UTC)


def fake_clock(monkeypatch, lead: float) -> tuple[datetime, object]:
    """Move the queue's and the schedule's clock to ``lead`` seconds before the next 22:00 in Paris."""
    import llmworks.jobs.queue as queue_mod
    import llmworks_resources.schedule as schedule_mod

    real = queue_mod.utcnow
    opening = _next_22h(real())
    offset = opening - timedelta(seconds=lead) - real()

    def now() -> datetime:
        return real() + offset

    monkeypatch.setattr(queue_mod, "utcnow", now)
    monkeypatch.setattr(schedule_mod, "utcnow", now)
    return opening, now


def test_window_in_the_future_and_one_gpu(tmp_path, monkeypatch):
    env = {"LLMWORKS_RESOURCES_INTERVAL": "0", "LLMWORKS_GPUS": "0", "LLMWORKS_GPU_TYPE": "SIM-GPU",
           "LLMWORKS_WORKER_CONCURRENCY": "2"}
    with KernelHarness(tmp_path, env=env) as h:
        c = h.login()
        pid = h.default_project_id()
        k = h.kernel
        from llmworks_sdk import jobs

        opening, now = fake_clock(monkeypatch, lead=4.0)

        night = jobs.enqueue(k, "kernel.sleep", {"seconds": 0.2, "steps": 2}, project_id=pid, title="night", windows=WINDOW)
        # two jobs for the only GPU, due in the same moment
        due = now() + timedelta(seconds=1.0)
        g1 = jobs.enqueue(k, "kernel.sleep", {"seconds": 0.8, "steps": 4}, project_id=pid, title="gpu-1",
                          resources={"gpus": 1}, not_before=due)
        g2 = jobs.enqueue(k, "kernel.sleep", {"seconds": 0.8, "steps": 4}, project_id=pid, title="gpu-2",
                          resources={"gpus": 1}, not_before=due)
        live = c.get("/api/plugins/resources/live").json()  # the collector is off here: sampled on demand
        assert any(x["key"] == "cpu.percent" for x in live["samples"])
        q = c.get("/api/plugins/resources/queue").json()
        items = {i["job"]["id"]: i for i in q["items"]}
        assert q["gpus"] == ["0"] and q["slots"] == 2
        wait = items[night.id]
        start = datetime.fromisoformat(wait["estimated_start"])
        assert start == opening and wait["waiting_for"] == "time window"
        assert datetime.fromisoformat(wait["estimated_finish"]) > start
        first, second = items[g1.id], items[g2.id]
        assert datetime.fromisoformat(second["estimated_start"]) >= datetime.fromisoformat(first["estimated_finish"])
        time.sleep(1.0)
        assert now() < opening
        assert c.get(f"/api/jobs/{night.id}").json()["state"] == "queued"  # before 22:00 Paris: not started
        done = h.wait_for_job(c, night.id, timeout=30)
        assert done["state"] == "succeeded"
        started = datetime.fromisoformat(done["started_at"])
        assert started >= opening and window_open(WINDOW, started)
        r1, r2 = (h.wait_for_job(c, j.id, timeout=30) for j in (g1, g2))
        assert r1["state"] == r2["state"] == "succeeded"
        a, b = sorted([r1, r2], key=lambda r: r["started_at"])
        assert a["assignment"]["devices"] == b["assignment"]["devices"] == ["0"]
        assert datetime.fromisoformat(b["started_at"]) >= datetime.fromisoformat(a["finished_at"])  # one after the other
