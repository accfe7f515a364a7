"""Shared fixtures: the tiny demo model (built once per session), LoRA adapters made with peft
directly (as if trained elsewhere), a real kernel per module with a worker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from llmworks_deploy.testing import harness_for, make_adapter
from llmworks_sdk.testing import KernelHarness


@pytest.fixture(scope="session")
def demo_model(tmp_path_factory) -> Path:
    from llmworks_sdk.testing import session_demo_model

    return session_demo_model(tmp_path_factory, "gpt2")


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory, demo_model) -> Path:
    from llmworks_sdk.testing import session_models_dir

    return session_models_dir(tmp_path_factory, demo_model)


@pytest.fixture(scope="session")
def adapters(tmp_path_factory, demo_model) -> dict[str, Path]:
    root = Path(tmp_path_factory.getbasetemp())
    return {
        "attn": make_adapter(demo_model, root / "deploy-lora-attn", 11, ["c_attn"], 4),
        "mlp": make_adapter(demo_model, root / "deploy-lora-mlp", 12, ["c_fc"], 8),
    }


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("deploy-home")


@pytest.fixture(scope="module")
def harness(home, models_dir) -> Iterator[KernelHarness]:
    with harness_for(home, models_dir) as h:
        yield h


@pytest.fixture(scope="module")
def admin(harness):
    return harness.login()


@pytest.fixture(scope="module")
def project_id(harness) -> int:
    return harness.default_project_id()


@pytest.fixture(scope="module", autouse=True)
def _stop_leftover_servers(home) -> Iterator[None]:
    """A test that fails half-way must not leave serving processes behind."""
    yield
    from llmworks_deploy.targets.local import stop_supervisor

    for folder in sorted((home / "deployments").glob("*")):
        stop_supervisor(folder)
