"""The ``torch.train`` job handler (fine-tuning), run in the kernel's job child process.

Training streams its step metrics into ``torch_training_metrics`` (and the tracking run when
the tracking plugin is installed),
reports progress, stops cooperatively on cancel (a checkpoint is kept) and resumes from the
newest checkpoint when the job is resumed or retried.
"""

from __future__ import annotations

import ctypes
import math
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import delete

from llmworks_torch import integrations
from llmworks_torch.tables import ModelVersion, TrainingJob, TrainingMetric
from llmworks_torch.training import TrainingCallbacks
from llmworks_torch.training_config import TrainingConfig

TRAIN_KIND = "torch.train"


def _finite(metrics: dict[str, float]) -> dict[str, float]:
    """JSON-safe copy (NaN/inf are not valid JSON)."""
    return {k: float(v) for k, v in metrics.items() if isinstance(v, int | float) and math.isfinite(v)}


class JobCallbacks(TrainingCallbacks):
    """Training callbacks that report into the job: progress, log, metric rows, events.

    The database writes (progress, metric rows, the tracking run, the ``training.metrics``
    event) are batched by :meth:`flush`: at most once every ``FLUSH_SECONDS``, and less often
    when flushes are slow (a busy machine or database), so that they stay under
    ``FLUSH_SHARE`` of the training time (up to ``FLUSH_MAX_SECONDS`` apart).
    """

    FLUSH_SECONDS = 1.0
    FLUSH_SHARE = 0.01
    FLUSH_MAX_SECONDS = 30.0

    def __init__(self, ctx: Any, run_id: str | None, checkpoint_every: int | None = None):
        self.ctx, self.run_id = ctx, run_id
        self.checkpoint_every = checkpoint_every
        self.points: list[tuple[str, int, float, float]] = []
        self.step = 0
        self.total: int | None = None
        self.latest: dict[str, float] = {}
        self.latest_eval: dict[str, float] = {}
        self.checkpoint_step: int | None = None
        self._last_flush = 0.0
        self._flush_every = self.FLUSH_SECONDS
        self._flushes = 0

    def on_step(self, step: int, total_steps: int, metrics: dict[str, float]) -> None:
        self.step, self.total, self.latest = step, total_steps, _finite(metrics)
        now = time.time()
        self.points += [(k, step, v, now) for k, v in self.latest.items()]
        self.ctx.log.info(
            "step %d/%d loss=%.4f lr=%.3g grad_norm=%.3f tokens/s=%.0f",
            step,
            total_steps,
            metrics["loss"],
            metrics["learning_rate"],
            metrics["grad_norm"],
            metrics["tokens_per_second"],
        )
        if now - self._last_flush >= self._flush_every or step == total_steps:
            self.flush()

    def on_eval(self, step: int, metrics: dict[str, float]) -> None:
        self.latest_eval = _finite(metrics)
        now = time.time()
        self.points += [(k, step, v, now) for k, v in self.latest_eval.items()]
        self.ctx.log.info(
            "eval at step %d: val_loss=%.4f val_perplexity=%.2f", step, metrics["val_loss"], metrics["val_perplexity"]
        )
        self.flush()

    def on_checkpoint(self, step: int, path: Path) -> None:
        self.checkpoint_step = step  # recorded by the next flush (the steps' metrics were flushed before the save)
        self.ctx.log.info("checkpoint saved at step %d", step)

    def should_stop(self) -> bool:
        stop = self.ctx.cancelled()
        # called after each step, before that step's checkpoint (a scheduled one, or the one kept
        # on a stop) is saved: write its metrics first, so that a job killed once the checkpoint
        # exists, which resumes from it and does not train those steps again, has them all
        if self.points and (stop or (self.checkpoint_every and self.step % self.checkpoint_every == 0)):
            self.flush()
        return stop

    def flush(self) -> None:
        started = time.time()
        points, self.points = self.points, []
        kernel = self.ctx.kernel
        if self.total:
            self.ctx.progress(
                self.step, self.total, f"step {self.step}/{self.total} loss {self.latest.get('loss', math.nan):.4f}"
            )
        with kernel.db.session() as db:
            db.add_all(TrainingMetric(job_id=self.ctx.job_id, step=s, key=k, value=v, wall_time=t) for k, s, v, t in points)
            row = db.get(TrainingJob, self.ctx.job_id)
            if row is not None:
                row.step, row.total_steps = self.step, self.total
                row.latest_metrics, row.latest_eval = self.latest, self.latest_eval
                if self.checkpoint_step is not None:
                    row.last_checkpoint_step = self.checkpoint_step
        integrations.log_run_metrics(kernel, self.run_id, points)
        self.ctx.emit(
            "training.metrics", {"step": self.step, "total": self.total, "metrics": self.latest, "eval": self.latest_eval}
        )
        self._last_flush = time.time()
        self._flushes += 1
        if self._flushes > 1:  # the first one pays for cold caches (statement compilation, connections)
            took = self._last_flush - started
            self._flush_every = min(self.FLUSH_MAX_SECONDS, max(self.FLUSH_SECONDS, took / self.FLUSH_SHARE))


