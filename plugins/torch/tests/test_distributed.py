"""One training job in two processes (DDP, gloo on the CPU) under torchrun: the same loss
curve as one process with the same global batch, and a run killed after a checkpoint
resumes from it and finishes with the losses of an uninterrupted run; the same with FSDP
(weights, gradients and optimizer state sharded: FSDP2 on gloo) (issue 16, item 7)."""

from __future__ import annotations

import json
import os
import signal
import threading
import time

import psutil
import pytest
from llmworks_sdk.demo import build_demo_model
from llmworks_torch.distributed import choose_strategy, processes_for, run_distributed
from llmworks_torch.training import TrainingCallbacks, run_training
from llmworks_torch.training_config import TrainingConfig

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]
LONG = 24
ROWS = [{"text": f"row {i}: the quick brown fox number {i} jumps over {i % 7} lazy dogs."} for i in range(48)]


@pytest.fixture(scope="module")
def llama(tmp_path_factory):
    # llama has no dropout: every process computes exactly what one process would
    return build_demo_model(tmp_path_factory.mktemp("models") / "demo-llama", arch="llama", seed=0)


def _config(batch_size: int, processes: int, steps: int = 6, **kw) -> TrainingConfig:
    return TrainingConfig(method="full", max_steps=steps, batch_size=batch_size, processes=processes, learning_rate=5e-3,
                          lr_scheduler="constant", device="cpu", seed=5, checkpoint_every=2, max_seq_length=32, **kw)


class Recorder(TrainingCallbacks):
    def __init__(self) -> None:
        self.steps: list[tuple[int, int, dict[str, float]]] = []
        self.checkpoints: list[tuple[int, object]] = []

    def on_step(self, step, total_steps, metrics):
        self.steps.append((step, total_steps, metrics))

    def on_checkpoint(self, step, path):
        self.checkpoints.append((step, path))

    @property
    def losses(self) -> list[float]:
        return [m["loss"] for _, _, m in self.steps]


def kill_torchrun_at_first_checkpoint(out, stop: threading.Event) -> None:
    """SIGKILL the whole torchrun process group as soon as a checkpoint folder appears."""
    while not stop.is_set():
        if list((out / "checkpoints").glob("step-*")):
            for p in psutil.Process().children(recursive=True):
                try:
                    if "torch.distributed.run" in " ".join(p.cmdline()):
                        os.killpg(os.getpgid(p.pid), signal.SIGKILL)
                except (psutil.Error, ProcessLookupError):
                    pass
            return
        time.sleep(0.005)


@pytest.fixture(scope="module")
def single(llama, tmp_path_factory):
    rec = Recorder()
    run_training(_config(4, 1, steps=LONG), llama, ROWS, [], tmp_path_factory.mktemp("one"), rec)
    return rec


def test_two_processes_match_one_with_the_same_global_batch(llama, single, tmp_path):
    rec = Recorder()
    result = run_distributed(_config(2, 2), llama, ROWS, [], tmp_path, rec, resume=False, processes=2)
    assert result.status == "completed" and result.global_step == 6
    assert [s for s, _, _ in rec.steps] == [1, 2, 3, 4, 5, 6]
    assert all(m["processes"] == 2 for _, _, m in rec.steps)
    assert rec.losses == pytest.approx(single.losses[:6], rel=1e-4, abs=1e-5)
    assert rec.losses[-1] < rec.losses[0]
    assert [s for s, _ in rec.checkpoints] == [2, 4, 6]
    assert (tmp_path / "model" / "config.json").is_file()  # rank 0 saved the model


def test_killed_run_resumes_from_its_checkpoint(llama, single, tmp_path):
    stop = threading.Event()
    killer = threading.Thread(target=kill_torchrun_at_first_checkpoint, args=(tmp_path, stop), daemon=True)
    killer.start()
    try:
        with pytest.raises(RuntimeError, match="torchrun exited"):
            run_distributed(_config(2, 2, steps=LONG), llama, ROWS, [], tmp_path, Recorder(), resume=False, processes=2)
    finally:
        stop.set()
        killer.join()
    assert not (tmp_path / "model").exists()  # killed before the end
    spec = str(tmp_path / "ddp" / "spec.json")

    def ranks_left() -> list[int]:
        out = []
        for p in psutil.process_iter(["cmdline"]):
            if spec in " ".join(p.info["cmdline"] or []):
                out.append(p.pid)
        return out

    deadline = time.monotonic() + 10
    while ranks_left() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert ranks_left() == []  # the ranks (own sessions) end with torchrun: no orphan keeps training
    last = max(int(p.name.split("-")[1]) for p in (tmp_path / "checkpoints").glob("step-*"))
    assert last < LONG
    rec = Recorder()
    result = run_distributed(_config(2, 2, steps=LONG), llama, ROWS, [], tmp_path, rec, resume=True, processes=2)
    assert result.status == "completed" and result.global_step == LONG
    assert [s for s, _, _ in rec.steps] == list(range(last + 1, LONG + 1))  # continued, not started again
    assert rec.losses == pytest.approx(single.losses[last:], rel=1e-4, abs=1e-5)


