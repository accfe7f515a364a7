"""Base models and custom model versions as the platform sees them.

The contract other plugins use (see docs/dev/PLUGIN_GUIDE.md §7):
``resolve_model(kernel, db, model) -> (ModelRef, project_id | None)`` where ``model`` is
``"base:<name>"``, ``"custom:<model_version_id>"`` or a bare model version id.

Base models come from four places: rows registered through the API (a server folder, a hub
id, an uploaded archive), the demo model (registered on start, built on first use), every
model folder in ``settings.models_path`` and every model in the local Hugging Face cache.
"""

from __future__ import annotations

import fcntl
import logging
from pathlib import Path
from typing import Any

from llmworks_sdk import ModelRef
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from llmworks_torch.demo import DEMO_MODEL_NAME
from llmworks_torch.model_info import (
    inspect_model,
    is_adapter_folder,
    is_model_folder,
    list_cached_models,
    list_model_folders,
    resolve_hub_id,
)
from llmworks_torch.tables import BaseModelRow, ModelVersion

log = logging.getLogger(__name__)


def demo_model_path(kernel: Any) -> Path:
    return Path(kernel.settings.models_path) / DEMO_MODEL_NAME


def ensure_demo_model(kernel: Any) -> Path:
    """The demo model's folder, built now if missing (one builder at a time across processes)."""
    from llmworks_torch.demo import build_demo_model

    folder = demo_model_path(kernel)
    if is_model_folder(folder):
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.parent / f".{DEMO_MODEL_NAME}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not is_model_folder(folder):
            tmp = folder.parent / f".{DEMO_MODEL_NAME}.building"
            build_demo_model(tmp)
            tmp.rename(folder)
    return folder


def register_demo_row(kernel: Any) -> None:
    """Register the demo model (not built yet: it is built on first use or by ``llmworks demo-model``)."""
    with kernel.db.session() as s:
        if s.scalar(select(BaseModelRow).where(BaseModelRow.name == DEMO_MODEL_NAME)) is None:
            s.add(
                BaseModelRow(
                    name=DEMO_MODEL_NAME,
                    source="demo",
                    path=str(demo_model_path(kernel)),
                    info={"description": "tiny random-weight GPT-2 built offline (llmworks_torch.demo)"},
                )
            )


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
    ready = source == "demo" or bool(path and is_model_folder(Path(path)))  # the demo is built on first use
    if not ready and hub_id:
        try:
            path, ready = str(resolve_hub_id(hub_id)), True
        except FileNotFoundError:
            pass
    details = dict(info or {})
    if ready and path:
        try:
            details.update(inspect_model(path, name=name).model_dump(exclude={"name", "path", "source"}))
        except Exception as exc:  # noqa: BLE001 - a broken folder is listed with its error, not hidden
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
        out.append(_entry(row.name, row.source, row.path, id=row.id, hub_id=row.hub_id, project_id=row.project_id, info=row.info))
        names.add(row.name)
        if row.path:
            seen_paths.add(str(Path(row.path).resolve()))
    for info in list_model_folders(kernel.settings.models_path):
        if str(Path(info.path).resolve()) in seen_paths or info.name in names or info.is_adapter:
            continue
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


def base_model_folder(kernel: Any, db: Session, name: str) -> tuple[Path, int | None]:
    """The local folder of base model ``name`` and the project it belongs to (None: shared)."""
    row = db.scalar(select(BaseModelRow).where(BaseModelRow.name == name))
    if row is not None:
        if row.source == "demo":
            return ensure_demo_model(kernel), row.project_id
        if row.path and is_model_folder(Path(row.path)):
            return Path(row.path), row.project_id
        if row.hub_id:
            return resolve_hub_id(row.hub_id), row.project_id
        raise FileNotFoundError(f"base model '{name}' is registered but its folder {row.path} is missing")
    if name == DEMO_MODEL_NAME:
        return ensure_demo_model(kernel), None
    if "\x00" in name:
        raise LookupError("a model name cannot contain NUL characters")
    root = Path(kernel.settings.models_path).resolve()
    candidate = (root / name).resolve()
    if candidate.is_relative_to(root) and is_model_folder(candidate) and not is_adapter_folder(candidate):
        return candidate, None
    try:  # a hub id in the local HF cache; never an arbitrary server path
        return resolve_hub_id(name), None
    except FileNotFoundError:
        raise LookupError(f"unknown base model '{name}': see GET /api/models/available") from None


def resolve_model(kernel: Any, db: Session, model: str) -> tuple[ModelRef, int | None]:
    """A :class:`ModelRef` for ``"base:<name>"``, ``"custom:<id>"`` or a bare model version id."""
    if model.startswith("base:"):
        folder, owner = base_model_folder(kernel, db, model[5:])
        return ModelRef(key=model, path=folder), owner
    raw = model[7:] if model.startswith("custom:") else model
    if not raw.isdigit():
        folder, owner = base_model_folder(kernel, db, model)
        return ModelRef(key=f"base:{model}", path=folder), owner
    version = db.get(ModelVersion, int(raw))
    if version is None:
        raise LookupError(f"model version {raw} does not exist")
    key = f"custom:{version.id}"
    if version.kind == "adapter":
        return ModelRef(
            key=key, path=Path(version.base_path), adapters={f"v{version.id}": Path(version.path)}
        ), version.project_id
    return ModelRef(key=key, path=Path(version.path)), version.project_id


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
