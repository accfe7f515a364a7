"""Metric ingest and chart serving: llmworks' batch endpoint against MLflow's ``log_batch``.

llmworks: a real server (``llmworks serve``: uvicorn on 127.0.0.1, SQLite, only the kernel,
metrics and tracking plugins) in a subprocess. One run gets 1,000,000 points of one metric
(step, value, wall time) through ``POST /api/tracking/runs/{id}/log-batch`` with the client
helper ``llmworks_tracking.client.Run.log_series`` (100,000 points per request, JSON). Then
the chart of that series, downsampled to 1,000 points, is requested over HTTP
(``GET .../series?keys=loss&points=1000``): the first request, and the median of 20.
MLflow: ``MlflowClient.log_batch`` of the same points (1,000 per call, MLflow's limit) into
a local SQLite store (and a file store), in MLflow's own virtualenv (``mlflow_side.py``),
then ``get_metric_history`` of the series for reference. Same machine, one run each.

    bash benchmarks/tracking/run.sh     # creates benchmarks/tracking/.venv-mlflow on first use
    python benchmarks/tracking/bench.py --mlflow-python PATH [--points 1000000] [--stores sqlite,file]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np
from llmworks_tracking.client import Run

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
PASSWORD = "bench-password-1234"


def series(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The benchmark's points (the same in both tools): a noisy decaying loss with two spikes."""
    rng = np.random.default_rng(0)
    steps = np.arange(n, dtype=np.int64)
    values = 2.0 * np.exp(-steps / (n / 5)) + 0.05 * rng.standard_normal(n)
    values[n // 3], values[2 * n // 3] = 50.0, -50.0
    walls = 1.77e9 + steps * 0.001
    return steps, values, walls


class Server:
    """``llmworks serve`` (uvicorn) on a free port of 127.0.0.1, with its own home folder."""

    def __init__(self, home: Path) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "LLMWORKS_HOME": str(home), "LLMWORKS_ADMIN_USERNAME": "admin", "LLMWORKS_ADMIN_PASSWORD": PASSWORD,
               "LLMWORKS_LOAD_PLUGINS": "kernel,inapp,metrics,tracking"}
        self.log = open(home / "server.log", "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen([str(BIN / "llmworks"), "serve", "--host", "127.0.0.1", "--port", str(self.port),
                                      "--no-worker", "--log-level", "warning"], env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            raise RuntimeError(f"the server did not start; see {home / 'server.log'}")
        r = httpx.post(f"{self.url}/api/auth/login", json={"username": "admin", "password": PASSWORD})
        r.raise_for_status()
        self.token = r.json()["token"]
        self.project = httpx.get(f"{self.url}/api/projects", headers={"Authorization": f"Bearer {self.token}"}).json()["items"][0]["id"]

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)
        self.log.close()


def bench_llmworks(work: Path, n: int, repeats: int) -> dict[str, float]:
    steps, values, walls = series(n)
    server = Server(work)
    try:
        run = Run(server.url, api_key=server.token, project_id=server.project, experiment="bench", name="1M points")
        started = time.perf_counter()
        stored = run.log_series("loss", values, steps, walls)
        ingest = time.perf_counter() - started
        assert stored == n, stored
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {server.token}"}, timeout=60) as c:
            url = f"/api/tracking/runs/{run.id}/series"
            params = {"keys": "loss", "points": 1000}

            def get(p: dict[str, object]) -> tuple[float, dict[str, object]]:
                t = time.perf_counter()
                r = c.get(url, params=p)
                dt = time.perf_counter() - t
                r.raise_for_status()
                return dt, r.json()["series"][0]

            first, chart = get(params)
            times = [get(params)[0] for _ in range(repeats)]
            zoom = [get({**params, "from": n // 3 - 5000, "to": n // 3 + 5000})[0] for _ in range(repeats)]
        assert chart["count"] == n and chart["returned"] <= 1000
        assert n // 3 in chart["step"] and 2 * n // 3 in chart["step"], "a spike was lost"
        run.finish()
        run.close()
    finally:
        server.stop()
    return {"ingest_seconds": ingest, "points_per_second": n / ingest, "chart_first_ms": first * 1000,
            "chart_median_ms": statistics.median(times) * 1000, "chart_zoom_median_ms": statistics.median(zoom) * 1000,
            "chart_points": chart["returned"]}


def bench_mlflow(python: str, work: Path, n: int, store: str) -> dict[str, float]:
    out = subprocess.run([python, str(HERE / "mlflow_side.py"), "--points", str(n), "--store", store, "--dir", str(work)],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mlflow-python", required=True, help="python of the virtualenv with mlflow")
    ap.add_argument("--points", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--stores", default="sqlite,file", help="MLflow stores to measure")
    ap.add_argument("--json", type=Path, default=HERE / "out" / "results.json")
    args = ap.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench-tracking-") as tmp:
        work = Path(tmp)
        (work / "llmworks").mkdir()
        ours = bench_llmworks(work / "llmworks", args.points, args.repeat)
        print(f"llmworks: {args.points:,} points in {ours['ingest_seconds']:.2f} s ({ours['points_per_second']:,.0f} points/s); "
              f"chart of {ours['chart_points']} points: first {ours['chart_first_ms']:.0f} ms, median {ours['chart_median_ms']:.1f} ms, "
              f"zoomed median {ours['chart_zoom_median_ms']:.1f} ms", flush=True)
        theirs = {}
        for store in [s for s in args.stores.split(",") if s]:
            (work / f"mlflow-{store}").mkdir()
            theirs[store] = m = bench_mlflow(args.mlflow_python, work / f"mlflow-{store}", args.points, store)
            print(f"mlflow {m['mlflow_version']} ({store} store): {args.points:,} points in {m['ingest_seconds']:.2f} s "
                  f"({m['points_per_second']:,.0f} points/s); get_metric_history {m['history_seconds'] * 1000:.0f} ms; "
                  f"ratio llmworks/mlflow = {m['ingest_seconds'] / ours['ingest_seconds']:.1f}x", flush=True)
    result = {"points": args.points, "llmworks": ours, "mlflow": theirs,
              "ratio": {s: m["ingest_seconds"] / ours["ingest_seconds"] for s, m in theirs.items()},
              "load_average": [load_before, os.getloadavg()[0]], "cpus": os.cpu_count()}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2))
    print(f"results: {args.json}")


if __name__ == "__main__":
    main()
