"""Disk usage and cleanup."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from llmworks_sdk import Forbidden, Invalid
from llmworks_sdk.schemas import ApiModel
from llmworks_sdk.web import DB, Auth, KernelDep, audit
from pydantic import BaseModel, Field

from llmworks_resources import disk
from llmworks_resources.routes.common import visible

router = APIRouter(tags=["resources"])


class DiskItem(ApiModel):
    kind: str = Field(..., examples=["dataset_version", "model_version", "base_model", "run"])
    id: int | str
    project_id: int | None
    name: str
    bytes: int


class JobFolder(ApiModel):
    job_id: int
    project_id: int | None
    kind: str | None
    state: str
    title: str
    path: str
    bytes: int
    checkpoints: int
    checkpoint_bytes: int


class BlobsOut(ApiModel):
    count: int
    bytes: int


class FilesystemOut(ApiModel):
    total: int
    used: int
    free: int


class DiskOut(ApiModel):
    items: list[DiskItem]
    job_folders: list[JobFolder]
    per_project: dict[str, int] = Field(..., description="Project id ('shared': no project) -> bytes")
    areas: dict[str, int] | None = Field(None, description="Data folder areas -> bytes (administrators)")
    total_bytes: int | None = None
    unreferenced_blobs: BlobsOut | None = Field(None, description="Blobs nothing references (administrators)")
    disk: FilesystemOut | None = Field(None, description="The data folder's filesystem")


class CleanupIn(BaseModel):
    checkpoints: bool = Field(True, description="Delete old checkpoints of finished jobs")
    keep_last: int = Field(1, ge=0, le=100, description="Checkpoints kept per job (jobs that did not succeed keep at least one)")
    blobs: bool = Field(False, description="Delete blobs nothing references (administrators)")
    min_age_hours: float = Field(24.0, ge=1.0, le=24 * 365, description="Only blobs older than this")
    project_id: int | None = Field(None, ge=1, description="Only this project's job folders")
    dry_run: bool = Field(True, description="Only list what would go")


class CheckpointPlanOut(ApiModel):
    job_id: int
    project_id: int | None
    step: int
    path: str
    bytes: int


class BlobPlanOut(ApiModel):
    digest: str
    bytes: int


class CleanupOut(ApiModel):
    dry_run: bool
    checkpoints: list[CheckpointPlanOut] = Field(..., description="Checkpoints deleted (or that would be)")
    blobs: list[BlobPlanOut] = Field(..., description="Blobs deleted (or that would be)")
    removed: int
    freed_bytes: int
    would_free_bytes: int


@router.get("/disk", response_model=DiskOut, summary="Disk usage per dataset version, model, job folder, project and in total")
def disk_usage(db: DB, auth: Auth, k: KernelDep, project_id: int | None = Query(None, ge=1)) -> dict[str, Any]:
    ids = visible(auth, db)
    if project_id is not None:
        auth.require_project(project_id)
        ids = {project_id}
    return disk.usage(k, db, ids)


@router.post("/disk/cleanup", response_model=CleanupOut,
             summary="Delete old checkpoints and unreferenced blobs (never what a model version, dataset version, run or running job needs)")
def cleanup(body: CleanupIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    if body.project_id is not None:
        auth.require_project(body.project_id, "maintainer")
        scope: set[int] | None = {body.project_id}
    elif auth.is_admin:
        scope = None
    else:
        ids = auth.project_ids(db) or []
        scope = {p for p in ids if auth.role_in(p) == "maintainer"}
        if not scope:
            raise Forbidden("cleaning up needs the maintainer role in a project (or pass project_id)")
    if body.blobs and not auth.is_admin:
        raise Forbidden("only administrators delete unreferenced blobs: they are shared by all projects")
    if not body.checkpoints and not body.blobs:
        raise Invalid("choose checkpoints, blobs or both", field=("body", "checkpoints"))
    ckpts = disk.plan_checkpoints(k, db, keep_last=body.keep_last, project_ids=scope) if body.checkpoints else []
    blobs = disk.plan_blobs(k, db, min_age_hours=body.min_age_hours) if body.blobs else []
    would = sum(c["bytes"] for c in ckpts) + sum(b["bytes"] for b in blobs)
    done = {"removed": 0, "freed_bytes": 0}
    if not body.dry_run:
        if blobs:  # references may have appeared since the plan: ask again right before deleting
            again = {b["digest"] for b in disk.plan_blobs(k, db, min_age_hours=body.min_age_hours)}
            blobs = [b for b in blobs if b["digest"] in again]
        done = disk.execute(k, ckpts, blobs)
        audit(db, request, "resources.cleanup", principal=auth, project_id=body.project_id,
              removed=done["removed"], freed_bytes=done["freed_bytes"])
    return {"dry_run": body.dry_run, "checkpoints": ckpts, "blobs": blobs, "would_free_bytes": would, **done}
