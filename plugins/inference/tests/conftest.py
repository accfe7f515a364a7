"""Shared fixtures: the tiny demo model (built once per pytest session, shared with the onnx
and triton plugins' tests) and a real kernel per test module with it as ``base:llmworks-demo-tiny``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from llmworks_inference.cache import model_cache
from llmworks_sdk.testing import KernelHarness

DEMO = "base:llmworks-demo-tiny"


@pytest.fixture(scope="session")
def demo_model(tmp_path_factory) -> Path:
    from llmworks_sdk.testing import session_demo_model

    return session_demo_model(tmp_path_factory, "gpt2")


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory, demo_model) -> Path:
    """A models folder whose ``llmworks-demo-tiny`` is the session's demo model (not rebuilt per kernel)."""
    from llmworks_sdk.demo import DEMO_MODEL_NAME

    folder = tmp_path_factory.mktemp("inference-models")
    (folder / DEMO_MODEL_NAME).symlink_to(demo_model, target_is_directory=True)
    return folder


@pytest.fixture(scope="session")
def backend_env(tmp_path_factory, models_dir) -> dict[str, str]:
    return {
        "LLMWORKS_MODELS_DIR": str(models_dir),
        # the onnx plugin's per-session export cache (the folder its own tests use)
        "LLMWORKS_ONNX_CACHE": str(Path(tmp_path_factory.getbasetemp()) / "llmworks-onnx-cache"),
        "LLMWORKS_TRITON_REPOSITORY": str(tmp_path_factory.mktemp("triton-repository")),
    }


def make_harness(home: Path, env: dict[str, str]) -> KernelHarness:
    return KernelHarness(home, env=env, worker=False, database_url=os.environ.get("LLMWORKS_TEST_DATABASE_URL"))


@pytest.fixture(scope="module")
def harness(tmp_path_factory, backend_env) -> Iterator[KernelHarness]:
    with make_harness(tmp_path_factory.mktemp("kernel"), backend_env) as h:
        try:
            yield h
        finally:
            model_cache(h.kernel).clear()  # closes models: stops a managed Triton server


@pytest.fixture(scope="module")
def admin(harness):
    return harness.login()


@pytest.fixture(scope="module")
def project_id(harness) -> int:
    return harness.default_project_id()
