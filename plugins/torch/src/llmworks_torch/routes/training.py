"""``/api/training``: fine-tuning jobs (validated before queueing), their live metrics, presets."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Query, Request, Response
from llmworks_sdk import Conflict, Invalid, NotFound, jobs
from llmworks_sdk.kernel import JobRecord
from llmworks_sdk.pagination import Page, Paging, paginate, paginate_list
from llmworks_sdk.resources import ResourceRequest
from llmworks_sdk.scheduling import TimeWindow
from llmworks_sdk.schemas import ApiModel, JobOut, Timestamp, unvalidated_json
from llmworks_sdk.services import ModelRegistry, require_service
from llmworks_sdk.training import parse_trainer_config
from llmworks_sdk.web import DB, Auth, KernelDep, audit, load_in_project
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


class TrainingMethodOut(ApiModel):
    name: str = Field(..., examples=["lora"])
    description: str
    available: bool
    reason: str | None = Field(..., description="Why the method cannot run here")
    config_schema: dict[str, Any] = Field(..., description="JSON schema of the method's configuration")


class TrainingMethodsOut(ApiModel):
    methods: list[TrainingMethodOut]
    config_schema: dict[str, Any] = Field(..., description="JSON schema of the torch trainers' shared configuration")


class TrainingValidation(ApiModel):
    valid: bool
    errors: list[dict[str, Any]] = Field(..., description="Field errors (loc, msg) that would refuse the job")
    method: str
    config: dict[str, Any] = Field(..., description="The configuration with every default filled in")


class TrainingJobOut(JobOut):
    """A queued job plus the training row: model, data, method, configuration, progress and result."""

    name: str
    base_model: str
    method: str
    dataset_version_id: int | None
    config: dict[str, Any]
    run_id: str | None = Field(..., description="The tracking run of this job")
    model_version_id: int | None = Field(..., description="The model version it registered (succeeded jobs)")
    step: int
    total_steps: int | None
    latest_metrics: dict[str, Any]
    latest_eval: dict[str, Any]
    last_checkpoint_step: int | None


class TrainingJobDetail(TrainingJobOut):
    log_tail: list[str] = Field(..., description="The last lines of the job log")


class TrainingMetricsOut(ApiModel):
    job_id: int
    last_step: int = Field(..., description="Pass as after_step to poll for newer points")
    series: dict[str, list[list[int | float]]] = Field(..., description="metric -> [[step, value], ...]")


class PresetOut(ApiModel):
    id: int
    project_id: int
    name: str
    description: str
    config: dict[str, Any]
    created_by: int | None
    created_at: Timestamp
    updated_at: Timestamp


DEFAULT_METHOD = "lora"
MAX_INLINE_ROWS = 20_000

_EXAMPLE_CONFIG = {"method": "lora", "max_steps": 50, "batch_size": 8, "learning_rate": 0.001, "lora_r": 8}


def _aware(dt: datetime | None) -> datetime | None:
    return dt.replace(tzinfo=UTC) if dt is not None and dt.tzinfo is None else dt


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
    method: str | None = Field(
        None,
        min_length=1,
        max_length=16,
        examples=["lora"],
        description="A registered trainer (GET /api/training/methods); default: config.method, else 'lora'.",
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
        description="The trainer's configuration fields (GET /api/training/methods gives each method's schema).",
    )
    priority: int = Field(0, ge=-100, le=100)
    not_before: datetime | None = Field(None, description="Do not start before this time (ISO 8601; UTC when no offset)")
    windows: list[TimeWindow] = Field(default_factory=list, max_length=32,
                                      description="Recurring windows the job may start in, e.g. weekdays 22:00-06:00 in a time zone")
    resources: ResourceRequest = Field(default_factory=ResourceRequest, description="GPUs (count, type), CPU and memory it needs")

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


def trainer_named(k: Any, method: str, field: tuple[str, ...]) -> Any:
    trainer = k.registry.trainers.get(method)
    if trainer is None:
        installed = ", ".join(sorted(k.registry.trainers)) or "none"
        raise Invalid(
            f"no trainer '{method}' is installed; installed: {installed}",
            errors=[{"loc": list(field), "msg": f"unknown method '{method}'; use one of: {installed}", "type": "value_error"}],
        )
    missing = [a for a in ("config_model", "validate", "run") if not hasattr(trainer, a)]
    if missing:
        raise Invalid(
            f"the trainer '{method}' lacks {', '.join(missing)} (it was written for an older llmworks_sdk): "
            "upgrade or uninstall its plugin",
            field=field,
        )
    return trainer


def method_of(data: dict[str, Any], method: str | None = None) -> str:
    value = method or data.get("method") or DEFAULT_METHOD
    if not isinstance(value, str):
        raise Invalid("method must be a trainer name", field=("body", "config", "method"))
    return value


def parse_config(trainer: Any, data: dict[str, Any]) -> Any:
    """``data`` parsed with the trainer's ``config_model``; a 422 naming the offending fields."""
    try:
        return parse_trainer_config(trainer, data)
    except ValueError as exc:
        raise Invalid("the training configuration is invalid", errors=_config_errors(exc)) from exc


