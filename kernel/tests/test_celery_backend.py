"""The Celery backend with the real Redis: dispatch, the task (claim exactly its job, run it
through Worker.execute, retry when not due, drop when no longer queued), broker priorities,
and the acceptance test: a ``llmworks worker --celery`` SIGKILLed mid-job, a new one recovers
the job with every event and log line kept."""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the shared helpers (pytest runs with --import-mode=importlib)

from llmworks.db import utcnow  # noqa: E402
from llmworks.db.models import Job  # noqa: E402
from llmworks.jobs import celery_backend as cb  # noqa: E402
from llmworks.settings import Settings  # noqa: E402
from sqlalchemy import select  # noqa: E402
from test_jobs_support import (  # noqa: E402
    Procs,
    check_fast_children,
    check_recovered,
    job_events,
    job_row,
    kill_mid_job,
    lifecycle,
    llmworks_cmd,
    log_lines,
    make_kernel,
    redis_namespace,
    start_jobs,
    wait_for,
    wait_state,
    worker_env,
)

pytest_plugins = ["test_jobs_support"]  # fixtures: db_url, pg_url, procs
pytestmark = [pytest.mark.redis, pytest.mark.timeout(80)]
DONE = ("succeeded", "failed", "cancelled")


# ---------------------------------------------------------------------- configuration
def test_priority_mapping_and_app_config(monkeypatch):
    redis_url, amqp_url = "redis://127.0.0.1:6379/3", "amqp://guest@localhost//"
    levels = [cb.celery_priority(p, redis_url) for p in (10, 4, 1, 0, -1, -5, -10)]
    assert levels == [0, 0, 3, 4, 5, 9, 9]  # Redis serves 0 first
    assert [cb.celery_priority(p, amqp_url) for p in (10, 0, -10)] == [9, 5, 0]  # RabbitMQ serves 9 first
    monkeypatch.setenv("LLMWORKS_CELERY_QUEUE", "gpu")
    app = cb.celery_app(Settings(celery_broker_url=redis_url))
    conf = app.conf
    assert conf.task_acks_late and conf.task_reject_on_worker_lost and conf.worker_prefetch_multiplier == 1
    assert conf.task_default_queue == "gpu" and conf.broker_url == redis_url
    assert conf.broker_transport_options["priority_steps"] == list(range(10))
    assert cb.TASK_NAME in app.tasks and app.tasks[cb.TASK_NAME].acks_late


def test_due_eta_from_not_before_and_windows():
    now = utcnow()
    assert cb.due_eta(Job(not_before=None, windows=[]), now) is None
    assert cb.due_eta(Job(not_before=now - timedelta(seconds=5), windows=[]), now) is None
    assert cb.due_eta(Job(not_before=now + timedelta(seconds=30), windows=[]), now) == now + timedelta(seconds=30)
    # far away: the message comes back to look again after MAX_WAIT (under Redis' visibility timeout)
    assert cb.due_eta(Job(not_before=now + timedelta(days=2), windows=[]), now) == now + cb.MAX_WAIT
    soon = now + timedelta(minutes=3)
    window = [{"start": soon.strftime("%H:%M"), "end": (soon + timedelta(hours=1)).strftime("%H:%M")}]
    eta = cb.due_eta(Job(not_before=None, windows=window), now)
    assert eta == soon.replace(second=0, microsecond=0)


# ---------------------------------------------------------------------- a live worker
class CeleryWorld:
    """A test kernel that dispatches to Celery and `llmworks worker --celery` subprocesses."""

    def __init__(self, folder: Path, db_url: str | None, broker: dict[str, str]) -> None:
        self.home = folder / "home"
        self.procs = Procs(folder)
        self.k = make_kernel(self.home, db_url, celery_broker_url=broker["LLMWORKS_CELERY_BROKER_URL"], queue="celery")
        cb.install_dispatcher(self.k)
        # one simulated GPU: jobs that ask for it run one after the other (GPU-aware dispatch)
        self.env = worker_env(self.home, db_url, LLMWORKS_QUEUE="celery", LLMWORKS_GPUS="0", LLMWORKS_GPU_TYPE="SIM-GPU", **broker)
        self.n = 0

    def start_worker(self, concurrency: int = 2) -> Any:
        self.n += 1
        p = self.procs.start(llmworks_cmd("worker", "--celery", "--concurrency", str(concurrency)), self.env, f"celery-{self.n}")
        wait_for(lambda: "ready." in self.procs.output(f"celery-{self.n}") or p.poll() is not None, 30, "celery to start")
        assert p.poll() is None, self.procs.output(f"celery-{self.n}")
        return p

    def output(self) -> str:
        return "".join(self.procs.output(f"celery-{i}") for i in range(1, self.n + 1))

    def close(self) -> None:
        self.procs.kill_all()
        self.k.unregister_plugin("jobtest")
        self.k.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CeleryWorld]:
    with redis_namespace() as broker:
        w = CeleryWorld(tmp_path_factory.mktemp("celery"), None, broker)
        try:
            w.start_worker(concurrency=2)
            yield w
        finally:
            w.close()


def test_jobs_run_in_children_through_the_task(world):
    k = world.k
    child = k.queue.enqueue("kernel.sleep", {"seconds": 0.4, "steps": 2})
    inline = k.queue.enqueue("kernel.noop_inline")
    done = wait_state(k, child.id, DONE)
    assert done.state == "succeeded" and done.worker_id.startswith("celery:") and done.result == {"slept": 0.4, "steps": 2}
    assert lifecycle(k, child.id) == ["job.queued", "job.started", "job.succeeded"]
    assert any("started in pid" in ln for ln in log_lines(k, child.id))
    assert wait_state(k, inline.id, DONE).state == "succeeded"


