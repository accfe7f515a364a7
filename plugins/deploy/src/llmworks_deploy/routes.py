"""``/api/plugins/deploy``: deployment targets, deployments (deploy, redeploy, rollback, stop,
health, events, live logs) and, in :mod:`llmworks_deploy.adapter_routes`, the adapter manager."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, StreamingResponse
from llmworks_sdk import Conflict, Invalid, NotFound
from llmworks_sdk.pagination import Page, Paging, paginate
from llmworks_sdk.release import check_release
from llmworks_sdk.schemas import ApiModel, Timestamp, file_response, sse_response
from llmworks_sdk.web import DB, Auth, KernelDep, audit, load_in_project, scope_to_projects
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from llmworks_deploy import service
from llmworks_deploy.tables import ACTIVE, Deployment, DeploymentEvent, DeploymentRevision

router = APIRouter(tags=["deploy"])
NAME = r"^[a-z0-9][a-z0-9-]{0,62}$"
MAX_LOG_BYTES = 256 * 1024


class DeployTargetOut(ApiModel):
    name: str
    description: str
    long_running: bool
    available: bool
    reason: str
    settings_schema: dict[str, Any] | None


class DeploymentRevisionOut(ApiModel):
    number: int
    model: str
    adapters: list[int]
    settings: dict[str, Any]
    reason: str
    rollback_of: int | None
    state: str = Field(description=(
        "pending, building, starting, running, completed, failed, stopped, or replaced: it went live and the newer "
        "revision `replaced_by` went live in its place at `replaced_at`; only the current revision runs"))
    message: str
    job_id: int | None
    outputs: dict[str, Any]
    replaced_by: int | None
    replaced_at: Timestamp | None
    created_at: Timestamp


class DeploymentOut(ApiModel):
    id: int
    project_id: int
    name: str
    target: str
    state: str
    message: str
    revision: int
    model: str | None
    adapters: list[int]
    outputs: dict[str, Any]
    health: dict[str, Any]
    restarts: int
    created_at: Timestamp
    updated_at: Timestamp


class DeploymentDetail(DeploymentOut):
    revisions: list[DeploymentRevisionOut]
    rollback_to: int | None = Field(description=(
        "The revision that POST /rollback would deploy again (the newest earlier one that ran and serves "
        "something else); null when a rollback would be refused"))


class DeploymentEventOut(ApiModel):
    id: int
    revision: int | None
    type: str
    message: str
    data: dict[str, Any]
    ts: Timestamp


class DeploymentLogOut(ApiModel):
    text: str
    offset: int
    next_offset: int
    size: int


class DeploymentHealthOut(ApiModel):
    model_config = ConfigDict(extra="allow")
    ok: bool
    detail: str | None = None


class DeployIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    project_id: int = Field(..., ge=1)
    name: str = Field(..., pattern=NAME, description="Unique in the project: lowercase letters, digits and '-'")
    target: str = Field(..., min_length=1, max_length=64)
    model: str = Field(..., min_length=1, max_length=255, description="custom:<id> or base:<name>")
    adapters: list[int] = Field(default_factory=list, max_length=16, description="Uploaded adapter ids to attach")
    settings: dict[str, Any] = Field(default_factory=dict)
    release_override: str | None = Field(None, max_length=4000, description=(
        "Administrators: deploy the model although the project's release gate refuses it; the reason is recorded."))


class RedeployIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    model: str | None = Field(None, min_length=1, max_length=255)
    adapters: list[int] | None = Field(None, max_length=16)
    settings: dict[str, Any] | None = None
    release_override: str | None = Field(None, max_length=4000, description=(
        "Administrators: deploy the model although the project's release gate refuses it; the reason is recorded."))


def _iso(value: Any) -> str:
    return value.isoformat()


def rev_out(r: DeploymentRevision) -> dict[str, Any]:
    return {
        "number": r.number,
        "model": r.model,
        "adapters": list(r.adapters or []),
        "settings": r.settings or {},
        "reason": r.reason,
        "rollback_of": r.rollback_of,
        "state": r.state,
        "message": r.message or "",
        "job_id": r.job_id,
        "outputs": r.outputs or {},
        "replaced_by": r.replaced_by,
        "replaced_at": _iso(r.replaced_at) if r.replaced_at else None,
        "created_at": _iso(r.created_at),
    }


def dep_out(db: Any, d: Deployment) -> dict[str, Any]:
    rev = service.current_revision(db, d)
    return {
        "id": d.id,
        "project_id": d.project_id,
        "name": d.name,
        "target": d.target,
        "state": d.state,
        "message": d.message or "",
        "revision": d.revision,
        "model": rev.model if rev else None,
        "adapters": list(rev.adapters or []) if rev else [],
        "outputs": d.outputs or {},
        "health": d.health or {},
        "restarts": d.restarts,
        "created_at": _iso(d.created_at),
        "updated_at": _iso(d.updated_at),
    }


def _load(db: Any, auth: Any, k: Any, deployment_id: int, minimum: str = "viewer") -> Deployment:
    dep = load_in_project(db, auth, Deployment, deployment_id, minimum, what="deployment")
    service.sync(k, db, dep)
    return dep


# ------------------------------------------------------------------ targets
@router.get("/targets", response_model=list[DeployTargetOut])
def list_targets(auth: Auth, k: KernelDep) -> list[dict[str, Any]]:
    out = []
    for name, t in sorted(k.registry.all("deploy_targets").items()):
        ok, why = t.available()
        model = getattr(t, "settings_model", None)
        out.append(
            {
                "name": name,
                "description": t.description,
                "long_running": bool(t.long_running),
                "available": ok,
                "reason": why,
                "settings_schema": model.model_json_schema() if model is not None else None,
            }
        )
    return out


# ------------------------------------------------------------------ deployments
@router.post("/deployments", status_code=201, response_model=DeploymentDetail)
def create_deployment(body: DeployIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "maintainer")
    service.get_target(k, body.target)
    if db.scalar(select(Deployment.id).where(Deployment.project_id == body.project_id, Deployment.name == body.name)):
        raise Conflict(f"a deployment named '{body.name}' already exists in this project: redeploy it or pick another name")
    check_release(k, db, auth, project_id=body.project_id, model=body.model, target=f"deployment:{body.name}",
                  override_reason=body.release_override)
    dep = Deployment(
        project_id=body.project_id,
        name=body.name,
        target=body.target,
        state="pending",
        message="",
        revision=0,
        outputs={},
        health={},
        restarts=0,
        events_offset=0,
        created_by=auth.user_id,
    )
    db.add(dep)
    db.flush()
    service.new_revision(
        k,
        db,
        dep,
        model=body.model,
        adapters=body.adapters,
        settings=body.settings,
        reason="deploy",
        user_id=auth.user_id,
        principal=auth,
    )
    audit(
        db,
        request,
        "deploy.created",
        principal=auth,
        project_id=dep.project_id,
        target_kind="deployment",
        target_id=dep.id,
        target=body.target,
        model=body.model,
    )
    return _detail(db, dep)


def _detail(db: Any, dep: Deployment) -> dict[str, Any]:
    revs = db.scalars(
        select(DeploymentRevision).where(DeploymentRevision.deployment_id == dep.id).order_by(DeploymentRevision.number.desc())
    ).all()
    src = service.rollback_candidate(db, dep)
    return {**dep_out(db, dep), "revisions": [rev_out(r) for r in revs], "rollback_to": src.number if src else None}


@router.get("/deployments", response_model=Page[DeploymentOut])
def list_deployments(
    db: DB,
    auth: Auth,
    k: KernelDep,
    paging: Paging,
    project_id: int | None = None,
    state: str | None = Query(None, max_length=16),
) -> dict[str, Any]:
    q = scope_to_projects(select(Deployment), auth, Deployment.project_id, project_id).order_by(Deployment.id.desc())
    if state:
        q = q.where(Deployment.state == state)

    def mapper(d: Deployment) -> dict[str, Any]:
        service.sync(k, db, d)
        return dep_out(db, d)

    return paginate(db, q, paging, mapper)


@router.get("/deployments/{deployment_id}", response_model=DeploymentDetail)
def get_deployment(deployment_id: int, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    return _detail(db, _load(db, auth, k, deployment_id))


@router.post("/deployments/{deployment_id}/redeploy", status_code=202, response_model=DeploymentDetail)
def redeploy(deployment_id: int, body: RedeployIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    dep = _load(db, auth, k, deployment_id, "maintainer")
    cur = service.current_revision(db, dep)
    if cur is None:
        raise Invalid("this deployment has no revision to start from")
    if body.model is not None and body.model != cur.model:
        check_release(k, db, auth, project_id=dep.project_id, model=body.model, target=f"deployment:{dep.name}",
                      override_reason=body.release_override)
    service.new_revision(
        k,
        db,
        dep,
        model=body.model or cur.model,
        adapters=body.adapters if body.adapters is not None else list(cur.adapters or []),
        settings=body.settings if body.settings is not None else dict(cur.settings or {}),
        reason="redeploy",
        user_id=auth.user_id,
        principal=auth,
    )
    audit(
        db,
        request,
        "deploy.redeployed",
        principal=auth,
        project_id=dep.project_id,
        target_kind="deployment",
        target_id=dep.id,
        revision=dep.revision,
    )
    return _detail(db, dep)


@router.post("/deployments/{deployment_id}/rollback", status_code=202, response_model=DeploymentDetail)
def rollback(deployment_id: int, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    """Deploy again what the previous revision (that ran) served: a new revision, same settings."""
    dep = _load(db, auth, k, deployment_id, "maintainer")
    src = service.rollback_source(db, dep)
    current = dep.revision
    service.new_revision(
        k,
        db,
        dep,
        model=src.model,
        adapters=list(src.adapters or []),
        settings=dict(src.settings or {}),
        reason="rollback",
        user_id=auth.user_id,
        rollback_of=src.number,
        principal=auth,
    )
    service.record_event(
        k,
        db,
        dep,
        "deployment.rollback",
        f"rolling back from revision {current} to what revision {src.number} served ({src.model})",
        {"from": current, "to": src.number},
        user_id=auth.user_id,
    )
    audit(
        db,
        request,
        "deploy.rolled_back",
        principal=auth,
        project_id=dep.project_id,
        target_kind="deployment",
        target_id=dep.id,
        to_revision=src.number,
    )
    return _detail(db, dep)


@router.post("/deployments/{deployment_id}/stop", response_model=DeploymentDetail)
def stop(deployment_id: int, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    dep = _load(db, auth, k, deployment_id, "maintainer")
    if dep.state not in ACTIVE:
        raise Conflict(f"deployment '{dep.name}' is {dep.state}, not running")
    service.stop_deployment(k, db, dep)
    audit(db, request, "deploy.stopped", principal=auth, project_id=dep.project_id, target_kind="deployment", target_id=dep.id)
    return _detail(db, dep)


@router.get("/deployments/{deployment_id}/health", response_model=DeploymentHealthOut)
def deployment_health(deployment_id: int, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    dep = _load(db, auth, k, deployment_id)
    return service.health(k, db, dep)


@router.get("/deployments/{deployment_id}/events", response_model=Page[DeploymentEventOut])
def deployment_events(
    deployment_id: int,
    db: DB,
    auth: Auth,
    k: KernelDep,
    paging: Paging,
    after: int = Query(0, ge=0, description="Only events with a greater id"),
) -> dict[str, Any]:
    dep = _load(db, auth, k, deployment_id)
    q = (
        select(DeploymentEvent)
        .where(DeploymentEvent.deployment_id == dep.id, DeploymentEvent.id > after)
        .order_by(DeploymentEvent.id)
    )
    return paginate(
        db,
        q,
        paging,
        lambda e: {
            "id": e.id,
            "revision": e.revision,
            "type": e.type,
            "message": e.message,
            "data": e.data or {},
            "ts": _iso(e.ts),
        },
    )


def _read_log(k: Any, dep_id: int, offset: int, limit: int) -> dict[str, Any]:
    path = service.deployments_root(k) / str(dep_id) / "deployment.log"
    size = path.stat().st_size if path.is_file() else 0
    if offset > size:
        offset = 0  # the log was replaced: start again
    data = b""
    if size:
        with open(path, "rb") as f:
            f.seek(offset)
            data = f.read(limit)
    return {"text": data.decode("utf-8", "replace"), "offset": offset, "next_offset": offset + len(data), "size": size}


@router.get("/deployments/{deployment_id}/logs", response_model=DeploymentLogOut)
def deployment_logs(
    deployment_id: int,
    db: DB,
    auth: Auth,
    k: KernelDep,
    offset: int = Query(0, ge=0),
    max_bytes: int = Query(64 * 1024, ge=1, le=MAX_LOG_BYTES),
    tail: bool = Query(False, description="Start at the last `max_bytes` bytes"),
) -> dict[str, Any]:
    dep = _load(db, auth, k, deployment_id)
    if tail:
        path = service.deployments_root(k) / str(dep.id) / "deployment.log"
        size = path.stat().st_size if path.is_file() else 0
        offset = max(0, size - max_bytes)
    return _read_log(k, dep.id, offset, max_bytes)


@router.get(
    "/deployments/{deployment_id}/logs/stream",
    response_class=StreamingResponse,
    responses=sse_response("The deployment's log lines as they are written",
                           example='event: log\ndata: {"text": "...", "next_offset": 120}\n\n'),
)
async def stream_logs(
    deployment_id: int,
    request: Request,
    db: DB,
    auth: Auth,
    k: KernelDep,
    offset: int = Query(0, ge=0),
    max_seconds: float = Query(300, gt=0, le=3600),
) -> StreamingResponse:
    """Server-Sent Events ``log`` (``{"text", "next_offset"}``) as the log grows, for ``max_seconds``."""
    import json
    import time

    dep = _load(db, auth, k, deployment_id)
    dep_id = dep.id
    db.commit()

    project = dep.project_id
    recheck_s = float(getattr(k.settings, "stream_recheck_seconds", 5.0) or 5.0)

    def still_allowed() -> str | None:
        """None while the caller may still read this deployment, else why the stream closes."""
        from llmworks_sdk import LlmworksError

        with k.session() as s:
            try:
                p = k.authenticate(request, s)
            except LlmworksError:
                return "the session or API key was revoked or has expired: log in again"
            if not p.is_admin and p.role_in(project) is None:
                return "you are no longer a member of this project"
        return None

    async def gen() -> Any:
        pos = offset
        end = time.monotonic() + max_seconds
        checked = time.monotonic()
        while time.monotonic() < end:
            if await request.is_disconnected():
                return
            if time.monotonic() - checked >= recheck_s:
                checked = time.monotonic()
                why = await asyncio.to_thread(still_allowed)
                if why is not None:
                    problem = {"type": "about:blank", "title": "Forbidden", "status": 403, "detail": why}
                    yield f"event: error\ndata: {json.dumps(problem)}\n\n"
                    return
            chunk = await asyncio.to_thread(_read_log, k, dep_id, pos, 64 * 1024)
            if chunk["text"]:
                pos = chunk["next_offset"]
                yield f"event: log\ndata: {json.dumps({'text': chunk['text'], 'next_offset': pos})}\n\n"
            else:
                yield ": keep-alive\n\n"
                await asyncio.sleep(min(0.5, recheck_s))
        yield "event: end\ndata: {}\n\n"

    return StreamingResponse(gen(), media_type="text/event-stream")


def _include_adapter_routes() -> None:
    from llmworks_deploy.adapter_routes import router as adapter_router
    from llmworks_deploy.secret_routes import router as secret_router

    router.include_router(adapter_router)
    router.include_router(secret_router)


_include_adapter_routes()


@router.get("/deployments/{deployment_id}/artifact", response_class=FileResponse,
            responses=file_response("application/gzip", "application/yaml"))
def deployment_artifact(deployment_id: int, db: DB, auth: Auth, k: KernelDep) -> FileResponse:
    """What the current revision produced: the Docker build context (tar.gz) or the manifests (YAML)."""
    dep = _load(db, auth, k, deployment_id)
    outputs = dep.outputs or {}
    if outputs.get("archive") and Path(outputs["archive"]).is_file():
        return FileResponse(outputs["archive"], media_type="application/gzip",
                            filename=f"{dep.name}-rev{dep.revision}-docker-context.tar.gz")
    if outputs.get("manifests") and Path(outputs["manifests"]).is_file():
        return FileResponse(outputs["manifests"], media_type="application/yaml",
                            filename=f"{dep.name}-rev{dep.revision}-manifests.yaml")
    raise NotFound(f"deployment '{dep.name}' has no downloadable artifact (target {dep.target}, state {dep.state})")
