"""A fake ``pynvml`` module: two GPUs, per-process memory, one device without power readings."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

NVML_TEMPERATURE_GPU = 0


class NVMLError(Exception):
    pass


class NVMLError_NotSupported(NVMLError):  # noqa: N801 - pynvml's naming
    pass


class FakeNvml:
    NVML_TEMPERATURE_GPU = 0
    NVMLError = NVMLError

    def __init__(self, gpus: int = 2, *, fail_init: str | None = None, processes: dict[int, list[tuple[int, int]]] | None = None) -> None:
        self.gpus = gpus
        self.fail_init = fail_init
        self.processes = processes or {}
        self.energy_mj = [1_000_000, 2_000_000]
        self.inited = 0

    def nvmlInit(self) -> None:  # noqa: N802
        if self.fail_init:
            raise NVMLError(self.fail_init)
        self.inited += 1

    def nvmlShutdown(self) -> None:  # noqa: N802
        self.inited -= 1

    def nvmlDeviceGetCount(self) -> int:  # noqa: N802
        return self.gpus

    def nvmlDeviceGetHandleByIndex(self, i: int) -> int:  # noqa: N802
        return i

    def nvmlDeviceGetName(self, h: int) -> bytes:  # noqa: N802
        return b"SIM-GPU H100 80GB" if h == 0 else b"SIM-GPU A10"

    def nvmlDeviceGetUtilizationRates(self, h: int) -> Any:  # noqa: N802
        return SimpleNamespace(gpu=50 + h, memory=10)

    def nvmlDeviceGetMemoryInfo(self, h: int) -> Any:  # noqa: N802
        return SimpleNamespace(used=(h + 1) * 1_000_000_000, total=80_000_000_000 if h == 0 else 24_000_000_000)

    def nvmlDeviceGetTemperature(self, h: int, sensor: int) -> int:  # noqa: N802
        return 60 + h

    def nvmlDeviceGetPowerUsage(self, h: int) -> int:  # noqa: N802
        if h == 1:
            raise NVMLError_NotSupported("Not Supported")
        return 250_000  # mW

    def nvmlDeviceGetTotalEnergyConsumption(self, h: int) -> int:  # noqa: N802
        if h == 1:
            raise NVMLError_NotSupported("Not Supported")
        return self.energy_mj[h]

    def nvmlDeviceGetComputeRunningProcesses(self, h: int) -> list[Any]:  # noqa: N802
        return [SimpleNamespace(pid=pid, usedGpuMemory=mem) for pid, mem in self.processes.get(h, [])]

    def nvmlDeviceGetGraphicsRunningProcesses(self, h: int) -> list[Any]:  # noqa: N802
        return []
