"""``/api/plugins/deploy/adapters``: the adapter manager.

Upload a PEFT adapter archive (validated against its base), list adapters per base,
enable/disable (a disabled adapter is refused by routes and deployments: its model version is
disabled in the model registry), attach one to a running local deployment without reloading
its base, and compare base vs adapters as a job (:mod:`llmworks_deploy.compare`).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from llmworks_sdk import Conflict, Invalid, PayloadTooLarge
from llmworks_sdk.pagination import Page, Paging, paginate
from llmworks_sdk.schemas import ApiModel, Timestamp
from llmworks_sdk.services import ModelRegistry, require_service
from llmworks_sdk.web import DB, Auth, KernelDep, audit, load_in_project, scope_to_projects
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from llmworks_deploy import adapters as validation
from llmworks_deploy import service
from llmworks_deploy.compare import CompareIn
from llmworks_deploy.tables import Adapter, Deployment

router = APIRouter(tags=["deploy"])
NAME = r"^[a-z0-9][a-z0-9._-]{0,62}$"


class AdapterOut(ApiModel):
    id: int
    project_id: int
    name: str
    base_model: str
    base_hash: str
    digest: str
    rank: int
    target_modules: list[str]
    enabled: bool
    model_version_id: int | None
    model: str | None
    warnings: list[str]
    modules: int
    created_at: Timestamp


class AttachIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    deployment_id: int = Field(..., ge=1)


class AttachOut(ApiModel):
    deployment_id: int
    adapter_id: int
    served_as: str
    adapters: list[str]


class EnableIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    enabled: bool


def adapter_out(a: Adapter) -> dict[str, Any]:
    info = a.info or {}
    return {"id": a.id, "project_id": a.project_id, "name": a.name, "base_model": a.base_model, "base_hash": a.base_hash,
            "digest": a.digest, "rank": a.rank, "target_modules": list(a.target_modules or []), "enabled": a.enabled,
            "model_version_id": a.model_version_id, "model": f"custom:{a.model_version_id}" if a.model_version_id else None,
            "warnings": list(info.get("warnings") or []), "modules": int(info.get("modules") or 0),
            "created_at": a.created_at.isoformat()}


def adapters_root(k: Any) -> Path:
    return Path(k.settings.home) / "deploy-adapters"


@router.post("/adapters", status_code=201, response_model=AdapterOut,
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/zip": {"schema": {"type": "string", "format": "binary"}},
                 "application/gzip": {"schema": {"type": "string", "format": "binary"}}}}})
async def upload_adapter(
    request: Request, db: DB, auth: Auth, k: KernelDep,
    project_id: int = Query(..., ge=1),
    name: str = Query(..., pattern=NAME, description="Unique in the project"),
    base_model: str = Query(..., min_length=1, max_length=255, description="The base it was trained on: base:<name>"),
    base_hash: str | None = Query(None, pattern=r"^[0-9a-f]{64}$", description="Expected fingerprint of the base"),
) -> dict[str, Any]:
    """Upload a PEFT adapter archive (zip or tar.gz of adapter_config.json + adapter_model.safetensors)
    as the request body; it is checked and validated against ``base_model`` before it is kept."""
    from starlette.concurrency import run_in_threadpool

    auth.require_project(project_id, "maintainer")
    if db.scalar(select(Adapter.id).where(Adapter.project_id == project_id, Adapter.name == name)):
        raise Conflict(f"an adapter named '{name}' already exists in this project: choose another name",
                       field=("query", "name"))
    registry = require_service(k, ModelRegistry)
    base_name = base_model[5:] if base_model.startswith("base:") else base_model
    try:
        base_path, _owner = registry.base_model_folder(db, base_name, principal=auth, project_id=project_id)
    except (LookupError, FileNotFoundError, ValueError) as exc:
        raise Invalid(f"base model '{base_model}': {exc}", field=("query", "base_model")) from exc
    db.commit()  # no transaction held while the upload streams
    limit = min(validation.max_adapter_bytes(), int(k.settings.max_upload_bytes))
    scratch = k.artifacts.scratch_dir("deploy-adapter-")
    archive = scratch / "upload"
    size = 0
    try:
        with open(archive, "wb") as fh:
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise PayloadTooLarge(f"the archive is larger than {limit:,} bytes")
                fh.write(chunk)
        if size == 0:
            raise Invalid("send the adapter archive (zip or tar.gz) as the request body", field=("body", "file"))
        folder = await run_in_threadpool(validation.extract, archive, scratch / "adapter")
        report = await run_in_threadpool(validation.validate, folder, Path(base_path), base_name,
                                         expected_base_hash=base_hash)
        digest = validation.digest_of(folder)
        dest = validation.install(folder, adapters_root(k), digest)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    row = Adapter(project_id=project_id, name=name, base_model=base_name, base_path=str(base_path), base_hash=report.base_hash,
                  path=str(dest), digest=digest, rank=report.rank, target_modules=report.target_modules,
                  info={"warnings": report.warnings, "modules": report.modules, "peft": report.config, "bytes": size,
                        "declared_base": report.base_model_name}, enabled=True, created_by=auth.user_id)
    db.add(row)
    db.flush()
    version = registry.register_version(db, project_id=project_id, name=name, base_model=base_name, base_path=str(base_path),
                                        method="upload", kind="adapter", path=str(dest),
                                        config={"adapter_upload": row.id, "peft": report.config}, created_by=auth.user_id)
    row.model_version_id = version.id
    from llmworks_sdk.lineage import BASE_MODEL, MODEL_VERSION, add_edge

    add_edge(db, project_id, (BASE_MODEL, base_name), (MODEL_VERSION, version.id), "adapted")
    audit(db, request, "deploy.adapter_uploaded", principal=auth, project_id=project_id, target_kind="adapter",
          target_id=row.id, bytes=size, digest=digest)
    return adapter_out(row)


@router.get("/adapters", response_model=Page[AdapterOut])
def list_adapters(db: DB, auth: Auth, paging: Paging, project_id: int | None = None,
                  base_model: str | None = Query(None, max_length=255), enabled: bool | None = None) -> dict[str, Any]:
    q = scope_to_projects(select(Adapter), auth, Adapter.project_id, project_id).order_by(Adapter.base_model, Adapter.id)
    if base_model:
        q = q.where(Adapter.base_model == (base_model[5:] if base_model.startswith("base:") else base_model))
    if enabled is not None:
        q = q.where(Adapter.enabled == enabled)
    return paginate(db, q, paging, adapter_out)


@router.get("/adapters/{adapter_id}", response_model=AdapterOut)
def get_adapter(adapter_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return adapter_out(load_in_project(db, auth, Adapter, adapter_id, what="adapter"))


@router.patch("/adapters/{adapter_id}", response_model=AdapterOut)
def set_adapter_enabled(adapter_id: int, body: EnableIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    """Enable or disable an adapter: a disabled one is refused by routes, generation and deployments."""
    row = load_in_project(db, auth, Adapter, adapter_id, "maintainer", what="adapter")
    row.enabled = body.enabled
    if row.model_version_id is not None:
        require_service(k, ModelRegistry).set_enabled(db, row.model_version_id, body.enabled,
                                                      reason=f"adapter '{row.name}' was disabled in the adapter manager")
    audit(db, request, "deploy.adapter_enabled" if body.enabled else "deploy.adapter_disabled", principal=auth,
          project_id=row.project_id, target_kind="adapter", target_id=row.id)
    return adapter_out(row)


@router.post("/adapters/{adapter_id}/attach", response_model=AttachOut)
def attach_adapter(adapter_id: int, body: AttachIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    """Attach the adapter to a running local deployment's loaded base, without reloading it; it is
    then served as ``<deployment>:a<id>`` and kept across restarts of the serving process."""
    from llmworks_deploy.targets.local import attach_adapter as attach_live

    row = load_in_project(db, auth, Adapter, adapter_id, "maintainer", what="adapter")
    dep = load_in_project(db, auth, Deployment, body.deployment_id, "maintainer", what="deployment")
    if dep.project_id != row.project_id:
        raise Invalid("the adapter and the deployment are in different projects", field=("body", "deployment_id"))
    if not row.enabled:
        raise Invalid(f"adapter '{row.name}' is disabled: enable it first", field=("path", "adapter_id"))
    if dep.target != "local" or dep.state != "running":
        raise Conflict(f"deployment '{dep.name}' is a {dep.target} deployment in state {dep.state}: adapters attach to a "
                       "running local deployment")
    spec_path = Path((dep.outputs or {}).get("spec", ""))
    spec = json.loads(spec_path.read_text())
    if Path(spec["base_path"]).resolve() != Path(row.base_path).resolve():
        raise Invalid(f"adapter '{row.name}' was validated against '{row.base_model}', not the base this deployment "
                      "serves", field=("path", "adapter_id"))
    served = f"a{row.id}"
    out = attach_live(dep.outputs, served, Path(row.path))
    spec["adapters"] = {**spec.get("adapters", {}), served: row.path}  # restarts load it too
    from llmworks_deploy.serve import write_json

    write_json(spec_path, spec)
    service.record_event(k, db, dep, "deployment.adapter_attached", f"adapter '{row.name}' attached as {dep.name}:{served} "
                         "without reloading the base", {"adapter_id": row.id, "served_as": f"{dep.name}:{served}"},
                         user_id=auth.user_id)
    service.append_log(k, dep.id, f"[adapter manager] attached adapter {row.name} as {dep.name}:{served}")
    audit(db, request, "deploy.adapter_attached", principal=auth, project_id=dep.project_id, target_kind="deployment",
          target_id=dep.id, adapter_id=row.id)
    return {"deployment_id": dep.id, "adapter_id": row.id, "served_as": f"{dep.name}:{served}",
            "adapters": list(out.get("adapters") or [])}


# ------------------------------------------------------------------ compare
class CompareQueued(ApiModel):
    job_id: int
    candidates: list[str]
    backends: list[str]


class CompareRow(ApiModel):
    label: str
    adapter_id: int | None
    backend: str
    latency_ms_mean: float
    latency_ms_p50: float
    latency_ms_p95: float
    tokens_per_second: float
    samples: list[str]
    metrics: dict[str, float | None]
    unavailable: dict[str, str] = Field(default_factory=dict,
                                        description="Metrics this backend cannot give, with the reason (e.g. perplexity "
                                        "without token log-probabilities)")


class CompareReport(ApiModel):
    job_id: int
    state: str
    progress: str
    base_model: str | None = Field(..., description="The base model compared (none until the job has run)")
    prompts: list[str] = Field(..., description="The prompts every candidate answered (empty until the job has run)")
    metrics: list[str]
    results: list[CompareRow]


@router.post("/adapters/compare", status_code=202, response_model=CompareQueued)
def compare_adapters(spec: CompareIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    """Queue a comparison of the base and adapters (or two adapters): latency and tokens/s on the
    same prompts with each backend, quality on a dataset version with metrics; one report."""
    from llmworks_sdk import jobs
    from llmworks_sdk.services import DatasetService, MetricService
    auth.require_project(spec.project_id, "annotator")
    base_name = spec.base_model[5:] if spec.base_model.startswith("base:") else spec.base_model
    try:
        base_path, _ = require_service(k, ModelRegistry).base_model_folder(db, base_name, principal=auth,
                                                                          project_id=spec.project_id)
    except (LookupError, FileNotFoundError, ValueError) as exc:
        raise Invalid(f"base model '{spec.base_model}': {exc}", field=("body", "base_model")) from exc
    for i, c in enumerate(spec.candidates):
        if c.adapter_id is None:
            continue
        row = db.get(Adapter, c.adapter_id)
        if row is None or row.project_id != spec.project_id:
            raise Invalid(f"adapter {c.adapter_id} does not exist in this project", field=("body", "candidates", i, "adapter_id"))
        if not row.enabled:
            raise Invalid(f"adapter '{row.name}' is disabled", field=("body", "candidates", i, "adapter_id"))
        if Path(row.base_path).resolve() != Path(base_path).resolve():
            raise Invalid(f"adapter '{row.name}' belongs to base '{row.base_model}'", field=("body", "candidates", i, "adapter_id"))
    if len({c.label for c in spec.candidates}) != len(spec.candidates):
        raise Invalid("candidate labels must be distinct", field=("body", "candidates"))
    backends = k.registry.inference_backends
    for i, b in enumerate(spec.backends):
        if b not in backends:
            raise Invalid(f"unknown backend '{b}'; installed: {', '.join(sorted(backends))}", field=("body", "backends", i))
    if spec.metrics:
        if spec.dataset_version_id is None:
            raise Invalid("metrics need a dataset_version_id to score", field=("body", "dataset_version_id"))
        svc = require_service(k, MetricService)
        svc.resolve(svc.project_metrics(k, db, spec.project_id), spec.metrics)
    if spec.dataset_version_id is not None:
        version = require_service(k, DatasetService).get_version(db, spec.dataset_version_id, principal=auth)
        if version.project_id != spec.project_id:
            raise Invalid("the dataset version belongs to another project", field=("body", "dataset_version_id"))
    job = jobs.enqueue(k, "deploy.compare_adapters", {"spec": spec.model_dump(), "base_path": str(base_path)},
                       project_id=spec.project_id, user_id=auth.user_id,
                       title=f"compare {', '.join(c.label for c in spec.candidates)}", session=db)
    return {"job_id": job.id, "candidates": [c.label for c in spec.candidates], "backends": spec.backends}


def _compare_job(db: Any, auth: Any, job_id: int) -> Any:
    from llmworks_sdk import NotFound, jobs

    job = jobs.get(db, job_id)
    if job is None or job.kind != "deploy.compare_adapters" or job.project_id is None:
        raise NotFound(f"comparison {job_id} not found")
    if auth.role_in(job.project_id) is None and not auth.is_admin:
        raise NotFound(f"comparison {job_id} not found")
    return job


@router.get("/adapters/compare/{job_id}", response_model=CompareReport)
def compare_report(job_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    job = _compare_job(db, auth, job_id)
    result = job.result or {}
    progress = f"{job.progress_step or 0}/{job.progress_total or '?'} {job.progress_message or ''}".strip()
    return {"job_id": job.id, "state": job.state, "progress": progress, "base_model": result.get("base_model"),
            "prompts": result.get("prompts") or [], "metrics": result.get("metrics") or [],
            "results": result.get("results") or []}


@router.get("/adapters/compare/{job_id}/report", response_class=HTMLResponse,
            responses={200: {"description": "The report with its charts (SVG)", "content": {"text/html": {"schema": {"type": "string"}}}}})
def compare_report_html(job_id: int, db: DB, auth: Auth) -> HTMLResponse:
    from llmworks_deploy.compare import report_html

    job = _compare_job(db, auth, job_id)
    if job.state != "succeeded":
        raise Conflict(f"comparison {job_id} is {job.state}: the report exists once it succeeded")
    return HTMLResponse(report_html(job.result or {}))
