"""Shared fixtures: the tiny demo model is built once per session, adapters trained once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import torch
from llmworks_sdk.demo import DEMO_MODEL_NAME, build_demo_model, demo_corpus, demo_instruction_rows
from llmworks_sdk.testing import KernelHarness
from llmworks_torch.training import TrainingCallbacks, run_training
from llmworks_torch.training_config import TrainingConfig


class Recorder(TrainingCallbacks):
    """Records every callback; ``stop_at`` asks for a cooperative stop after that step."""

    def __init__(self, stop_at: int | None = None):
        self.steps: list[tuple[int, int, dict[str, float]]] = []
        self.evals: list[tuple[int, dict[str, float]]] = []
        self.checkpoints: list[tuple[int, Path]] = []
        self.stop_at = stop_at

    def on_step(self, step, total_steps, metrics):
        self.steps.append((step, total_steps, metrics))

    def on_eval(self, step, metrics):
        self.evals.append((step, metrics))

    def on_checkpoint(self, step, path):
        self.checkpoints.append((step, path))

    def should_stop(self):
        return self.stop_at is not None and bool(self.steps) and self.steps[-1][0] >= self.stop_at

    @property
    def losses(self) -> list[float]:
        return [m["loss"] for _, _, m in self.steps]


@pytest.fixture(scope="session", autouse=True)
def _one_torch_thread():
    """The tiny model is fastest on one thread, and several threads thrash on a busy 2-core box."""
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


@pytest.fixture(scope="session")
def demo_model(tmp_path_factory) -> Path:
    return build_demo_model(tmp_path_factory.mktemp("models") / "demo-gpt2", arch="gpt2", seed=0)


@pytest.fixture(scope="session")
def instruction_rows() -> list[dict[str, str]]:
    return demo_instruction_rows(160, seed=1)


@pytest.fixture(scope="session")
def lora_run(demo_model, instruction_rows, tmp_path_factory):
    """A 40-step LoRA run on prompt/completion rows: (result, recorder)."""
    config = TrainingConfig(
        method="lora",
        max_steps=40,
        batch_size=8,
        learning_rate=1e-2,
        lora_r=8,
        lora_alpha=16,
        target_modules=["c_attn", "c_proj", "c_fc"],
        checkpoint_every=20,
        eval_every=20,
        seed=3,
    )
    recorder = Recorder()
    result = run_training(config, demo_model, instruction_rows, None, tmp_path_factory.mktemp("lora"), recorder)
    return result, recorder


@pytest.fixture(scope="session")
def text_adapter(demo_model, tmp_path_factory) -> Path:
    """A second, different adapter: LoRA on plain sentences."""
    config = TrainingConfig(method="lora", max_steps=15, batch_size=8, learning_rate=2e-2, checkpoint_every=None, seed=7)
    rows = [{"text": t} for t in demo_corpus(120, seed=9)]
    result = run_training(config, demo_model, rows, [], tmp_path_factory.mktemp("lora-text"))
    return Path(result.output_dir)


@pytest.fixture(scope="session")
def full_model(demo_model, instruction_rows, tmp_path_factory) -> Path:
    config = TrainingConfig(method="full", max_steps=10, batch_size=8, learning_rate=3e-3, checkpoint_every=None)
    result = run_training(config, demo_model, instruction_rows, [], tmp_path_factory.mktemp("full"))
    return Path(result.output_dir)


@pytest.fixture
def recorder():
    """The :class:`Recorder` class (call it with ``stop_at=`` to ask for a stop)."""
    return Recorder


# ---- a real kernel with the demo model, one per test module (REST tests)
@pytest.fixture(scope="module")
def harness(tmp_path_factory, demo_model):
    home = tmp_path_factory.mktemp("llmworks")
    # the demo model is registered on start and built on first use: pre-build it to save time
    shutil.copytree(demo_model, home / "models" / DEMO_MODEL_NAME)
    database_url = os.environ.get("LLMWORKS_TEST_DATABASE_URL")  # set for the PostgreSQL run
    with KernelHarness(home, env={"LLMWORKS_TORCH_THREADS": "1"}, database_url=database_url) as h:
        yield h


@pytest.fixture(scope="module")
def client(harness):
    return harness.login()


@pytest.fixture(scope="module")
def project(harness):
    return harness.default_project_id()