def test_processes_for(monkeypatch):
    monkeypatch.delenv("LLMWORKS_JOB_DEVICES", raising=False)
    assert processes_for(_config(2, 3)) == 3
    assert processes_for(_config(2, 1)) == 1
    monkeypatch.setenv("LLMWORKS_JOB_DEVICES", "0,1")
    assert processes_for(_config(2, 1)) == 1  # device="cpu": the assigned GPUs are not used


def test_fsdp_two_processes_match_one_and_resume(llama, single, tmp_path):
    """FSDP shards the model across the two processes: same loss curve as one process, checkpoints
    and the final model gathered into ordinary full-weight folders, and a resumed run goes on
    from the sharded optimizer state it saved."""
    from transformers import AutoModelForCausalLM

    rec = Recorder()
    result = run_distributed(_config(2, 2, distributed_strategy="fsdp"), llama, ROWS, [], tmp_path, rec, resume=False,
                             processes=2)
    assert result.status == "completed" and result.global_step == 6
    import torch

    optimizer = torch.load(tmp_path / "checkpoints" / "step-6" / "optimizer.pt", weights_only=False)
    assert all(isinstance(k, str) for k in optimizer["state"])  # gathered from FSDP shards: keyed by parameter name
    assert rec.losses == pytest.approx(single.losses[:6], rel=1e-4, abs=1e-5)
    assert [s for s, _ in rec.checkpoints] == [2, 4, 6]
    model = AutoModelForCausalLM.from_pretrained(tmp_path / "model")  # full weights, the model's own class
    assert type(model).__name__ == "LlamaForCausalLM"
    assert json.loads((tmp_path / "model" / "config.json").read_text())["architectures"] == ["LlamaForCausalLM"]
    rec = Recorder()
    result = run_distributed(_config(2, 2, steps=9, distributed_strategy="fsdp"), llama, ROWS, [], tmp_path, rec,
                             resume=True, processes=2)
    assert result.status == "completed" and [s for s, _, _ in rec.steps] == [7, 8, 9]  # from step-6's checkpoint
    assert rec.losses == pytest.approx(single.losses[6:9], rel=1e-4, abs=1e-5)


def test_auto_strategy_shards_only_what_would_not_fit(llama, monkeypatch):
    import types

    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(llama)
    full = _config(2, 2)
    assert choose_strategy(full, model, "cpu", 2) == "ddp"  # a tiny model fits
    assert choose_strategy(_config(2, 2, distributed_strategy="fsdp"), model, "cpu", 2) == "fsdp"
    need = sum(p.numel() * (p.element_size() + 12) for p in model.parameters())
    monkeypatch.setattr(psutil, "virtual_memory", lambda: types.SimpleNamespace(total=need))  # half of it per process
    assert choose_strategy(full, model, "cpu", 2) == "fsdp"
    assert choose_strategy(full.model_copy(update={"method": "lora"}), model, "cpu", 2) == "ddp"  # LoRA: small state
    assert choose_strategy(_config(2, 2, distributed_strategy="ddp"), model, "cpu", 2) == "ddp"


def test_fsdp_is_for_full_fine_tuning(llama):
    from llmworks_torch.training_config import validate_config

    lora = TrainingConfig(method="lora", processes=2, distributed_strategy="fsdp", device="cpu")
    errors = {e.field: e.message for e in validate_config(lora, llama, ["text"])}
    assert "fsdp shards full fine-tuning only" in errors["distributed_strategy"]
    full = TrainingConfig(method="full", processes=2, distributed_strategy="fsdp", device="cpu")
    assert "distributed_strategy" not in {e.field for e in validate_config(full, llama, ["text"])}
