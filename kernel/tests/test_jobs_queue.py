"""Queue semantics on SQLite and PostgreSQL: priorities, not_before, time windows, retries
with backoff, cancellation, concurrent claimers, heartbeat expiry (the reaper)."""

from __future__ import annotations

import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the shared helpers (pytest runs with --import-mode=importlib)

from llmworks.db import utcnow  # noqa: E402
from llmworks.db.models import Job  # noqa: E402
from llmworks_sdk import Conflict  # noqa: E402
from sqlalchemy import event, select, update  # noqa: E402
from test_jobs_support import job_events, job_row, lifecycle  # noqa: E402

pytest_plugins = ["test_jobs_support"]  # fixtures: kernel, db_url, pg_url
pytestmark = pytest.mark.timeout(60)


def _drain(k, worker: str = "w") -> list[int]:
    ids = []
    while (job := k.queue.claim(worker)) is not None:
        ids.append(job.id)
    return ids


def _make_due(k, job_id: int) -> None:
    """Skip a job's backoff (as if the time had passed)."""
    with k.db.session() as s:
        s.execute(update(Job).where(Job.id == job_id).values(not_before=None))


def test_priority_then_fifo(kernel):
    prios = [0, 5, -1, 5, 2, 0]
    ids = [kernel.queue.enqueue("kernel.noop", priority=p).id for p in prios]
    expected = [i for _, i in sorted(zip(prios, ids, strict=True), key=lambda t: (-t[0], t[1]))]
    assert _drain(kernel) == expected
    for i in ids:
        assert lifecycle(kernel, i) == ["job.queued", "job.started"]


def test_not_before(kernel):
    later = kernel.queue.enqueue("kernel.noop", not_before=utcnow() + timedelta(seconds=0.8), priority=9)
    now = kernel.queue.enqueue("kernel.noop")
    assert kernel.queue.next_due(later.id) == job_row(kernel, later.id).not_before
    assert _drain(kernel) == [now.id]  # the higher priority does not make it due
    time.sleep(0.9)
    assert _drain(kernel) == [later.id]
    assert job_row(kernel, later.id).started_at >= job_row(kernel, later.id).not_before


def _hhmm(dt) -> str:
    return dt.strftime("%H:%M")


def test_time_windows(kernel):
    tz = ZoneInfo("Asia/Tokyo")
    local = utcnow().astimezone(tz)
    open_now = [{"start": _hhmm(local - timedelta(hours=1)), "end": _hhmm(local + timedelta(hours=1)), "tz": "Asia/Tokyo"}]
    opens_later = [{"start": _hhmm(local + timedelta(hours=2)), "end": _hhmm(local + timedelta(hours=3)), "tz": "Asia/Tokyo"}]
    other_days = [{**open_now[0], "days": [(local.weekday() + 3) % 7]}]
    a = kernel.queue.enqueue("kernel.noop", windows=open_now)
    b = kernel.queue.enqueue("kernel.noop", windows=opens_later, priority=5)
    c = kernel.queue.enqueue("kernel.noop", windows=other_days, priority=5)
    assert _drain(kernel) == [a.id]
    assert job_row(kernel, b.id).state == job_row(kernel, c.id).state == "queued"
    # the Celery task waits until the next opening: the window's start, to the minute
    due = kernel.queue.next_due(b.id)
    start = (local + timedelta(hours=2)).replace(second=0, microsecond=0)
    assert abs((due - start).total_seconds()) <= 60, (due, start)
    assert kernel.queue.next_due(c.id) - utcnow() > timedelta(hours=20)


