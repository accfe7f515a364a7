"""Fixtures: a real single-node Slurm (installed and started here, stopped afterwards) and a
real llmworks server with the demo models whose jobs go to it."""

from __future__ import annotations

import shutil

import pytest
from llmworks_clusters.testing import LocalSlurm, install
from llmworks_sdk.demo import DEMO_MODEL_NAME, build_demo_model
from llmworks_sdk.testing import KernelHarness

LLAMA = "demo-llama"


@pytest.fixture(scope="session")
def slurm(tmp_path_factory):
    why = install()
    if why:
        pytest.skip(why)
    with LocalSlurm(tmp_path_factory.mktemp("slurm")) as s:
        yield s


@pytest.fixture(scope="module")
def harness(tmp_path_factory):
    home = tmp_path_factory.mktemp("llmworks")
    build_demo_model(home / "models" / DEMO_MODEL_NAME, arch="gpt2", seed=0)
    # llama has no dropout: a run in two processes computes exactly what one process would
    build_demo_model(home / "models" / LLAMA, arch="llama", seed=0)
    env = {"LLMWORKS_TORCH_THREADS": "1", "LLMWORKS_CLUSTERS_POLL_SECONDS": "0.3"}
    with KernelHarness(home, env=env) as h:
        yield h
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="module")
def client(harness):
    return harness.login()


@pytest.fixture(scope="module")
def project(harness):
    return harness.default_project_id()


@pytest.fixture(scope="module")
def slurm_backend(client, slurm):
    """A backend named ``slurm`` on the local cluster."""
    r = client.post("/api/plugins/clusters/backends", json={
        "name": "slurm", "backend": "slurm", "description": "the test cluster",
        "options": slurm.backend_options(time_limit_minutes=30)})
    assert r.status_code == 201, r.text
    return "slurm"
