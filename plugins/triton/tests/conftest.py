from __future__ import annotations

from pathlib import Path

import pytest
from llmworks_sdk.backends import ModelRef
from llmworks_sdk.testing import inference_backend, session_demo_model, session_onnx_cache
from llmworks_triton.backend import TritonBackend


@pytest.fixture(scope="session")
def demo_model(tmp_path_factory):
    return session_demo_model(tmp_path_factory, "gpt2")


@pytest.fixture(scope="session")
def onnx_cache(tmp_path_factory):
    return session_onnx_cache(tmp_path_factory)


@pytest.fixture(scope="session")
def managed_backend(tmp_path_factory, onnx_cache):
    """The one Triton server of the test session, managed by a backend."""
    backend = TritonBackend(cache_dir=onnx_cache, repository_dir=Path(tmp_path_factory.mktemp("triton-repository")))
    yield backend
    backend.shutdown()


@pytest.fixture(scope="session")
def demo_ref(demo_model):
    return ModelRef(key="model-version:1", path=demo_model)


@pytest.fixture(scope="session")
def managed_http(managed_backend, demo_ref):
    loaded = managed_backend.load(demo_ref)
    yield loaded
    loaded.close()


@pytest.fixture(scope="session")
def server(managed_backend, managed_http):
    return managed_backend.managed.server


@pytest.fixture(scope="session")
def onnx_backend(onnx_cache):
    """The onnx plugin's "onnxruntime" backend on the session's export cache (the reference the
    Triton backend is compared with), reached through its entry point, not imported."""
    return type(inference_backend("onnxruntime"))(cache_dir=onnx_cache)
