"""REST API under ``/api/plugins/clusters``: backends (admins), each project's backend, where
each job runs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from llmworks_sdk import Conflict, Invalid, NotFound, jobs
from llmworks_sdk.compute import BackendUnavailable
from llmworks_sdk.resources import ResourceRequest
from llmworks_sdk.schemas import ApiModel, DeletedOut
from llmworks_sdk.web import DB, Admin, Auth, KernelDep, audit
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from llmworks_clusters.routing import configured_names, parse_options, registered, resolve
from llmworks_clusters.tables import ClusterBackend, ProjectBackend, Submission

router = APIRouter(tags=["clusters"])
NAME = r"^[a-z0-9][a-z0-9_.-]*$"


# ---------------------------------------------------------------- models
class ComputeBackendKindOut(ApiModel):
    name: str = Field(..., examples=["slurm"])
    description: str
    pulls: bool = Field(..., description="True: this installation's workers claim the jobs (no submission)")
    options_schema: dict[str, Any] = Field(..., description="JSON schema of the options an admin sets")


class ComputeBackendOut(ApiModel):
    name: str = Field(..., examples=["gpu-partition"])
    backend: str = Field(..., examples=["slurm"])
    description: str
    enabled: bool
    builtin: bool = Field(..., description="local and celery: always there, nothing to configure")
    options: dict[str, Any] | None = Field(None, description="Only administrators see the options")
    updated_at: datetime | None = None


class ComputeBackendsOut(ApiModel):
    kinds: list[ComputeBackendKindOut]
    backends: list[ComputeBackendOut]


class ComputeBackendIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(..., min_length=1, max_length=64, pattern=NAME, examples=["gpu-partition"])
    backend: str = Field(..., min_length=1, max_length=64, examples=["slurm"])
    description: str = Field("", max_length=2000)
    options: dict[str, Any] = Field(default_factory=dict)
    enabled: bool = True


class ComputeBackendUpdateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str | None = Field(None, max_length=2000)
    options: dict[str, Any] | None = None
    enabled: bool | None = None


class BackendCheckOut(ApiModel):
    ok: bool
    message: str


class ProjectBackendIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    backend: str | None = Field(None, max_length=64, pattern=NAME, description="A configured backend; null: this "
                                "installation's workers")


class ProjectBackendOut(ApiModel):
    project_id: int
    backend: str | None
    available: list[str] = Field(..., description="Backends the project may pick")


class SubmissionOut(ApiModel):
    attempt: int
    backend: str = Field(..., description="The configured backend name")
    kind: str = Field(..., description="Its kind (slurm, kubernetes)")
    native_id: str | None = Field(None, description="The scheduler's id: Slurm job id, Kubernetes Job name")
    state: str = Field(..., description="submitting, unreachable, pending, running, done, lost, cancelled, rejected")
    native_state: str
    message: str
    submitted_at: datetime | None
    updated_at: datetime


class JobPlacementOut(ApiModel):
    job_id: int
    backend: str | None = Field(None, description="None: this installation's workers")
    native_id: str | None = None
    status: str = Field(..., description="What the backend says now, e.g. 'waiting in slurm: PENDING (Priority)'")
    submissions: list[SubmissionOut]


class NativeLogOut(ApiModel):
    native_id: str | None
    text: str


# ---------------------------------------------------------------- helpers
def _row_out(row: ClusterBackend, admin: bool) -> dict[str, Any]:
    return {"name": row.name, "backend": row.backend, "description": row.description, "enabled": row.enabled,
            "builtin": False, "options": dict(row.options) if admin else None, "updated_at": row.updated_at}


def _get(db: Any, name: str) -> ClusterBackend:
    row = db.scalar(select(ClusterBackend).where(ClusterBackend.name == name))
    if row is None:
        raise NotFound(f"compute backend '{name}' is not configured")
    return row


def _sub_out(r: Submission) -> dict[str, Any]:
    return {"attempt": r.attempt, "backend": r.backend_name, "kind": r.backend, "native_id": r.native_id, "state": r.state,
            "native_state": r.native_state, "message": r.message, "submitted_at": r.submitted_at, "updated_at": r.updated_at}


# ---------------------------------------------------------------- backends
@router.get("/backends", response_model=ComputeBackendsOut, summary="Compute backends: kinds installed and backends configured")
def list_backends(db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    kinds = [{"name": n, "description": b.description, "pulls": b.pulls, "options_schema": b.options_model.model_json_schema()}
             for n, b in sorted(registered(k).items())]
    builtin = [{"name": n, "backend": n, "description": b.description, "enabled": True, "builtin": True,
                "options": {} if auth.is_admin else None, "updated_at": None}
               for n, b in sorted(registered(k).items()) if b.pulls]
    rows = [_row_out(r, auth.is_admin) for r in db.scalars(select(ClusterBackend).order_by(ClusterBackend.name))]
    return {"kinds": kinds, "backends": builtin + rows}


@router.post("/backends", response_model=ComputeBackendOut, status_code=201, summary="Configure a compute backend (admins)")
def create_backend(body: ComputeBackendIn, request: Request, db: DB, admin: Admin, k: KernelDep) -> dict[str, Any]:
    kinds = registered(k)
    kind = kinds.get(body.backend)
    if kind is None:
        raise Invalid(f"no compute backend of kind '{body.backend}' is installed (installed: {', '.join(sorted(kinds))})",
                      field=("body", "backend"))
    if kind.pulls:
        raise Invalid(f"'{body.backend}' is built in and needs no configuration", field=("body", "backend"))
    if body.name in kinds and kinds[body.name].pulls:
        raise Conflict(f"'{body.name}' is the name of a built-in backend")
    if db.scalar(select(ClusterBackend).where(ClusterBackend.name == body.name)) is not None:
        raise Conflict(f"compute backend '{body.name}' exists already")
    options = parse_options(kind, body.options)
    row = ClusterBackend(name=body.name, backend=body.backend, description=body.description,
                         options=options.model_dump(mode="json", exclude_unset=True), enabled=body.enabled)
    db.add(row)
    db.flush()
    audit(db, request, "clusters.backend.create", principal=admin, target_kind="compute_backend", target_id=row.id,
          name=row.name, backend=row.backend)
    return _row_out(row, True)


@router.patch("/backends/{name}", response_model=ComputeBackendOut, summary="Change a compute backend (admins)")
def update_backend(name: str, body: ComputeBackendUpdateIn, request: Request, db: DB, admin: Admin, k: KernelDep) -> dict[str, Any]:
    row = _get(db, name)
    if body.options is not None:
        kind = registered(k).get(row.backend)
        if kind is None:
            raise Invalid(f"no compute backend of kind '{row.backend}' is installed", field=("body", "options"))
        row.options = parse_options(kind, body.options).model_dump(mode="json", exclude_unset=True)
    if body.description is not None:
        row.description = body.description
    if body.enabled is not None:
        row.enabled = body.enabled
    db.flush()
    audit(db, request, "clusters.backend.update", principal=admin, target_kind="compute_backend", target_id=row.id, name=name)
    return _row_out(row, True)


@router.delete("/backends/{name}", response_model=DeletedOut, summary="Remove a compute backend (admins)")
def delete_backend(name: str, request: Request, db: DB, admin: Admin) -> dict[str, Any]:
    row = _get(db, name)
    users = db.scalars(select(ProjectBackend.project_id).where(ProjectBackend.backend_name == name)).all()
    if users:
        raise Conflict(f"projects {', '.join(map(str, users))} run their jobs on '{name}': pick another backend for them first")
    waiting = [j.id for j in jobs.queued(db) if j.backend == name] + [j.id for j in jobs.running(db) if j.backend == name]
    if waiting:
        raise Conflict(f"jobs {', '.join(map(str, waiting[:10]))} are queued or running on '{name}'")
    row_id = row.id
    db.delete(row)
    audit(db, request, "clusters.backend.delete", principal=admin, target_kind="compute_backend", target_id=row_id, name=name)
    return {"deleted": row_id}


@router.post("/backends/{name}/check", response_model=BackendCheckOut,
             summary="Ask a backend whether it can run a resource request (Slurm: sbatch --test-only)")
def check_backend(name: str, body: ResourceRequest, db: DB, auth: Auth) -> dict[str, Any]:
    backend, options, _ = resolve(db, name)
    try:
        backend.check(body, options)
    except BackendUnavailable as exc:
        return {"ok": False, "message": str(exc)}
    return {"ok": True, "message": f"{name} can run this request"}


# ---------------------------------------------------------------- projects
@router.get("/projects/{project_id}/backend", response_model=ProjectBackendOut, summary="The backend a project's jobs run on")
def get_project_backend(project_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    auth.require_project(project_id)
    row = db.get(ProjectBackend, project_id)
    return {"project_id": project_id, "backend": row.backend_name if row else None, "available": configured_names(db)}


@router.put("/projects/{project_id}/backend", response_model=ProjectBackendOut, summary="Pick the backend of a project's jobs")
def set_project_backend(project_id: int, body: ProjectBackendIn, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    auth.require_project(project_id, "maintainer")
    if body.backend is not None:
        try:
            resolve(db, body.backend)
        except Invalid as exc:
            raise Invalid(str(exc), field=("body", "backend")) from exc
    row = db.get(ProjectBackend, project_id)
    if row is None:
        row = ProjectBackend(project_id=project_id)
        db.add(row)
    row.backend_name, row.updated_by = body.backend, auth.user_id
    db.flush()
    audit(db, request, "clusters.project_backend", principal=auth, project_id=project_id, target_kind="project",
          target_id=project_id, backend=body.backend)
    return {"project_id": project_id, "backend": body.backend, "available": configured_names(db)}


# ---------------------------------------------------------------- jobs
def _job(db: Any, auth: Any, job_id: int) -> Any:
    job = jobs.get(db, job_id)
    if job is None:
        raise NotFound(f"job {job_id} not found")
    auth.require_project(job.project_id, what="job")
    return job


@router.get("/jobs/{job_id}", response_model=JobPlacementOut, summary="Where a job runs: backend, native id, scheduler status")
def job_placement(job_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    job = _job(db, auth, job_id)
    subs = list(db.scalars(select(Submission).where(Submission.job_id == job_id).order_by(Submission.attempt)))
    latest = subs[-1] if subs else None
    native = (job.assignment or {}).get("native_id") or (latest.native_id if latest else None)
    if job.backend is None or not subs:
        status = {"queued": "waiting for a worker", "running": f"running on {job.worker_id}"}.get(job.state, job.state)
        if job.backend not in (None, "local", "celery") and job.state == "queued":
            status = f"waiting to be submitted to {job.backend}"
    else:
        status = latest.message if latest is not None else job.state
    return {"job_id": job_id, "backend": job.backend, "native_id": native, "status": status,
            "submissions": [_sub_out(s) for s in subs]}


@router.get("/jobs/{job_id}/native-log", response_model=NativeLogOut,
            summary="The end of the scheduler's own output for a job (Slurm's slurm-<id>.out)")
def native_log(job_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    job = _job(db, auth, job_id)
    sub = db.scalar(select(Submission).where(Submission.job_id == job_id, Submission.native_id.is_not(None))
                    .order_by(Submission.attempt.desc()))
    if sub is None:
        return {"native_id": None, "text": ""}
    backend, options, _ = resolve(db, sub.backend_name)
    try:
        text = backend.logs(sub.native_id, options)
    except BackendUnavailable as exc:
        text = str(exc)
    del job
    return {"native_id": sub.native_id, "text": text}
