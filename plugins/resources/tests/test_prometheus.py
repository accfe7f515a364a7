"""The /metrics text parses with the Prometheus text parser and carries the collectors' figures."""

from __future__ import annotations

from llmworks_resources.prometheus import metric_name, render
from prometheus_client.parser import text_string_to_metric_families


def test_names():
    assert metric_name("gpu.0.memory_used_bytes", {"gpu": "0", "name": "X"}) == "llmworks_gpu_memory_used_bytes"
    assert metric_name("cpu.percent", {}) == "llmworks_cpu_percent"
    assert metric_name("net.recv_bytes_per_second", {}) == "llmworks_net_recv_bytes_per_second"


def test_render_parses():
    latest = {"cpu.percent": [12.5, {}, "CPU utilisation"],
              "gpu.0.memory_used_bytes": [1e9, {"gpu": "0", "name": "H100"}, "GPU memory in use"],
              "gpu.1.memory_used_bytes": [2e9, {"gpu": "1", "name": "A10"}, "GPU memory in use"]}
    text = render([("node-a", latest, {"system": "ok", "nvml": "ok"}), ("node-b", {"cpu.percent": [3.0, {}, ""]},
                                                                          {"nvml": "no GPU: x"})],
                  {"queued": 2, "running": 1}, [{"id": 7, "kind": "torch.train", "project_id": 1, "fraction": 0.25,
                                                  "devices": ["0"]}]).decode()
    fams = {f.name: f for f in text_string_to_metric_families(text)}
    cpu = {s.labels["host"]: s.value for s in fams["llmworks_cpu_percent"].samples}
    assert cpu == {"node-a": 12.5, "node-b": 3.0}
    gpu = {(s.labels["host"], s.labels["gpu"]): s.value for s in fams["llmworks_gpu_memory_used_bytes"].samples}
    assert gpu == {("node-a", "0"): 1e9, ("node-a", "1"): 2e9}
    up = {(s.labels["host"], s.labels["probe"]): s.value for s in fams["llmworks_probe_up"].samples}
    assert up == {("node-a", "system"): 1.0, ("node-a", "nvml"): 1.0, ("node-b", "nvml"): 0.0}
    jobs = {s.labels["state"]: s.value for s in fams["llmworks_jobs"].samples}
    assert jobs["queued"] == 2 and jobs["running"] == 1 and jobs["failed"] == 0
    assert [s.value for s in fams["llmworks_job_progress_ratio"].samples] == [0.25]
    assert [s.value for s in fams["llmworks_job_gpus"].samples] == [1.0]
