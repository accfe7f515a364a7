"""Resources benchmark (see run.sh and benchmarks/README.md)."""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

SERIES = 16
DAY = 24 * 3600


def cpu_over(seconds: float, start=None, stop=None) -> float:
    """Process CPU seconds used during ``seconds`` of wall time (with ``start``/``stop`` around it)."""
    c0 = time.process_time()
    if start:
        start()
    time.sleep(seconds)
    if stop:
        stop()
    return time.process_time() - c0


class DiyExporter:
    """What a user writes instead: psutil every second into prometheus_client gauges and a CSV."""

    def __init__(self, path: Path, interval: float = 1.0) -> None:
        import psutil
        from prometheus_client import CollectorRegistry, Gauge

        self.psutil = psutil
        self.reg = CollectorRegistry()
        self.g = {k: Gauge(k, k, registry=self.reg) for k in
                  ("cpu_percent", "mem_used", "mem_total", "disk_used", "disk_read", "disk_write", "net_sent", "net_recv")}
        self.fh = open(path, "w")  # noqa: SIM115
        self.interval = interval
        self.stop_ev = threading.Event()
        self.t = threading.Thread(target=self.loop, daemon=True)

    def loop(self) -> None:
        ps = self.psutil
        nxt = time.monotonic()
        while not self.stop_ev.is_set():
            vm, du, io, net = ps.virtual_memory(), ps.disk_usage("/"), ps.disk_io_counters(), ps.net_io_counters()
            vals = {"cpu_percent": ps.cpu_percent(None), "mem_used": vm.total - vm.available, "mem_total": vm.total,
                    "disk_used": du.used, "disk_read": io.read_bytes, "disk_write": io.write_bytes,
                    "net_sent": net.bytes_sent, "net_recv": net.bytes_recv}
            for k, v in vals.items():
                self.g[k].set(v)
            self.fh.write(f"{time.time()}," + ",".join(str(v) for v in vals.values()) + "\n")
            self.fh.flush()
            nxt += self.interval
            self.stop_ev.wait(max(0.0, nxt - time.monotonic()))

    def start(self) -> None:
        self.t.start()

    def stop(self) -> None:
        self.stop_ev.set()
        self.t.join()
        self.fh.close()


def collector_overhead(h, seconds: float, tmp: Path) -> dict:
    from llmworks_resources.collector import Collector

    k = h.kernel
    base = cpu_over(seconds)
    col = Collector(k, interval=1.0, flush_every=10.0)
    ours = cpu_over(seconds, col.start, col.stop) - base
    diy = DiyExporter(tmp / "diy.csv")
    theirs = cpu_over(seconds, diy.start, diy.stop) - base
    # the cost of one sample, measured back to back (more precise than the idle-subtracted figure)
    probe = Collector(k, interval=1.0, flush_every=3600.0)
    n = 200
    t0 = time.process_time()
    for _ in range(n):
        probe.tick()
    tick_ms = (time.process_time() - t0) / n * 1e3
    t0 = time.process_time()
    probe.flush()
    flush_ms = (time.process_time() - t0) * 1e3
    return {"seconds": seconds, "samples": col.samples_taken, "idle_cpu_s": base,
            "llmworks_cpu_s": max(ours, 0.0), "llmworks_percent_of_core": max(ours, 0.0) / seconds * 100,
            "diy_cpu_s": max(theirs, 0.0), "diy_percent_of_core": max(theirs, 0.0) / seconds * 100,
            "tick_cpu_ms": tick_ms, "flush_cpu_ms_for_200_samples": flush_ms,
            "per_second_percent_from_tick": (tick_ms + flush_ms / n) / 10.0}