def test_retries_with_backoff_then_failure(kernel):
    job = kernel.queue.enqueue("kernel.sleep", {"seconds": 0})  # max_attempts 3, backoff 1 s doubling
    for attempt, backoff in ((1, 1.0), (2, 2.0)):
        claimed = kernel.queue.claim("w")
        assert claimed.id == job.id and claimed.attempts == attempt
        t0 = utcnow()
        row = kernel.queue.fail(job.id, "w", f"boom {attempt}")
        assert row.state == "queued" and row.error == f"boom {attempt}"
        assert kernel.queue.claim("w") is None  # backing off
        waited = (row.not_before - t0).total_seconds()
        assert backoff - 0.1 <= waited <= backoff + 0.5, waited
        _make_due(kernel, job.id)
    assert kernel.queue.claim("w").attempts == 3
    row = kernel.queue.fail(job.id, "w", "boom 3")
    assert row.state == "failed" and row.finished_at is not None
    assert lifecycle(kernel, job.id) == ["job.queued", "job.started", "job.retrying", "job.started", "job.retrying",
                                         "job.started", "job.failed"]
    attempts = [e.data["attempt"] for e in job_events(kernel, job.id) if e.type == "job.started"]
    assert attempts == [1, 2, 3]
    # a failure that must not be retried fails at once
    other = kernel.queue.enqueue("kernel.sleep")
    kernel.queue.claim("w")
    assert kernel.queue.fail(other.id, "w", "bad input", retry=False).state == "failed"


def test_cancel_queued_and_running(kernel):
    queued = kernel.queue.enqueue("kernel.noop")
    kernel.queue.cancel(queued.id)
    assert job_row(kernel, queued.id).state == "cancelled"
    assert kernel.queue.claim("w") is None
    assert kernel.queue.next_due(queued.id) is None  # a Celery message for it is dropped
    with pytest.raises(Conflict):
        kernel.queue.cancel(queued.id)

    running = kernel.queue.enqueue("kernel.noop")
    assert kernel.queue.claim("w").id == running.id
    assert kernel.queue.heartbeat(running.id, "w") is False
    kernel.queue.cancel(running.id)
    assert job_row(kernel, running.id).state == "running"  # cooperative: the worker stops it
    assert kernel.queue.heartbeat(running.id, "w") is True
    assert kernel.queue.mark_cancelled(running.id, "w").state == "cancelled"
    assert lifecycle(kernel, queued.id) == ["job.queued", "job.cancelled"]
    assert lifecycle(kernel, running.id) == ["job.queued", "job.started", "job.cancelled"]
    # a cancelled job that fails is not retried
    third = kernel.queue.enqueue("kernel.sleep")
    kernel.queue.claim("w")
    kernel.queue.cancel(third.id)
    assert kernel.queue.fail(third.id, "w", "stopped").state == "failed"


def test_concurrent_claimers_never_share_a_job(kernel):
    n_jobs, n_threads = 120, 8
    ids = {kernel.queue.enqueue("kernel.noop", priority=i % 4).id for i in range(n_jobs)}
    statements: list[str] = []
    event.listen(kernel.db.engine, "before_cursor_execute",
                 lambda conn, cur, stmt, *a: statements.append(stmt) if "FROM jobs" in stmt else None)
    claimed: dict[str, list[int]] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(n_threads)

    def claimer(name: str) -> None:
        mine = claimed.setdefault(name, [])
        start.wait()
        idle_since = None
        try:
            while True:
                job = kernel.queue.claim(name)
                if job is not None:
                    mine.append(job.id)
                    idle_since = None
                    continue
                # SKIP LOCKED may skip rows another claimer holds: only stop when nothing is left
                idle_since = idle_since or time.monotonic()
                if time.monotonic() - idle_since > 0.5:
                    return
                time.sleep(0.005)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=claimer, args=(f"w{i}",)) for i in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors, errors
    every = [i for mine in claimed.values() for i in mine]
    assert len(every) == len(set(every)) == n_jobs and set(every) == ids
    assert sum(1 for mine in claimed.values() if mine) > 1, "only one claimer ever got a job"
    with kernel.db.session() as s:
        rows = s.scalars(select(Job).where(Job.id.in_(ids))).all()
    owner = {i: name for name, mine in claimed.items() for i in mine}
    assert all(r.state == "running" and r.attempts == 1 and r.worker_id == owner[r.id] for r in rows)
    started = [e for i in ids for e in job_events(kernel, i) if e.type == "job.started"]
    assert len(started) == n_jobs
    if kernel.db.is_postgres:
        assert any("FOR UPDATE SKIP LOCKED" in s for s in statements)


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_postgres_claim_skips_locked_rows(kernel):
    """A claimer does not wait for a row another transaction holds: it takes the next one."""
    first = kernel.queue.enqueue("kernel.noop", priority=5)
    second = kernel.queue.enqueue("kernel.noop")
    with kernel.db.session() as holder:
        holder.execute(select(Job).where(Job.id == first.id).with_for_update())
        t0 = time.monotonic()
        got = kernel.queue.claim("w")
        assert time.monotonic() - t0 < 2.0
        assert got.id == second.id
        assert kernel.queue.claim("w", job_id=first.id) is None  # locked: skipped, not waited for
    assert kernel.queue.claim("w", job_id=first.id).id == first.id


