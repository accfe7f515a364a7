"""``/api/models``: base models (available, register, upload) and custom model versions
(list, get, evaluate, export)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse
from llmworks.api.pagination import Paging, paginate, paginate_list
from llmworks.auth.deps import DB, Admin, Auth, KernelDep, audit
from llmworks_sdk import Conflict, GenerationParams, Invalid, NotFound, PayloadTooLarge, Unavailable
from pydantic import BaseModel, Field, model_validator
from sqlalchemy import select

from llmworks_torch.model_info import inspect_model, is_adapter_folder, is_model_folder
from llmworks_torch.models import available_models, version_to_dict
from llmworks_torch.routes.common import visible
from llmworks_torch.tables import BaseModelRow, ModelVersion

router = APIRouter(tags=["models"])
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}(/[A-Za-z0-9][A-Za-z0-9._-]{0,127})?$")


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


class EvaluateIn(BaseModel):
    metrics: list[str] = Field(
        ["perplexity", "bleu", "rougeL"], min_length=1, max_length=20, description="Metric names (GET /api/metrics lists them)."
    )
    dataset_version_id: int | None = Field(None, ge=1, description="A dataset version (datasets plugin).")
    validation_split: bool = Field(True, description="With dataset_version_id: only its validation split.")
    rows: list[dict[str, Any]] | None = Field(
        None, max_length=1000, description="Inline rows (prompt/completion, messages or text)."
    )
    max_examples: int = Field(200, ge=1, le=5000)
    max_new_tokens: int = Field(32, ge=1, le=1024)

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "metrics": ["perplexity", "bleu"],
                    "rows": [{"prompt": "What colour is the sky?", "completion": " The sky is blue."}],
                }
            ]
        }
    }


def base_row_out(row: BaseModelRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "ref": f"base:{row.name}",
        "source": row.source,
        "path": row.path,
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


@router.get("/available", summary="Base models: registered, in the models folder and in the local Hugging Face cache")
def list_available_models(db: DB, auth: Auth, k: KernelDep, paging: Paging) -> dict[str, Any]:
    return paginate_list(available_models(k, db, auth.project_ids(db)), paging)


@router.post(
    "/available", status_code=201, summary="Register a server folder or a cached hub id as a base model (administrators)"
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
    return base_row_out(row)


@router.post("/available/upload", status_code=201, summary="Upload a base model as a tar.gz or zip archive (maintainers)")
async def upload_model(
    request: Request,
    db: DB,
    auth: Auth,
    k: KernelDep,
    name: str = Query(..., min_length=1, max_length=255),
    project_id: int = Query(..., ge=1),
) -> dict[str, Any]:
    from starlette.concurrency import run_in_threadpool

    from llmworks_torch.uploads import UnsafeArchive, model_root, safe_extract

    auth.require_project(project_id, "maintainer")
    if not NAME.match(name):
        raise Invalid("a model name is letters, digits, '.', '_', '-' (and one '/')", field=("query", "name"))
    if db.scalar(select(BaseModelRow).where(BaseModelRow.name == name)) is not None:
        raise Conflict(f"a base model named '{name}' is already registered; choose another name")
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
        dest = Path(k.settings.models_path) / "uploads" / name.replace("/", "__")
        if dest.exists():
            raise Conflict(f"a model folder {dest} already exists")
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
    v = db.get(ModelVersion, version_id)
    if v is None:
        raise NotFound(f"model version {version_id} not found")
    auth.require_project(v.project_id, minimum, what="model version")
    return v


@router.get("/custom", summary="List custom model versions")
def list_custom_models(db: DB, auth: Auth, paging: Paging, project_id: int | None = Query(None, ge=1)) -> dict[str, Any]:
    q = visible(select(ModelVersion).order_by(ModelVersion.id.desc()), ModelVersion.project_id, db, auth, project_id)
    return paginate(db, q, paging, version_to_dict)


def _evaluations_api() -> Any:
    try:
        from llmworks_tracking.routes import evaluations
    except ImportError:
        raise Unavailable("evaluations are run by the tracking plugin: install llmworks-tracking") from None
    return evaluations


def _evaluations_of(db: Any, version_id: int) -> list[dict[str, Any]]:
    try:
        evaluations = _evaluations_api()
    except Unavailable:
        return []
    rows = db.scalars(
        select(evaluations.Evaluation)
        .where(evaluations.Evaluation.model == f"custom:{version_id}")
        .order_by(evaluations.Evaluation.id.desc())
        .limit(50)
    )
    return [evaluations.evaluation_out(e) for e in rows]


@router.get("/custom/{version_id}", summary="Get a custom model version with its metrics and evaluations")
def get_custom_model(version_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return {**version_to_dict(_version(db, auth, version_id)), "evaluations": _evaluations_of(db, version_id)}


@router.post(
    "/custom/{version_id}/evaluate",
    status_code=201,
    summary="Evaluate a model version (perplexity, BLEU, ROUGE, ...) as a job of the tracking plugin",
)
def evaluate_custom_model(
    version_id: int, body: EvaluateIn, request: Request, db: DB, auth: Auth, k: KernelDep
) -> dict[str, Any]:
    """Creates an evaluation of ``custom:<id>`` (``POST /api/evaluations``); its scores are also
    written on the training run of the version."""
    evaluations = _evaluations_api()
    v = _version(db, auth, version_id, "annotator")
    if (body.dataset_version_id is None) == (body.rows is None):
        raise Invalid("give exactly one of dataset_version_id or rows", field=("body", "dataset_version_id"))
    if body.rows is not None:
        from llmworks_torch.formatting import row_problem, split_prompt_completion
        from llmworks_torch.loading import load_tokenizer

        tokenizer = load_tokenizer(v.path, v.base_path if v.kind == "adapter" else None)
        examples = []
        for i, row in enumerate(body.rows):
            if problem := row_problem(row):
                raise Invalid(problem, field=("body", "rows", i))
            try:
                prompt, reference, _ = split_prompt_completion(row, tokenizer)
            except Exception as exc:  # noqa: BLE001 - a chat template that cannot render these messages
                raise Invalid(f"row {i} cannot be formatted: {exc}", field=("body", "rows", i)) from exc
            examples.append(evaluations.InlineExample(prompt=prompt, reference=reference))
        dataset = evaluations.DatasetIn(examples=examples)
    else:
        dataset = evaluations.DatasetIn(version_id=body.dataset_version_id, split="validation" if body.validation_split else None)
    spec = evaluations.EvaluationIn(
        project_id=v.project_id,
        name=f"{v.name}: {', '.join(body.metrics)}",
        model=f"custom:{v.id}",
        dataset=dataset,
        metrics=body.metrics,
        max_examples=body.max_examples,
        generation=GenerationParams(temperature=0.0, max_new_tokens=body.max_new_tokens, logprobs=False),
    )
    return evaluations.create_evaluation(spec, request, db, auth, k)


@router.get(
    "/custom/{version_id}/export",
    summary="Download a model version as an archive (adapter, merged, safetensors, onnx, ...)",
    response_class=StreamingResponse,
)
def export_custom_model(
    version_id: int,
    request: Request,
    db: DB,
    auth: Auth,
    k: KernelDep,
    format: str = Query("merged", max_length=32),
    archive: str = Query("tar.gz", pattern="^(tar\\.gz|zip)$"),
) -> StreamingResponse:
    from llmworks_torch.export import ExportError, stream_archive

    v = _version(db, auth, version_id)
    target = k.registry.get("export_targets", format)
    if target is None:
        names = ", ".join(sorted(k.registry.all("export_targets")))
        raise Invalid(f"unknown export format '{format}'; available: {names}", field=("query", "format"))
    adapter = Path(v.path) if v.kind == "adapter" else None
    model_path = Path(v.base_path) if adapter is not None else Path(v.path)
    if not model_path.exists() or (adapter is not None and not adapter.exists()):
        raise Unavailable("the files of this model version are missing on the server")
    work = k.artifacts.scratch_dir("torch-export-")
    try:
        out = Path(target.export(model_path, work, adapter_path=adapter))
    except ExportError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise Invalid(str(exc), field=("query", "format")) from exc
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    audit(
        db,
        request,
        "model.exported",
        principal=auth,
        project_id=v.project_id,
        target_kind="model_version",
        target_id=v.id,
        format=format,
    )
    root = f"{re.sub(r'[^A-Za-z0-9._-]', '_', v.name)}-{format}"

    def body():
        try:
            if out.is_dir():
                yield from stream_archive(out, archive, root_name=root)  # type: ignore[arg-type]
            else:
                with open(out, "rb") as fh:
                    while chunk := fh.read(1 << 20):
                        yield chunk
        finally:
            shutil.rmtree(work, ignore_errors=True)

    suffix = archive if out.is_dir() else "".join(out.suffixes) or ".bin"
    media = "application/zip" if suffix == "zip" else "application/gzip"
    return StreamingResponse(
        body(), media_type=media, headers={"Content-Disposition": f'attachment; filename="{root}.{suffix.lstrip(".")}"'}
    )
