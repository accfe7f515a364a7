"""The generic training job (``torch.train``), run in the kernel's job child process.

It dispatches to the trainer registered under the job's ``method`` (``register_trainers``: the
torch plugin's full/LoRA/QLoRA and any other plugin's), with a :class:`llmworks_sdk.TrainingContext`:
step metrics go into ``torch_training_metrics`` (and the tracking run when the tracking plugin is
installed), progress into the job, cancellation is cooperative (a checkpoint is kept), and a
resumed or retried job continues from the newest checkpoint. A completed run is published as a
model version with lineage edges.
"""

from __future__ import annotations

import ctypes
import math
import os
import shutil
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from llmworks_sdk.services import ModelRegistry, require_service
from llmworks_sdk.training import Checkpoints, TrainingContext, TrainingOutcome, parse_trainer_config
from sqlalchemy import delete

from llmworks_torch import integrations
from llmworks_torch.tables import TrainingJob, TrainingMetric

TRAIN_KIND = "torch.train"
#: metric keys reported by evaluations (the job's ``latest_eval``) rather than training steps
EVAL_PREFIXES = ("val_", "eval_")


def _finite(metrics: dict[str, float]) -> dict[str, float]:
    """JSON-safe copy (NaN/inf are not valid JSON)."""
    return {k: float(v) for k, v in metrics.items() if isinstance(v, int | float) and math.isfinite(v)}


def _is_eval(key: str) -> bool:
    return key.startswith(EVAL_PREFIXES)


class JobMetrics:
    """The :class:`llmworks_sdk.training.MetricsSink` of a training job: progress, log, metric rows, events.

    The database writes (progress, metric rows, the tracking run, the ``training.metrics``
    event) are batched by :meth:`flush`: at most once every ``FLUSH_SECONDS``, and less often
    when flushes are slow (a busy machine or database), so that they stay under
    ``FLUSH_SHARE`` of the training time (up to ``FLUSH_MAX_SECONDS`` apart). Evaluation
    metrics (keys ``val_*``, ``eval_*``) are written at once.
    """

    FLUSH_SECONDS = 1.0
    FLUSH_SHARE = 0.01
    FLUSH_MAX_SECONDS = 30.0

    def __init__(self, ctx: Any, run_id: str | None):
        self.ctx, self.run_id = ctx, run_id
        self.points: list[tuple[str, int, float, float]] = []
        self.step = 0
        self.total: int | None = None
        self.latest: dict[str, float] = {}
        self.latest_eval: dict[str, float] = {}
        self.checkpoint_step: int | None = None
        self._last_flush = 0.0
        self._flush_every = self.FLUSH_SECONDS
        self._flushes = 0

    def log(self, step: int, metrics: Mapping[str, float], *, total_steps: int | None = None) -> None:
        values = _finite(dict(metrics))
        now = time.time()
        self.points += [(k, step, v, now) for k, v in values.items()]
        if total_steps is not None:
            self.total = total_steps
        train = {k: v for k, v in values.items() if not _is_eval(k)}
        evals = {k: v for k, v in values.items() if _is_eval(k)}
        if evals:
            self.latest_eval = evals
            self.ctx.log.info("eval at step %d: %s", step, _fmt(evals))
        if train or not evals:
            self.step, self.latest = max(self.step, step), train
            self.ctx.log.info("step %d/%s %s", step, self.total if self.total is not None else "?", _fmt(train))
        if evals or now - self._last_flush >= self._flush_every or step == self.total:
            self.flush()

    def checkpoint_saved(self, step: int) -> None:
        self.checkpoint_step = step  # recorded by the next flush (the steps' metrics were flushed before the save)

    def flush(self) -> None:
        started = time.time()
        points, self.points = self.points, []
        kernel = self.ctx.kernel
        if self.total:
            loss = self.latest.get("loss")
            tail = f" loss {loss:.4f}" if loss is not None else ""
            self.ctx.progress(self.step, self.total, f"step {self.step}/{self.total}{tail}")
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


def _fmt(metrics: Mapping[str, float]) -> str:
    """``loss=1.2345 learning_rate=0.001 ...`` (loss first)."""
    keys = sorted(metrics, key=lambda k: (k not in ("loss", "val_loss"), k))
    return " ".join(f"{k}={metrics[k]:.4f}" if abs(metrics[k]) >= 1e-3 or metrics[k] == 0 else f"{k}={metrics[k]:.3g}" for k in keys)


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


def trainer_for(kernel: Any, method: str) -> Any:
    trainer = kernel.registry.trainers.get(method)
    if trainer is None:
        installed = ", ".join(sorted(kernel.registry.trainers)) or "none"
        raise RuntimeError(f"no trainer '{method}' is installed in this worker (installed: {installed}); install its plugin")
    return trainer


