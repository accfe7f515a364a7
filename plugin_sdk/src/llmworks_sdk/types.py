"""Objects that plugins pass to the ``register`` callables of the feature hooks.

Each is a small dataclass: the kernel owns names, duplicates and ordering; a plugin only
builds the object and calls ``register(obj)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypedDict, runtime_checkable

if TYPE_CHECKING:
    from llmworks_sdk.kernel import Kernel


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
    - ``kernel`` is the :class:`llmworks_sdk.kernel.Kernel` (database, artifact store,
      registry, events, lineage).
    """

    job_id: int
    kind: str
    project_id: int | None
    payload: dict[str, Any]
    attempt: int
    job_dir: Path
    log: Any
    kernel: Kernel

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
    """A page of a remote in the navigation. ``annotation=True`` marks an annotation page: a
    member whose role in the selected project is ``labeler`` (annotation only) is shown those
    pages and no other."""

    path: str
    title: str
    icon: str = "extension"
    order: int = 100
    annotation: bool = False


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
    """An evaluation metric (``register_metrics``).

    - ``kind``: "text" compares generated predictions to references; "model" needs the model
      itself (perplexity, LAMBADA): ``compute`` then also gets ``model=`` (a
      :class:`~llmworks_sdk.backends.LoadedModel` of the evaluation's backend) and ``adapter=``.
    - ``compute(predictions, references, **context)``: ``context`` may hold ``prompts``,
      ``texts`` (the full text of each example), ``model``, ``adapter`` and ``results`` (the
      :class:`MetricResult` of every metric computed before this one, by name). Return
      ``per_example`` scores when they exist (the UI shows the worst examples); raise
      ``Invalid`` for inputs it cannot score.
    - ``requires`` (optional attribute, default ``()``): names of metrics whose results this
      one combines (a formula metric). They are computed first, from the same examples, and
      passed in ``results``; a metric with ``requires`` needs no predictions of its own. A
      cycle or a missing required metric is a 422 when the evaluation is created.
    - ``check_options(options, *, session, project_id, principal)`` (optional method): a
      metric that takes settings per evaluation (``metric_options: {name: {...}}`` of
      ``POST /api/evaluations``, e.g. which reward model scores) checks them when the
      evaluation is created (raise ``Invalid``; ``principal`` is the caller) and returns the
      options to keep. The evaluation job passes them to ``compute`` as ``options=``, with
      ``project_id=`` and ``kernel=``. Options for a metric without ``check_options`` are a 422.
    """

    name: str
    kind: str
    higher_is_better: bool
    description: str

    def compute(self, predictions: list[str], references: list[str], **kwargs: Any) -> MetricResult: ...


def metric_requires(metric: Any) -> tuple[str, ...]:
    """The metrics ``metric`` combines (:attr:`Metric.requires`; empty when it has none)."""
    return tuple(getattr(metric, "requires", ()) or ())


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
class ExportTarget(Protocol):
    name: str
    description: str
    media_type: str

    def export(self, model_path: Path, out_dir: Path, *, adapter_path: Path | None = None) -> Path:
        """Write the export under ``out_dir`` and return the file or folder to stream."""
        ...


#: export formats that optional distributions provide: format name -> the distribution to install.
#: The export route names the distribution when such a format is asked for and not installed.
OPTIONAL_EXPORT_FORMATS: dict[str, str] = {"tflite": "llmworks-tflite", "onnx": "llmworks-onnx"}


