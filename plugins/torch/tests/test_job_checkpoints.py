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
from llmworks_sdk import training
from llmworks_sdk.training import TrainingContext
from llmworks_torch.jobs import JobMetrics
from llmworks_torch.trainers import TRAINERS
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
    sink = JobMetrics(ctx, run_id=None)
    if cancel_after is not None:  # a cancel request seen after that step: a checkpoint is kept there
        ctx.cancelled = lambda: sink.step >= cancel_after
    context = TrainingContext(
        method="lora",
        base_model="demo",
        model_path=demo_model,
        config=config,
        train_rows=instruction_rows[:40],
        validation_rows=[],
        work_dir=tmp_path,
        log=ctx.log,
        metrics=sink,
        is_cancelled=lambda: ctx.cancelled(),
    )
    outcome = {t.name: t for t in TRAINERS}["lora"].run(context)
    assert outcome.status == ("completed" if cancel_after is None else "stopped")
    expected = {3: [1, 2, 3], 6: [1, 2, 3, 4, 5, 6]} if cancel_after is None else {3: [1, 2, 3], 4: [1, 2, 3, 4]}
    assert published == expected
