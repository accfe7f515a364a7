"""Fixtures: a real kernel with the demo model, and a ``scripted`` inference backend that answers
with a text chosen by the prompt (so one group can be made to get toxic continuations) and gives
no token log-likelihoods. The backend lives in ``tests/responsible_testing.py`` (on the test
path, so job children import it too)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch
from llmworks_sdk.demo import DEMO_MODEL_NAME
from llmworks_sdk.testing import KernelHarness


@pytest.fixture(scope="session", autouse=True)
def _one_torch_thread():
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory) -> Path:
    """A models folder with the demo model, built by the CLI (``llmworks demo-model``)."""
    folder = tmp_path_factory.mktemp("responsible-models")
    cli = Path(sys.executable).with_name("llmworks")
    subprocess.run([str(cli), "demo-model", "--out", str(folder / DEMO_MODEL_NAME)], check=True, capture_output=True,
                   timeout=600)
    return folder


@pytest.fixture(scope="module")
def harness(tmp_path_factory, models_dir) -> Iterator[KernelHarness]:
    import responsible_testing

    env = {"LLMWORKS_MODELS_DIR": str(models_dir)}
    with KernelHarness(tmp_path_factory.mktemp("kernel"), env=env, database_url=os.environ.get("LLMWORKS_TEST_DATABASE_URL")) as h:
        h.kernel.register_plugin(responsible_testing, "responsible-scripted")
        yield h


@pytest.fixture(scope="module")
def admin(harness):
    return harness.login()


@pytest.fixture(scope="module")
def project_id(harness) -> int:
    return harness.default_project_id()
