"""Resource probes: this machine's CPU, memory, disk and network (psutil) and its GPUs (NVML).

Keys are dotted names (``cpu.percent``, ``gpu.0.memory_used_bytes``); the Prometheus names
and labels are derived from them (:mod:`llmworks_resources.prometheus`).
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import psutil
from llmworks_sdk.resources import ProbeReading, ProcessUsage, Sample

log = logging.getLogger("llmworks.resources")


class SystemProbe:
    """CPU, memory, the data folder's disk and the network, through psutil. Counters (disk
    and network bytes) are turned into rates per second between two samples."""

    name = "system"

    def __init__(self, disk_path: Path | str | None = None) -> None:
        self.disk_path = str(disk_path or Path.home())
        self._last: tuple[float, dict[str, float]] | None = None
        psutil.cpu_percent(None)  # the first call only starts the measurement

    def _counters(self) -> dict[str, float]:
        out: dict[str, float] = {}
        io = psutil.disk_io_counters()
        if io is not None:
            out["disk.read_bytes"], out["disk.write_bytes"] = float(io.read_bytes), float(io.write_bytes)
        net = psutil.net_io_counters()
        if net is not None:
            out["net.sent_bytes"], out["net.recv_bytes"] = float(net.bytes_sent), float(net.bytes_recv)
        return out

    def sample(self) -> ProbeReading:
        vm = psutil.virtual_memory()
        du = psutil.disk_usage(self.disk_path)
        s = [
            Sample("cpu.percent", psutil.cpu_percent(None), unit="percent", help="CPU utilisation of the machine"),
            Sample("cpu.count", float(psutil.cpu_count() or 0), help="logical CPUs"),
            Sample("memory.used_bytes", float(vm.total - vm.available), unit="bytes", help="memory in use"),
            Sample("memory.total_bytes", float(vm.total), unit="bytes", help="memory installed"),
            Sample("memory.percent", float(vm.percent), unit="percent", help="memory in use"),
            Sample("disk.used_bytes", float(du.used), unit="bytes", help="used space of the data folder's disk"),
            Sample("disk.total_bytes", float(du.total), unit="bytes", help="size of the data folder's disk"),
            Sample("disk.percent", float(du.percent), unit="percent", help="used space of the data folder's disk"),
        ]
        now, counters = time.monotonic(), self._counters()
        if self._last is not None:
            dt = max(1e-6, now - self._last[0])
            for k, v in counters.items():
                if k in self._last[1]:
                    s.append(Sample(f"{k}_per_second", max(0.0, (v - self._last[1][k]) / dt), unit="bytes/s",
                                    help=f"{k.replace('.', ' ').replace('_', ' ')} per second"))
        self._last = (now, counters)
        return ProbeReading(samples=s)


def load_nvml() -> ModuleType:
    import pynvml  # nvidia-ml-py

    return pynvml


class NvmlProbe:
    """GPUs through NVML (``nvidia-ml-py``): utilisation, memory, temperature, power, energy,
    and the memory each process holds. Without the NVML library or a GPU the reading says
    "no GPU: ..." and lists no device."""

    name = "nvml"

    def __init__(self, nvml: ModuleType | None = None) -> None:
        self._nvml = nvml
        self._lock = threading.Lock()
        self._ready: bool | None = None
        self.status = "not started"

    def _init(self) -> Any | None:
        with self._lock:
            if self._ready is None:
                try:
                    if self._nvml is None:
                        self._nvml = load_nvml()
                    self._nvml.nvmlInit()
                    self._ready, self.status = True, "ok"
                except Exception as exc:  # noqa: BLE001 - NVMLError_LibraryNotFound, DriverNotLoaded, ImportError
                    self._ready, self.status = False, f"no GPU: {exc or type(exc).__name__}"
                    log.info("NVML probe: %s", self.status)
            return self._nvml if self._ready else None

    def close(self) -> None:
        with self._lock:
            if self._ready and self._nvml is not None:
                try:
                    self._nvml.nvmlShutdown()
                except Exception:  # noqa: BLE001
                    pass
            self._ready = None

    @staticmethod
    def _text(v: Any) -> str:
        return v.decode() if isinstance(v, bytes) else str(v)

    def devices(self) -> list[dict[str, Any]]:
        nv = self._init()
        if nv is None:
            return []
        out = []
        for i in range(nv.nvmlDeviceGetCount()):
            h = nv.nvmlDeviceGetHandleByIndex(i)
            out.append({"index": str(i), "type": self._text(nv.nvmlDeviceGetName(h)),
                        "memory_total_bytes": int(nv.nvmlDeviceGetMemoryInfo(h).total)})
        return out

    def sample(self) -> ProbeReading:
        nv = self._init()
        if nv is None:
            return ProbeReading(status=self.status)
        samples: list[Sample] = []
        procs: list[ProcessUsage] = []
        try:
            count = nv.nvmlDeviceGetCount()
        except Exception as exc:  # noqa: BLE001
            return ProbeReading(status=f"no GPU: {exc}")
        samples.append(Sample("gpu.count", float(count), help="GPUs NVML sees"))
        for i in range(count):
            h = nv.nvmlDeviceGetHandleByIndex(i)
            lab = {"gpu": str(i), "name": self._text(nv.nvmlDeviceGetName(h))}
            g = f"gpu.{i}"

            def add(key: str, fn: Any, scale: float = 1.0, unit: str = "", help: str = "", g: str = g,
                    lab: dict[str, str] = lab) -> None:
                try:
                    samples.append(Sample(f"{g}.{key}", float(fn()) * scale, dict(lab), unit, help))
                except Exception:  # noqa: BLE001 - NVMLError_NotSupported on this device: leave it out
                    pass

            add("utilization_percent", lambda h=h: nv.nvmlDeviceGetUtilizationRates(h).gpu, unit="percent", help="GPU utilisation")
            add("memory_used_bytes", lambda h=h: nv.nvmlDeviceGetMemoryInfo(h).used, unit="bytes", help="GPU memory in use")
            add("memory_total_bytes", lambda h=h: nv.nvmlDeviceGetMemoryInfo(h).total, unit="bytes", help="GPU memory installed")
            add("temperature_celsius", lambda h=h: nv.nvmlDeviceGetTemperature(h, nv.NVML_TEMPERATURE_GPU), unit="celsius",
                help="GPU temperature")
            add("power_watts", lambda h=h: nv.nvmlDeviceGetPowerUsage(h), 1e-3, unit="watts", help="GPU power draw")
            add("energy_joules", lambda h=h: nv.nvmlDeviceGetTotalEnergyConsumption(h), 1e-3, unit="joules",
                help="GPU energy since the driver loaded")
            for getter in ("nvmlDeviceGetComputeRunningProcesses", "nvmlDeviceGetGraphicsRunningProcesses"):
                try:
                    for p in getattr(nv, getter)(h):
                        used = getattr(p, "usedGpuMemory", None)
                        procs.append(ProcessUsage(int(p.pid), str(i), int(used) if used is not None else 0))
                except Exception:  # noqa: BLE001
                    pass
        return ProbeReading(samples=samples, processes=procs)
