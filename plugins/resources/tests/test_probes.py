"""Probes against psutil directly, and the NVML probe against a fake NVML module."""

from __future__ import annotations

import sys
from pathlib import Path

import psutil
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fake_nvml import FakeNvml  # noqa: E402
from llmworks_resources.probes import NvmlProbe, SystemProbe  # noqa: E402


def _values(reading):
    return {s.key: s.value for s in reading.samples}


def test_system_probe_matches_psutil(tmp_path):
    probe = SystemProbe(tmp_path)
    first = _values(probe.sample())
    vm, du = psutil.virtual_memory(), psutil.disk_usage(str(tmp_path))
    assert first["memory.total_bytes"] == vm.total
    assert first["cpu.count"] == psutil.cpu_count()
    assert first["disk.total_bytes"] == du.total
    assert abs(first["disk.used_bytes"] - du.used) < 512 * 1024 * 1024  # other writers on the machine
    assert abs(first["memory.used_bytes"] - (vm.total - vm.available)) < 0.1 * vm.total
    assert 0.0 <= first["cpu.percent"] <= 100.0
    assert not any(k.endswith("_per_second") for k in first)  # rates need two samples
    second = _values(probe.sample())
    net = psutil.net_io_counters()
    if net is not None:
        assert second["net.recv_bytes_per_second"] >= 0.0 and second["net.sent_bytes_per_second"] >= 0.0


def test_nvml_probe_with_fake_nvml():
    nv = FakeNvml(processes={0: [(4242, 3_000_000_000)], 1: [(4242, 1_000), (77, 5_000)]})
    probe = NvmlProbe(nvml=nv)
    r = probe.sample()
    assert r.status == "ok"
    v = {(s.key): s for s in r.samples}
    assert v["gpu.count"].value == 2
    assert v["gpu.0.utilization_percent"].value == 50 and v["gpu.1.utilization_percent"].value == 51
    assert v["gpu.0.memory_total_bytes"].value == 80e9 and v["gpu.1.memory_used_bytes"].value == 2e9
    assert v["gpu.0.temperature_celsius"].value == 60
    assert v["gpu.0.power_watts"].value == pytest.approx(250.0)
    assert v["gpu.0.energy_joules"].value == pytest.approx(1000.0)
    assert "gpu.1.power_watts" not in v  # not supported there: left out, not zero
    assert v["gpu.0.memory_used_bytes"].labels == {"gpu": "0", "name": "SIM-GPU H100 80GB"}
    assert sorted((p.pid, p.device, p.memory_bytes) for p in r.processes) == [
        (77, "1", 5_000), (4242, "0", 3_000_000_000), (4242, "1", 1_000)]
    assert probe.devices() == [{"index": "0", "type": "SIM-GPU H100 80GB", "memory_total_bytes": 80_000_000_000},
                               {"index": "1", "type": "SIM-GPU A10", "memory_total_bytes": 24_000_000_000}]
    probe.close()
    assert nv.inited == 0


def test_no_nvml_means_no_gpu_reported_plainly():
    probe = NvmlProbe(nvml=FakeNvml(fail_init="NVML Shared Library Not Found"))
    r = probe.sample()
    assert r.samples == [] and r.status == "no GPU: NVML Shared Library Not Found"
    assert probe.devices() == []


def test_real_nvml_on_this_machine_never_raises():
    probe = NvmlProbe()  # the real nvidia-ml-py: a GPU machine lists devices, others say "no GPU"
    r = probe.sample()
    assert r.status == "ok" or r.status.startswith("no GPU")
    assert (r.status == "ok") == bool(probe.devices())
