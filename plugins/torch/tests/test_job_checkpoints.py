"""A checkpoint is published only after the metrics of every step up to it are written: a job
killed right after a checkpoint appears resumes from it, and the steps before it must already
be in the job's metrics (they are not trained, nor reported, again)."""

from __future__ import annotations

import logging
import os
from contextlib import nullcontext
from pathlib import Path
from types import SimpleNamespace

import pytest
from llmworks_torch import training
from llmworks_torch.jobs import JobCallbacks
from llmworks_torch.training import run_training
from llmworks_torch.training_config import TrainingConfig


class _Db:
    def __init__(self, written: list[int]):
        self.written = written

    def add_all(self, rows) -> None:
        self.written += [r.step for r in rows if r.key == "loss"]

    def get(self, *_args) -> None:
        return None


def _ctx(written: list[int]) -> SimpleNamespace:
    kernel = SimpleNamespace(db=SimpleNamespace(session=lambda: nullcontext(_Db(written))))
    return SimpleNamespace(
        kernel=kernel,
        job_id=1,
        progress=lambda *a: None,
        emit=lambda *a: None,
        log=logging.getLogger("test"),
        cancelled=lambda: False,
    )


@pytest.mark.parametrize("cancel_after", [None, 4])
def test_metrics_are_written_before_each_checkpoint_is_published(
    demo_model, instruction_rows, tmp_path, monkeypatch, cancel_after
):
    written: list[int] = []
    published: dict[int, list[int]] = {}
    replace = os.replace

    def spy(src, dst):
        name = Path(dst).name
        if name.startswith("step-"):
            published[int(name[5:])] = sorted(written)
        replace(src, dst)

    monkeypatch.setattr(training.os, "replace", spy)
    config = TrainingConfig(method="lora", max_steps=7, batch_size=4, checkpoint_every=3, seed=2)
    ctx = _ctx(written)
    callbacks = JobCallbacks(ctx, run_id=None, checkpoint_every=config.checkpoint_every)
    if cancel_after is not None:  # a cancel request seen after that step: a checkpoint is kept there
        ctx.cancelled = lambda: callbacks.step >= cancel_after
    run_training(config, demo_model, instruction_rows[:40], [], tmp_path, callbacks)
    expected = {3: [1, 2, 3], 6: [1, 2, 3, 4, 5, 6]} if cancel_after is None else {3: [1, 2, 3], 4: [1, 2, 3, 4]}
    assert published == expected
