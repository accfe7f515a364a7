"""Shared services: how one plugin uses another's capability without importing it.

A plugin that *provides* a capability registers an implementation of one of the Protocols
below with the ``register_services`` hook; a plugin that *needs* it looks it up on the kernel:

    from llmworks_sdk.services import ModelRegistry, require_service

    registry = require_service(kernel, ModelRegistry)      # 503 naming the plugin to install
    ref, owner = registry.resolve(db, "base:llmworks-demo-tiny", principal=auth)

    @hookimpl
    def register_services(register):                         # in the providing plugin
        register(Service(ModelRegistry, ModelRegistryImpl(), install="llmworks-models"))

One implementation per service (a second registration is reported as a conflict and
ignored). Services are looked up at call time, never at import time, so plugins load in any
order. Which built-in plugin provides which service is written down in docs/dev/ARCHITECTURE.md.

Outside a running kernel (a CLI command, a serving process, a test) :func:`installed_service`
finds the same implementation through the installed plugins' entry points.

Every lookup of a project-owned object takes the caller (``principal``; None for trusted
internal callers such as a job that already checked its payload) so that a provider can
scope what it returns to the caller's projects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from sqlalchemy.orm import Session

from llmworks_sdk.backends import ModelRef
from llmworks_sdk.errors import Unavailable
from llmworks_sdk.kernel import Principal, kernel_of

if TYPE_CHECKING:
    from starlette.requests import Request

    from llmworks_sdk.kernel import Kernel
    from llmworks_sdk.types import MetricResult

S = TypeVar("S")


@dataclass
class Service:
    """A service implementation for ``register_services``: ``protocol`` is the SDK Protocol it
    implements (its class name is the service's name), ``impl`` the object, ``install`` the
    distribution that provides it (used in the 503 when it is missing)."""

    protocol: type
    impl: object
    install: str = ""
    name: str = field(default="", init=False)

    def __post_init__(self) -> None:
        self.name = self.protocol.__name__


def installed_objects(hook: str) -> list[Any]:
    """What the installed plugins (entry-point group ``llmworks``) register through the
    ``register_*`` feature ``hook``, without a kernel. A plugin that fails to import or whose
    hook raises is skipped (the kernel reports it; this is for code that runs outside one)."""
    from importlib.metadata import entry_points

    out: list[Any] = []
    for ep in entry_points(group="llmworks"):
        try:
            module = ep.load()
            register = getattr(module, hook, None)
            if callable(register):
                register(out.append)
        except Exception:  # noqa: BLE001 - a broken plugin is the kernel's to report
            continue
    return out


def installed_service(protocol: type[S], install: str | None = None) -> S:
    """The implementation of ``protocol`` that an installed plugin registers, found through the
    entry points without a kernel (for code that runs outside one, e.g. an inference backend
    used on its own); ``Unavailable`` naming what to install when none is."""
    for entry in installed_objects("register_services"):
        if isinstance(entry, Service) and entry.protocol is protocol:
            return cast(S, entry.impl)
    hint = install or SERVICE_PROVIDERS.get(protocol.__name__, "a plugin that provides it")
    raise Unavailable(f"the {protocol.__name__} service is not installed: install {hint}")


def get_service(source: object, protocol: type[S]) -> S | None:
    """The implementation of ``protocol`` (kernel, request, session or job context), or None."""
    entry = kernel_of(source).registry.get("services", protocol.__name__)
    if entry is None:
        return None
    return cast(S, entry.impl if isinstance(entry, Service) else entry)


def require_service(source: object, protocol: type[S], install: str | None = None) -> S:
    """The implementation of ``protocol``; ``Unavailable`` (503) naming what to install when none is."""
    found = get_service(source, protocol)
    if found is None:
        hint = install or SERVICE_PROVIDERS.get(protocol.__name__, "a plugin that provides it")
        raise Unavailable(f"the {protocol.__name__} service is not installed: install {hint}")
    return found


# ---------------------------------------------------------------- model registry
@dataclass(frozen=True)
class ModelVersionInfo:
    """A custom model version (the adapter or full weights a training job produced)."""

    id: int
    project_id: int
    name: str
    base_model: str
    base_path: str
    method: str
    kind: str  # adapter | full
    path: str
    job_id: int | None
    run_id: str | None
    dataset_version_id: int | None
    config: dict[str, Any]
    metrics: dict[str, Any]
    created_by: int | None
    created_at: datetime

    @property
    def ref(self) -> str:
        return f"custom:{self.id}"


class ModelRegistry(Protocol):
    """Base models and custom model versions (provided by ``llmworks-models``).

    Model names: ``"base:<name>"`` (a registered base model, a folder of the models folder, a
    model of the local Hugging Face cache, or the demo model), ``"custom:<id>"`` or a bare
    model version id. Lookups raise ``LookupError`` (unknown), ``FileNotFoundError`` (files
    missing) or ``ValueError`` (malformed name); turn them into API errors where you call.
    """

    def resolve(self, session: Session, model: str, *, principal: Principal | None = None,
                project_id: int | None = None) -> tuple[ModelRef, int | None]:
        """A :class:`ModelRef` for ``model`` and the project that owns it (None: shared).

        Base model names are one namespace with owners: a model uploaded into a project is
        found only by lookups for that project (``project_id``; without it, the caller's
        projects), where it comes before the shared models; a lookup for any other project
        never finds it, so an upload can never stand in for a shared model. Pass the project
        the lookup runs for (a route's, a job's, a dataset's) whenever there is one. Custom
        model versions (``custom:<id>``) resolve anywhere: check the returned owner."""
        ...

    def base_model_folder(self, session: Session, name: str, *, principal: Principal | None = None,
                          project_id: int | None = None) -> tuple[Path, int | None]:
        """The local folder of base model ``name`` (the demo model is built on first use),
        looked up for ``project_id`` (else the caller's projects) as :meth:`resolve` does."""
        ...

    def available(self, session: Session, project_ids: list[int] | None) -> list[dict[str, Any]]:
        """Every base model visible to ``project_ids`` (None: all), as JSON-ready dicts."""
        ...

    def get_version(self, session: Session, version_id: int, *, principal: Principal | None = None,
                    minimum: str = "viewer") -> ModelVersionInfo:
        """Model version ``version_id``: ``NotFound`` when missing or (with ``principal``) not
        in the caller's projects, ``Forbidden`` when the role is below ``minimum``."""
        ...

    def register_version(
        self,
        session: Session,
        *,
        project_id: int,
        name: str,
        base_model: str,
        base_path: str,
        method: str,
        kind: str,
        path: str,
        job_id: int | None = None,
        run_id: str | None = None,
        dataset_version_id: int | None = None,
        config: dict[str, Any] | None = None,
        metrics: dict[str, Any] | None = None,
        created_by: int | None = None,
    ) -> ModelVersionInfo:
        """Record a new model version (in ``session``'s transaction; its id is set)."""
        ...

    def version_view(self, version: ModelVersionInfo) -> dict[str, Any]:
        """The JSON shape of a model version (as ``GET /api/models/custom/{id}``)."""
        ...

    def list_versions(self, session: Session, project_ids: list[int] | None, *, limit: int = 500) -> list[ModelVersionInfo]:
        """The newest ``limit`` model versions of ``project_ids`` (None: all projects), newest first."""
        ...

    def set_enabled(self, session: Session, version_id: int, enabled: bool, *, reason: str = "") -> None:
        """Enable or disable model version ``version_id`` (``NotFound`` when missing). A disabled
        version is refused by :meth:`resolve` (``LookupError`` saying so, and why): routes,
        generation and deployments cannot use it until it is enabled again. The adapter manager
        disables an uploaded adapter this way."""
        ...

    def ensure_demo_model(self, kernel: Kernel) -> Path:
        """The demo model's folder, built now if missing (needs transformers and tokenizers)."""
        ...

    def storage(self, session: Session) -> list[dict[str, Any]]:
        """What the registry keeps on disk: one ``{"kind": "model_version" | "base_model", "id",
        "project_id", "name", "paths": [folder, ...], "job_id"}`` per model (disk usage; cleanup
        never removes these paths)."""
        ...


# ---------------------------------------------------------------- datasets
class DatasetVersionRecord(Protocol):
    """A dataset version as other plugins may read it."""

    id: int
    dataset_id: int
    project_id: int
    version: int
    kind: str


class DatasetService(Protocol):
    """Immutable dataset versions and their rows (provided by ``llmworks-datasets``)."""

    def get_version(self, session: Session, version_id: int, *, principal: Principal | None = None) -> DatasetVersionRecord:
        """Dataset version ``version_id``: ``NotFound`` when missing or (with ``principal``)
        not in the caller's projects."""
        ...

    def columns(self, version: DatasetVersionRecord) -> list[str]:
        """Column names of the version, the required ones of its kind first."""
        ...

    def size_info(self, session: Session, version_id: int) -> dict[str, Any]:
        """``{"train_rows", "validation_rows", "bytes", "train_tokens"}`` of a version
        (``train_tokens``: from cached token statistics, None when never computed)."""
        ...

    def storage(self, session: Session) -> list[dict[str, Any]]:
        """What the datasets keep in the artifact store: one ``{"kind": "dataset_version", "id",
        "project_id", "name", "blobs": [digest, ...]}`` per version (disk usage; cleanup never
        removes these blobs)."""
        ...

    def iter_rows(self, kernel: Kernel, version: DatasetVersionRecord, split: str | None = None) -> Iterator[dict[str, Any]]:
        """The rows of ``split`` (``"train"``, ``"validation"``, None: all); ``KeyError`` /
        ``ValueError`` for a split the version does not have."""
        ...

    def create_version(self, session: Session, kernel: Kernel, *, project_id: int, name: str,
                       rows: Iterable[Mapping[str, Any]], user_id: int | None = None, description: str = "",
                       filename: str = "rows.jsonl", validation_fraction: float | None = None,
                       seed: int | None = None) -> tuple[DatasetVersionRecord, bool]:
        """Store ``rows`` (dicts of one kind) as the next version of dataset ``name`` in
        ``project_id`` (created when missing), validated like an upload (``Invalid`` listing
        the bad rows; an empty list is refused). Returns ``(version, duplicate)``:
        ``duplicate`` is True when the dataset already has a version with exactly these rows.
        The split settings default to the dataset's latest version's. Commits ``session``."""
        ...


# ---------------------------------------------------------------- tracking
class TrackingService(Protocol):
    """Experiment runs and their metrics (provided by ``llmworks-tracking``)."""

    def create_run(self, session: Session, *, project_id: int, experiment: str, name: str, config: dict[str, Any],
                   source: str, job_id: int | None = None) -> int:
        """Create a run (in ``experiment``, created if missing); returns its id."""
        ...

    def log_metrics(self, session: Session, run_id: int, points: Sequence[tuple[str, int, float, float | None]]) -> None:
        """Append ``(key, step, value, wall_time)`` points to the run's series."""
        ...

    def last_steps(self, session: Session, run_id: int) -> dict[str, int]:
        """The greatest step already stored per series of the run."""
        ...

    def log_summary(self, session: Session, run_id: int, summary: Mapping[str, float]) -> None: ...

    def set_status(self, session: Session, run_id: int, status: str) -> None: ...

    def storage(self, session: Session) -> list[dict[str, Any]]:
        """Blobs the runs' artifacts reference: ``{"kind": "run", "id", "project_id", "name",
        "blobs": [digest, ...]}`` per run that has any (cleanup never removes them)."""
        ...

    def series_keys(self, session: Session, run_id: int) -> list[str]:
        """The keys of the run's step series (not its summary values)."""
        ...

    def chart(self, session: Session, run_id: int, key: str, *, x: str = "step", lo: float | None = None,
              hi: float | None = None, points: int = 1000) -> dict[str, Any]:
        """A series over ``lo <= x <= hi`` (``x``: "step" or "wall_time", seconds since the epoch)
        downsampled to at most ``points`` points keeping minima and maximas, as
        ``GET /api/tracking/runs/{id}/metrics/{key}`` answers it (``x``, ``y``, ``count``, ...)."""
        ...


# ---------------------------------------------------------------- metrics
class MetricService(Protocol):
    """Metrics usable in a project: plugin metrics plus project-defined ones (``llmworks-metrics``)."""

    def project_metrics(self, kernel: Kernel, session: Session, project_id: int | None) -> dict[str, Any]: ...

    def resolve(self, metrics: Mapping[str, Any], names: Sequence[str], *,
                loc: Sequence[str | int] = ("body", "metrics")) -> list[str]:
        """``names`` plus every metric they need, dependencies first (``Invalid`` at ``loc``)."""
        ...

    def compute(self, metrics: Mapping[str, Any], names: Sequence[str], predictions: list[str], references: list[str], *,
                on_metric: Callable[[str, int, int], None] | None = None, **context: Any) -> dict[str, MetricResult]: ...


# ---------------------------------------------------------------- evaluation
class EvaluationService(Protocol):
    """Evaluations of a model on a dataset with metrics, run as jobs (``llmworks-tracking``):
    the one place evaluations live."""

    def create(self, session: Session, request: Request | None, principal: Principal, spec: dict[str, Any]) -> dict[str, Any]:
        """Validate ``spec`` (the body of ``POST /api/evaluations``), queue the evaluation job
        and return the evaluation as that route does (``Invalid`` for a bad spec)."""
        ...

    def for_model(self, session: Session, model: str, *, limit: int = 50) -> list[dict[str, Any]]:
        """The newest evaluations of ``model`` (e.g. ``"custom:3"``), as JSON-ready dicts."""
        ...


# ---------------------------------------------------------------- languages
@dataclass(frozen=True)
class LanguageGuess:
    """The language of a text: ``language`` an ISO 639-1 code (``"hi"``, ``"en"``; ``"und"``
    when unknown), ``name`` (``"Hindi"``), ``script`` the dominant Unicode script
    (``"Devanagari"``, ``"Latin"``, ...), ``confidence`` in [0, 1]."""

    language: str
    name: str
    script: str
    confidence: float


class LanguageIdentifier(Protocol):
    """Language identification that works offline (provided by ``llmworks-curation``): what
    language-aware routes, curators and language statistics use."""

    def detect(self, texts: Sequence[str]) -> list[LanguageGuess]:
        """One guess per text, in order (``"und"`` for text with no letters)."""
        ...

    def languages(self) -> list[str]:
        """The ISO 639-1 codes it can tell apart."""
        ...


# ---------------------------------------------------------------- inference routes
@dataclass(frozen=True)
class RouteInfo:
    """A named inference route of a project: what a request to it runs."""

    id: int
    project_id: int
    name: str
    model: str
    backend: str
    adapter: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)


class RouteService(Protocol):
    """Named inference routes (``llmworks-inference``), for plugins that generate the way a
    route does (an evaluation of a route, a campaign's generators)."""

    def get(self, session: Session, project_id: int, name: str) -> RouteInfo | None:
        """The route ``name`` of ``project_id`` (None when that project has no such route).
        ``LookupError`` when the name is an A/B test, which has no single model: its message
        says to name one of the test's routes."""
        ...


# ---------------------------------------------------------------- reward models
class RewardScorer(Protocol):
    """Scores (prompt, response) pairs with a trained reward model (a model version of method
    ``reward``: a sequence-classification head with one output), provided by ``llmworks-torch``.
    Higher is preferred."""

    def score(self, model_dir: Path, pairs: Sequence[tuple[str, str]]) -> list[float]:
        """One score per pair, in order."""
        ...


# ---------------------------------------------------------------- ONNX exports
class OnnxExports(Protocol):
    """ONNX exports of model folders, cached by content (``llmworks-onnx``). The export's format
    and the runtime that runs it are :mod:`llmworks_sdk.onnx_runtime`; a backend that serves
    exports some other way (Triton) asks this service for the folder and never imports the
    onnx plugin."""

    def cache_dir(self) -> Path:
        """The folder that holds the exports (``LLMWORKS_ONNX_CACHE``, else ``<home>/onnx-cache``)."""
        ...

    def ensure_exported(self, model_dir: Path, *, adapter_dir: Path | None = None, cache_dir: Path | None = None) -> Path:
        """The folder of an ONNX export of ``model_dir`` (with the PEFT adapter ``adapter_dir``
        merged): ``model_dir`` itself when it already is an export, else a folder of the cache,
        exported on first use (once per content, also across threads)."""
        ...


#: service name → the distribution that provides it (for the 503 message)
SERVICE_PROVIDERS: dict[str, str] = {
    "ModelRegistry": "llmworks-models",
    "DatasetService": "llmworks-datasets",
    "TrackingService": "llmworks-tracking",
    "MetricService": "llmworks-metrics",
    "EvaluationService": "llmworks-tracking",
    "ReleaseGate": "llmworks-responsible",
    "ScorecardService": "llmworks-responsible",
    "LanguageIdentifier": "llmworks-curation",
    "OnnxExports": "llmworks-onnx",
    "RouteService": "llmworks-inference",
    "RewardScorer": "llmworks-torch",
}


def services(source: object) -> Iterable[str]:
    """The names of the services installed."""
    return sorted(kernel_of(source).registry.all("services"))


__all__ = [
    "SERVICE_PROVIDERS", "DatasetService", "DatasetVersionRecord", "EvaluationService", "LanguageGuess", "LanguageIdentifier", "MetricService",
    "ModelRegistry", "ModelVersionInfo", "OnnxExports", "RewardScorer", "RouteInfo", "RouteService", "Service", "TrackingService", "get_service", "installed_objects",
    "installed_service", "require_service", "services",
]
