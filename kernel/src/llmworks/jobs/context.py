"""The :class:`~llmworks_sdk.types.JobContext` handed to job handlers."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from llmworks.db.models import Job

if TYPE_CHECKING:
    from llmworks.kernel import Kernel


class _LineFlushHandler(logging.FileHandler):
    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        self.flush()


def job_logger(job_id: int, log_path: Path) -> logging.Logger:
    # Not logging.getLogger(): that registers one logger per job for the life of the process
    # (inline jobs run in the worker), and every setLevel() walks all registered loggers.
    logger = logging.Logger(f"llmworks.job.{job_id}", logging.INFO)
    logger.propagate = False
    h = _LineFlushHandler(log_path, encoding="utf-8")
    h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(h)
    return logger


class JobRunContext:
    PROGRESS_EVERY = 1.0  # seconds between job.progress events

    def __init__(self, kernel: Kernel, job: Job) -> None:
        self.kernel = kernel
        self.job_id = job.id
        self.kind = job.kind
        self.project_id = job.project_id
        self.payload: dict[str, Any] = dict(job.payload or {})
        self.attempt = job.attempts
        self.created_by = job.created_by
        self.job_dir = kernel.job_dir(job.id)
        self.log = job_logger(job.id, self.job_dir / "job.log")
        self._last_progress_event = 0.0
        self._cancel_checked = 0.0
        self._cancelled = False

    def progress(self, step: int, total: int | None, message: str = "") -> None:
        now = time.monotonic()
        emit = now - self._last_progress_event >= self.PROGRESS_EVERY or (total is not None and step >= total)
        if emit:
            self._last_progress_event = now
        self.kernel.queue.progress(self.job_id, step, total, message, emit=emit)

    def emit(self, type: str, data: dict[str, Any] | None = None) -> None:
        self.kernel.events.publish(
            type, project_id=self.project_id, subject_kind="job", subject_id=self.job_id, data=data or {}
        )

    def cancelled(self) -> bool:
        now = time.monotonic()
        if not self._cancelled and now - self._cancel_checked > 0.5:
            self._cancel_checked = now
            with self.kernel.db.session() as s:
                row = s.execute(
                    select(Job.cancel_requested, Job.state, Job.attempts).where(Job.id == self.job_id)
                ).one_or_none()
            # a run whose lease was lost (the reaper re-queued the job) stops like a cancelled one
            self._cancelled = row is None or bool(row[0]) or row[1] != "running" or row[2] != self.attempt
        return self._cancelled

    def close(self) -> None:
        for h in list(self.log.handlers):
            self.log.removeHandler(h)
            h.close()


def print_exc_to(logger: logging.Logger) -> None:
    logger.error("job raised", exc_info=sys.exc_info())