def test_heartbeat_expiry_retries_or_fails_by_policy(kernel):
    kernel.settings.heartbeat_timeout_seconds = 0.4
    retried = kernel.queue.enqueue("kernel.sleep", max_attempts=2)
    exhausted = kernel.queue.enqueue("kernel.sleep", max_attempts=1)
    alive = kernel.queue.enqueue("kernel.sleep")
    for job in (retried, exhausted, alive):
        assert kernel.queue.claim("dead" if job is not alive else "alive", job_id=job.id) is not None
    dispatched: list[int] = []
    kernel.queue.dispatchers.append(lambda j: dispatched.append(j.id))
    time.sleep(0.5)
    kernel.queue.heartbeat(alive.id, "alive")
    assert sorted(kernel.queue.reap()) == sorted([retried.id, exhausted.id])
    assert dispatched == [retried.id]  # the re-queued job goes back through the dispatchers
    r, e = job_row(kernel, retried.id), job_row(kernel, exhausted.id)
    assert r.state == "queued" and r.worker_id is None and "heartbeat expired" in r.error and r.not_before > utcnow()
    assert e.state == "failed" and "heartbeat expired" in e.error
    assert job_row(kernel, alive.id).state == "running"
    assert lifecycle(kernel, retried.id) == ["job.queued", "job.started", "job.retrying"]
    assert lifecycle(kernel, exhausted.id) == ["job.queued", "job.started", "job.failed"]
    # the dead worker's lease is gone: its heartbeat says stop, and its late outcome is ignored
    assert kernel.queue.heartbeat(retried.id, "dead") is True
    assert kernel.queue.succeed(retried.id, "dead", {"late": True}) is None
    assert kernel.queue.reap() == []  # nothing is recovered twice
    _make_due(kernel, retried.id)
    assert kernel.queue.claim("w2").attempts == 2
    assert kernel.queue.succeed(retried.id, "w2", {"ok": 1}).state == "succeeded"
    assert lifecycle(kernel, retried.id) == ["job.queued", "job.started", "job.retrying", "job.started", "job.succeeded"]


def test_finish_is_compare_and_set(kernel):
    """Of two deciders racing on one run (a worker and a reaper) exactly one wins."""
    for _ in range(10):
        job = kernel.queue.enqueue("kernel.sleep")
        kernel.queue.claim("w", job_id=job.id)
        results: list[object] = []
        barrier = threading.Barrier(2)

        def decide(fn, *args, barrier=barrier, results=results) -> None:
            barrier.wait()
            results.append(fn(*args))

        ts = [threading.Thread(target=decide, args=(kernel.queue.succeed, job.id, "w", None)),
              threading.Thread(target=decide, args=(kernel.queue.fail, job.id, None, "reaped"))]
        for t in ts:
            t.start()
        for t in ts:
            t.join(10)
        assert sum(r is not None for r in results) == 1, results
        assert len([t for t in lifecycle(kernel, job.id) if t != "job.queued" and t != "job.started"]) == 1