def validate_request(k: Any, db: Any, auth: Any, body: TrainingJobIn) -> tuple[str, Any, str, list[dict[str, Any]]]:
    """(method, config, base model name, field errors) of a training request."""
    registry = require_service(k, ModelRegistry)

    data: dict[str, Any] = {}
    if body.preset_id is not None:
        preset = db.get(TrainingPreset, body.preset_id)
        if preset is None or preset.project_id != body.project_id:
            raise Invalid(f"preset {body.preset_id} is not a preset of project {body.project_id}", field=("body", "preset_id"))
        data.update(preset.config)
    data.update(body.config)
    method = method_of(data, body.method)
    if body.method and data.get("method") not in (None, body.method):
        raise Invalid(
            f"method '{body.method}' and config.method '{data['method']}' differ; give one",
            field=("body", "config", "method"),
        )
    trainer = trainer_named(k, method, ("body", "method") if body.method else ("body", "config", "method"))
    config = parse_config(trainer, data)
    base = body.base_model.removeprefix("base:")
    errors: list[dict[str, Any]] = []
    try:
        folder, owner = registry.base_model_folder(db, base, principal=auth, project_id=body.project_id)
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
            check = getattr(trainer, "row_problem", row_problem)  # trainers with their own row shape (dpo, reward)
            bad = [(i, p) for i, row in enumerate(rows) if (p := check(row))]
            errors += [{"loc": ["body", field, i], "msg": p, "type": "value_error"} for i, p in bad[:20]]
    if folder is not None:
        dataset_field = "rows" if body.rows is not None else "dataset_version_id"
        for e in trainer.validate(config, folder, columns):
            errors.append({**e, "loc": ["body", dataset_field]} if e["loc"] == ["body", "dataset"] else e)
    return method, config, base, errors


def training_job_out(job: JobRecord, row: TrainingJob | None, *, log_tail: list[str] | None = None) -> dict[str, Any]:
    out = jobs.view(job)
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


def _load(db: Any, auth: Any, job_id: int, minimum: str = "viewer") -> tuple[JobRecord, TrainingJob]:
    row = db.get(TrainingJob, job_id)
    job = jobs.get(db, job_id)
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


@router.get("/methods", response_model=TrainingMethodsOut, summary="Training methods (registered trainers) and their configuration schemas")
def training_methods(auth: Auth, k: KernelDep) -> dict[str, Any]:
    methods = []
    for name, trainer in sorted(k.registry.trainers.items()):
        ok, reason = trainer.available() if hasattr(trainer, "available") else (True, "")
        model = getattr(trainer, "config_model", None)
        if model is None or not hasattr(trainer, "run"):
            ok, reason = False, "this trainer was written for an older llmworks_sdk (no config_model/run): upgrade its plugin"
        methods.append(
            {
                "name": name,
                "description": getattr(trainer, "description", ""),
                "available": ok,
                "reason": reason,
                "config_schema": model.model_json_schema() if model is not None else {},
            }
        )
    # config_schema: the torch trainers' (full, LoRA, QLoRA) shared schema, which the fine-tuning form renders
    return {"methods": methods, "config_schema": TrainingConfig.model_json_schema()}


