"""The Celery backend: the job rows stay the source of truth, Celery only carries wake-ups.

Producer side (``llmworks serve`` with ``LLMWORKS_QUEUE=celery``): :func:`install_dispatcher`
appends a dispatcher to ``kernel.queue.dispatchers`` that sends one ``llmworks.run_job(job_id)``
message for every new or re-queued job, with an ``eta`` when the job is not due yet and a
broker priority mapped from the job's priority.

Worker side (``llmworks worker --celery``): :func:`run_celery_worker` starts a real Celery
worker whose task claims exactly that job row (``queue.claim(worker_id, job_id=...)``) and runs
it through :meth:`Worker.execute` (a forkserver child per job, heart-beats from the worker),
the same code path as the embedded worker. A message for a job that is not due yet (or is
outside its time windows) is retried with a countdown; one for a job that is no longer queued
(cancelled, or claimed through a duplicate message) is dropped. The worker also runs the
kernel reaper, which re-queues jobs whose worker died; :meth:`JobQueue.fail` sends the
re-queued job through the dispatchers again, so recovery needs no help from the broker.

Pool: ``threads`` (``--concurrency`` threads in one process). The handler never runs in the
pool: each thread only claims, forks the job child from the kernel's forkserver and
heart-beats, so one kernel, one database pool and one forkserver serve every slot. A prefork
pool would run that inside daemonic billiard processes, which may not start children.

Broker settings: ``LLMWORKS_CELERY_BROKER_URL`` (Redis or RabbitMQ); ``LLMWORKS_CELERY_QUEUE``
(queue name, default ``llmworks``: give GPU nodes their own) and ``LLMWORKS_CELERY_KEY_PREFIX``
(Redis only: a prefix for every key, to share one Redis between installations).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from celery import Celery

from llmworks.db import utcnow
from llmworks.jobs.windows import next_opening

if TYPE_CHECKING:
    from llmworks.db.models import Job
    from llmworks.jobs.worker import Worker
    from llmworks.kernel import Kernel
    from llmworks.settings import Settings

log = logging.getLogger("llmworks.celery")

TASK_NAME = "llmworks.run_job"
#: longest a message waits (eta or retry countdown) before the task looks at its job again;
#: well under Redis' visibility timeout (1 h), so a waiting message is never redelivered
MAX_WAIT = timedelta(minutes=10)
#: a job due within this is sent without an eta
_ETA_SLACK = timedelta(milliseconds=50)


# ---------------------------------------------------------------------- configuration
def broker_options(settings: Settings) -> tuple[str, str, str]:
    """(broker URL, queue name, Redis key prefix) from the settings."""
    return settings.celery_broker_url, settings.celery_queue or "llmworks", settings.celery_key_prefix


def _is_redis(broker_url: str) -> bool:
    return broker_url.split(":", 1)[0] in {"redis", "rediss", "sentinel", "redis+socket"}


def celery_priority(job_priority: int, broker_url: str) -> int:
    """Map a job priority (higher runs first, default 0) to a broker priority 0..9.

    Redis serves priority 0 first, RabbitMQ serves 9 first; job priority 0 sits in the middle
    so that up to 4 levels above and 5 below stay distinct."""
    redis_level = min(9, max(0, 4 - int(job_priority)))
    return redis_level if _is_redis(broker_url) else 9 - redis_level


_apps: dict[tuple[str, str, str], Celery] = {}
_apps_lock = threading.Lock()


def celery_app(settings: Settings) -> Celery:
    """The Celery app for these settings (one per broker/queue/prefix and process)."""
    key = broker_options(settings)
    with _apps_lock:
        app = _apps.get(key)
        if app is None:
            app = _apps[key] = _make_app(*key)
        return app


def _make_app(broker_url: str, queue: str, key_prefix: str) -> Celery:
    app = Celery("llmworks", broker=broker_url, set_as_current=False)
    transport: dict[str, Any] = {}
    if _is_redis(broker_url):
        # ten real priority levels (the default buckets them into four), served in order
        transport.update(priority_steps=list(range(10)), sep=":", queue_order_strategy="priority")
        if key_prefix:
            transport["global_keyprefix"] = key_prefix
    app.conf.update(
        task_default_queue=queue,
        task_acks_late=True,  # a message is acknowledged only once its job has run
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,  # no worker hoards messages another idle worker could run
        task_queue_max_priority=10,  # RabbitMQ: declare the queue with priorities
        task_default_priority=celery_priority(0, broker_url),
        task_ignore_result=True,  # outcomes live in the jobs table
        task_serializer="json",
        accept_content=["json"],
        broker_transport_options=transport,
        broker_connection_retry_on_startup=True,
        task_publish_retry_policy={"max_retries": 3, "interval_start": 0, "interval_step": 0.5, "interval_max": 1},
        worker_send_task_events=False,
        enable_utc=True,
    )
    app.task(name=TASK_NAME, bind=True, max_retries=None, acks_late=True, reject_on_worker_lost=True)(_run_job)
    return app


# ---------------------------------------------------------------------- producer
def due_eta(job: Job, now: datetime | None = None) -> datetime | None:
    """When a message for ``job`` should be delivered: None for now, else its next start
    (not_before, then time windows), at most :data:`MAX_WAIT` ahead."""
    now = now or utcnow()
    due = next_opening(job.windows, max(job.not_before or now, now))
    return min(due, now + MAX_WAIT) if due - now > _ETA_SLACK else None


class CeleryDispatcher:
    """Sends one ``llmworks.run_job`` message per new or re-queued job."""

    def __init__(self, settings: Settings) -> None:
        self.app = celery_app(settings)
        self.broker_url, self.queue, _ = broker_options(settings)

    def __call__(self, job: Job) -> None:
        if getattr(job, "backend", None) not in (None, "celery"):
            return  # another backend runs it (local workers, Slurm, Kubernetes)
        options: dict[str, Any] = {"queue": self.queue, "priority": celery_priority(job.priority, self.broker_url)}
        eta = due_eta(job)
        if eta is not None:
            options["eta"] = eta
        self.app.send_task(TASK_NAME, args=[job.id], **options)


def install_dispatcher(kernel: Kernel) -> CeleryDispatcher:
    """Make ``kernel.queue`` send every new or re-queued job to Celery (idempotent)."""
    for d in kernel.queue.dispatchers:
        if isinstance(d, CeleryDispatcher):
            return d
    d = CeleryDispatcher(kernel.settings)
    kernel.queue.dispatchers.append(d)
    return d


# ---------------------------------------------------------------------- worker side
class _Runtime:
    """What the task needs in a worker process: the kernel and a (not started) Worker."""

    def __init__(self, kernel: Kernel) -> None:
        from llmworks.jobs.worker import Worker

        self.kernel = kernel
        name = f"celery:{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.worker: Worker = Worker(kernel, name=name)
        install_dispatcher(kernel)  # the reaper and retries re-dispatch through Celery
        self.worker.prepare_children()  # before any task claims a job
        self.worker.start_reaper()

    def stop(self) -> None:
        self.worker.stop()


_runtime: _Runtime | None = None
_runtime_lock = threading.Lock()


def bind_worker(kernel: Kernel) -> _Runtime:
    """Use ``kernel`` to run this process's tasks, and start its reaper."""
    global _runtime
    with _runtime_lock:
        if _runtime is None or _runtime.kernel is not kernel:
            if _runtime is not None:
                _runtime.stop()
            _runtime = _Runtime(kernel)
        return _runtime


