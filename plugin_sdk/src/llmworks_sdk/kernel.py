"""The kernel as plugins see it: typed Protocols for the object that route dependencies
(``KernelDep``), job contexts (``ctx.kernel``) and ``llmworks_startup(kernel)`` hand out.

The kernel implements these Protocols; a plugin types its code against them and imports
nothing from the kernel package (``llmworks``). Find the kernel with :func:`kernel_of`
when all you hold is a request, a database session or a job context.

    from llmworks_sdk.kernel import Kernel

    def on_startup(kernel: Kernel) -> None:
        with kernel.db.session() as s:          # commits on success, rolls back on error
            ...
        kernel.events.publish("notes.ready", data={"count": 3})

What a plugin may rely on, by part:

- ``settings``: :class:`KernelSettings` (data folders, upload limits).
- ``db``: :class:`Database` (``session()`` context manager); ``session()`` is a shortcut.
- ``events``: :class:`EventBus` (``publish``, ``notify``, ``recent``; see :mod:`llmworks_sdk.events`).
- ``queue``: :class:`JobQueue` (``enqueue``, ``cancel``, ``requeue``, job lookups; see
  :mod:`llmworks_sdk.jobs`).
- ``registry``: :class:`Registry` (what the plugins registered, by kind and name).
- ``artifacts``: :class:`~llmworks_sdk.artifacts.ArtifactStore`.
- ``lineage``: :class:`LineageService` (see :mod:`llmworks_sdk.lineage`).
- ``projects``: :class:`ProjectDirectory` (project slugs and ids).
- ``plugins``: :class:`PluginDirectory` (load status of every plugin).
- ``state``: a per-process dict for caches, keyed ``"<plugin>.<name>"``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from types import EllipsisType
from typing import TYPE_CHECKING, Any, Literal, Protocol, overload, runtime_checkable

from sqlalchemy.orm import Session

from llmworks_sdk.artifacts import ArtifactStore

if TYPE_CHECKING:
    from starlette.requests import Request

    from llmworks_sdk.backends import InferenceBackend
    from llmworks_sdk.compute import ComputeBackend
    from llmworks_sdk.curation import Augmenter, Curator
    from llmworks_sdk.evalsuites import EvalSuite
    from llmworks_sdk.resources import CostModel, ResourceProbe, StorageReferences
    from llmworks_sdk.safety import SafetyFilter
    from llmworks_sdk.services import Service
    from llmworks_sdk.training import Trainer
    from llmworks_sdk.types import (
        ArtifactStoreFactory,
        CliCommand,
        DashboardFigure,
        DatasetFormat,
        DeployTarget,
        ExportTarget,
        JobHandler,
        Metric,
        Notifier,
        UIRemote,
    )

#: key of the kernel in ``Session.info`` of every session the kernel's database opens
KERNEL_INFO_KEY = "llmworks_kernel"


# ---------------------------------------------------------------- who is calling
@runtime_checkable
class Principal(Protocol):
    """The authenticated caller of a request (``auth: Auth``).

    Roles in a project, weakest first: ``viewer``, ``annotator``, ``maintainer``. An
    administrator is ``maintainer`` in every project; an API key may be limited to one
    project (``key_project_id``) and capped to a role. Beside that ladder, ``labeler`` is
    annotation-only: ``require_project`` answers 403 for it whatever the minimum, and
    ``project_ids`` leaves its projects out; a route that serves annotators checks
    ``role_in(project_id)`` itself (``labeler``, ``annotator`` or ``maintainer``).
    """

    user_id: int
    username: str
    global_role: str
    via: str
    key_project_id: int | None

    @property
    def is_admin(self) -> bool: ...

    def role_in(self, project_id: int) -> str | None:
        """The caller's role in ``project_id`` (None: not a member)."""
        ...

    def project_ids(self, s: Session | None = None) -> list[int] | None:
        """The projects the caller may see; None means all (administrator)."""
        ...

    def require_project(self, project_id: int | None, minimum: str = "viewer", *, what: str = "project") -> str:
        """Raise ``NotFound`` (404, no existence leak) when the caller is not a member of
        ``project_id``, ``Forbidden`` (403) when the role is below ``minimum``; return the role."""
        ...

    def require_admin(self) -> None:
        """Raise ``Forbidden`` unless the caller is an administrator."""
        ...