class ModelExportFormatOut(ApiModel):
    name: str = Field(..., examples=["merged"], description="What GET /api/models/custom/{id}/export?format= takes")
    description: str
    media_type: str | None = None


@router.get("/export-formats", response_model=Page[ModelExportFormatOut],
            summary="Export formats of model versions (every registered export target)")
def export_formats(auth: Auth, k: KernelDep, paging: Paging) -> dict[str, Any]:
    """Every export format the installed plugins register (``register_export_targets``): what the
    model page's export dialog offers (``GET /api/models/custom/{id}/export?format=<name>``)."""
    items = [{"name": name, "description": getattr(t, "description", "") or "", "media_type": getattr(t, "media_type", None)}
             for name, t in sorted(k.registry.all("export_targets").items())]
    return paginate_list(items, paging)


@router.post("/validate", response_model=TrainingValidation, summary="Check a training request without queueing it")
def validate_training_job(body: TrainingJobIn, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "annotator")
    method, config, _, errors = validate_request(k, db, auth, body)
    return {"valid": not errors, "errors": errors, "method": method, "config": config.model_dump()}


@router.post("/jobs", status_code=201, response_model=TrainingJobOut, summary="Queue a fine-tuning job (422 with field errors when it cannot run)")
def create_training_job(body: TrainingJobIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "annotator")
    method, config, base, errors = validate_request(k, db, auth, body)
    if errors:
        raise Invalid("the training job cannot run as configured: fix the fields listed", errors=errors)
    name = body.name or f"{base}-{method}"
    payload = {
        "name": name,
        "base_model": base,
        "method": method,
        "dataset_version_id": body.dataset_version_id,
        "config": config.model_dump(),
    }
    if body.rows is not None:
        payload.update(rows=body.rows, validation_rows=body.validation_rows)
    job = k.queue.enqueue(
        TRAIN_KIND,
        payload,
        project_id=body.project_id,
        user_id=auth.user_id,
        title=f"{method.upper()} fine-tune of {base}: {name}",
        priority=body.priority,
        not_before=_aware(body.not_before),
        windows=[w.model_dump() for w in body.windows],
        resources=body.resources.as_job_resources(),
        session=db,
    )
    row = TrainingJob(
        job_id=job.id,
        project_id=body.project_id,
        name=name,
        base_model=base,
        dataset_version_id=body.dataset_version_id,
        method=method,
        config=config.model_dump(),
        total_steps=getattr(config, "max_steps", None),
    )
    db.add(row)
    audit(db, request, "training.job_created", principal=auth, project_id=body.project_id, target_kind="job", target_id=job.id)
    db.flush()
    return training_job_out(job, row)


@router.get("/jobs", response_model=Page[TrainingJobOut], summary="List training jobs")
def list_training_jobs(db: DB, auth: Auth, paging: Paging, project_id: int | None = Query(None, ge=1)) -> dict[str, Any]:
    q = visible(select(TrainingJob).order_by(TrainingJob.job_id.desc()), TrainingJob.project_id, db, auth, project_id)
    return paginate(db, q, paging, lambda row: training_job_out(jobs.get(db, row.job_id), row))