@dataclass
class DeploySource:
    """What a deployment serves: ``base_path`` (a folder ``from_pretrained`` loads), the LoRA
    ``adapters`` on it (name → PEFT folder; empty for full weights), the model name users gave
    (``"custom:12"``, ``"base:llmworks-demo-tiny"``), the model version id when there is one,
    and ``metadata`` for cards and manifests (base model, datasets, training config, metrics)."""

    model: str
    base_path: Path
    adapters: dict[str, Path] = field(default_factory=dict)
    model_version_id: int | None = None
    base_model: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class DeployContext(Protocol):
    """What a :class:`DeployTarget` gets for one revision of a deployment.

    - ``deployment_id``, ``revision`` (1, 2, ...), ``name`` (unique in its project),
      ``project_id``; ``source``: the :class:`DeploySource`; ``settings``: the validated
      ``settings_model`` instance (or a dict when the target has no model).
    - ``work_dir``: this revision's folder (kept: contexts, manifests, logs of processes);
      ``deployment_dir``: the folder shared by all revisions of the deployment.
    - ``outputs``: what ``deploy`` returned for this revision (for ``stop``/``health``).
    - ``log``: a :class:`logging.Logger` whose lines go to the deployment's live log.
    - ``state(name, message="")`` moves the deployment to ``building`` or ``starting``;
      ``emit(type, data)`` records a deployment event (also published as a kernel event).
    - ``secret(name)``: a project secret the user stored (decrypted), or None.
    - ``kernel``: the kernel.
    """

    deployment_id: int
    revision: int
    name: str
    project_id: int
    source: DeploySource
    settings: Any
    work_dir: Path
    deployment_dir: Path
    outputs: dict[str, Any]
    log: Any
    kernel: Kernel

    def state(self, name: str, message: str = "") -> None: ...

    def emit(self, type: str, data: dict[str, Any] | None = None) -> None: ...

    def secret(self, name: str) -> str | None: ...


@runtime_checkable
class DeployTarget(Protocol):
    """A deployment target (``register_deploy_targets``). ``deploy`` raises ``Invalid`` for
    settings it cannot honour (the revision fails with that message) and any other exception
    for a failure; it returns JSON-ready outputs (``{"url": ..., "files": [...]}``)."""

    name: str
    description: str
    settings_model: Any
    long_running: bool

    def available(self) -> tuple[bool, str]: ...

    def deploy(self, ctx: DeployContext) -> dict[str, Any]: ...

    def stop(self, ctx: DeployContext) -> None: ...

    def health(self, ctx: DeployContext) -> dict[str, Any]: ...


#: what a notification is about: a job finished, a job failed, an evaluation report is ready, a
#: deployment changed state (running, completed, failed) or its serving process crashed
NotificationKind = Literal["job.completed", "job.failed", "evaluation.report", "deployment.status"]


class Notification(TypedDict):
    """What :meth:`Notifier.notify` receives (a plain dict with these keys).

    - ``kind``: :data:`NotificationKind`; ``title`` (one line) and ``body`` (plain text);
    - ``link``: a path in the web UI (``/jobs/12``, ``/models/custom/3``) or None;
    - ``project_id``: the project it concerns (None: an instance-wide event, for administrators);
    - ``user_id``: who caused it (the job's creator), or None;
    - ``event_id``: the id of the kernel event it comes from; ``event``: that event
      (``{"id", "type", "ts", "project_id", "subject_kind", "subject_id", "user_id", "data"}``).
    """

    kind: NotificationKind
    title: str
    body: str
    link: str | None
    project_id: int | None
    user_id: int | None
    event_id: int
    event: dict[str, Any]


@runtime_checkable
class Notifier(Protocol):
    """Delivers notifications (``register_notifiers``).

    ``notify`` is called once per notification (one per notable event, for every notifier),
    in the event dispatcher's thread, **at least once**: after a crash the same event can be
    delivered again. The notifier decides its recipients (the in-app notifier: every member
    of ``project_id``, or the administrators, plus ``user_id``) and must deliver to each
    recipient once: deduplicate by (``event_id``, recipient). An exception is logged and
    the other notifiers still get the notification; it is not retried.
    """

    name: str

    def notify(self, notification: Notification, *, kernel: Kernel) -> None: ...


@runtime_checkable
class ArtifactStoreFactory(Protocol):
    """Creates an artifact store for URLs of ``scheme`` (e.g. "file", "s3")."""

    scheme: str

    def create(self, url: str) -> Any: ...
