"""The collector: samples every probe at a fixed interval in the server and in each worker,
keeps the latest values in memory (live), and writes them in batches into the tracking
series store (one run per machine, experiment "resources") and per-job accounting rows.

Per-job figures come from the processes of the jobs running on this host (the pid the
worker records in the job's assignment, and its descendants): peak resident memory, CPU
time, peak GPU memory per device (NVML's per-process memory) and, for jobs holding GPUs,
the energy those devices used while they held them.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import psutil
from llmworks_sdk import jobs
from llmworks_sdk.db import utcnow
from llmworks_sdk.resources import ProbeReading, Sample
from llmworks_sdk.services import TrackingService, get_service
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from llmworks_resources import settings
from llmworks_resources.tables import JobUsage, Machine

log = logging.getLogger("llmworks.resources")
EXPERIMENT = "resources"


@dataclass
class JobTrack:
    job_id: int
    project_id: int | None
    pid: int | None
    devices: list[str]
    types: list[Any]
    peak_rss: int = 0
    cpu_seconds: float = 0.0
    peak_gpu: dict[str, int] = field(default_factory=dict)
    energy: float | None = None
    dirty: bool = False


class Collector:
    def __init__(self, kernel: Any, *, interval: float | None = None, flush_every: float | None = None,
                 probes: dict[str, Any] | None = None, store: bool = True) -> None:
        self.k = kernel
        self.interval = settings.interval_seconds() if interval is None else interval
        self.flush_every = settings.flush_seconds() if flush_every is None else flush_every
        self.probes = probes if probes is not None else kernel.registry.all("resource_probes")
        self.store = store
        self.host = socket.gethostname()
        self.role = getattr(kernel, "role", "server")
        self.latest: dict[str, Any] = {"ts": None, "samples": [], "status": {}, "processes": []}
        self._buffer: list[tuple[str, int, float, float]] = []
        self._jobs: dict[int, JobTrack] = {}
        self._jobs_checked = 0.0
        self._energy: dict[str, float] = {}
        self._last_flush = time.monotonic()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.samples_taken = 0

    # ------------------------------------------------------------------ loop
    def start(self) -> Collector:
        if self.interval > 0 and self._thread is None:
            self._thread = threading.Thread(target=self._run, name="llmworks-resources-collector", daemon=True)
            self._thread.start()
        return self

    def stop(self, flush: bool = True) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
        if flush:
            try:
                self.flush()
            except Exception:  # noqa: BLE001 - the database may be gone already
                log.debug("final flush of the collector failed", exc_info=True)

    def _run(self) -> None:
        next_at = time.monotonic()
        while not self._stop.is_set():
            try:
                self.tick()
                if time.monotonic() - self._last_flush >= self.flush_every:
                    self.flush()
            except Exception:  # noqa: BLE001 - keep sampling
                log.exception("resource collector tick failed")
            next_at += self.interval
            self._stop.wait(max(0.0, next_at - time.monotonic()))

    # ------------------------------------------------------------------ sampling
    def read_probes(self) -> tuple[list[Sample], dict[str, str], list[Any]]:
        samples: list[Sample] = []
        status: dict[str, str] = {}
        procs: list[Any] = []
        for name, probe in self.probes.items():
            try:
                r: ProbeReading = probe.sample()
            except Exception as exc:  # noqa: BLE001
                status[name] = f"failed: {type(exc).__name__}: {exc}"
                continue
            samples += r.samples
            procs += r.processes
            status[name] = r.status
        return samples, status, procs

    def tick(self) -> dict[str, Any]:
        wall = time.time()
        samples, status, procs = self.read_probes()
        step = int(wall * 1000)
        with self._lock:
            self.latest = {"ts": wall, "host": self.host, "samples": samples, "status": status,
                           "processes": [p.__dict__ for p in procs]}
            if self.store:
                self._buffer += [(s.key, step, float(s.value), wall) for s in samples]
            self.samples_taken += 1
        self._account(samples, procs)
        return self.latest

    # ------------------------------------------------------------------ per-job accounting
    def _refresh_jobs(self) -> None:
        now = time.monotonic()
        if now - self._jobs_checked < max(2.0, self.interval):
            return
        self._jobs_checked = now
        with self.k.db.session() as s:
            running = [j for j in jobs.running(s) if (j.assignment or {}).get("host") == self.host]
            seen = set()
            for j in running:
                a = j.assignment or {}
                seen.add(j.id)
                t = self._jobs.get(j.id)
                if t is None:
                    self._jobs[j.id] = JobTrack(j.id, j.project_id, a.get("pid"), [str(d) for d in a.get("devices") or []],
                                                list(a.get("types") or []))
                elif t.pid is None and a.get("pid"):
                    t.pid = a.get("pid")
        for gone in set(self._jobs) - seen:
            t = self._jobs[gone]
            if not t.dirty:
                del self._jobs[gone]

    def _account(self, samples: list[Sample], procs: list[Any]) -> None:
        try:
            self._refresh_jobs()
        except Exception:  # noqa: BLE001 - the database may be busy: next time
            log.debug("listing running jobs failed", exc_info=True)
        energy_now = {s.labels.get("gpu", ""): s.value for s in samples if s.key.endswith(".energy_joules")}
        for t in list(self._jobs.values()):
            pids: set[int] = set()
            if t.pid:
                try:
                    root = psutil.Process(int(t.pid))
                    tree = [root, *root.children(recursive=True)]
                    rss = cpu = 0.0
                    for p in tree:
                        try:
                            with p.oneshot():
                                rss += p.memory_info().rss
                                ct = p.cpu_times()
                                cpu += ct.user + ct.system
                            pids.add(p.pid)
                        except psutil.Error:
                            pass
                    if rss > t.peak_rss:
                        t.peak_rss, t.dirty = int(rss), True
                    if cpu > t.cpu_seconds:
                        t.cpu_seconds, t.dirty = cpu, True
                except psutil.Error:
                    pass
            per_dev: dict[str, int] = {}
            for p in procs:
                if p.pid in pids:
                    per_dev[p.device] = per_dev.get(p.device, 0) + p.memory_bytes
            for d, b in per_dev.items():
                if b > t.peak_gpu.get(d, 0):
                    t.peak_gpu[d], t.dirty = b, True
            for d in t.devices:
                if d in energy_now and d in self._energy:
                    t.energy = (t.energy or 0.0) + max(0.0, energy_now[d] - self._energy[d])
                    t.dirty = True
        self._energy.update(energy_now)

    # ------------------------------------------------------------------ storage
    def machine_run(self, s: Any) -> Machine:
        m = s.scalar(select(Machine).where(Machine.host == self.host))
        if m is None:
            m = Machine(host=self.host, role=self.role, devices=[], status={}, latest={}, interval_seconds=self.interval)
            s.add(m)
            try:
                s.flush()
            except IntegrityError:  # another process of this host created it
                s.rollback()
                m = s.scalar(select(Machine).where(Machine.host == self.host))
        if m.run_id is None:
            tracking = get_service(self.k, TrackingService)
            pid = self.k.projects.id_for_slug(s, settings.project_slug())
            if tracking is not None and pid is not None:
                m.run_id = tracking.create_run(s, project_id=pid, experiment=EXPERIMENT, name=f"machine {self.host}",
                                               config={"host": self.host, "interval_seconds": self.interval},
                                               source="resources")
                m.project_id = pid
        return m

    def flush(self) -> int:
        """Write buffered samples, the machine's latest values and dirty job rows; returns the
        number of points written."""
        with self._lock:
            points, self._buffer = self._buffer, []
            latest = self.latest
        self._last_flush = time.monotonic()
        devices = []
        for name, probe in self.probes.items():
            fn = getattr(probe, "devices", None)
            if fn is not None:
                try:
                    devices += fn()
                except Exception:  # noqa: BLE001
                    log.debug("devices() of probe %s failed", name, exc_info=True)
        with self.k.db.session() as s:
            m = self.machine_run(s)
            m.latest = {x.key: [x.value, x.labels, x.help] for x in latest.get("samples", [])}
            m.status = latest.get("status", {})
            m.interval_seconds = self.interval
            m.devices = devices
            m.role = self.role
            m.last_seen = utcnow()
            if points and m.run_id is not None:
                tracking = get_service(self.k, TrackingService)
                if tracking is not None:
                    tracking.log_metrics(s, m.run_id, points)
        for t in [t for t in self._jobs.values() if t.dirty]:
            t.dirty = False
            try:
                with self.k.db.session() as s:
                    merge_usage(s, t.job_id, project_id=t.project_id, host=self.host, devices=t.devices, types=t.types,
                                peak_rss=t.peak_rss, cpu_seconds=t.cpu_seconds, peak_gpu=t.peak_gpu, energy=t.energy)
            except IntegrityError:  # the job's final accounting created the row meanwhile: next flush
                t.dirty = True
        return len(points)


def merge_usage(s: Any, job_id: int, *, project_id: int | None, host: str | None, devices: list[str], types: list[Any],
                peak_rss: int = 0, cpu_seconds: float = 0.0, peak_gpu: dict[str, int] | None = None,
                energy: float | None = None) -> JobUsage:
    """Create or update a job's accounting row with what a collector measured (maxima kept)."""
    u = s.get(JobUsage, job_id)
    if u is None:
        u = JobUsage(job_id=job_id, project_id=project_id, host=host, devices=devices, device_types=types,
                     peak_gpu_memory={}, gpu_seconds=0.0, peak_rss_bytes=0, cpu_seconds=0.0)
        s.add(u)
        s.flush()
    u.peak_rss_bytes = max(u.peak_rss_bytes or 0, int(peak_rss))
    u.cpu_seconds = max(u.cpu_seconds or 0.0, float(cpu_seconds))
    merged = dict(u.peak_gpu_memory or {})
    for d, b in (peak_gpu or {}).items():
        merged[d] = max(int(merged.get(d, 0)), int(b))
    u.peak_gpu_memory = merged
    if energy is not None:
        u.energy_joules = max(u.energy_joules or 0.0, energy)
    return u