@router.get("/jobs/{job_id}", response_model=TrainingJobDetail, summary="A training job: status, progress, ETA, latest metrics and log tail")
def get_training_job(job_id: int, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    job, row = _load(db, auth, job_id)
    return training_job_out(job, row, log_tail=_log_tail(k, job_id))


@router.get("/jobs/{job_id}/metrics", response_model=None, responses={200: {"model": TrainingMetricsOut}}, summary="Step metrics of a training job (poll with after_step for live charts)")
def training_job_metrics(
    job_id: int,
    db: DB,
    auth: Auth,
    after_step: int = Query(0, ge=0),
    keys: str | None = Query(None, max_length=500, description="Comma-separated metric names"),
    limit: int = Query(5000, ge=1, le=100_000),
) -> Any:
    _load(db, auth, job_id)
    q = select(TrainingMetric).where(TrainingMetric.job_id == job_id, TrainingMetric.step > after_step)
    if keys:
        q = q.where(TrainingMetric.key.in_([x.strip() for x in keys.split(",") if x.strip()]))
    rows = db.scalars(q.order_by(TrainingMetric.step, TrainingMetric.id).limit(limit)).all()
    series: dict[str, list[list[float]]] = {}
    for m in rows:
        series.setdefault(m.key, []).append([m.step, m.value])
    last = rows[-1].step if rows else after_step
    return unvalidated_json(TrainingMetricsOut, {"job_id": job_id, "last_step": last, "series": series})  # polled live


@router.post("/jobs/{job_id}/cancel", response_model=TrainingJobOut, summary="Cancel a training job (its last checkpoint is kept for resume)")
def cancel_training_job(job_id: int, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    _load(db, auth, job_id, "annotator")
    db.commit()
    k.queue.cancel(job_id, user_id=auth.user_id)
    audit(db, request, "job.cancel", principal=auth, target_kind="job", target_id=job_id)
    db.expire_all()
    job, row = _load(db, auth, job_id)
    return training_job_out(job, row)


@router.post("/jobs/{job_id}/resume", response_model=TrainingJobOut, summary="Resume a cancelled or failed training job from its newest checkpoint")
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
    return load_in_project(db, auth, TrainingPreset, preset_id, minimum, what="preset")


def _preset_config(k: Any, data: dict[str, Any]) -> dict[str, Any]:
    parse_config(trainer_named(k, method_of(data), ("body", "config", "method")), data)  # 422 with the offending fields
    return data


def _flush_unique(db: Any, name: str) -> None:
    try:
        db.flush()
    except IntegrityError as exc:
        db.rollback()
        raise Conflict(f"a preset named '{name}' already exists in this project; choose another name") from exc


@router.get("/presets", response_model=Page[PresetOut], summary="List training presets")
def list_presets(db: DB, auth: Auth, paging: Paging, project_id: int = Query(..., ge=1)) -> dict[str, Any]:
    auth.require_project(project_id)
    q = select(TrainingPreset).where(TrainingPreset.project_id == project_id).order_by(TrainingPreset.name)
    return paginate(db, q, paging, preset_out)


@router.post("/presets", status_code=201, response_model=PresetOut, summary="Create a training preset")
def create_preset(body: PresetIn, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "annotator")
    p = TrainingPreset(
        project_id=body.project_id,
        name=body.name,
        description=body.description,
        config=_preset_config(k, body.config),
        created_by=auth.user_id,
    )
    db.add(p)
    _flush_unique(db, body.name)
    return preset_out(p)


@router.get("/presets/{preset_id}", response_model=PresetOut, summary="Get a training preset")
def get_preset(preset_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return preset_out(_preset(db, auth, preset_id))


@router.patch("/presets/{preset_id}", response_model=PresetOut, summary="Update a training preset")
def update_preset(preset_id: int, body: PresetPatch, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    p = _preset(db, auth, preset_id, "annotator")
    if body.name is not None:
        p.name = body.name
    if body.description is not None:
        p.description = body.description
    if body.config is not None:
        p.config = _preset_config(k, body.config)
    _flush_unique(db, p.name)
    return preset_out(p)


@router.delete("/presets/{preset_id}", status_code=204, response_class=Response, summary="Delete a training preset")
def delete_preset(preset_id: int, db: DB, auth: Auth) -> Response:
    db.delete(_preset(db, auth, preset_id, "annotator"))
    return Response(status_code=204)