def _publish(src: Path, dest: Path) -> Path:
    """Copy a finished model folder into its permanent place atomically."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.parent / f".{dest.name}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(src, tmp)
    shutil.rmtree(dest, ignore_errors=True)
    os.replace(tmp, dest)
    return dest


def set_torch_threads() -> None:
    """``LLMWORKS_TORCH_THREADS`` caps torch's CPU threads in job processes (small models on a busy
    machine run much faster on one thread than on several that contend)."""
    threads = os.environ.get("LLMWORKS_TORCH_THREADS")
    if threads and threads.isdigit() and int(threads) > 0:
        import torch

        torch.set_num_threads(int(threads))


def keep_freed_memory() -> bool:
    """Stop glibc's malloc from handing the step's tensors back to the OS after every step.

    A training step allocates and frees the same activation buffers (MBs each) every time; with
    glibc's adaptive thresholds they are often mmapped and unmapped or trimmed each step, and
    re-touching them costs page faults: 1,000-2,500 per step and 3-5 ms of system time on a
    ~45 ms step of the demo model, varying from process to process. Fixed thresholds keep freed
    memory for reuse (allocations under 32 MiB come from the heap, up to 256 MiB of free heap is
    kept). Job processes only; ``LLMWORKS_TORCH_MALLOC_TUNING=0`` turns it off. True when set."""
    if os.environ.get("LLMWORKS_TORCH_MALLOC_TUNING", "1") == "0" or not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        m_trim_threshold, m_mmap_threshold = -1, -3  # malloc.h
        return bool(libc.mallopt(m_mmap_threshold, 32 << 20) and libc.mallopt(m_trim_threshold, 256 << 20))
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False


def run_train_job(ctx: Any) -> dict[str, Any]:
    from llmworks.api.routers.lineage import add_edge

    from llmworks_torch.models import base_model_folder
    from llmworks_torch.training import latest_checkpoint, run_training

    set_torch_threads()
    keep_freed_memory()
    kernel, payload = ctx.kernel, ctx.payload
    config = TrainingConfig.model_validate(payload["config"])
    out_dir = Path(ctx.job_dir) / "train"
    resume = bool(payload.get("resume")) or ctx.attempt > 1
    with kernel.db.session() as db:
        folder, _ = base_model_folder(kernel, db, payload["base_model"])
        row = db.get(TrainingJob, ctx.job_id)
        run_id = row.run_id if row else None
        found = latest_checkpoint(out_dir) if resume else None
        # steps after the checkpoint we resume from are trained (and reported) again
        db.execute(
            delete(TrainingMetric).where(TrainingMetric.job_id == ctx.job_id, TrainingMetric.step > (found[0] if found else 0))
        )
    if payload.get("dataset_version_id") is not None:
        train_rows, val_rows = integrations.dataset_rows(kernel, payload["dataset_version_id"])
    else:
        train_rows, val_rows = payload.get("rows") or [], payload.get("validation_rows")
    if run_id is None:
        run_id = integrations.start_run(
            kernel,
            project_id=ctx.project_id,
            name=payload.get("name") or f"job {ctx.job_id}",
            config={"base_model": payload["base_model"], **config.model_dump()},
            job_id=ctx.job_id,
        )
        with kernel.db.session() as db:
            row = db.get(TrainingJob, ctx.job_id)
            if row is not None:
                row.run_id = run_id
    ctx.log.info(
        "%s %s on %s: %d training rows, %s validation rows%s",
        "resuming" if found else "starting",
        config.method,
        payload["base_model"],
        len(train_rows),
        "held-out" if val_rows is None else len(val_rows),
        f" from step {found[0]}" if found else "",
    )
    callbacks = JobCallbacks(ctx, run_id, checkpoint_every=config.checkpoint_every)
    result = run_training(config, folder, train_rows, val_rows, out_dir, callbacks, resume=resume)
    callbacks.flush()
    if result.status == "stopped":
        integrations.finish_run(kernel, run_id, "cancelled")
        ctx.log.info("stopped at step %d; resume continues from %s", result.global_step, result.last_checkpoint)
        return {"status": "stopped", "step": result.global_step, "checkpoint": result.last_checkpoint}

    dest = _publish(Path(result.output_dir), Path(kernel.settings.home) / "custom-models" / f"job-{ctx.job_id}")
    metrics = _finite(result.metrics)
    with kernel.db.session() as db:
        version = ModelVersion(
            project_id=ctx.project_id,
            name=payload.get("name") or f"{payload['base_model']}-{config.method}-{ctx.job_id}",
            base_model=payload["base_model"],
            base_path=str(folder),
            method=config.method,
            kind="adapter" if result.is_adapter else "full",
            path=str(dest),
            job_id=ctx.job_id,
            run_id=run_id,
            dataset_version_id=payload.get("dataset_version_id"),
            config=config.model_dump(),
            metrics=metrics,
            created_by=getattr(ctx, "created_by", None),
        )
        db.add(version)
        db.flush()
        row = db.get(TrainingJob, ctx.job_id)
        if row is not None:
            row.model_version_id = version.id
        run_node = ("run", run_id) if run_id else ("job", ctx.job_id)
        if payload.get("dataset_version_id") is not None:
            add_edge(db, ctx.project_id, ("dataset_version", payload["dataset_version_id"]), run_node, "trained")
        add_edge(db, ctx.project_id, ("base_model", payload["base_model"]), run_node, "fine_tuned")
        add_edge(db, ctx.project_id, run_node, ("model_version", version.id), "produced")
        kernel.events.publish(
            "model_version.created",
            project_id=ctx.project_id,
            subject_kind="model_version",
            subject_id=version.id,
            data={"name": version.name, "job_id": ctx.job_id, "link": f"/models/custom/{version.id}"},
            session=db,
        )
        version_id = version.id
    integrations.finish_run(kernel, run_id, "finished", summary=metrics)
    ctx.log.info("model version %d saved (%s)", version_id, dest)
    return {
        "status": "completed",
        "model_version_id": version_id,
        "run_id": run_id,
        "steps": result.global_step,
        "metrics": metrics,
    }
