"""What keeps the training job's own cost small: its callbacks batch their database writes (at
most once a second, less often when a flush is slow), and its process keeps freed memory."""

from __future__ import annotations

import logging
import os
import sys
import time
from contextlib import nullcontext
from types import SimpleNamespace

from llmworks_torch.jobs import JobCallbacks, keep_freed_memory


class _Db:
    def add_all(self, rows) -> None:
        list(rows)

    def get(self, *_args) -> None:
        return None


def _callbacks(flush_seconds: float) -> tuple[JobCallbacks, list[int]]:
    flushed: list[int] = []

    def progress(step: int, total: int, message: str) -> None:
        flushed.append(step)
        time.sleep(flush_seconds)  # the database writes of one flush

    kernel = SimpleNamespace(db=SimpleNamespace(session=lambda: nullcontext(_Db())))
    ctx = SimpleNamespace(kernel=kernel, job_id=1, progress=progress, emit=lambda *a: None, log=logging.getLogger("test"))
    return JobCallbacks(ctx, run_id=None), flushed


METRICS = {"loss": 1.0, "learning_rate": 1e-3, "grad_norm": 0.5, "tokens_per_second": 1000.0}


def test_steps_between_flushes_are_batched() -> None:
    cb, flushed = _callbacks(0.0)
    for step in range(1, 101):  # well under a second
        cb.on_step(step, 100, METRICS)
    assert flushed == [1, 100] and not cb.points  # the first step, then the last (everything written)


def test_slow_flushes_are_spaced_out() -> None:
    cb, flushed = _callbacks(0.05)
    cb.on_step(1, 100, METRICS)  # the first flush (cold caches) does not count
    assert cb._flush_every == JobCallbacks.FLUSH_SECONDS
    cb.flush()
    # 50 ms per flush: at least 5 s apart keeps writing under 1 % of the time
    assert 0.05 / JobCallbacks.FLUSH_SHARE <= cb._flush_every <= JobCallbacks.FLUSH_MAX_SECONDS
    cb.on_step(2, 100, METRICS)
    assert flushed == [1, 1] and len(cb.points) == len(METRICS)  # step 2 waits for the next flush


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