def test_children_fork_from_the_template_kernel(world):
    check_fast_children(world.k)


def test_failed_attempt_is_dispatched_again(world):
    """A retry after a failure needs a new message: Celery has no poller."""
    k = world.k
    job = k.queue.enqueue("jobtest.crash", {"crash_until": 2})  # crashes once, backoff 0.2 s
    done = wait_state(k, job.id, DONE, timeout=30)
    assert done.state == "succeeded" and done.attempts == 2
    assert lifecycle(k, job.id) == ["job.queued", "job.started", "job.retrying", "job.started", "job.succeeded"]


def test_not_before_is_the_eta_and_early_messages_are_retried(world):
    k = world.k
    t0 = utcnow()
    job = k.queue.enqueue("kernel.noop_inline", not_before=t0 + timedelta(seconds=1.5))
    # and a message that arrives too early (as if a duplicate): the task retries with a countdown
    early = k.queue.enqueue("kernel.noop_inline", not_before=t0 + timedelta(seconds=1.5))
    world.k.queue.dispatchers[-1].app.send_task(cb.TASK_NAME, args=[early.id], queue=world.env["LLMWORKS_CELERY_QUEUE"])
    for j in (job, early):
        row = wait_state(k, j.id, DONE, timeout=20)
        assert row.state == "succeeded" and row.started_at >= row.not_before and row.attempts == 1
    wait_for(lambda: "retry: Retry in" in world.output(), 5, "the early message to be retried")


def test_messages_for_jobs_no_longer_queued_are_dropped(world):
    k = world.k
    cancelled = k.queue.enqueue("kernel.noop_inline", not_before=utcnow() + timedelta(seconds=1))
    k.queue.cancel(cancelled.id)
    wait_for(lambda: f"job {cancelled.id} is no longer queued" in world.output(), 15, "the message to be dropped")
    assert lifecycle(k, cancelled.id) == ["job.queued", "job.cancelled"]
    # duplicates of one job's message: exactly one run
    dup = k.queue.enqueue("kernel.sleep", {"seconds": 0.3, "steps": 1})
    for _ in range(3):
        k.queue.dispatchers[-1](job_row(k, dup.id))
    assert wait_state(k, dup.id, DONE).attempts == 1
    wait_for(lambda: world.output().count(f"job {dup.id} is no longer queued") == 3, 10, "the duplicates to be dropped")
    assert lifecycle(k, dup.id) == ["job.queued", "job.started", "job.succeeded"]


def test_two_jobs_for_the_only_gpu_run_one_after_the_other_under_celery(world):
    k = world.k
    ids = [k.queue.enqueue("jobtest.devices", {"seconds": 0.8}, resources={"gpus": 1}).id for _ in range(2)]
    rows = [wait_state(k, i, DONE, timeout=30) for i in ids]
    assert [r.state for r in rows] == ["succeeded", "succeeded"]
    assert [r.result["cuda_visible_devices"] for r in rows] == ["0", "0"]
    first, second = sorted((r.result for r in rows), key=lambda r: r["t0"])
    assert second["t0"] >= first["t1"]  # the worker has two slots, the GPU is one


def test_cancel_running_job_under_celery(world):
    k = world.k
    job = k.queue.enqueue("kernel.sleep", {"seconds": 20, "steps": 80})
    wait_for(lambda: job_row(k, job.id).progress_step, 15, "progress")
    k.queue.cancel(job.id)
    assert wait_state(k, job.id, DONE, timeout=10).state == "cancelled"


def test_broker_priority_order(tmp_path):
    """Messages waiting in Redis are served by job priority, then in order."""
    with redis_namespace() as broker:
        w = CeleryWorld(tmp_path, None, broker)
        try:
            prios = [0, 3, -2, 3, 1, 0, -2, 2]
            ids = [w.k.queue.enqueue("kernel.noop_inline", priority=p).id for p in prios]  # no worker yet
            w.start_worker(concurrency=1)
            for i in ids:
                wait_state(w.k, i, DONE)
            with w.k.db.session() as s:
                started = list(s.scalars(select(Job.id).where(Job.id.in_(ids)).order_by(Job.started_at, Job.id)))
            expected = [i for _, i in sorted(zip(prios, ids, strict=True), key=lambda t: (-t[0], t[1]))]
            assert started == expected
        finally:
            w.close()


# ---------------------------------------------------------------------- acceptance
def test_sigkilled_celery_worker_job_is_recovered(tmp_path, db_url):
    with redis_namespace() as broker:
        w = CeleryWorld(tmp_path, db_url, broker)
        try:
            first = w.start_worker(concurrency=2)
            recover, exhaust = start_jobs(w.k)
            before = kill_mid_job(w.k, first.pid, (recover, exhaust))
            assert first.wait(5) == -signal.SIGKILL
            t0 = time.monotonic()
            w.start_worker(concurrency=2)
            check_recovered(w.k, before, recover, exhaust)
            assert time.monotonic() - t0 < 20
            assert f"job {recover} recovered" in w.procs.output("celery-2")
            # attempt 2 ran under the new worker, through a new message
            started = [e for e in job_events(w.k, recover) if e.type == "job.started"]
            assert started[0].data["worker"] != started[1].data["worker"]
            assert all(e.data["worker"].startswith("celery:") for e in started)
        finally:
            w.close()
