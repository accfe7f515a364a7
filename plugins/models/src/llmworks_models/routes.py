"""``/api/models``: base models (available, register, upload) and custom model versions
(list, get). Evaluating and exporting a version are the torch plugin's routes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Query, Request
from llmworks_sdk import Conflict, Invalid, PayloadTooLarge
from llmworks_sdk.model_folders import inspect_model, is_adapter_folder, is_model_folder
from llmworks_sdk.pagination import Page, Paging, paginate, paginate_list
from llmworks_sdk.schemas import ApiModel, Timestamp
from llmworks_sdk.services import EvaluationService, get_service
from llmworks_sdk.web import DB, Admin, Auth, KernelDep, audit, load_in_project, scope_to_projects
from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy import select

from llmworks_models.registry import available_models, shared_model_exists, uploads_root, version_to_dict
from llmworks_models.tables import BaseModelRow, ModelVersion

router = APIRouter(tags=["models"])
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}(/[A-Za-z0-9][A-Za-z0-9._-]{0,127})?$")


class BaseModelOut(ApiModel):
    """A base model: where it comes from and what llmworks read from its files (without loading it)."""

    model_config = ConfigDict(extra="allow")

    id: int | None = Field(None, description="The registration (null: found in the models folder or the HF cache)")
    name: str
    ref: str = Field(..., examples=["base:llmworks-demo-tiny"], description="What training and inference requests name")
    source: str = Field(..., description="folder, hub, upload, demo or hf-cache")
    path: str | None
    hub_id: str | None
    project_id: int | None = Field(None, description="Only this project sees it; null: every project")
    ready: bool | None = Field(None, description="The files are present")
    is_adapter: bool | None = None
    base_model: str | None = None
    architecture: str | None = None
    model_type: str | None = None
    parameters: int | None = None
    parameters_source: str | None = None
    context_length: int | None = None
    size_bytes: int | None = None
    license: str | None = None
    has_tokenizer: bool | None = None
    torch_dtype: str | None = None
    adapter: dict[str, Any] | None = None
    error: str | None = Field(None, description="Why the folder could not be read")
    status: str | None = Field(None, description="The demo model before it is ready: 'building' or 'not built'")
    detail: str | None = Field(None, description="What 'status' means for the user")


class ModelVersionOut(ApiModel):
    """A custom model version (the result of a training job)."""

    id: int
    ref: str = Field(..., examples=["custom:3"])
    project_id: int
    name: str
    base_model: str
    method: str
    kind: str = Field(..., description="adapter or full")
    job_id: int | None
    run_id: str | None
    dataset_version_id: int | None
    config: dict[str, Any]
    metrics: dict[str, Any]
    created_by: int | None
    created_at: Timestamp


class ModelVersionDetail(ModelVersionOut):
    evaluations: list[dict[str, Any]] = Field(..., description="Its latest evaluations (tracking plugin), newest first")


class RegisterModelIn(BaseModel):
    name: str | None = Field(None, max_length=255, examples=["my-gpt2"], description="Defaults to the folder name or hub id.")
    path: str | None = Field(None, max_length=4096, description="A model folder on the server.")
    hub_id: str | None = Field(
        None, max_length=255, examples=["gpt2"], description="A Hugging Face hub id (loaded from the local cache)."
    )
    project_id: int | None = Field(None, ge=1, description="Only this project sees it; null: every project.")

    @model_validator(mode="after")
    def _one_source(self) -> RegisterModelIn:
        if (self.path is None) == (self.hub_id is None):
            raise ValueError("give exactly one of path or hub_id")
        return self


def base_row_out(row: BaseModelRow, *, show_path: bool = False) -> dict[str, Any]:
    """A registered base model; its server ``path`` only for administrators (``show_path``)."""
    return {
        "id": row.id,
        "name": row.name,
        "ref": f"base:{row.name}",
        "source": row.source,
        "path": row.path if show_path else None,
        "hub_id": row.hub_id,
        "project_id": row.project_id,
        **row.info,
    }


def _register_row(
    db: Any, auth: Any, *, name: str, source: str, path: str | None, hub_id: str | None, project_id: int | None
) -> BaseModelRow:
    if not NAME.match(name):
        raise Invalid(
            "a model name is letters, digits, '.', '_', '-' (and one '/'), at most 128 characters each part",
            field=("body", "name"),
        )
    if db.scalar(select(BaseModelRow).where(BaseModelRow.name == name)) is not None:
        raise Conflict(f"a base model named '{name}' is already registered; choose another name")
    info = inspect_model(path).model_dump(exclude={"name", "path", "source"}) if path else {}
    row = BaseModelRow(
        name=name, source=source, path=path, hub_id=hub_id, project_id=project_id, info=info, created_by=auth.user_id
    )
    db.add(row)
    db.flush()
    return row


@router.get("/available", response_model=Page[BaseModelOut], summary="Base models: registered, in the models folder and in the local Hugging Face cache")
def list_available_models(db: DB, auth: Auth, k: KernelDep, paging: Paging) -> dict[str, Any]:
    items = available_models(k, db, auth.project_ids(db))
    if not auth.is_admin:  # server paths are for administrators (who register folders), not for every user
        items = [{**m, "path": None, **({"error": "the model folder cannot be read (an administrator sees why)"}
                                       if m.get("error") else {})} for m in items]
    return paginate_list(items, paging)


@router.post(
    "/available", status_code=201, response_model=BaseModelOut, summary="Register a server folder or a cached hub id as a base model (administrators)"
)
def register_model(body: RegisterModelIn, request: Request, db: DB, auth: Admin, k: KernelDep) -> dict[str, Any]:
    if body.path is not None:
        folder = Path(body.path).expanduser()
        if "\x00" in body.path or not folder.is_absolute() or not folder.is_dir() or not is_model_folder(folder):
            raise Invalid("path must be an absolute folder on the server holding config.json", field=("body", "path"))
        if is_adapter_folder(folder):
            raise Invalid("this folder is a PEFT adapter, not a base model", field=("body", "path"))
        row = _register_row(
            db,
            auth,
            name=body.name or folder.name,
            source="folder",
            path=str(folder.resolve()),
            hub_id=None,
            project_id=body.project_id,
        )
    else:
        row = _register_row(
            db, auth, name=body.name or body.hub_id, source="hub", path=None, hub_id=body.hub_id, project_id=body.project_id
        )
    audit(db, request, "model.registered", principal=auth, project_id=body.project_id, target_kind="base_model", target_id=row.id)
    return base_row_out(row, show_path=True)


@router.post("/available/upload", status_code=201, response_model=BaseModelOut,
             summary="Upload a base model as a tar.gz or zip archive (maintainers)",
             openapi_extra={"requestBody": {"required": True, "description": "A .tar.gz or .zip archive of the model folder",
                                            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
async def upload_model(
    request: Request,
    db: DB,
    auth: Auth,
    k: KernelDep,
    name: str = Query(..., min_length=1, max_length=255),
    project_id: int = Query(..., ge=1),
) -> dict[str, Any]:
    from starlette.concurrency import run_in_threadpool

    from llmworks_models.uploads import UnsafeArchive, model_root, safe_extract

    auth.require_project(project_id, "maintainer")
    if not NAME.match(name):
        raise Invalid("a model name is letters, digits, '.', '_', '-' (and one '/')", field=("query", "name"))
    if db.scalar(select(BaseModelRow).where(BaseModelRow.name == name)) is not None:
        raise Conflict(f"a base model named '{name}' is already registered; choose another name")
    if shared_model_exists(k, db, name):  # an upload never stands in for a model everyone uses
        raise Conflict(f"'{name}' is the name of a shared model; choose another name", field=("query", "name"))
    limit = k.settings.max_upload_bytes
    scratch = k.artifacts.scratch_dir("torch-upload-")
    archive = scratch / "archive"
    size = 0
    try:
        with open(archive, "wb") as fh:
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise PayloadTooLarge(f"the archive is larger than {limit} bytes")
                fh.write(chunk)
        if size == 0:
            raise Invalid("send the archive as the request body (application/gzip or application/zip)")
        try:
            extracted = await run_in_threadpool(safe_extract, archive, scratch / "x", max_bytes=4 * limit)
            root = model_root(extracted)
        except UnsafeArchive as exc:
            raise Invalid(f"the archive was refused: {exc}") from exc
        if is_adapter_folder(root):
            raise Invalid("the archive holds a PEFT adapter, not a base model")
        # outside the shared models folder: only the row (its project's) leads to it
        dest = uploads_root(k) / f"project-{project_id}" / name.replace("/", "__")
        if dest.exists():
            raise Conflict(f"an uploaded model folder for '{name}' already exists; choose another name")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(root), str(dest))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    row = _register_row(db, auth, name=name, source="upload", path=str(dest), hub_id=None, project_id=project_id)
    audit(
        db,
        request,
        "model.uploaded",
        principal=auth,
        project_id=project_id,
        target_kind="base_model",
        target_id=row.id,
        bytes=size,
    )
    return base_row_out(row)


# -- custom model versions -----------------------------------------------------------------------


def _version(db: Any, auth: Any, version_id: int, minimum: str = "viewer") -> ModelVersion:
    return load_in_project(db, auth, ModelVersion, version_id, minimum, what="model version")


@router.get("/custom", response_model=Page[ModelVersionOut], summary="List custom model versions")
def list_custom_models(db: DB, auth: Auth, paging: Paging, project_id: int | None = Query(None, ge=1)) -> dict[str, Any]:
    q = scope_to_projects(select(ModelVersion).order_by(ModelVersion.id.desc()), auth, ModelVersion.project_id, project_id, db=db)
    return paginate(db, q, paging, version_to_dict)


def _evaluations_of(db: Any, version_id: int) -> list[dict[str, Any]]:
    evaluations = get_service(db, EvaluationService)
    return evaluations.for_model(db, f"custom:{version_id}", limit=50) if evaluations is not None else []


@router.get("/custom/{version_id}", response_model=ModelVersionDetail, summary="Get a custom model version with its metrics and evaluations")
def get_custom_model(version_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return {**version_to_dict(_version(db, auth, version_id)), "evaluations": _evaluations_of(db, version_id)}