# ---------------------------------------------------------------- settings and storage
class KernelSettings(Protocol):
    """The kernel's settings (environment variables ``LLMWORKS_*``) that plugins read."""

    @property
    def home(self) -> Path:
        """The data folder (database, artifacts, jobs, models)."""
        ...

    @property
    def models_path(self) -> Path:
        """The folder of base models (``LLMWORKS_MODELS_DIR``, default ``<home>/models``)."""
        ...

    @property
    def jobs_dir(self) -> Path:
        """The parent of every job's folder (``<home>/jobs``)."""
        ...

    @property
    def max_upload_bytes(self) -> int:
        """The largest upload a route should accept (bytes)."""
        ...

    @property
    def max_json_bytes(self) -> int: ...

    @property
    def public_url(self) -> str | None:
        """The server's public base URL when configured (links in notifications)."""
        ...


class Database(Protocol):
    """The kernel's database (SQLite or PostgreSQL)."""

    def session(self) -> AbstractContextManager[Session]:
        """A transactional session: committed when the block ends, rolled back on error."""
        ...

    @property
    def is_sqlite(self) -> bool: ...

    @property
    def is_postgres(self) -> bool: ...


# ---------------------------------------------------------------- events
class EventBus(Protocol):
    """Every state change is an event row; the UI and ``on_event`` plugins receive it."""

    def publish(
        self,
        type: str,
        *,
        project_id: int | None = None,
        subject_kind: str | None = None,
        subject_id: object = None,
        data: dict[str, Any] | None = None,
        user_id: int | None = None,
        session: Session | None = None,
    ) -> object:
        """Record an event. With ``session`` it joins that transaction (call :meth:`notify`
        after it commits); without, it commits at once and wakes readers."""
        ...

    def notify(self) -> None:
        """Wake in-process readers (after committing a session that published)."""
        ...

    def recent(self, session: Session, *, limit: int = 20, project_ids: Iterable[int] | None = None,
               types: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """The newest events first (JSON-ready dicts), limited to ``project_ids`` when given."""
        ...


# ---------------------------------------------------------------- jobs
class JobRecord(Protocol):
    """A job row as plugins may read it (the kernel owns the table; never write it)."""

    id: int
    kind: str
    project_id: int | None
    created_by: int | None
    title: str
    payload: dict[str, Any]
    state: str
    priority: int
    not_before: datetime | None
    windows: list[dict[str, Any]]
    resources: dict[str, Any]
    assignment: dict[str, Any] | None
    paused: bool
    backend: str | None
    attempts: int
    max_attempts: int
    cancel_requested: bool
    worker_id: str | None
    heartbeat_at: datetime | None
    progress_step: int | None
    progress_total: int | None
    progress_message: str
    result: dict[str, Any] | None
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class JobQueue(Protocol):
    """The durable job queue (see :mod:`llmworks_sdk.jobs` for the functions to call)."""

    def enqueue(
        self,
        kind: str,
        payload: dict[str, Any] | None = None,
        *,
        project_id: int | None = None,
        user_id: int | None = None,
        title: str = "",
        priority: int = 0,
        not_before: datetime | None = None,
        windows: list[dict[str, Any]] | None = None,
        max_attempts: int | None = None,
        session: Session | None = None,
        resources: dict[str, Any] | None = None,
        backend: str | None = None,
    ) -> JobRecord: ...

    def cancel(self, job_id: int, *, user_id: int | None = None) -> JobRecord: ...

    def requeue(self, job_id: int, *, user_id: int | None = None, payload_update: dict[str, Any] | None = None) -> JobRecord: ...

    def get(self, session: Session, job_id: int) -> JobRecord | None: ...

    def get_many(self, session: Session, job_ids: Iterable[int]) -> dict[int, JobRecord]: ...

    def count(self, session: Session, *, state: str | None = None, kind: str | None = None,
              project_ids: Iterable[int] | None = None) -> int: ...

    def queued(self, session: Session, *, project_ids: Iterable[int] | None = None, limit: int = 500) -> list[JobRecord]: ...

    def running(self, session: Session, *, project_ids: Iterable[int] | None = None) -> list[JobRecord]: ...

    def recent(self, session: Session, *, state: str | None = None, kinds: Iterable[str] | None = None,
               limit: int = 200) -> list[JobRecord]: ...

    def reschedule(self, job_id: int, *, user_id: int | None = None, priority: int | None = None,
                   not_before: datetime | None | EllipsisType = ..., windows: list[dict[str, Any]] | None = None,
                   paused: bool | None = None, resources: dict[str, Any] | None = None) -> JobRecord: ...

    def busy_devices(self, session: Session, host: str) -> set[str]: ...


# ---------------------------------------------------------------- registry and plugins
class Registry(Protocol):
    """What the plugins registered through the ``register_*`` hooks, by kind and name."""

    @overload
    def get(self, kind: Literal["job_handlers"], name: str) -> JobHandler | None: ...

    @overload
    def get(self, kind: Literal["inference_backends"], name: str) -> InferenceBackend | None: ...

    @overload
    def get(self, kind: Literal["trainers"], name: str) -> Trainer | None: ...

    @overload
    def get(self, kind: Literal["metrics"], name: str) -> Metric | None: ...

    @overload
    def get(self, kind: Literal["dataset_formats"], name: str) -> DatasetFormat | None: ...

    @overload
    def get(self, kind: Literal["export_targets"], name: str) -> ExportTarget | None: ...

    @overload
    def get(self, kind: Literal["deploy_targets"], name: str) -> DeployTarget | None: ...

    @overload
    def get(self, kind: Literal["notifiers"], name: str) -> Notifier | None: ...

    @overload
    def get(self, kind: Literal["artifact_stores"], name: str) -> ArtifactStoreFactory | None: ...

    @overload
    def get(self, kind: Literal["ui"], name: str) -> UIRemote | None: ...

    @overload
    def get(self, kind: Literal["commands"], name: str) -> CliCommand | None: ...

    @overload
    def get(self, kind: Literal["dashboard_figures"], name: str) -> DashboardFigure | None: ...

    @overload
    def get(self, kind: Literal["safety_filters"], name: str) -> SafetyFilter | None: ...

    @overload
    def get(self, kind: Literal["eval_suites"], name: str) -> EvalSuite | None: ...

    @overload
    def get(self, kind: Literal["services"], name: str) -> Service | None: ...

    @overload
    def get(self, kind: Literal["resource_probes"], name: str) -> ResourceProbe | None: ...

    @overload
    def get(self, kind: Literal["cost_models"], name: str) -> CostModel | None: ...

    @overload
    def get(self, kind: Literal["storage_references"], name: str) -> StorageReferences | None: ...

    @overload
    def get(self, kind: Literal["curators"], name: str) -> Curator | None: ...

    @overload
    def get(self, kind: Literal["augmenters"], name: str) -> Augmenter | None: ...

    @overload
    def get(self, kind: Literal["compute_backends"], name: str) -> ComputeBackend | None: ...

    @overload
    def get(self, kind: str, name: str) -> object | None: ...

    def get(self, kind: str, name: str) -> object | None:
        """The object registered under ``name`` in ``kind`` (None when there is none); typed by
        kind, e.g. ``registry.get("deploy_targets", "local")`` is a ``DeployTarget | None``."""
        ...

    @overload
    def all(self, kind: Literal["job_handlers"]) -> Mapping[str, JobHandler]: ...

    @overload
    def all(self, kind: Literal["inference_backends"]) -> Mapping[str, InferenceBackend]: ...

    @overload
    def all(self, kind: Literal["trainers"]) -> Mapping[str, Trainer]: ...

    @overload
    def all(self, kind: Literal["metrics"]) -> Mapping[str, Metric]: ...

    @overload
    def all(self, kind: Literal["dataset_formats"]) -> Mapping[str, DatasetFormat]: ...

    @overload
    def all(self, kind: Literal["export_targets"]) -> Mapping[str, ExportTarget]: ...

    @overload
    def all(self, kind: Literal["deploy_targets"]) -> Mapping[str, DeployTarget]: ...

    @overload
    def all(self, kind: Literal["notifiers"]) -> Mapping[str, Notifier]: ...

    @overload
    def all(self, kind: Literal["artifact_stores"]) -> Mapping[str, ArtifactStoreFactory]: ...

    @overload
    def all(self, kind: Literal["ui"]) -> Mapping[str, UIRemote]: ...

    @overload
    def all(self, kind: Literal["commands"]) -> Mapping[str, CliCommand]: ...

    @overload
    def all(self, kind: Literal["dashboard_figures"]) -> Mapping[str, DashboardFigure]: ...

    @overload
    def all(self, kind: Literal["safety_filters"]) -> Mapping[str, SafetyFilter]: ...

    @overload
    def all(self, kind: Literal["eval_suites"]) -> Mapping[str, EvalSuite]: ...

    @overload
    def all(self, kind: Literal["services"]) -> Mapping[str, Service]: ...

    @overload
    def all(self, kind: Literal["resource_probes"]) -> Mapping[str, ResourceProbe]: ...

    @overload
    def all(self, kind: Literal["cost_models"]) -> Mapping[str, CostModel]: ...

    @overload
    def all(self, kind: Literal["storage_references"]) -> Mapping[str, StorageReferences]: ...

    @overload
    def all(self, kind: Literal["curators"]) -> Mapping[str, Curator]: ...

    @overload
    def all(self, kind: Literal["augmenters"]) -> Mapping[str, Augmenter]: ...

    @overload
    def all(self, kind: Literal["compute_backends"]) -> Mapping[str, ComputeBackend]: ...

    @overload
    def all(self, kind: str) -> Mapping[str, object]: ...

    def all(self, kind: str) -> Mapping[str, object]:
        """Name → object of every registration of ``kind`` (a new dict), typed by kind."""
        ...

    def owners(self, kind: str) -> dict[str, str]:
        """Name → the plugin that registered it."""
        ...

    @property
    def job_handlers(self) -> dict[str, JobHandler]: ...

    @property
    def inference_backends(self) -> dict[str, InferenceBackend]: ...

    @property
    def trainers(self) -> dict[str, Trainer]: ...

    @property
    def metrics(self) -> dict[str, Metric]: ...

    @property
    def dataset_formats(self) -> dict[str, DatasetFormat]: ...

    @property
    def export_targets(self) -> dict[str, ExportTarget]: ...

    @property
    def notifiers(self) -> dict[str, Notifier]: ...


class PluginStatus(Protocol):
    """How one plugin loaded: ``status`` is ``ok``, ``failed`` or ``disabled``."""

    name: str
    distribution: str | None
    version: str | None
    status: str
    error: str | None


class PluginDirectory(Protocol):
    @property
    def infos(self) -> Mapping[str, PluginStatus]: ...


# ---------------------------------------------------------------- lineage and projects
class LineageService(Protocol):
    """Provenance edges ``src --relation--> dst`` between nodes ``(kind, id)``."""

    def add_edge(self, session: Session, project_id: int | None, src: tuple[str, object], dst: tuple[str, object],
                 relation: str) -> None: ...

    def remove_edges(self, session: Session, *, src: tuple[str, object] | None = None, dst: tuple[str, object] | None = None,
                     relation: str | None = None) -> int: ...

    def sources(self, session: Session, dst: tuple[str, object], *, kind: str | None = None,
                relation: str | None = None) -> list[tuple[str, str]]: ...

    def targets(self, session: Session, src: tuple[str, object], *, kind: str | None = None,
                relation: str | None = None) -> list[tuple[str, str]]: ...

    def edges(self, session: Session, *, project_ids: list[int] | None = None, limit: int = 5000) -> list[dict[str, Any]]: ...

    def graph(self, session: Session, kind: str, id_: str, depth: int = 6) -> dict[str, Any]: ...


class Contact(Protocol):
    """An active user as a notifier sees it (``ProjectDirectory.contacts``)."""

    user_id: int
    username: str
    email: str | None
    is_admin: bool


class ProjectDirectory(Protocol):
    """Projects by id and slug (membership checks are on :class:`Principal`)."""

    def contacts(self, session: Session, project_id: int | None, *, also: Iterable[int] = ()) -> list[Contact]:
        """The active users who hear about ``project_id``: its members, or the administrators
        when ``project_id`` is None; plus the active users in ``also`` (e.g. who caused the
        event). Sorted by user id, each once. Notifiers use it to pick recipients."""
        ...

    def slugs(self, session: Session, project_ids: Iterable[int]) -> dict[int, str]: ...

    def id_for_slug(self, session: Session, slug: str) -> int | None: ...

    def nearest(self, session: Session, user_id: int, project_ids: Iterable[int]) -> list[int]:
        """Of ``project_ids``, the user's nearest: those the user created, else the one the
        user joined first; all of them when the user is a member of none. Resolving a name
        found in several projects this way, being added to a project never changes where
        the user's existing calls go."""
        ...


# ---------------------------------------------------------------- the kernel
@runtime_checkable
class Kernel(Protocol):
    """The kernel object: one per process (server, worker, job child, CLI)."""

    role: str
    settings: KernelSettings
    db: Database
    events: EventBus
    queue: JobQueue
    registry: Registry
    artifacts: ArtifactStore
    lineage: LineageService
    projects: ProjectDirectory
    plugins: PluginDirectory
    #: per-process objects plugins keep on the kernel (caches, background threads), by a key
    #: the plugin owns; read with ``isinstance`` or ``typing.cast`` to the type it stored
    state: MutableMapping[str, object]

    def session(self) -> AbstractContextManager[Session]: ...

    def job_dir(self, job_id: int) -> Path: ...

    def authenticate(self, request: Request, session: Session) -> Principal:
        """The caller of ``request`` (raises ``Unauthorized``); routes use ``auth: Auth``."""
        ...

    def audit(self, session: Session, request: Request | None, action: str, *, principal: Principal | None = None,
              project_id: int | None = None, target_kind: str | None = None, target_id: object = None,
              success: bool = True, **details: object) -> None:
        """Record a security-relevant action in the audit log (same transaction)."""
        ...


def kernel_of(source: object) -> Kernel:
    """The kernel behind a FastAPI/Starlette ``Request``, a kernel database ``Session``, a
    ``JobContext`` (or anything with a ``kernel`` attribute), or a kernel itself."""
    app = getattr(source, "app", None)
    state = getattr(app, "state", None)
    if state is not None and getattr(state, "kernel", None) is not None:
        return state.kernel  # type: ignore[no-any-return]
    info = getattr(source, "info", None)
    if isinstance(info, dict) and info.get(KERNEL_INFO_KEY) is not None:
        return info[KERNEL_INFO_KEY]  # type: ignore[no-any-return]
    inner = getattr(source, "kernel", None)
    if inner is not None:
        return inner  # type: ignore[no-any-return]
    if isinstance(source, Kernel):
        return source
    raise LookupError(f"no llmworks kernel reachable from {type(source).__name__}: pass a request, "
                      "a session opened by kernel.db.session(), a job context or the kernel")


__all__ = [
    "KERNEL_INFO_KEY", "Database", "EventBus", "JobQueue", "JobRecord", "Kernel", "KernelSettings",
    "Contact", "LineageService", "PluginDirectory", "PluginStatus", "Principal", "ProjectDirectory", "Registry",
    "kernel_of", "open_kernel",
]


def open_kernel(*, role: str = "cli", migrate: bool = False) -> Kernel:
    """A kernel for a process a plugin starts on its own (``llmworks serve-model``, a CLI
    command that needs the database): the settings of the environment (``LLMWORKS_HOME``,
    ``LLMWORKS_DATABASE_URL``, ...), every installed plugin loaded and collected. ``role``
    names the process in logs (a role other than ``server``/``worker`` never ends what other
    processes started). Close it with ``kernel.close()``."""
    import importlib

    factory = importlib.import_module("llmworks.kernel").Kernel
    return factory.create(migrate=migrate, role=role)  # type: ignore[no-any-return]