def __getattr__(name: str) -> Any:
    """``app``: the Celery app of the environment's settings, for Celery's own command line
    (``celery -A llmworks.jobs.celery_backend worker --pool threads``); prefer
    ``llmworks worker --celery``."""
    if name == "app":
        from llmworks.settings import Settings

        return celery_app(Settings())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _current() -> _Runtime:
    if _runtime is None:  # a worker started with `celery -A ...` rather than `llmworks worker --celery`
        from llmworks.kernel import Kernel

        return bind_worker(Kernel.create(migrate=False, role="worker"))
    return _runtime


def _run_job(task: Any, job_id: int) -> str:
    rt = _current()
    queue = rt.kernel.queue
    job = queue.claim(rt.worker.id, job_id=job_id, devices=rt.worker.devices)
    if job is None:
        due = queue.next_due(job_id)
        if due is None:
            log.info("job %s is no longer queued: message dropped", job_id)
            return "dropped"
        wait = min(max((due - utcnow()).total_seconds(), 0.2), MAX_WAIT.total_seconds())
        log.debug("job %s is not due: retrying in %.1f s", job_id, wait)
        raise task.retry(countdown=wait, max_retries=None)
    return rt.worker.execute(job)


def run_celery_worker(kernel: Kernel, concurrency: int = 1, *, loglevel: str = "INFO",
                      extra_args: list[str] | None = None) -> None:
    """Run a Celery worker (``threads`` pool, ``concurrency`` slots) and the kernel reaper."""
    app = celery_app(kernel.settings)
    app.conf.worker_hijack_root_logger = False  # `llmworks worker` has configured logging
    _, queue, _ = broker_options(kernel.settings)
    rt = bind_worker(kernel)
    argv = [
        "worker", "--pool=threads", f"--concurrency={max(1, concurrency)}", f"--queues={queue}",
        f"--hostname=llmworks-{os.getpid()}@%h", f"--loglevel={loglevel}",
        "--without-gossip", "--without-mingle", "--without-heartbeat",
        *(extra_args or []),
    ]
    log.info("celery worker %s on %s (queue %s, %d slot(s))", rt.worker.id,
             app.conf.broker_url.split("@")[-1], queue, concurrency)
    try:
        app.worker_main(argv)
    finally:
        rt.stop()
