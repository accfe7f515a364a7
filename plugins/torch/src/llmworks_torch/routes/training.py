"""``/api/training``: fine-tuning jobs (validated before queueing), their live metrics, presets."""

from __future__ import annotations

import os
from typing import Any

from fastapi import APIRouter, Query, Request, Response
from llmworks.api.pagination import Paging, paginate
from llmworks.auth.deps import DB, Auth, KernelDep, audit
from llmworks.db.models import Job
from llmworks.jobs import job_to_dict
from llmworks_sdk import Conflict, Invalid, NotFound
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from llmworks_torch import integrations
from llmworks_torch.formatting import row_problem
from llmworks_torch.jobs import TRAIN_KIND
from llmworks_torch.routes.common import visible
from llmworks_torch.tables import TrainingJob, TrainingMetric, TrainingPreset
from llmworks_torch.training_config import TrainingConfig

router = APIRouter(tags=["training"])
#: server switch that lets requests set ``allow_cpu_qlora`` (tests, demos on machines without CUDA)
ALLOW_CPU_QLORA = "LLMWORKS_TORCH_ALLOW_CPU_QLORA"
MAX_INLINE_ROWS = 20_000

_EXAMPLE_CONFIG = {"method": "lora", "max_steps": 50, "batch_size": 8, "learning_rate": 0.001, "lora_r": 8}


class TrainingJobIn(BaseModel):
    project_id: int = Field(..., ge=1)
    name: str | None = Field(None, max_length=255, description="Name of the resulting model version.")
    base_model: str = Field(
        ...,
        min_length=1,
        max_length=255,
        examples=["llmworks-demo-tiny"],
        description="A base model name from GET /api/models/available ('base:' prefix optional).",
    )
    dataset_version_id: int | None = Field(None, ge=1, description="A dataset version (datasets plugin).")
    rows: list[dict[str, Any]] | None = Field(
        None, max_length=MAX_INLINE_ROWS, description="Inline training rows instead of a dataset version."
    )
    validation_rows: list[dict[str, Any]] | None = Field(None, max_length=MAX_INLINE_ROWS)
    preset_id: int | None = Field(None, ge=1, description="Start from a preset; 'config' overrides its fields.")
    config: dict[str, Any] = Field(
        default_factory=dict,
        examples=[_EXAMPLE_CONFIG],
        description="TrainingConfig fields (GET /api/training/methods gives the schema).",
    )
    priority: int = Field(0, ge=-100, le=100)

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "project_id": 1,
                    "base_model": "llmworks-demo-tiny",
                    "rows": [{"prompt": "What colour is the sky?", "completion": " Blue."}],
                    "config": _EXAMPLE_CONFIG,
                }
            ]
        }
    }


class PresetIn(BaseModel):
    project_id: int = Field(..., ge=1)
    name: str = Field(..., min_length=1, max_length=128, examples=["quick LoRA"])
    description: str = Field("", max_length=4000)
    config: dict[str, Any] = Field(default_factory=dict, examples=[_EXAMPLE_CONFIG])


class PresetPatch(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=128)
    description: str | None = Field(None, max_length=4000)
    config: dict[str, Any] | None = None