def chart_bench(h, tmp: Path, repeat: int) -> dict:
    from llmworks_resources.tables import Machine
    from llmworks_sdk.services import TrackingService, require_service

    k = h.kernel
    c = h.login()
    tracking = require_service(k, TrackingService)
    end = time.time()
    walls = end - DAY + np.arange(DAY, dtype=np.float64)
    rng = np.random.default_rng(0)
    data = {}
    keys = [f"gpu.{i // 4}.{m}" for i, m in enumerate(["utilization_percent", "memory_used_bytes", "temperature_celsius",
                                                         "power_watts"] * 4)]
    t0 = time.perf_counter()
    with k.db.session() as s:
        pid = k.projects.id_for_slug(s, "default")
        run_id = tracking.create_run(s, project_id=pid, experiment="resources", name="bench machine", config={}, source="resources")
    for key in keys:
        ys = np.cumsum(rng.normal(0, 1, DAY)) + 50
        data[key] = ys
        steps = (walls * 1000).astype(np.int64)
        with k.db.session() as s:
            tracking.log_metrics(s, run_id, list(zip([key] * DAY, steps.tolist(), ys.tolist(), walls.tolist(), strict=True)))
    load_s = time.perf_counter() - t0
    with k.db.session() as s:
        m = Machine(host="bench-host", run_id=run_id, project_id=pid, role="bench", devices=[], status={}, latest={},
                    interval_seconds=1.0)
        s.add(m)
        s.flush()
        mid = m.id
    params = [("key", key) for key in keys] + [("hours", "24"), ("points", "600"), ("until", str(end))]
    c.get(f"/api/plugins/resources/machines/{mid}/series", params=params)  # warm
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = c.get(f"/api/plugins/resources/machines/{mid}/series", params=params)
        times.append(time.perf_counter() - t0)
        assert r.status_code == 200, r.text
    got = r.json()["series"]
    assert sum(x["count"] for x in got) == SERIES * DAY, [x["count"] for x in got]
    # the peer: the same points in an .npz file, loaded with numpy, min/max per bucket with pandas
    import pandas as pd

    npz = tmp / "series.npz"
    np.savez(npz, walls=walls, **{k_.replace(".", "_"): v for k_, v in data.items()})
    peer = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        z = np.load(npz)
        idx = pd.to_datetime(z["walls"], unit="s")
        for k_ in data:
            ser = pd.Series(z[k_.replace(".", "_")], index=idx)
            ser.resample("288s").agg(["min", "max"])  # 300 buckets × (min, max) = 600 points
        peer.append(time.perf_counter() - t0)
    ours, theirs = statistics.median(times), statistics.median(peer)
    return {"points": SERIES * DAY, "series": SERIES, "returned_points": sum(x["returned"] for x in got),
            "load_seconds": load_s, "llmworks_chart_ms": ours * 1e3, "llmworks_chart_ms_all": [t * 1e3 for t in times],
            "numpy_pandas_ms": theirs * 1e3, "ratio_llmworks_over_peer": ours / theirs, "target_ms": 200.0,
            "met": ours * 1e3 < 200.0}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=30.0, help="wall time of each overhead measurement")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", type=Path, default=None)
    a = ap.parse_args()
    import os

    from llmworks_sdk.testing import KernelHarness

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        with KernelHarness(tmp / "home", worker=False, env={"LLMWORKS_RESOURCES_INTERVAL": "0"}) as h:
            over = collector_overhead(h, a.seconds, tmp)
            print(f"collector at 1 s: {over['llmworks_percent_of_core']:.3f} % of one core "
                  f"({over['tick_cpu_ms']:.2f} ms CPU per sample, {over['flush_cpu_ms_for_200_samples']:.1f} ms per flush) | "
                  f"DIY psutil+prometheus_client+CSV: {over['diy_percent_of_core']:.3f} % | "
                  f"ratio {over['llmworks_percent_of_core'] / max(over['diy_percent_of_core'], 1e-9):.2f}")
            chart = chart_bench(h, tmp, a.repeat)
            print(f"chart 24 h × {SERIES} series ({chart['points']:,} points) via the API: {chart['llmworks_chart_ms']:.1f} ms "
                  f"(target < 200 ms: {'met' if chart['met'] else 'NOT met'}) | numpy .npz + pandas resample: "
                  f"{chart['numpy_pandas_ms']:.1f} ms | ratio {chart['ratio_llmworks_over_peer']:.2f}")
    out = {"collector": over, "chart": chart, "load_average": os.getloadavg()}
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
