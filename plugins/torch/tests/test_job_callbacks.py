"""What keeps the training job's own cost small: its metrics sink batches its database writes (at
most once a second, less often when a flush is slow), and its process keeps freed memory."""

from __future__ import annotations

import logging
import os
import sys
import time
from contextlib import nullcontext
from types import SimpleNamespace

from llmworks_torch.jobs import JobMetrics, keep_freed_memory


class _Db:
    def add_all(self, rows) -> None:
        list(rows)

    def get(self, *_args) -> None:
        return None


def _callbacks(flush_seconds: float) -> tuple[JobMetrics, list[int]]:
    flushed: list[int] = []

    def progress(step: int, total: int, message: str) -> None:
        flushed.append(step)
        time.sleep(flush_seconds)  # the database writes of one flush

    kernel = SimpleNamespace(db=SimpleNamespace(session=lambda: nullcontext(_Db())))
    ctx = SimpleNamespace(kernel=kernel, job_id=1, progress=progress, emit=lambda *a: None, log=logging.getLogger("test"))
    return JobMetrics(ctx, run_id=None), flushed


METRICS = {"loss": 1.0, "learning_rate": 1e-3, "grad_norm": 0.5, "tokens_per_second": 1000.0}


def test_steps_between_flushes_are_batched() -> None:
    cb, flushed = _callbacks(0.0)
    for step in range(1, 101):  # well under a second
        cb.log(step, METRICS, total_steps=100)
    assert flushed == [1, 100] and not cb.points  # the first step, then the last (everything written)


def test_slow_flushes_are_spaced_out() -> None:
    cb, flushed = _callbacks(0.05)
    cb.log(1, METRICS, total_steps=100)  # the first flush (cold caches) does not count
    assert cb._flush_every == JobMetrics.FLUSH_SECONDS
    cb.flush()
    # 50 ms per flush: at least 5 s apart keeps writing under 1 % of the time
    assert 0.05 / JobMetrics.FLUSH_SHARE <= cb._flush_every <= JobMetrics.FLUSH_MAX_SECONDS
    cb.log(2, METRICS, total_steps=100)
    assert flushed == [1, 1] and len(cb.points) == len(METRICS)  # step 2 waits for the next flush


def test_evaluation_metrics_are_written_at_once_and_kept_apart() -> None:
    cb, flushed = _callbacks(0.0)
    cb.log(1, METRICS, total_steps=100)
    cb.log(2, METRICS, total_steps=100)
    cb.log(2, {"val_loss": 0.9, "val_perplexity": 2.46})
    assert flushed == [1, 2] and not cb.points
    assert cb.latest == METRICS and cb.latest_eval == {"val_loss": 0.9, "val_perplexity": 2.46}


def _in_child(fn) -> int:
    """Run ``fn`` in a forked child (its malloc settings stay there); its return value as exit code."""
    pid = os.fork()
    if pid == 0:
        os._exit(fn())
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def test_training_jobs_keep_freed_memory(monkeypatch) -> None:
    assert _in_child(lambda: int(keep_freed_memory())) == int(sys.platform.startswith("linux"))  # glibc here
    monkeypatch.setenv("LLMWORKS_TORCH_MALLOC_TUNING", "0")
    assert _in_child(lambda: int(keep_freed_memory())) == 0
