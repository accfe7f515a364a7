"""Shared fixtures and helpers of the job queue, worker and Celery tests (no tests in here).

Real services only: SQLite in the test's folder, a throwaway PostgreSQL database per test
session on 127.0.0.1:5432 (``llmworks_test_<random>``, dropped at the end), Redis at
127.0.0.1:6379 with a random key prefix and queue name per run. Subprocess workers are
started in their own process group, which is always killed at the end of the test.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # job children import test_jobs_plugin by name (forkserver copies sys.path)
    sys.path.insert(0, str(HERE))

import test_jobs_plugin  # noqa: E402
from llmworks.db.models import Event, Job  # noqa: E402
from llmworks.kernel import Kernel  # noqa: E402
from llmworks.settings import Settings  # noqa: E402
from llmworks_sdk import processes  # noqa: E402
from sqlalchemy import select  # noqa: E402

PG_ADMIN_DSN = os.environ.get("LLMWORKS_TEST_PG_ADMIN_DSN", "host=127.0.0.1 port=5432 dbname=test user=postgres")
REDIS_URL = os.environ.get("LLMWORKS_TEST_REDIS_URL", "redis://127.0.0.1:6379")
LIFECYCLE = ("job.queued", "job.started", "job.retrying", "job.succeeded", "job.failed", "job.cancelled")
FAST = {  # settings that keep the tests quick
    "heartbeat_seconds": 0.2,
    "heartbeat_timeout_seconds": 6.0,  # generous: a loaded CI machine must not look like a dead worker
    "poll_seconds": 0.05,
    "cancel_grace_seconds": 1.0,
}


# ---------------------------------------------------------------------- databases
def _pg_params() -> dict[str, str]:
    return dict(p.split("=", 1) for p in PG_ADMIN_DSN.split())


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped at the end."""
    import psycopg

    name = f"llmworks_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(PG_ADMIN_DSN, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL is not reachable at '{PG_ADMIN_DSN}' ({exc}); start it or deselect with -m 'not postgres'")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    p = _pg_params()
    try:
        yield f"postgresql+psycopg://{p.get('user', 'postgres')}@{p.get('host', '127.0.0.1')}:{p.get('port', '5432')}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _truncate_pg(url: str) -> None:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as c:
        if c.execute("SELECT to_regclass('jobs')").fetchone()[0] is not None:
            c.execute("TRUNCATE jobs, events CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str | None:
    """None (SQLite in the test's home) or the session's PostgreSQL database, emptied."""
    if request.param == "sqlite":
        return None
    url = request.getfixturevalue("pg_url")
    _truncate_pg(url)
    return url


# ---------------------------------------------------------------------- kernels
def make_kernel(home: Path, db_url: str | None = None, **overrides: Any) -> Kernel:
    """A real kernel (migrated) with only the kernel plugin and the jobtest plugin."""
    settings = Settings(home=home, database_url=db_url, load_plugins="kernel", **{**FAST, **overrides})
    k = Kernel.create(settings)
    k.register_plugin(test_jobs_plugin, "jobtest")
    return k


@pytest.fixture
def kernel(tmp_path: Path, db_url: str | None) -> Iterator[Kernel]:
    k = make_kernel(tmp_path / "home", db_url)
    try:
        yield k
    finally:
        k.unregister_plugin("jobtest")
        k.close()


def job_row(k: Kernel, job_id: int) -> Job:
    with k.db.session() as s:
        job = s.get(Job, job_id)
        assert job is not None
        return job


def job_events(k: Kernel, job_id: int) -> list[Event]:
    with k.db.session() as s:
        return list(s.scalars(
            select(Event).where(Event.subject_kind == "job", Event.subject_id == str(job_id)).order_by(Event.id)
        ))


def lifecycle(k: Kernel, job_id: int) -> list[str]:
    """The job's state-change events in order (progress and cancel requests left out)."""
    return [e.type for e in job_events(k, job_id) if e.type in LIFECYCLE]


def wait_for(pred: Callable[[], Any], timeout: float, what: str, interval: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = pred()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


def wait_state(k: Kernel, job_id: int, states: tuple[str, ...], timeout: float = 20.0) -> Job:
    return wait_for(lambda: (j := job_row(k, job_id)).state in states and j, timeout, f"job {job_id} to be {states}")


def log_lines(k: Kernel, job_id: int) -> list[str]:
    p = k.settings.jobs_dir / str(job_id) / "job.log"
    return p.read_text().splitlines() if p.exists() else []


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped by its parent) counts as gone
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


# ---------------------------------------------------------------------- subprocess workers
def llmworks_cmd(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("llmworks")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-c", "from llmworks.cli.main import main; main()", *args]


def worker_env(home: Path, db_url: str | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LLMWORKS_")}
    env.update(
        LLMWORKS_HOME=str(home),
        LLMWORKS_LOAD_PLUGINS="kernel",
        LLMWORKS_HEARTBEAT_SECONDS="0.25",
        LLMWORKS_HEARTBEAT_TIMEOUT_SECONDS="4",
        LLMWORKS_POLL_SECONDS="0.1",
        LLMWORKS_EXTRA_PLUGINS="jobtest=test_jobs_plugin",
        PYTHONPATH=os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")])),
    )
    if db_url:
        env["LLMWORKS_DATABASE_URL"] = db_url
    env.update(extra)
    return env


class Procs:
    """Subprocesses of one test, each in its own process group (worker, forkserver, job
    children), all killed at the end whatever happened."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, cmd: list[str], env: dict[str, str], name: str) -> subprocess.Popen[bytes]:
        out = open(self.folder / f"{name}.out", "wb")  # noqa: SIM115 - closed with the process
        p = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        out.close()
        self.procs.append(p)
        return p

    def output(self, name: str) -> str:
        p = self.folder / f"{name}.out"
        return p.read_text(errors="replace") if p.exists() else ""

    def kill_all(self) -> None:
        for p in self.procs:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                pass


@pytest.fixture
def procs(tmp_path: Path) -> Iterator[Procs]:
    ps = Procs(tmp_path)
    try:
        yield ps
    finally:
        ps.kill_all()


# ---------------------------------------------------------------------- Redis
@contextmanager
def redis_namespace() -> Iterator[dict[str, str]]:
    """Broker settings private to one run: a random db, key prefix and queue name; every key
    under the prefix is deleted at the end."""
    import redis

    run = uuid.uuid4().hex[:10]
    db = 1 + int(run, 16) % 15
    client = redis.Redis.from_url(f"{REDIS_URL}/{db}")
    try:
        client.ping()
    except redis.ConnectionError as exc:
        pytest.fail(f"Redis is not reachable at {REDIS_URL} ({exc}); start it or deselect with -m 'not redis'")
    prefix = f"llmworks-test-{run}:"
    old = {k: os.environ.get(k) for k in ("LLMWORKS_CELERY_QUEUE", "LLMWORKS_CELERY_KEY_PREFIX")}
    env = {
        "LLMWORKS_CELERY_BROKER_URL": f"{REDIS_URL}/{db}",
        "LLMWORKS_CELERY_QUEUE": f"jobs-{run}",
        "LLMWORKS_CELERY_KEY_PREFIX": prefix,
    }
    os.environ.update({k: env[k] for k in old})  # this process's dispatcher sends there too
    try:
        yield env
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        keys = list(client.scan_iter(match=f"{prefix}*", count=1000))
        if keys:
            client.delete(*keys)
        client.close()


def check_fast_children(k: Kernel) -> None:
    """A subprocess worker's job children fork from the forkserver's template kernel (its
    settings come from the environment) and do not run the `llmworks` script again."""
    job = k.queue.enqueue("jobtest.whoami")
    done = wait_state(k, job.id, ("succeeded", "failed", "cancelled"), timeout=60)
    assert done.state == "succeeded", done.error
    assert done.result["template"] is True, done.result
    assert done.result["main_preloaded"] == done.result["main"] == llmworks_cmd()[0], done.result


# ---------------------------------------------------------------------- SIGKILL acceptance
STEPS = 12


def start_jobs(k: Kernel) -> tuple[int, int]:
    """One job that may be retried and one whose only attempt is the one that gets killed."""
    payload = {"seconds": 3.0, "steps": STEPS}
    recover = k.queue.enqueue("kernel.sleep", payload, title="recovered").id  # max_attempts 3, backoff 1 s
    exhaust = k.queue.enqueue("kernel.sleep", payload, title="exhausted", max_attempts=1).id
    return recover, exhaust


def kill_mid_job(k: Kernel, worker_pid: int, job_ids: tuple[int, ...]) -> dict[str, Any]:
    """SIGKILL the worker once every job is a few steps in; return what the jobs had written."""
    for j in job_ids:
        wait_for(lambda j=j: any(ln.endswith(f"step 3/{STEPS}") for ln in log_lines(k, j)), 30, f"job {j} to be running")
    children = [int(next(ln for ln in log_lines(k, j) if "started in pid" in ln).rsplit(" ", 1)[1]) for j in job_ids]
    os.kill(worker_pid, signal.SIGKILL)
    # the children see their worker die and exit at once: a recovered job never runs twice at a time
    wait_for(lambda: not any(pid_alive(p) for p in children), 5, "the job children to exit")
    # and nothing else the worker started (its job forkserver) outlives it
    wait_for(lambda: processes.group_members(worker_pid) == [], 5, "the worker's forkserver to exit")
    before = {"logs": {j: log_lines(k, j) for j in job_ids}, "events": {j: job_events(k, j) for j in job_ids}}
    for j in job_ids:
        assert job_row(k, j).state == "running"  # nobody has noticed yet
        written = [ln.split(" ", 3)[-1] for ln in before["logs"][j] if " step " in ln]
        assert written == [f"step {i}/{STEPS}" for i in range(1, len(written) + 1)] and len(written) < STEPS
    return before


def check_recovered(k: Kernel, before: dict[str, Any], recover: int, exhaust: int) -> None:
    """The retried job succeeded on attempt 2, the exhausted one failed, nothing was lost."""
    done = wait_state(k, recover, ("succeeded", "failed", "cancelled"), timeout=30)
    assert done.state == "succeeded" and done.attempts == 2 and done.result == {"slept": 3.0, "steps": STEPS}
    assert lifecycle(k, recover) == ["job.queued", "job.started", "job.retrying", "job.started", "job.succeeded"]
    events = job_events(k, recover)
    retry = next(e for e in events if e.type == "job.retrying")
    assert "heartbeat expired" in retry.data["error"]
    assert [e.data["attempt"] for e in events if e.type == "job.started"] == [1, 2]
    # no event lost: everything written before the kill is still there, in order, ids increasing
    assert [e.id for e in events[: len(before["events"][recover])]] == [e.id for e in before["events"][recover]]
    assert [e.id for e in events] == sorted({e.id for e in events})
    # no log line lost: the log starts with every line of the first attempt, then the second attempt
    log = log_lines(k, recover)
    first = before["logs"][recover]
    assert log[: len(first)] == first
    rest = [ln.split(" ", 3)[-1] for ln in log[len(first):]]
    assert rest[0].startswith(f"attempt 2 of job {recover}")
    assert [ln for ln in rest if ln.startswith("step ")] == [f"step {i}/{STEPS}" for i in range(1, STEPS + 1)]

    failed = wait_state(k, exhaust, ("succeeded", "failed", "cancelled"), timeout=10)
    assert failed.state == "failed" and failed.attempts == 1 and "heartbeat expired" in failed.error
    assert lifecycle(k, exhaust) == ["job.queued", "job.started", "job.failed"]
    assert log_lines(k, exhaust) == before["logs"][exhaust]
