"""Disk usage (per dataset version, model version, job folder, project, in total) and safe
cleanup (old checkpoints, unreferenced blobs).

What is needed comes from the services: ``DatasetService.storage`` (the blobs of every dataset
version), ``ModelRegistry.storage`` (the folder of every model version and base model),
``TrackingService.storage`` (blobs that run artifacts reference). Cleanup never removes:

- a path a model version or base model uses, nor a folder that contains or is inside one;
- a blob any dataset version or run artifact references, nor a blob younger than
  ``min_age_hours`` (an upload whose database row is not committed yet);
- anything of a job that is queued or running, nor the newest checkpoint of a job that did
  not succeed (a resume needs it);
- blobs at all when a service that references blobs is missing (its references are unknown).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

from llmworks_sdk import Conflict, jobs
from llmworks_sdk.services import DatasetService, ModelRegistry, TrackingService, get_service
from llmworks_sdk.training import CHECKPOINTS, Checkpoints

BLOB_SERVICES = {"DatasetService": DatasetService, "TrackingService": TrackingService}


def dir_size(path: Path) -> int:
    total = 0
    if path.is_file():
        return path.stat().st_size
    for root, _dirs, files in os.walk(path, followlinks=False):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_size
            except OSError:
                pass
    return total


def storage_items(kernel: Any, session: Any) -> tuple[list[dict[str, Any]], list[str]]:
    """Everything the services keep, and the names of the blob-referencing services missing."""
    items: list[dict[str, Any]] = []
    missing = []
    for name, proto in (("DatasetService", DatasetService), ("ModelRegistry", ModelRegistry), ("TrackingService", TrackingService)):
        svc = get_service(kernel, proto)
        fn = getattr(svc, "storage", None) if svc is not None else None
        if fn is None:
            if name in BLOB_SERVICES:
                missing.append(name)
            continue
        items += fn(session)
    for ref in kernel.registry.all("storage_references").values():
        items += ref.items(session)  # a plugin's declared blobs and folders
    return items, missing


def _blobs(kernel: Any) -> dict[str, tuple[int, float]] | None:
    it = getattr(kernel.artifacts, "iter_blobs", None)
    return None if it is None else {d: (size, mtime) for d, size, mtime in it()}


def job_folders(kernel: Any, session: Any) -> list[dict[str, Any]]:
    root = Path(kernel.settings.jobs_dir)
    if not root.is_dir():
        return []
    ids = sorted(int(p.name) for p in root.iterdir() if p.is_dir() and p.name.isdigit())
    rows = jobs.get_many(session, ids)
    out = []
    for i in ids:
        folder = root / str(i)
        ckpt_folders = [p for p in folder.rglob(CHECKPOINTS) if p.is_dir()]
        ckpts = [(s, p) for f in ckpt_folders for s, p in Checkpoints(f).list()]
        j = rows.get(i)
        out.append({"job_id": i, "project_id": j.project_id if j else None, "kind": j.kind if j else None,
                    "state": j.state if j else "deleted", "title": j.title if j else "", "path": str(folder),
                    "bytes": dir_size(folder), "checkpoints": len(ckpts),
                    "checkpoint_bytes": sum(dir_size(p) for _, p in ckpts)})
    return out


def usage(kernel: Any, session: Any, project_ids: set[int] | None) -> dict[str, Any]:
    """Disk usage; ``project_ids`` None: everything (administrators), else those projects only."""
    items, _missing = storage_items(kernel, session)
    blobs = _blobs(kernel) or {}
    seen_paths: dict[str, int] = {}
    out_items = []
    referenced: set[str] = set()
    for it in items:
        referenced.update(it.get("blobs") or [])
        if project_ids is not None and it.get("project_id") not in project_ids:
            continue
        b = sum(blobs.get(d, (0, 0))[0] for d in it.get("blobs") or [])
        for p in it.get("paths") or []:
            if p not in seen_paths:
                seen_paths[p] = dir_size(Path(p)) if Path(p).exists() else 0
            b += seen_paths[p]
        out_items.append({"kind": it["kind"], "id": it["id"], "project_id": it.get("project_id"), "name": it.get("name", ""),
                          "bytes": b})
    folders = [f for f in job_folders(kernel, session) if project_ids is None or f["project_id"] in project_ids]
    per_project: dict[str, int] = {}
    for x in [*out_items, *folders]:
        key = str(x.get("project_id")) if x.get("project_id") is not None else "shared"
        per_project[key] = per_project.get(key, 0) + int(x["bytes"])
    result: dict[str, Any] = {"items": out_items, "job_folders": folders, "per_project": per_project}
    if project_ids is None:
        home = Path(kernel.settings.home)
        areas = {}
        for name in ("artifacts", "jobs", "custom-models", "models"):
            p = home / name
            areas[name] = dir_size(p) if p.exists() else 0
        unref = [d for d in blobs if d not in referenced]
        result.update(areas=areas, total_bytes=sum(areas.values()),
                      unreferenced_blobs={"count": len(unref), "bytes": sum(blobs[d][0] for d in unref)},
                      disk=_disk(home))
    return result


def _disk(home: Path) -> dict[str, int]:
    du = shutil.disk_usage(home)
    return {"total": du.total, "used": du.used, "free": du.free}


def _related(a: Path, b: Path) -> bool:
    return a == b or a in b.parents or b in a.parents


def plan_checkpoints(kernel: Any, session: Any, *, keep_last: int, project_ids: set[int] | None) -> list[dict[str, Any]]:
    """The checkpoint folders cleanup would delete (see the module docstring for what is kept)."""
    items, _ = storage_items(kernel, session)
    protected = [Path(p).resolve() for it in items for p in it.get("paths") or []]
    plan = []
    root = Path(kernel.settings.jobs_dir)
    ids = sorted(int(p.name) for p in root.iterdir() if p.is_dir() and p.name.isdigit()) if root.is_dir() else []
    rows = jobs.get_many(session, ids)
    for i in ids:
        j = rows.get(i)
        if j is None or j.state not in jobs.TERMINAL:
            continue  # queued, running, or no job row we can check: leave it alone
        if project_ids is not None and j.project_id not in project_ids:
            continue
        keep = max(keep_last, 0 if j.state == "succeeded" else 1)
        for f in (p for p in (root / str(i)).rglob(CHECKPOINTS) if p.is_dir()):
            found = Checkpoints(f).list()
            old = found[:-keep] if keep else found
            for step, path in old:
                rp = path.resolve()
                if any(_related(rp, p) for p in protected):
                    continue
                plan.append({"job_id": i, "project_id": j.project_id, "step": step, "path": str(path), "bytes": dir_size(path)})
    return plan


def plan_blobs(kernel: Any, session: Any, *, min_age_hours: float) -> list[dict[str, Any]]:
    items, missing = storage_items(kernel, session)
    if missing:
        raise Conflict(f"cannot tell which blobs are needed: {', '.join(missing)} is not installed; "
                       "install it (or leave the blobs alone)")
    blobs = _blobs(kernel)
    if blobs is None:
        raise Conflict("this artifact store cannot list its blobs; unreferenced blobs cannot be found")
    referenced = {d for it in items for d in it.get("blobs") or []}
    cutoff = time.time() - min_age_hours * 3600
    return [{"digest": d, "bytes": size} for d, (size, mtime) in sorted(blobs.items())
            if d not in referenced and mtime < cutoff]


def execute(kernel: Any, checkpoints: list[dict[str, Any]], blobs: list[dict[str, Any]]) -> dict[str, Any]:
    freed = 0
    removed = 0
    for c in checkpoints:
        p = Path(c["path"])
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
            freed += c["bytes"]
            removed += 1
    for b in blobs:
        kernel.artifacts.delete(b["digest"])
        freed += b["bytes"]
        removed += 1
    return {"removed": removed, "freed_bytes": freed}