def run_train_job(ctx: Any) -> dict[str, Any]:
    set_torch_threads()
    keep_freed_memory()
    kernel, payload = ctx.kernel, ctx.payload
    method = payload.get("method") or payload["config"].get("method") or "lora"
    trainer = trainer_for(kernel, method)
    config = parse_trainer_config(trainer, payload["config"])
    work_dir = Path(ctx.job_dir) / "train"
    resume = bool(payload.get("resume")) or ctx.attempt > 1
    keep = getattr(config, "keep_checkpoints", 2)
    checkpoints = Checkpoints(work_dir / "checkpoints", keep=keep if isinstance(keep, int) else 2)
    with kernel.db.session() as db:
        folder = _base_folder(kernel, db, payload["base_model"], ctx.project_id)
        row = db.get(TrainingJob, ctx.job_id)
        run_id = row.run_id if row else None
        found = checkpoints.latest() if resume else None
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
            config={"base_model": payload["base_model"], **config.model_dump(), "method": method},
            job_id=ctx.job_id,
        )
        with kernel.db.session() as db:
            row = db.get(TrainingJob, ctx.job_id)
            if row is not None:
                row.run_id = run_id
    ctx.log.info(
        "%s %s on %s: %d training rows, %s validation rows%s",
        "resuming" if found else "starting",
        method,
        payload["base_model"],
        len(train_rows),
        "held-out" if val_rows is None else len(val_rows),
        f" from step {found[0]}" if found else "",
    )
    metrics = JobMetrics(ctx, run_id)
    context = TrainingContext(
        method=method,
        base_model=payload["base_model"],
        model_path=folder,
        config=config,
        train_rows=train_rows,
        validation_rows=val_rows,
        work_dir=work_dir,
        job_id=ctx.job_id,
        project_id=ctx.project_id,
        dataset_version_id=payload.get("dataset_version_id"),
        resume=resume,
        resume_step=found[0] if found else None,
        log=ctx.log,
        metrics=metrics,
        checkpoints=checkpoints,
        on_progress=ctx.progress,
        is_cancelled=ctx.cancelled,
    )
    outcome = trainer.run(context)
    metrics.flush()
    if outcome.status == "stopped":
        integrations.finish_run(kernel, run_id, "cancelled")
        ctx.log.info("stopped at step %d; resume continues from %s", outcome.steps, Path(outcome.checkpoint).name if outcome.checkpoint else None)
        # the job's result is shown to project members: the checkpoint's name, not its server path
        return {"status": "stopped", "step": outcome.steps, "checkpoint": Path(outcome.checkpoint).name if outcome.checkpoint else None}
    if outcome.model_dir is None or not Path(outcome.model_dir).is_dir():
        raise RuntimeError(f"trainer '{method}' reported a completed run without a model folder ({outcome.model_dir})")
    version_id, summary = register_model_version(ctx, context, outcome, run_id, payload)
    integrations.finish_run(kernel, run_id, "finished", summary=summary)
    return {"status": "completed", "model_version_id": version_id, "run_id": run_id, "steps": outcome.steps, "metrics": summary}


def _base_folder(kernel: Any, db: Any, name: str, project_id: int | None) -> Path:
    folder, _ = require_service(kernel, ModelRegistry).base_model_folder(db, name, project_id=project_id)
    return Path(folder)


def register_model_version(
    ctx: Any, context: TrainingContext, outcome: TrainingOutcome, run_id: str | None, payload: dict[str, Any]
) -> tuple[int, dict[str, float]]:
    """Publish a completed run's model folder and register it as a model version with lineage
    (dataset version → run → model version, base model → run); (version id, summary metrics)."""
    from llmworks_sdk.lineage import add_edge

    kernel = ctx.kernel
    dest = _publish(Path(outcome.model_dir or ""), Path(kernel.settings.home) / "custom-models" / f"job-{ctx.job_id}")
    metrics = _finite(outcome.metrics)
    with kernel.db.session() as db:
        version = require_service(kernel, ModelRegistry).register_version(
            db,
            project_id=ctx.project_id,
            name=payload.get("name") or f"{context.base_model}-{context.method}-{ctx.job_id}",
            base_model=context.base_model,
            base_path=str(context.model_path),
            method=context.method,
            kind=outcome.kind,
            path=str(dest),
            job_id=ctx.job_id,
            run_id=run_id,
            dataset_version_id=context.dataset_version_id,
            config=context.config.model_dump(),
            metrics=metrics,
            created_by=getattr(ctx, "created_by", None),
        )
        row = db.get(TrainingJob, ctx.job_id)
        if row is not None:
            row.model_version_id = version.id
        run_node = ("run", run_id) if run_id else ("job", ctx.job_id)
        if context.dataset_version_id is not None:
            add_edge(db, ctx.project_id, ("dataset_version", context.dataset_version_id), run_node, "trained")
        add_edge(db, ctx.project_id, ("base_model", context.base_model), run_node, "fine_tuned")
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
    ctx.log.info("model version %d saved (%s)", version_id, dest)
    return version_id, metrics
