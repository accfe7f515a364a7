"""Job queue benchmark: 1,000 no-op jobs, enqueue -> done, on every backend, in one run.

Backends (each scenario runs in a fresh process with a fresh database and Redis namespace):

  plain-celery          a trivial Celery task (same Redis, same worker settings): the baseline
  celery/noop_inline    llmworks jobs over Celery, handler in the worker process
  celery/noop           llmworks jobs over Celery, handler in a forkserver child per job
  embedded/noop_inline  the embedded worker (threads inside the llmworks process)
  embedded/noop         the embedded worker, a forkserver child per job
  embedded/noop (no template)   children build their own kernel (LLMWORKS_JOB_TEMPLATE=0);
                                only with --only, and --jobs-no-template jobs

``--src DIR --label before`` runs the llmworks scenarios with the kernel sources in DIR
(e.g. an older revision from ``git archive``) in front of the installed ones.

Each scenario: a burst (all jobs enqueued at once) gives the throughput (jobs / (last
finished - first enqueued)) and the dispatch latency under load (enqueue -> started, mostly
time spent waiting in the queue); then jobs enqueued one at a time, each once the previous
one has finished, give the dispatch latency of an idle system.

    python benchmarks/queue/bench.py                 # SQLite, all installed plugins
    python benchmarks/queue/bench.py --database postgres --jobs 1000 --concurrency 4
    python benchmarks/queue/bench.py --src /tmp/old/kernel/src --label before --only embedded/noop --jobs 100
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379")
PG_ADMIN_DSN = os.environ.get("BENCH_PG_ADMIN_DSN", "host=127.0.0.1 port=5432 dbname=test user=postgres")
HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent

SCENARIOS = {
    "plain-celery": {"backend": "plain"},
    "celery/noop_inline": {"backend": "celery", "kind": "kernel.noop_inline"},
    "celery/noop": {"backend": "celery", "kind": "kernel.noop"},
    "embedded/noop_inline": {"backend": "embedded", "kind": "kernel.noop_inline"},
    "embedded/noop": {"backend": "embedded", "kind": "kernel.noop"},
    # not run by default: children building their own kernel (LLMWORKS_JOB_TEMPLATE=0)
    "embedded/noop (no template)": {"backend": "embedded", "kind": "kernel.noop", "template": False},
}
DEFAULT = [n for n, s in SCENARIOS.items() if s.get("template", True)]


# ---------------------------------------------------------------------- helpers
def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]


def summary(name: str, n: int, t_first: float, t_last: float, burst_lat: list[float], idle_lat: list[float]) -> dict[str, Any]:
    return {
        "scenario": name, "jobs": n, "seconds": t_last - t_first, "jobs_per_s": n / (t_last - t_first),
        "burst_p50_ms": 1000 * pct(burst_lat, 0.5), "burst_p99_ms": 1000 * pct(burst_lat, 0.99),
        "idle_p50_ms": 1000 * pct(idle_lat, 0.5), "idle_p99_ms": 1000 * pct(idle_lat, 0.99),
        "idle_mean_ms": 1000 * statistics.fmean(idle_lat) if idle_lat else float("nan"),
    }


def wait_for(pred: Any, timeout: float, what: str, interval: float = 0.02) -> Any:
    deadline = time.monotonic() + timeout
    while not (v := pred()):
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)
    return v


@contextmanager
def redis_namespace() -> Any:
    import redis

    run = uuid.uuid4().hex[:10]
    db = 1 + int(run, 16) % 15
    client = redis.Redis.from_url(f"{REDIS}/{db}")
    client.ping()
    prefix = f"llmworks-bench-{run}:"
    try:
        yield {"url": f"{REDIS}/{db}", "queue": f"bench-{run}", "prefix": prefix, "client": client}
    finally:
        keys = list(client.scan_iter(match=f"{prefix}*", count=1000))
        if keys:
            client.delete(*keys)
        client.close()


@contextmanager
def database(kind: str) -> Any:
    if kind == "sqlite":
        yield None
        return
    import psycopg

    name = f"llmworks_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    p = dict(kv.split("=", 1) for kv in PG_ADMIN_DSN.split())
    try:
        yield f"postgresql+psycopg://{p.get('user', 'postgres')}@{p.get('host')}:{p.get('port', '5432')}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Subprocess:
    def __init__(self, cmd: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        with open(log, "wb") as out:
            self.p = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)

    def wait_ready(self, marker: str, timeout: float = 60) -> None:
        wait_for(lambda: marker in self.log.read_text(errors="replace") or self.p.poll() is not None, timeout, marker)
        if self.p.poll() is not None:
            raise RuntimeError(f"worker exited: {self.log.read_text(errors='replace')[-3000:]}")

    def stop(self) -> None:
        try:
            os.killpg(self.p.pid, signal.SIGTERM)
            self.p.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(self.p.pid, signal.SIGKILL)
            self.p.wait(5)
        except ProcessLookupError:
            pass


# ---------------------------------------------------------------------- plain Celery
def plain_app(broker: str, queue: str, prefix: str) -> Any:
    from celery import Celery

    app = Celery("bench_plain", broker=broker, set_as_current=False)
    app.conf.update(task_default_queue=queue, task_acks_late=True, task_reject_on_worker_lost=True,
                    worker_prefetch_multiplier=1, task_ignore_result=True, worker_hijack_root_logger=False,
                    broker_connection_retry_on_startup=True, broker_transport_options={"global_keyprefix": prefix})

    @app.task(name="bench.noop")
    def noop(sent: float) -> None:
        start = time.time()  # a no-op that records when it ran
        _client(broker).rpush(f"{prefix}plain:done", f"{sent} {start} {time.time()}")

    return app


_clients: dict[str, Any] = {}


def _client(url: str) -> Any:
    import redis

    if url not in _clients:
        _clients[url] = redis.Redis.from_url(url)
    return _clients[url]


def plain_worker(args: argparse.Namespace) -> None:
    app = plain_app(args.broker, args.queue, args.prefix)
    app.worker_main(["worker", "--pool=threads", f"--concurrency={args.concurrency}", f"--queues={args.queue}",
                     "--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel=WARNING",
                     f"--hostname=plain-{os.getpid()}@%h"])


def run_plain(args: argparse.Namespace, name: str, folder: Path) -> dict[str, Any]:
    with redis_namespace() as ns:
        env = dict(os.environ)
        w = Subprocess([sys.executable, __file__, "plain-worker", "--broker", ns["url"], "--queue", ns["queue"],
                        "--prefix", ns["prefix"], "--concurrency", str(args.concurrency)], env, folder / "plain-worker.log")
        try:
            app = plain_app(ns["url"], ns["queue"], ns["prefix"])
            done_key = f"{ns['prefix']}plain:done"
            r = ns["client"]
            # warm up (connections, worker ready)
            app.send_task("bench.noop", args=[time.time()])
            wait_for(lambda: r.llen(done_key) >= 1, 60, "the plain worker")
            r.delete(done_key)
            t0 = time.time()
            for _ in range(args.jobs):
                app.send_task("bench.noop", args=[time.time()])
            wait_for(lambda: r.llen(done_key) >= args.jobs, 600, "the burst", 0.005)
            rows = [tuple(map(float, x.split())) for x in r.lrange(done_key, 0, -1)]
            burst_lat = [s - q for q, s, _ in rows]
            t_last = max(e for _, _, e in rows)
            r.delete(done_key)
            idle_lat = []
            for i in range(args.idle):
                app.send_task("bench.noop", args=[time.time()])
                wait_for(lambda i=i: r.llen(done_key) >= i + 1, 30, "an idle job", 0.001)
            idle_lat = [s - q for q, s, _ in (tuple(map(float, x.split())) for x in r.lrange(done_key, 0, -1))]
            return summary(name, args.jobs, t0, t_last, burst_lat, idle_lat)
        finally:
            w.stop()


# ---------------------------------------------------------------------- llmworks
def run_llmworks(args: argparse.Namespace, name: str, folder: Path, spec: dict[str, Any]) -> dict[str, Any]:
    n = args.jobs if spec.get("template", True) else args.jobs_no_template
    idle = args.idle if spec.get("template", True) else max(5, args.idle // 5)
    with database(args.database) as db_url, redis_namespace() as ns:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LLMWORKS_")}
        if args.src:
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [args.src, env.get("PYTHONPATH")]))
        env.update(LLMWORKS_HOME=str(folder / "home"), LLMWORKS_CELERY_BROKER_URL=ns["url"],
                   LLMWORKS_CELERY_QUEUE=ns["queue"], LLMWORKS_CELERY_KEY_PREFIX=ns["prefix"],
                   LLMWORKS_WORKER_CONCURRENCY=str(args.concurrency), LLMWORKS_QUEUE=spec["backend"])
        if not spec.get("template", True):
            env["LLMWORKS_JOB_TEMPLATE"] = "0"
        if args.plugins != "all":
            env["LLMWORKS_LOAD_PLUGINS"] = args.plugins
        if db_url:
            env["LLMWORKS_DATABASE_URL"] = db_url
        # the llmworks process (API side) runs in a child of this script, with exactly that environment
        cmd = [sys.executable, __file__, "llmworks-side", "--name", name, "--kind", spec["kind"], "--jobs", str(n),
               "--idle", str(idle), "--concurrency", str(args.concurrency), "--backend", spec["backend"],
               "--out", str(folder / "result.json")]
        worker = None
        if spec["backend"] == "celery":
            worker = Subprocess([str(BIN / "llmworks"), "worker", "--celery", "--concurrency", str(args.concurrency)],
                                env, folder / "celery-worker.log")
        try:
            if worker is not None:
                worker.wait_ready("ready.", 120)
            subprocess.run(cmd, env=env, check=True, timeout=1800)
            return json.loads((folder / "result.json").read_text())
        finally:
            if worker is not None:
                worker.stop()


def llmworks_side(args: argparse.Namespace) -> None:
    from llmworks.db.models import Job
    from llmworks.kernel import Kernel
    from sqlalchemy import func, select

    k = Kernel.create(role="server")
    worker = None
    if args.backend == "celery":
        from llmworks.jobs.celery_backend import install_dispatcher

        install_dispatcher(k)
    else:
        from llmworks.jobs.worker import Worker

        worker = Worker(k, concurrency=args.concurrency, name="embedded")
        worker.start()
    try:
        def finished(ids_from: int, count: int) -> bool:
            with k.db.session() as s:
                return s.scalar(select(func.count()).where(Job.id >= ids_from, Job.state.in_(("succeeded", "failed")))) >= count

        def rows(ids_from: int) -> list[tuple[datetime, datetime, datetime, str]]:
            with k.db.session() as s:
                return list(s.execute(select(Job.created_at, Job.started_at, Job.finished_at, Job.state)
                                      .where(Job.id >= ids_from).order_by(Job.id)))

        # warm up: the forkserver, connections, the worker
        first = k.queue.enqueue(args.kind).id
        wait_for(lambda: finished(first, 1), 120, "the warm-up job")
        start_id = k.queue.enqueue(args.kind).id
        for _ in range(args.jobs - 1):
            k.queue.enqueue(args.kind)
        wait_for(lambda: finished(start_id, args.jobs), 1800, "the burst", 0.02)
        burst = rows(start_id)
        assert all(r[3] == "succeeded" for r in burst), {r[3] for r in burst}
        burst_lat = [(r[1] - r[0]).total_seconds() for r in burst]
        t_first = min(r[0] for r in burst).timestamp()
        t_last = max(r[2] for r in burst).timestamp()
        idle_from = None
        for _ in range(args.idle):
            j = k.queue.enqueue(args.kind).id
            idle_from = idle_from or j
            wait_for(lambda j=j: finished(j, 1), 60, "an idle job", 0.002)
        idle_lat = [(r[1] - r[0]).total_seconds() for r in rows(idle_from)] if idle_from else []
        Path(args.out).write_text(json.dumps(summary(args.name, args.jobs, t_first, t_last, burst_lat, idle_lat)))
    finally:
        if worker is not None:
            worker.stop()
        k.close()


# ---------------------------------------------------------------------- report
def _num(v: float) -> str:
    return f"{v:.0f}" if v >= 10 else f"{v:.2g}"


def table(results: list[dict[str, Any]], meta: dict[str, Any]) -> str:
    base = next((r["jobs_per_s"] for r in results if r["scenario"] == "plain-celery"), None)
    head = ("| backend | jobs | jobs/s | vs plain Celery | latency p50 / p99 idle (ms) | latency p50 / p99 burst (ms) |\n"
            "|---|---:|---:|---:|---:|---:|")
    lines = [head]
    for r in results:
        ratio = (f"{r['jobs_per_s'] / base:.2f}x" if r["jobs_per_s"] / base >= 0.01 else f"{r['jobs_per_s'] / base:.1g}x") if base else "n/a"
        lines.append(f"| {r['scenario']} | {r['jobs']} | {_num(r['jobs_per_s'])} | {ratio} | "
                     f"{r['idle_p50_ms']:.1f} / {r['idle_p99_ms']:.1f} | {r['burst_p50_ms']:.0f} / {r['burst_p99_ms']:.0f} |")
    foot = (f"\n{meta['database']} database, concurrency {meta['concurrency']}, plugins: {meta['plugins']}, "
            f"{meta['cpus']} CPUs, load average at start {meta['load']}")
    return "\n".join(lines) + foot


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", nargs="?", default="run", choices=["run", "plain-worker", "llmworks-side"])
    ap.add_argument("--jobs", type=int, default=1000)
    ap.add_argument("--jobs-no-template", type=int, default=100, help="jobs for the slow 'no template' scenario")
    ap.add_argument("--idle", type=int, default=100, help="jobs run one at a time for the idle latency")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    ap.add_argument("--plugins", default="all", help="'all' installed plugins, or an allow-list such as 'kernel'")
    ap.add_argument("--only", action="append", choices=list(SCENARIOS), help="run only these scenarios (repeatable)")
    ap.add_argument("--src", help="kernel sources to run the llmworks scenarios with (put first on PYTHONPATH)")
    ap.add_argument("--label", help="appended to the scenario names")
    ap.add_argument("--out", help="write the results as JSON here")
    # internal
    ap.add_argument("--broker"), ap.add_argument("--queue"), ap.add_argument("--prefix")
    ap.add_argument("--name"), ap.add_argument("--kind"), ap.add_argument("--backend")
    args = ap.parse_args()
    if args.mode == "plain-worker":
        return plain_worker(args)
    if args.mode == "llmworks-side":
        return llmworks_side(args)

    meta = {"database": args.database, "concurrency": args.concurrency, "plugins": args.plugins,
            "cpus": os.cpu_count(), "load": " ".join(f"{x:.1f}" for x in os.getloadavg())}
    results = []
    with tempfile.TemporaryDirectory(prefix="llmworks-bench-") as tmp:
        for name in args.only or DEFAULT:
            spec = SCENARIOS[name]
            if args.label:
                name = f"{name} [{args.label}]"
            folder = Path(tmp) / name.replace("/", "_").replace(" ", "_").replace("(", "").replace(")", "")
            folder.mkdir()
            print(f"== {name}", file=sys.stderr, flush=True)
            t = time.monotonic()
            r = run_plain(args, name, folder) if spec["backend"] == "plain" else run_llmworks(args, name, folder, spec)
            print(f"   {_num(r['jobs_per_s'])} jobs/s, idle p50 {r['idle_p50_ms']:.1f} ms ({time.monotonic() - t:.0f} s)",
                  file=sys.stderr, flush=True)
            results.append(r)
    meta["load_end"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(table(results, meta))
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps({"meta": meta, "results": results}, indent=2))


if __name__ == "__main__":
    main()
