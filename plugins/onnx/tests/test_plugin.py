"""The onnx plugin inside a real kernel: entry point, backend, export target, status route."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest
from llmworks_onnx.backend import OnnxRuntimeBackend
from llmworks_onnx.testing import assert_same_generation, collect, extract_tar_gz, session_models_dir
from llmworks_sdk.backends import ModelRef
from llmworks_sdk.generation import GenerationParams
from llmworks_sdk.onnx_runtime import OnnxManifest
from llmworks_sdk.testing import KernelHarness

DEMO = "base:llmworks-demo-tiny"


@pytest.fixture(scope="module")
def harness(tmp_path_factory, demo_model, onnx_cache):
    env = {"LLMWORKS_ONNX_CACHE": str(onnx_cache), "LLMWORKS_MODELS_DIR": str(session_models_dir(tmp_path_factory, demo_model))}
    with KernelHarness(tmp_path_factory.mktemp("kernel"), env=env, worker=False) as h:
        yield h


@pytest.fixture(scope="module")
def admin(harness):
    return harness.login()


def test_the_entry_point_names_the_plugin_module():
    (ep,) = [e for e in entry_points(group="llmworks") if e.name == "onnx"]
    assert ep.value == "llmworks_onnx.plugin"


def test_the_kernel_loads_the_plugin_and_what_it_provides(admin, harness, onnx_cache):
    plugins = {p["name"]: p for p in admin.get("/api/plugins").json()}
    assert plugins["onnx"]["status"] == "ok"
    registry = admin.get("/api/plugins/registry").json()
    assert registry["inference_backends"]["onnxruntime"]["plugin"] == "onnx"
    assert registry["export_targets"]["onnx"]["plugin"] == "onnx"
    assert harness.kernel.registry.inference_backends["onnxruntime"].cache_dir == onnx_cache


def test_status_reports_providers_and_the_export_cache(admin, harness, demo_export):
    status = admin.get("/api/plugins/onnx/status").json()
    assert status["available"] is True and "CPUExecutionProvider" in status["available_providers"]
    assert status["providers"][-1] == "CPUExecutionProvider" and status["onnxruntime"]
    assert status["cached_exports"] >= 1 and status["cached_bytes"] > 100_000
    assert harness.new_client().get("/api/plugins/onnx/status").status_code == 401


def test_generation_api_on_onnxruntime_matches_pytorch(admin):
    body = {"model": DEMO, "prompt": "The cat", "params": {"temperature": 0, "repetition_penalty": 1.3, "max_new_tokens": 12}}
    ours = admin.post("/api/inference/generate", json={**body, "backend": "onnxruntime"})
    theirs = admin.post("/api/inference/generate", json={**body, "backend": "pytorch"})
    assert ours.status_code == theirs.status_code == 200, ours.text
    assert ours.json()["backend"] == "onnxruntime"
    assert [t["token_id"] for t in ours.json()["tokens"]] == [t["token_id"] for t in theirs.json()["tokens"]]
    assert ours.json()["text"] == theirs.json()["text"]


def test_the_export_archive_loads_back_in_onnxruntime(harness, demo_model, tmp_path, onnx_cache):
    target = harness.kernel.registry.export_targets["onnx"]
    folder = target.export(demo_model, tmp_path / "out")
    assert OnnxManifest.read(folder).model_type == "gpt2" and (folder / "README.md").is_file()
    unpacked = extract_tar_gz(folder, tmp_path / "download")
    params = GenerationParams(temperature=0, repetition_penalty=1.3, max_new_tokens=20)
    loaded = OnnxRuntimeBackend(cache_dir=tmp_path / "empty-cache").load(ModelRef(key="download", path=unpacked))
    reference = OnnxRuntimeBackend(cache_dir=onnx_cache).load(ModelRef(key="demo", path=demo_model))
    assert_same_generation(collect(loaded.stream("The cat", params)), collect(reference.stream("The cat", params)))
    assert not (tmp_path / "empty-cache").exists()  # loaded as it is, not exported again
