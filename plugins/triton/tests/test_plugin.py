"""The triton plugin inside a real kernel: entry point, backend, export target, status route."""

from __future__ import annotations

import shutil
from importlib.metadata import entry_points

import pytest
from llmworks_sdk.backends import ModelRef
from llmworks_sdk.generation import GenerationParams
from llmworks_sdk.testing import KernelHarness, assert_same_generation, collect, extract_tar_gz, session_models_dir
from llmworks_triton.backend import TritonBackend
from llmworks_triton.repository import read_config
from llmworks_triton.targets import TritonExportTarget
from tritonclient.grpc import model_config_pb2 as mc

DEMO = "base:llmworks-demo-tiny"


@pytest.fixture(scope="module")
def harness(tmp_path_factory, demo_model, onnx_cache, server, managed_backend):
    """A kernel whose triton backend uses the session's server (the demo model preloaded on it)."""
    preloaded = managed_backend.load(ModelRef(key=DEMO, path=demo_model))
    env = {
        "LLMWORKS_ONNX_CACHE": str(onnx_cache),
        "LLMWORKS_MODELS_DIR": str(session_models_dir(tmp_path_factory, demo_model)),
        "LLMWORKS_TRITON_URL": server.grpc_url,
    }
    try:
        with KernelHarness(tmp_path_factory.mktemp("kernel"), env=env, worker=False) as h:
            yield h
    finally:
        preloaded.close()


@pytest.fixture(scope="module")
def admin(harness):
    return harness.login()


def test_the_entry_point_names_the_plugin_module():
    (ep,) = [e for e in entry_points(group="llmworks") if e.name == "triton"]
    assert ep.value == "llmworks_triton.plugin"


def test_the_kernel_loads_the_plugin_and_what_it_provides(admin, harness, server):
    plugins = {p["name"]: p for p in admin.get("/api/plugins").json()}
    assert plugins["triton"]["status"] == "ok"
    registry = admin.get("/api/plugins/registry").json()
    assert registry["inference_backends"]["triton"]["plugin"] == "triton"
    assert registry["export_targets"]["triton"]["plugin"] == "triton"
    assert harness.kernel.registry.inference_backends["triton"].url == server.grpc_url


def test_status_reports_the_server(admin, harness):
    status = admin.get("/api/plugins/triton/status").json()
    assert status["available"] is True and status["binary"].endswith("/tritonserver")
    assert status["server"]["live"] is True and status["server"]["ready"] is True
    assert status["server"]["version"].startswith("2.")
    assert status["managed"]["running"] is False  # this backend uses the configured server
    assert harness.new_client().get("/api/plugins/triton/status").status_code == 401


def test_status_of_an_unreachable_server():
    status = TritonBackend(url="http://127.0.0.1:9").status()
    assert "error" in status["server"]


def test_generation_api_on_triton_matches_pytorch(admin):
    body = {"model": DEMO, "prompt": "The cat", "params": {"temperature": 0, "repetition_penalty": 1.3, "max_new_tokens": 12}}
    ours = admin.post("/api/inference/generate", json={**body, "backend": "triton"})
    theirs = admin.post("/api/inference/generate", json={**body, "backend": "pytorch"})
    assert ours.status_code == theirs.status_code == 200, ours.text
    assert ours.json()["backend"] == "triton"
    assert [t["token_id"] for t in ours.json()["tokens"]] == [t["token_id"] for t in theirs.json()["tokens"]]
    assert ours.json()["text"] == theirs.json()["text"]


def test_the_export_archive_serves_on_triton(harness, managed_backend, server, demo_model, tmp_path, onnx_backend):
    target = harness.kernel.registry.export_targets["triton"]
    assert isinstance(target, TritonExportTarget)
    repo = target.export(demo_model, tmp_path / "out")
    (name,) = [p.name for p in repo.iterdir() if p.is_dir()]  # no GPU here: no onnxruntime-backend model
    assert (repo / "README.md").is_file() and read_config(repo / name).backend == "python"
    unpacked = extract_tar_gz(repo, tmp_path / "download")
    managed_backend.managed.acquire(name, lambda repo_dir: shutil.copytree(unpacked / name, repo_dir / name, dirs_exist_ok=True))
    try:
        loaded = TritonBackend(url=server.http_url).load(ModelRef(key="exported", path=unpacked / name / "1", options={"model_name": name}))
        params = GenerationParams(temperature=0, repetition_penalty=1.3, max_new_tokens=20)
        reference = onnx_backend.load(ModelRef(key="demo", path=demo_model))
        assert_same_generation(collect(loaded.stream("The cat", params)), collect(reference.stream("The cat", params)))
    finally:
        managed_backend.managed.release(name)


def test_a_gpu_export_adds_the_onnxruntime_backend_model(tmp_path, demo_model, onnx_cache):
    repo = TritonExportTarget(cache_dir=onnx_cache, gpu=True).export(demo_model, tmp_path / "out")
    names = sorted(p.name for p in repo.iterdir() if p.is_dir())
    assert len(names) == 2 and names[1] == f"{names[0]}_onnx"
    assert read_config(repo / names[1]).platform == "onnxruntime_onnx"
    assert read_config(repo / names[0]).instance_group[0].kind == mc.ModelInstanceGroup.KIND_GPU
    assert f"{names[0]}_onnx" in (repo / "README.md").read_text()
