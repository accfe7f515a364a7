"""The MLflow side of the tracking benchmark; runs inside benchmarks/tracking/.venv-mlflow.

Logs the same points as bench.py with ``MlflowClient.log_batch`` (1,000 metrics per call,
MLflow's limit) into a local store ("sqlite": ``sqlite:///.../mlflow.db``, "file":
``file://.../mlruns``), then reads the series back with ``get_metric_history``. Prints one
JSON line with the timings. The store is created before the clock starts.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import numpy as np

BATCH = 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--points", type=int, default=1_000_000)
    ap.add_argument("--store", choices=("sqlite", "file"), default="sqlite")
    ap.add_argument("--dir", type=Path, required=True)
    args = ap.parse_args()

    os.environ.setdefault("MLFLOW_ALLOW_FILE_STORE", "true")  # the file store is in maintenance mode in MLflow 3
    import mlflow
    from mlflow.entities import Metric
    from mlflow.tracking import MlflowClient

    uri = f"sqlite:///{args.dir / 'mlflow.db'}" if args.store == "sqlite" else (args.dir / "mlruns").as_uri()
    client = MlflowClient(tracking_uri=uri)
    run_id = client.create_run(client.create_experiment("bench")).info.run_id

    n = args.points  # the same points as bench.series()
    rng = np.random.default_rng(0)
    steps = np.arange(n, dtype=np.int64)
    values = 2.0 * np.exp(-steps / (n / 5)) + 0.05 * rng.standard_normal(n)
    values[n // 3], values[2 * n // 3] = 50.0, -50.0
    walls = 1.77e9 + steps * 0.001
    s_list, v_list, ts_list = steps.tolist(), values.tolist(), (walls * 1000).astype(np.int64).tolist()

    started = time.perf_counter()
    for a in range(0, n, BATCH):
        client.log_batch(run_id, metrics=[Metric("loss", v_list[i], ts_list[i], s_list[i]) for i in range(a, min(a + BATCH, n))])
    ingest = time.perf_counter() - started

    started = time.perf_counter()
    history = client.get_metric_history(run_id, "loss")
    read = time.perf_counter() - started
    assert len(history) == n, len(history)
    print(json.dumps({"mlflow_version": mlflow.__version__, "store": args.store, "ingest_seconds": ingest,
                      "points_per_second": n / ingest, "history_seconds": read}))


if __name__ == "__main__":
    main()
