"""Objects that plugins pass to the ``register`` callables of the feature hooks.

Each is a small dataclass: the kernel owns names, duplicates and ordering; a plugin only
builds the object and calls ``register(obj)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable


# ---------------------------------------------------------------- jobs
@runtime_checkable
class JobContext(Protocol):
    """What a job handler receives; it runs inside a child process of a worker.

    - ``job_id``, ``kind``, ``project_id``, ``payload`` (the JSON the job was enqueued with),
      ``attempt`` (1 for the first run), ``job_dir`` (a folder kept for this job:
      checkpoints, outputs; ``job_dir / "job.log"`` is the job's log).
    - ``log`` is a :class:`logging.Logger` whose lines go to the job log, flushed per line.
    - ``progress(step, total, message="")`` updates progress (shown with an ETA) and emits
      a throttled ``job.progress`` event.
    - ``emit(type, data)`` publishes an event about this job.
    - ``cancelled()`` is True once cancellation was requested: stop cooperatively (save a
      checkpoint) and return; the worker terminates the child after a grace period.
    - ``kernel`` gives access to the database session factory, artifact store and registry.
    """

    job_id: int
    kind: str
    project_id: int | None
    payload: dict[str, Any]
    attempt: int
    job_dir: Path
    log: Any
    kernel: Any

    def progress(self, step: int, total: int | None, message: str = "") -> None: ...

    def emit(self, type: str, data: dict[str, Any] | None = None) -> None: ...

    def cancelled(self) -> bool: ...


@dataclass
class JobHandler:
    """A kind of job. ``run(ctx)`` returns a JSON-serialisable result (or None) and raises
    to fail. ``max_attempts`` and ``backoff_seconds`` are the retry policy used when a run
    raises or its worker dies; ``timeout_seconds`` fails a run that takes longer.
    ``inline=True`` runs in the worker's own process (only for cheap handlers that cannot
    crash the worker); the default is a child process per job.

    ``preload`` names modules (``"torch"``, ``"transformers.modeling_utils"``, ...) that the
    worker's job forkserver imports once, before it forks the first child, so that each job
    child starts with them in memory instead of importing them itself (seconds for torch,
    transformers, peft). The worker takes the union over its handlers when the forkserver
    starts (on its first child job: handlers registered later are not preloaded). A module
    that fails to import is skipped with a warning (children then import it themselves).
    Preloading must leave the forkserver **CUDA-free**: importing torch, transformers or peft
    is fine, initialising CUDA is not (every child forked after it would fail to use the
    GPU), so a module must not touch a device when imported. bitsandbytes queries the GPU
    when imported, and peft imports bitsandbytes when it is installed: on machines with a
    CUDA build of torch the forkserver first imports the list in a throwaway probe process
    and preloads only the modules before the first one that initialises CUDA, so put such
    modules last."""

    kind: str
    run: Callable[[JobContext], Any]
    description: str = ""
    max_attempts: int = 3
    backoff_seconds: float = 5.0
    timeout_seconds: float | None = None
    inline: bool = False
    preload: tuple[str, ...] = ()


# ---------------------------------------------------------------- API and UI
@dataclass
class RouterSpec:
    """A FastAPI ``APIRouter`` to mount. ``prefix`` defaults to ``/api/plugins/<plugin>``;
    built-in plugins may claim a top-level prefix such as ``/api/datasets`` or ``/v1``
    (the kernel refuses two plugins claiming the same prefix)."""

    router: Any
    prefix: str | None = None


@dataclass
class UIRoute:
    path: str
    title: str
    icon: str = "extension"
    order: int = 100


@dataclass
class UIRemote:
    """A prebuilt native-federation remote shipped inside the plugin's package.

    ``directory`` is the folder holding ``remoteEntry.json`` and the bundle; the kernel
    serves it at ``/ui/remotes/<name>/`` from the same origin as the API."""

    name: str
    directory: Path
    routes: list[UIRoute] = field(default_factory=list)
    exposed_module: str = "./routes"


@dataclass
class CliCommand:
    """A Typer app or command function added to the ``llmworks`` CLI under ``name``."""

    name: str
    command: Any
    help: str = ""


@dataclass
class DashboardFigure:
    """A dashboard counter: ``count(db, project_ids)`` → int (``project_ids`` None = all)."""

    name: str
    label: str
    count: Callable[[Any, list[int] | None], int]
    link: str | None = None
    order: int = 100


# ---------------------------------------------------------------- features
@dataclass
class MetricResult:
    score: float
    per_example: list[float] | None = None
    details: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Metric(Protocol):
    """An evaluation metric. ``kind`` is "text" (compares predictions to references) or
    "model" (needs the model itself, e.g. perplexity; ``compute`` then gets ``model=``)."""

    name: str
    kind: str
    higher_is_better: bool
    description: str

    def compute(self, predictions: list[str], references: list[str], **kwargs: Any) -> MetricResult: ...


@dataclass
class RowProblem:
    """A row-level validation problem: 1-based ``line`` (or row), the ``field`` and why."""

    line: int
    reason: str
    field: str | None = None


@runtime_checkable
class DatasetFormat(Protocol):
    """Reads and validates an uploaded file. ``extensions`` like (".jsonl",)."""

    name: str
    extensions: tuple[str, ...]

    def read(self, path: Path) -> Iterator[dict[str, Any]]:
        """Yield rows as dicts; raise ``llmworks_sdk.errors.Invalid`` for fatal problems."""
        ...

    def validate(self, path: Path, *, max_problems: int = 100) -> list[RowProblem]: ...


@runtime_checkable
class Trainer(Protocol):
    name: str
    description: str

    def validate(self, config: Any, model_path: Path, dataset_columns: list[str]) -> list[dict[str, Any]]:
        """Return field errors ``{"loc": [...], "msg": ...}``; empty when the job may be queued."""
        ...


@runtime_checkable
class ExportTarget(Protocol):
    name: str
    description: str
    media_type: str

    def export(self, model_path: Path, out_dir: Path, *, adapter_path: Path | None = None) -> Path:
        """Write the export under ``out_dir`` and return the file or folder to stream."""
        ...


@runtime_checkable
class Notifier(Protocol):
    """Delivers notifications (job completed, job failed, new evaluation report)."""

    name: str

    def notify(self, notification: dict[str, Any], *, kernel: Any) -> None: ...


@runtime_checkable
class ArtifactStoreFactory(Protocol):
    """Creates an artifact store for URLs of ``scheme`` (e.g. "file", "s3")."""

    scheme: str

    def create(self, url: str) -> Any: ...
