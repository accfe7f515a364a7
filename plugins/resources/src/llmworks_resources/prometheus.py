"""Prometheus exposition of the collectors' figures, the queue and the running jobs.

Metric names: a sample key ``gpu.0.memory_used_bytes`` with labels ``{"gpu": "0"}`` becomes
``llmworks_gpu_memory_used_bytes{host="...", gpu="0", name="..."}`` (the segments that are
label values are dropped from the name); ``cpu.percent`` becomes ``llmworks_cpu_percent``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector as PromCollector

STATES = ("queued", "running", "succeeded", "failed", "cancelled")
_BAD = re.compile(r"[^a-zA-Z0-9_]")


def metric_name(key: str, labels: dict[str, str]) -> str:
    values = set(labels.values())
    parts = [p for p in key.split(".") if p not in values]
    return "llmworks_" + _BAD.sub("_", "_".join(parts))


class Snapshot(PromCollector):
    """Gauges from machine readings, queue counts and running jobs, given as plain data."""

    def __init__(self, machines: Iterable[tuple[str, dict[str, Any], dict[str, str]]], queue: dict[str, int],
                 running: list[dict[str, Any]]) -> None:
        self.machines = list(machines)
        self.queue = queue
        self.running = running

    def collect(self) -> Iterator[GaugeMetricFamily]:
        families: dict[str, GaugeMetricFamily] = {}
        label_names: dict[str, list[str]] = {}
        for host, latest, _status in self.machines:
            for key, (value, labels, help_) in sorted(latest.items()):
                name = metric_name(key, labels)
                names = ["host", *sorted(labels)]
                fam = families.get(name)
                if fam is None:
                    fam = families[name] = GaugeMetricFamily(name, help_ or key, labels=names)
                    label_names[name] = names
                if label_names[name] != names:
                    continue  # same name, other labels: skip rather than emit an invalid family
                fam.add_metric([host, *(str(labels[n]) for n in sorted(labels))], float(value))
        yield from families.values()
        up = GaugeMetricFamily("llmworks_probe_up", "1 when the probe reads its hardware, 0 when not (e.g. no GPU)",
                               labels=["host", "probe"])
        for host, _latest, status in self.machines:
            for probe, st in sorted(status.items()):
                up.add_metric([host, probe], 1.0 if st == "ok" else 0.0)
        yield up
        q = GaugeMetricFamily("llmworks_jobs", "Jobs by state", labels=["state"])
        for state in STATES:
            q.add_metric([state], float(self.queue.get(state, 0)))
        yield q
        prog = GaugeMetricFamily("llmworks_job_progress_ratio", "Progress of running jobs (0-1)", labels=["job", "kind", "project"])
        gpus = GaugeMetricFamily("llmworks_job_gpus", "GPUs held by running jobs", labels=["job", "kind", "project"])
        for j in self.running:
            lab = [str(j["id"]), j["kind"], str(j.get("project_id") or "")]
            prog.add_metric(lab, float(j.get("fraction") or 0.0))
            gpus.add_metric(lab, float(len(j.get("devices") or [])))
        yield prog
        yield gpus


def render(machines: Iterable[tuple[str, dict[str, Any], dict[str, str]]], queue: dict[str, int],
           running: list[dict[str, Any]]) -> bytes:
    reg = CollectorRegistry(auto_describe=False)
    reg.register(Snapshot(machines, queue, running))
    return generate_latest(reg)
