"""The model registry: base models and custom model versions as the platform sees them.

Other plugins reach it as the ``ModelRegistry`` service (:mod:`llmworks_sdk.services`):
``require_service(kernel, ModelRegistry).resolve(db, model)`` → ``(ModelRef, project_id | None)``
where ``model`` is ``"base:<name>"``, ``"custom:<model_version_id>"`` or a bare model version id.

Base models come from four places: rows registered through the API (a server folder, a hub
id, an uploaded archive), the demo model (registered on start, built on first use), every
model folder in ``settings.models_path`` and every model in the local Hugging Face cache.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import threading
from pathlib import Path
from typing import Any

from llmworks_sdk import ModelRef, NotFound
from llmworks_sdk.caching import LookupCache
from llmworks_sdk.demo import DEMO_MODEL_NAME
from llmworks_sdk.kernel import Kernel, Principal, kernel_of
from llmworks_sdk.model_folders import (
    inspect_model,
    is_adapter_folder,
    is_model_folder,
    list_cached_models,
    list_model_folders,
    read_json,
    resolve_hub_id,
)
from llmworks_sdk.services import ModelVersionInfo
from llmworks_sdk.web import load_in_project
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from llmworks_models.tables import BaseModelRow, ModelVersion

log = logging.getLogger(__name__)


def demo_model_path(kernel: Any) -> Path:
    return Path(kernel.settings.models_path) / DEMO_MODEL_NAME


_building: set[str] = set()
_building_lock = threading.Lock()


def ensure_demo_model(kernel: Any) -> Path:
    """The demo model's folder, built now if missing (one builder at a time across processes).

    The build pre-trains for under a minute the first time on a machine; later builds copy the
    cached result (:func:`llmworks_sdk.demo.demo_cache_dir`)."""
    from llmworks_sdk.demo import build_demo_model

    folder = demo_model_path(kernel)
    if is_model_folder(folder):
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    with _building_lock:
        _building.add(str(folder))
    try:
        with open(folder.parent / f".{DEMO_MODEL_NAME}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not is_model_folder(folder):
                tmp = folder.parent / f".{DEMO_MODEL_NAME}.building"
                shutil.rmtree(tmp, ignore_errors=True)  # a build that died half-way
                log.info("building the demo model into %s (pre-training on the CPU, under a minute)", folder)
                build_demo_model(tmp)
                tmp.rename(folder)
    finally:
        with _building_lock:
            _building.discard(str(folder))
    return folder


def demo_build_mode() -> str:
    """``LLMWORKS_DEMO_MODEL``: ``start`` (default: build in the background at start-up when the
    models folder lacks it), ``lazy`` (build on first use) or ``off`` (neither registered nor built)."""
    mode = (os.environ.get("LLMWORKS_DEMO_MODEL") or "start").strip().lower()
    return mode if mode in ("start", "lazy", "off") else "start"


def build_demo_in_background(kernel: Any) -> threading.Thread | None:
    """Start building the demo model in a daemon thread (None when it is already there)."""
    if is_model_folder(demo_model_path(kernel)):
        return None

    def run() -> None:
        try:
            ensure_demo_model(kernel)
        except Exception:  # noqa: BLE001 - a failed build is logged; first use retries it
            log.exception("building the demo model failed; it is retried on first use (or run `llmworks demo-model`)")

    thread = threading.Thread(target=run, name="llmworks-demo-model", daemon=True)
    thread.start()
    return thread


def register_demo_row(kernel: Any) -> None:
    """Register the demo model; with ``LLMWORKS_DEMO_MODEL=start`` (the default) also start
    building it in the background when the models folder lacks it."""
    mode = demo_build_mode()
    if mode == "off":
        return
    with kernel.db.session() as s:
        if s.scalar(select(BaseModelRow).where(BaseModelRow.name == DEMO_MODEL_NAME)) is None:
            s.add(
                BaseModelRow(
                    name=DEMO_MODEL_NAME,
                    source="demo",
                    path=str(demo_model_path(kernel)),
                    info={"description": "tiny GPT-2 pre-trained offline on generated English and Hindi text "
                                         "(llmworks_sdk.demo)"},
                )
            )
    if mode == "start":
        build_demo_in_background(kernel)


def _visible(row: BaseModelRow, project_ids: list[int] | None) -> bool:
    return row.project_id is None or project_ids is None or row.project_id in project_ids


def _entry(
    name: str,
    source: str,
    path: str | None,
    *,
    id: int | None = None,
    hub_id: str | None = None,
    project_id: int | None = None,
    info: dict[str, Any] | None = None,
) -> dict[str, Any]:
    ready = bool(path and is_model_folder(Path(path)))
    building = source == "demo" and not ready
    if not ready and hub_id:
        try:
            path, ready = str(resolve_hub_id(hub_id)), True
        except FileNotFoundError:
            pass
    details = dict(info or {})
    if building:
        details["status"] = "building" if path in _building else "not built"
        details["detail"] = ("being built (pre-training on the CPU, under a minute)" if path in _building
                             else "built on first use, or now with `llmworks demo-model`")
    if ready and path:
        try:
            details.update(inspect_model(path, name=name).model_dump(exclude={"name", "path", "source"}))
            if not is_adapter_folder(path) and not read_json(Path(path) / "config.json"):
                raise ValueError("config.json is empty or not valid JSON")
        except Exception as exc:  # noqa: BLE001 - a broken folder is listed with its error, not hidden
            ready = False  # nothing can load it: never offered as ready beside its error
            details["error"] = str(exc)
    return {
        "id": id,
        "name": name,
        "ref": f"base:{name}",
        "source": source,
        "path": path,
        "hub_id": hub_id,
        "project_id": project_id,
        "ready": ready,
        **details,
    }


def available_models(kernel: Any, db: Session, project_ids: list[int] | None) -> list[dict[str, Any]]:
    """Every base model the caller may use: registered rows, the models folder, the HF cache."""
    out: list[dict[str, Any]] = []
    seen_paths: set[str] = set()
    names: set[str] = set()
    for row in db.scalars(select(BaseModelRow).order_by(BaseModelRow.name)):
        if not _visible(row, project_ids):
            continue
        path = str(demo_model_path(kernel)) if row.source == "demo" else row.path
        out.append(_entry(row.name, row.source, path, id=row.id, hub_id=row.hub_id, project_id=row.project_id, info=row.info))
        names.add(row.name)
        if row.path:
            seen_paths.add(str(Path(row.path).resolve()))
    legacy_uploads = (Path(kernel.settings.models_path) / LEGACY_UPLOADS).resolve()
    for info in list_model_folders(kernel.settings.models_path):
        if str(Path(info.path).resolve()) in seen_paths or info.name in names or info.is_adapter:
            continue
        if Path(info.path).resolve().is_relative_to(legacy_uploads):
            continue  # uploads (of old versions) belong to their projects, shown through their rows
        out.append(
            {"id": None, "ref": f"base:{info.name}", "project_id": None, "ready": True, "hub_id": None, **info.model_dump()}
        )
        names.add(info.name)
    for info in list_cached_models():
        if info.name in names:
            continue
        out.append(
            {"id": None, "ref": f"base:{info.name}", "project_id": None, "ready": True, "hub_id": info.name, **info.model_dump()}
        )
    return out


#: where uploaded models live (under LLMWORKS_HOME): outside the shared models folder, so no
#: folder scan ever shows a project's upload to everyone
UPLOADS_DIR = "model-uploads"
#: the folder of the models folder where uploads used to land: never read as shared models
LEGACY_UPLOADS = "uploads"


def uploads_root(kernel: Any) -> Path:
    return Path(kernel.settings.home) / UPLOADS_DIR


def _row_folder(kernel: Any, row: BaseModelRow) -> Path:
    if row.source == "demo":
        return ensure_demo_model(kernel)
    if row.path and is_model_folder(Path(row.path)):
        return Path(row.path)
    if row.hub_id:
        return resolve_hub_id(row.hub_id)
    raise FileNotFoundError(f"base model '{row.name}' is registered but its files are missing")


def _shared_folder(kernel: Any, name: str) -> Path:
    """A shared model that no row names: the demo, a folder of the models folder (never the
    legacy uploads folder), a model of the local Hugging Face cache."""
    if name == DEMO_MODEL_NAME:
        return ensure_demo_model(kernel)
    if "\x00" in name:
        raise LookupError("a model name cannot contain NUL characters")
    root = Path(kernel.settings.models_path).resolve()
    candidate = (root / name).resolve()
    if (candidate.is_relative_to(root) and not candidate.is_relative_to(root / LEGACY_UPLOADS)
            and is_model_folder(candidate) and not is_adapter_folder(candidate)):
        return candidate
    try:  # a hub id in the local HF cache; never an arbitrary server path
        return resolve_hub_id(name)
    except FileNotFoundError:
        raise LookupError(f"unknown base model '{name}': see GET /api/models/available") from None


def shared_model_exists(kernel: Any, db: Session, name: str) -> bool:
    """Whether ``base:<name>`` names a model everyone shares (a project's upload may not take it)."""
    row = db.scalar(select(BaseModelRow).where(BaseModelRow.name == name))
    if row is not None and row.project_id is None:
        return True
    if name == DEMO_MODEL_NAME:
        return True
    try:
        _shared_folder(kernel, name)
    except (LookupError, FileNotFoundError, ValueError, OSError):
        return False
    return True


def base_model_folder(kernel: Any, db: Session, name: str, *, project_ids: list[int] | None = None) -> tuple[Path, int | None]:
    """The local folder of base model ``name`` and the project it belongs to (None: shared).

    ``project_ids``: the projects the lookup runs for. A model one of them owns (an upload)
    comes first for them; then the shared models; a model another project owns is never
    found. None (administrators, internal calls that checked access otherwise): the shared
    model first, then the one project's model of that name."""
    row = db.scalar(select(BaseModelRow).where(BaseModelRow.name == name))
    owned = row is not None and row.project_id is not None
    if row is not None and owned and project_ids is not None and row.project_id in project_ids:
        return _row_folder(kernel, row), row.project_id
    if row is not None and not owned:
        return _row_folder(kernel, row), None
    try:
        return _shared_folder(kernel, name), None
    except LookupError:
        if row is not None and project_ids is None:
            return _row_folder(kernel, row), row.project_id
        raise


def resolve_model(kernel: Any, db: Session, model: str, *, project_ids: list[int] | None = None) -> tuple[ModelRef, int | None]:
    """A :class:`ModelRef` for ``"base:<name>"``, ``"custom:<id>"`` or a bare model version id;
    base model names are looked up for ``project_ids`` (see :func:`base_model_folder`)."""
    if model.startswith("base:"):
        folder, owner = base_model_folder(kernel, db, model[5:], project_ids=project_ids)
        return ModelRef(key=model, path=folder), owner
    raw = model[7:] if model.startswith("custom:") else model
    if not raw.isdigit():
        folder, owner = base_model_folder(kernel, db, model, project_ids=project_ids)
        return ModelRef(key=f"base:{model}", path=folder), owner
    version = db.get(ModelVersion, int(raw))
    if version is None:
        raise LookupError(f"model version {raw} does not exist")
    if (version.config or {}).get("disabled"):
        why = (version.config or {}).get("disabled_reason") or "it was disabled"
        raise LookupError(f"model version {version.id} ('{version.name}') is disabled ({why}): enable it first")
    key = f"custom:{version.id}"
    if version.kind == "adapter":
        return ModelRef(
            key=key, path=Path(version.base_path), adapters={f"v{version.id}": Path(version.path)}
        ), version.project_id
    return ModelRef(key=key, path=Path(version.path)), version.project_id


def lookup_scope(principal: Principal | None, project_id: int | None) -> list[int] | None:
    """The projects a lookup runs for: ``project_id``, else the caller's projects (None for an
    administrator or an internal call)."""
    if project_id is not None:
        return [project_id]
    if principal is not None:
        return principal.project_ids()
    return None


def count_model_versions(db: Session, project_ids: list[int] | None) -> int:
    q = select(func.count()).select_from(ModelVersion)
    if project_ids is not None:
        q = q.where(ModelVersion.project_id.in_(project_ids))
    return db.scalar(q) or 0


def version_to_dict(v: ModelVersion) -> dict[str, Any]:
    return {
        "id": v.id,
        "ref": f"custom:{v.id}",
        "project_id": v.project_id,
        "name": v.name,
        "base_model": v.base_model,
        "method": v.method,
        "kind": v.kind,
        "job_id": v.job_id,
        "run_id": v.run_id,
        "dataset_version_id": v.dataset_version_id,
        "config": v.config,
        "metrics": v.metrics,
        "created_by": v.created_by,
        "created_at": v.created_at.isoformat(),
    }


def version_info(v: ModelVersion) -> ModelVersionInfo:
    return ModelVersionInfo(
        id=v.id, project_id=v.project_id, name=v.name, base_model=v.base_model, base_path=v.base_path, method=v.method,
        kind=v.kind, path=v.path, job_id=v.job_id, run_id=v.run_id, dataset_version_id=v.dataset_version_id,
        config=dict(v.config or {}), metrics=dict(v.metrics or {}), created_by=v.created_by, created_at=v.created_at,
    )


#: ``resolve`` answers (every inference request asks one): watched tables are the registry's
#: own and projects (a deleted project takes its models with it, by foreign key)
RESOLVED: LookupCache[tuple[ModelRef, int | None]] = LookupCache(
    {BaseModelRow.__tablename__, ModelVersion.__tablename__, "projects"}, name="model registry resolve")


class SqlModelRegistry:
    """The ``ModelRegistry`` service (:mod:`llmworks_sdk.services`) of this plugin."""

    def _k(self, session: Session) -> Kernel:
        return kernel_of(session)

    def resolve(self, session: Session, model: str, *, principal: Principal | None = None,
                project_id: int | None = None) -> tuple[ModelRef, int | None]:
        scope = lookup_scope(principal, project_id)
        key = (model, None if scope is None else tuple(scope))
        return RESOLVED.get_or_load(session, key, lambda: resolve_model(self._k(session), session, model, project_ids=scope))

    def base_model_folder(self, session: Session, name: str, *, principal: Principal | None = None,
                          project_id: int | None = None) -> tuple[Path, int | None]:
        return base_model_folder(self._k(session), session, name, project_ids=lookup_scope(principal, project_id))

    def available(self, session: Session, project_ids: list[int] | None) -> list[dict[str, Any]]:
        return available_models(self._k(session), session, project_ids)

    def get_version(self, session: Session, version_id: int, *, principal: Principal | None = None,
                    minimum: str = "viewer") -> ModelVersionInfo:
        if principal is not None:
            return version_info(load_in_project(session, principal, ModelVersion, version_id, minimum, what="model version"))
        v = session.get(ModelVersion, version_id)
        if v is None:
            raise NotFound(f"model version {version_id} not found")
        return version_info(v)

    def register_version(self, session: Session, *, project_id: int, name: str, base_model: str, base_path: str,
                         method: str, kind: str, path: str, job_id: int | None = None, run_id: str | None = None,
                         dataset_version_id: int | None = None, config: dict[str, Any] | None = None,
                         metrics: dict[str, Any] | None = None, created_by: int | None = None) -> ModelVersionInfo:
        v = ModelVersion(project_id=project_id, name=name, base_model=base_model, base_path=base_path, method=method,
                         kind=kind, path=path, job_id=job_id, run_id=run_id, dataset_version_id=dataset_version_id,
                         config=config or {}, metrics=metrics or {}, created_by=created_by)
        session.add(v)
        session.flush()
        return version_info(v)

    def version_view(self, version: ModelVersionInfo) -> dict[str, Any]:
        return version_to_dict(version)  # type: ignore[arg-type]

    def list_versions(self, session: Session, project_ids: list[int] | None, *, limit: int = 500) -> list[ModelVersionInfo]:
        q = select(ModelVersion).order_by(ModelVersion.id.desc()).limit(max(0, min(limit, 10_000)))
        if project_ids is not None:
            q = q.where(ModelVersion.project_id.in_(project_ids))
        return [version_info(v) for v in session.scalars(q)]

    def set_enabled(self, session: Session, version_id: int, enabled: bool, *, reason: str = "") -> None:
        v = session.get(ModelVersion, version_id)
        if v is None:
            raise NotFound(f"model version {version_id} not found")
        config = {k: val for k, val in (v.config or {}).items() if k not in ("disabled", "disabled_reason")}
        if not enabled:
            config.update(disabled=True, disabled_reason=reason or "disabled by a user")
        v.config = config  # a new dict: the JSON column sees the change

    def ensure_demo_model(self, kernel: Kernel) -> Path:
        return ensure_demo_model(kernel)

    def storage(self, session: Session) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for v in session.scalars(select(ModelVersion).order_by(ModelVersion.id)):
            out.append({"kind": "model_version", "id": v.id, "project_id": v.project_id, "name": v.name,
                        "paths": [v.path], "job_id": v.job_id})
        for b in session.scalars(select(BaseModelRow).order_by(BaseModelRow.id)):
            out.append({"kind": "base_model", "id": b.id, "project_id": b.project_id, "name": b.name,
                        "paths": [b.path] if b.path else [], "job_id": None})
        return out
