"""Trainers (``register_trainers``): what a training method receives and returns.

A training job (``POST /api/training/jobs``) names a ``method``: the name of a registered
:class:`Trainer`. Before queueing, the API parses the job's ``config`` with the trainer's
``config_model`` (a pydantic model: its field errors become a 422) and calls
``trainer.validate(config, model_path, dataset_columns)``. The one generic training job then
builds a :class:`TrainingContext` in the job's child process and calls
``trainer.run(context)``. A run that returns ``status="completed"`` with a ``model_dir``
is published by the job: the folder is copied to the models area, a model version is
registered (method = the trainer's name) with lineage edges (dataset version → run → model
version, base model → run), and the tracking run is finished with the metrics. A run that
returns ``status="stopped"`` (cancellation) keeps its checkpoints; resuming the job calls
``run`` again with ``context.resume`` set.

Nothing here imports torch: a trainer imports what it needs inside ``run``.

Example (a trainer that fine-tunes only the bias terms)::

    class BitFitConfig(BaseModel):
        max_steps: int = Field(20, ge=1)
        learning_rate: float = Field(1e-2, gt=0)

    class BitFit:
        name = "bitfit"
        description = "Train only the bias parameters"
        config_model = BitFitConfig

        def available(self):
            return True, ""

        def validate(self, config, model_path, dataset_columns):
            if dataset_columns is not None and "text" not in dataset_columns:
                return [{"loc": ["body", "dataset"], "msg": "needs a 'text' column", "type": "value_error"}]
            return []

        def run(self, context):
            ...  # load context.model_path, train, context.log_metrics(step, {"loss": ...})
            model.save_pretrained(context.output_dir)
            return TrainingOutcome(status="completed", model_dir=context.output_dir, kind="full",
                                   steps=context.config.max_steps, metrics={"train_loss": last})
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel

#: where the final model of a run goes under ``TrainingContext.work_dir``
FINAL_MODEL = "model"
#: the checkpoints folder under ``TrainingContext.work_dir``
CHECKPOINTS = "checkpoints"


@dataclass
class TrainingOutcome:
    """What ``Trainer.run`` returns.

    ``status``: "completed" (``model_dir`` holds a model that ``from_pretrained`` loads, with
    its tokenizer: full weights, or a PEFT adapter when ``kind="adapter"``) or "stopped"
    (cancelled cooperatively; ``checkpoint`` is the newest checkpoint to resume from).
    ``metrics`` are the run's summary (``train_loss``, ``val_loss``, ...): finite floats.
    """

    status: Literal["completed", "stopped"]
    steps: int
    model_dir: Path | None = None
    kind: Literal["full", "adapter"] = "full"
    metrics: dict[str, float] = field(default_factory=dict)
    checkpoint: Path | None = None


@runtime_checkable
class MetricsSink(Protocol):
    """Where step metrics go (the job writes them to its metrics table and the tracking run)."""

    def log(self, step: int, metrics: Mapping[str, float], *, total_steps: int | None = None) -> None:
        """Record the metrics of ``step`` (written in batches; NaN and inf are dropped)."""
        ...

    def flush(self) -> None:
        """Write everything logged so far now."""
        ...

    def checkpoint_saved(self, step: int) -> None:
        """A resumable checkpoint of ``step`` exists."""
        ...


class NullMetrics:
    """A :class:`MetricsSink` that keeps the points in memory (``points``: (step, metrics))."""

    def __init__(self) -> None:
        self.points: list[tuple[int, dict[str, float]]] = []
        self.checkpoints: list[int] = []

    def log(self, step: int, metrics: Mapping[str, float], *, total_steps: int | None = None) -> None:
        self.points.append((step, dict(metrics)))

    def flush(self) -> None:
        return None

    def checkpoint_saved(self, step: int) -> None:
        self.checkpoints.append(step)


_STEP_DIR = re.compile(r"^step-(\d+)$")


class Checkpoints:
    """Resumable checkpoints under ``root``: one ``step-N`` folder per checkpoint.

    A checkpoint is written into ``.step-N.tmp`` and renamed when complete, and it holds the
    marker file :attr:`MARKER` (JSON: ``step``, ``saved_at`` and the ``state`` given to
    :meth:`save`), so a ``step-N`` folder is always whole; only the newest ``keep`` are kept.
    """

    MARKER = "llmworks_state.json"

    def __init__(self, root: str | Path, *, keep: int = 2) -> None:
        self.root = Path(root)
        self.keep = max(1, keep)

    def list(self) -> list[tuple[int, Path]]:
        """Complete checkpoints as (step, folder), oldest first."""
        found = []
        if self.root.is_dir():
            for child in self.root.iterdir():
                m = _STEP_DIR.match(child.name)
                if m and (child / self.MARKER).is_file():
                    found.append((int(m.group(1)), child))
        return sorted(found)

    def latest(self) -> tuple[int, Path] | None:
        found = self.list()
        return found[-1] if found else None

    def clean_partial(self) -> None:
        """Remove checkpoints whose writing was interrupted."""
        for stale in self.root.glob(".step-*.tmp"):
            shutil.rmtree(stale, ignore_errors=True)

    def save(self, step: int, write: Callable[[Path], None], *, state: Mapping[str, Any] | None = None) -> Path:
        """Write the checkpoint of ``step``: ``write(folder)`` fills a fresh folder; returns ``step-N``."""
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / f".step-{step}.tmp"
        final = self.root / f"step-{step}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        write(tmp)
        (tmp / self.MARKER).write_text(json.dumps({**(state or {}), "step": step, "saved_at": time.time()}))
        shutil.rmtree(final, ignore_errors=True)
        os.replace(tmp, final)
        for _, old in self.list()[: -self.keep]:
            shutil.rmtree(old, ignore_errors=True)
        return final

    def state(self, folder: str | Path) -> dict[str, Any]:
        """The ``state`` saved with a checkpoint (plus ``step`` and ``saved_at``)."""
        return dict(json.loads((Path(folder) / self.MARKER).read_text()))


@dataclass
class TrainingContext:
    """What ``Trainer.run`` gets; built by the training job in its child process.

    - ``method``, ``base_model`` (its name) and ``model_path`` (the base model's folder, which
      ``from_pretrained`` loads); ``config`` is the job's configuration parsed with the trainer's
      ``config_model``.
    - ``train_rows`` and ``validation_rows``: the rows of the dataset version's ``train`` and
      ``validation`` splits (or the request's inline rows). ``validation_rows`` is None when the
      data has no validation split (a trainer may hold out part of ``train_rows``).
    - ``work_dir``: a folder kept for this job. Write the final model to ``output_dir``
      (``work_dir / "model"``) and checkpoints with :meth:`save_checkpoint`.
    - ``resume``: the job was resumed or retried; continue from ``checkpoints.latest()``
      (``resume_step`` is its step, None when no checkpoint exists yet: start over). The
      metrics of steps after ``resume_step`` were removed, so report them again.
    - ``log``: the job's log. :meth:`log_metrics` records step metrics (the job's charts and
      the tracking run), :meth:`progress` the job's progress, :meth:`cancelled` is True once
      cancellation was requested: save a checkpoint and return ``status="stopped"``.
    """

    method: str
    base_model: str
    model_path: Path
    config: Any
    train_rows: Sequence[Mapping[str, Any]]
    validation_rows: Sequence[Mapping[str, Any]] | None
    work_dir: Path
    job_id: int | None = None
    project_id: int | None = None
    dataset_version_id: int | None = None
    resume: bool = False
    resume_step: int | None = None
    log: logging.Logger = field(default_factory=lambda: logging.getLogger("llmworks.training"))
    metrics: MetricsSink = field(default_factory=NullMetrics)
    checkpoints: Checkpoints | None = None
    on_progress: Callable[[int, int | None, str], None] | None = None
    is_cancelled: Callable[[], bool] | None = None

    def __post_init__(self) -> None:
        self.work_dir = Path(self.work_dir)
        self.model_path = Path(self.model_path)
        if self.checkpoints is None:
            keep = getattr(self.config, "keep_checkpoints", 2)
            self.checkpoints = Checkpoints(self.work_dir / CHECKPOINTS, keep=keep if isinstance(keep, int) else 2)

    @property
    def output_dir(self) -> Path:
        return self.work_dir / FINAL_MODEL

    def log_metrics(self, step: int, metrics: Mapping[str, float], *, total_steps: int | None = None) -> None:
        self.metrics.log(step, metrics, total_steps=total_steps)

    def progress(self, step: int, total: int | None, message: str = "") -> None:
        if self.on_progress is not None:
            self.on_progress(step, total, message)

    def cancelled(self) -> bool:
        return bool(self.is_cancelled and self.is_cancelled())

    def save_checkpoint(self, step: int, write: Callable[[Path], None], *, state: Mapping[str, Any] | None = None) -> Path:
        """Flush the metrics of the steps so far, then write the checkpoint of ``step`` (so a
        job that resumes from it never lacks those steps' metrics)."""
        assert self.checkpoints is not None
        self.metrics.flush()
        path = self.checkpoints.save(step, write, state=state)
        self.metrics.checkpoint_saved(step)
        return path


@runtime_checkable
class Trainer(Protocol):
    """A training method, registered with ``register_trainers``; ``name`` is the job's ``method``.

    - ``config_model``: pydantic model of the method's hyper-parameters (its JSON schema is
      served by ``GET /api/training/methods``). When it has a ``method`` field, that field is
      set to ``name``; otherwise a ``method`` key is dropped before parsing.
    - ``available()``: (True, "") when the method can run on this server, else (False, why).
    - ``validate(config, model_path, dataset_columns)``: field errors
      ``{"loc": [...], "msg": ..., "type": "value_error"}`` (``loc`` ``["body", "dataset"]``
      points at the data, ``["body", "base_model"]`` at the model, ``["body", "config", f]`` at
      a hyper-parameter); empty when the job may be queued. ``dataset_columns`` is None when
      unknown.
    - ``run(context)``: train; see :class:`TrainingContext` and :class:`TrainingOutcome`.
      Raise to fail the job (it is retried by the job's policy, with ``context.resume``).
    """

    name: str
    description: str
    config_model: type[BaseModel]

    def available(self) -> tuple[bool, str]: ...

    def validate(self, config: Any, model_path: Path, dataset_columns: list[str] | None) -> list[dict[str, Any]]: ...

    def run(self, context: TrainingContext) -> TrainingOutcome: ...


def parse_trainer_config(trainer: Trainer, data: Mapping[str, Any]) -> BaseModel:
    """``data`` parsed with ``trainer.config_model`` (raises pydantic's ``ValidationError``)."""
    values = dict(data)
    model = trainer.config_model
    if "method" in model.model_fields:
        values["method"] = trainer.name
    else:
        values.pop("method", None)
    return model.model_validate(values)