def _config_errors(exc: Exception) -> list[dict[str, Any]]:
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        return [{"loc": ["body", "config", *map(str, e["loc"])], "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
    return [{"loc": ["body", "config"], "msg": str(exc), "type": "value_error"}]


def parse_config(data: dict[str, Any]) -> TrainingConfig:
    try:
        return TrainingConfig.model_validate(data)
    except ValueError as exc:
        raise Invalid("the training configuration is invalid", errors=_config_errors(exc)) from exc


def validate_request(k: Any, db: Any, auth: Any, body: TrainingJobIn) -> tuple[TrainingConfig, str, list[dict[str, Any]]]:
    """(config, base model name, field errors) of a training request."""
    from llmworks_torch.models import base_model_folder

    data: dict[str, Any] = {}
    if body.preset_id is not None:
        preset = db.get(TrainingPreset, body.preset_id)
        if preset is None or preset.project_id != body.project_id:
            raise Invalid(f"preset {body.preset_id} is not a preset of project {body.project_id}", field=("body", "preset_id"))
        data.update(preset.config)
    data.update(body.config)
    config = parse_config(data)
    base = body.base_model.removeprefix("base:")
    errors: list[dict[str, Any]] = []
    if config.allow_cpu_qlora and os.environ.get(ALLOW_CPU_QLORA) != "1":
        errors.append(
            {
                "loc": ["body", "config", "allow_cpu_qlora"],
                "type": "value_error",
                "msg": f"QLoRA on the CPU is for tests only; the server allows it when {ALLOW_CPU_QLORA}=1",
            }
        )
    trainer = k.registry.trainers.get(config.method)
    if trainer is None:
        errors.append(
            {
                "loc": ["body", "config", "method"],
                "msg": f"no trainer '{config.method}' is installed; installed: "
                f"{', '.join(sorted(k.registry.trainers)) or 'none'}",
                "type": "value_error",
            }
        )
    try:
        folder, owner = base_model_folder(k, db, base)
        if owner is not None:
            auth.require_project(owner, "viewer", what="base model")
    except (LookupError, FileNotFoundError) as exc:
        folder = None
        errors.append({"loc": ["body", "base_model"], "msg": str(exc), "type": "value_error"})
    if (body.dataset_version_id is None) == (body.rows is None):
        errors.append(
            {
                "loc": ["body", "dataset_version_id"],
                "msg": "give exactly one of dataset_version_id or rows",
                "type": "value_error",
            }
        )
        columns = None
    elif body.dataset_version_id is not None:
        columns, ds_project = integrations.dataset_columns(db, body.dataset_version_id)
        if ds_project is not None and ds_project != body.project_id:
            auth.require_project(ds_project, "viewer", what="dataset version")
    else:
        columns = integrations.columns_of(body.rows or [])
        if not body.rows:
            errors.append({"loc": ["body", "rows"], "msg": "no training rows", "type": "value_error"})
        for field, rows in (("rows", body.rows or []), ("validation_rows", body.validation_rows or [])):
            bad = [(i, p) for i, row in enumerate(rows) if (p := row_problem(row))]
            errors += [{"loc": ["body", field, i], "msg": p, "type": "value_error"} for i, p in bad[:20]]
    if trainer is not None and folder is not None:
        dataset_field = "rows" if body.rows is not None else "dataset_version_id"
        for e in trainer.validate(config, folder, columns):
            errors.append({**e, "loc": ["body", dataset_field]} if e["loc"] == ["body", "dataset"] else e)
    return config, base, errors


def training_job_out(job: Job, row: TrainingJob | None, *, log_tail: list[str] | None = None) -> dict[str, Any]:
    out = job_to_dict(job)
    if row is not None:
        out.update(
            {
                "name": row.name,
                "base_model": row.base_model,
                "method": row.method,
                "dataset_version_id": row.dataset_version_id,
                "config": row.config,
                "run_id": row.run_id,
                "model_version_id": row.model_version_id,
                "step": row.step,
                "total_steps": row.total_steps,
                "latest_metrics": row.latest_metrics,
                "latest_eval": row.latest_eval,
                "last_checkpoint_step": row.last_checkpoint_step,
            }
        )
    out["payload"] = {k: v for k, v in (job.payload or {}).items() if k not in ("rows", "validation_rows")}
    if log_tail is not None:
        out["log_tail"] = log_tail
    return out


def _load(db: Any, auth: Any, job_id: int, minimum: str = "viewer") -> tuple[Job, TrainingJob]:
    row = db.get(TrainingJob, job_id)
    job = db.get(Job, job_id)
    if row is None or job is None:
        raise NotFound(f"training job {job_id} not found")
    auth.require_project(row.project_id, minimum, what="training job")
    return job, row


def _log_tail(k: Any, job_id: int, lines: int = 20) -> list[str]:
    path = k.settings.jobs_dir / str(job_id) / "job.log"
    if not path.exists():
        return []
    with open(path, "rb") as fh:
        size = path.stat().st_size
        fh.seek(max(0, size - 200 * lines))
        return fh.read().decode("utf-8", "replace").splitlines()[-lines:]


@router.get("/methods", summary="Training methods and the configuration schema")
def training_methods(auth: Auth, k: KernelDep) -> dict[str, Any]:
    from llmworks_torch.training_config import qlora_available

    ok, reason = qlora_available()
    methods = [
        {"name": n, "description": t.description, "available": (ok, reason) if n == "qlora" else (True, "")}
        for n, t in sorted(k.registry.trainers.items())
    ]
    for m in methods:
        m["available"], m["reason"] = m["available"]
    return {"methods": methods, "config_schema": TrainingConfig.model_json_schema()}


@router.post("/validate", summary="Check a training request without queueing it")
def validate_training_job(body: TrainingJobIn, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "annotator")
    config, _, errors = validate_request(k, db, auth, body)
    return {"valid": not errors, "errors": errors, "config": config.model_dump()}


@router.post("/jobs", status_code=201, summary="Queue a fine-tuning job (422 with field errors when it cannot run)")
def create_training_job(body: TrainingJobIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "annotator")
    config, base, errors = validate_request(k, db, auth, body)
    if errors:
        raise Invalid("the training job cannot run as configured: fix the fields listed", errors=errors)
    name = body.name or f"{base}-{config.method}"
    payload = {"name": name, "base_model": base, "dataset_version_id": body.dataset_version_id, "config": config.model_dump()}
    if body.rows is not None:
        payload.update(rows=body.rows, validation_rows=body.validation_rows)
    job = k.queue.enqueue(
        TRAIN_KIND,
        payload,
        project_id=body.project_id,
        user_id=auth.user_id,
        title=f"{config.method.upper()} fine-tune of {base}: {name}",
        priority=body.priority,
        session=db,
    )
    row = TrainingJob(
        job_id=job.id,
        project_id=body.project_id,
        name=name,
        base_model=base,
        dataset_version_id=body.dataset_version_id,
        method=config.method,
        config=config.model_dump(),
        total_steps=config.max_steps,
    )
    db.add(row)
    audit(db, request, "training.job_created", principal=auth, project_id=body.project_id, target_kind="job", target_id=job.id)
    db.flush()
    return training_job_out(job, row)


@router.get("/jobs", summary="List training jobs")
def list_training_jobs(db: DB, auth: Auth, paging: Paging, project_id: int | None = Query(None, ge=1)) -> dict[str, Any]:
    q = visible(select(TrainingJob).order_by(TrainingJob.job_id.desc()), TrainingJob.project_id, db, auth, project_id)
    return paginate(db, q, paging, lambda row: training_job_out(db.get(Job, row.job_id), row))


@router.get("/jobs/{job_id}", summary="A training job: status, progress, ETA, latest metrics and log tail")
def get_training_job(job_id: int, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    job, row = _load(db, auth, job_id)
    return training_job_out(job, row, log_tail=_log_tail(k, job_id))


@router.get("/jobs/{job_id}/metrics", summary="Step metrics of a training job (poll with after_step for live charts)")
def training_job_metrics(
    job_id: int,
    db: DB,
    auth: Auth,
    after_step: int = Query(0, ge=0),
    keys: str | None = Query(None, max_length=500, description="Comma-separated metric names"),
    limit: int = Query(5000, ge=1, le=100_000),
) -> dict[str, Any]:
    _load(db, auth, job_id)
    q = select(TrainingMetric).where(TrainingMetric.job_id == job_id, TrainingMetric.step > after_step)
    if keys:
        q = q.where(TrainingMetric.key.in_([x.strip() for x in keys.split(",") if x.strip()]))
    rows = db.scalars(q.order_by(TrainingMetric.step, TrainingMetric.id).limit(limit)).all()
    series: dict[str, list[list[float]]] = {}
    for m in rows:
        series.setdefault(m.key, []).append([m.step, m.value])
    return {"job_id": job_id, "last_step": rows[-1].step if rows else after_step, "series": series}


@router.post("/jobs/{job_id}/cancel", summary="Cancel a training job (its last checkpoint is kept for resume)")
def cancel_training_job(job_id: int, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    _load(db, auth, job_id, "annotator")
    db.commit()
    k.queue.cancel(job_id, user_id=auth.user_id)
    audit(db, request, "job.cancel", principal=auth, target_kind="job", target_id=job_id)
    db.expire_all()
    job, row = _load(db, auth, job_id)
    return training_job_out(job, row)


@router.post("/jobs/{job_id}/resume", summary="Resume a cancelled or failed training job from its newest checkpoint")
def resume_training_job(job_id: int, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    _load(db, auth, job_id, "annotator")
    db.commit()
    k.queue.requeue(job_id, user_id=auth.user_id, payload_update={"resume": True})
    audit(db, request, "job.resume", principal=auth, target_kind="job", target_id=job_id)
    db.expire_all()
    job, row = _load(db, auth, job_id)
    return training_job_out(job, row)


# -- presets ----------------------------------------------------------------------------------


def preset_out(p: TrainingPreset) -> dict[str, Any]:
    return {
        "id": p.id,
        "project_id": p.project_id,
        "name": p.name,
        "description": p.description,
        "config": p.config,
        "created_by": p.created_by,
        "created_at": p.created_at.isoformat(),
        "updated_at": p.updated_at.isoformat(),
    }


def _preset(db: Any, auth: Any, preset_id: int, minimum: str = "viewer") -> TrainingPreset:
    p = db.get(TrainingPreset, preset_id)
    if p is None:
        raise NotFound(f"preset {preset_id} not found")
    auth.require_project(p.project_id, minimum, what="preset")
    return p


def _preset_config(data: dict[str, Any]) -> dict[str, Any]:
    parse_config(data)  # 422 with the offending fields
    return data


def _flush_unique(db: Any, name: str) -> None:
    try:
        db.flush()
    except IntegrityError as exc:
        db.rollback()
        raise Conflict(f"a preset named '{name}' already exists in this project; choose another name") from exc


@router.get("/presets", summary="List training presets")
def list_presets(db: DB, auth: Auth, paging: Paging, project_id: int = Query(..., ge=1)) -> dict[str, Any]:
    auth.require_project(project_id)
    q = select(TrainingPreset).where(TrainingPreset.project_id == project_id).order_by(TrainingPreset.name)
    return paginate(db, q, paging, preset_out)


@router.post("/presets", status_code=201, summary="Create a training preset")
def create_preset(body: PresetIn, db: DB, auth: Auth) -> dict[str, Any]:
    auth.require_project(body.project_id, "annotator")
    p = TrainingPreset(
        project_id=body.project_id,
        name=body.name,
        description=body.description,
        config=_preset_config(body.config),
        created_by=auth.user_id,
    )
    db.add(p)
    _flush_unique(db, body.name)
    return preset_out(p)


@router.get("/presets/{preset_id}", summary="Get a training preset")
def get_preset(preset_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return preset_out(_preset(db, auth, preset_id))


@router.patch("/presets/{preset_id}", summary="Update a training preset")
def update_preset(preset_id: int, body: PresetPatch, db: DB, auth: Auth) -> dict[str, Any]:
    p = _preset(db, auth, preset_id, "annotator")
    if body.name is not None:
        p.name = body.name
    if body.description is not None:
        p.description = body.description
    if body.config is not None:
        p.config = _preset_config(body.config)
    _flush_unique(db, p.name)
    return preset_out(p)


@router.delete("/presets/{preset_id}", status_code=204, summary="Delete a training preset")
def delete_preset(preset_id: int, db: DB, auth: Auth) -> Response:
    db.delete(_preset(db, auth, preset_id, "annotator"))
    return Response(status_code=204)
