"""``/api/datasets``: upload (streamed, validated, versioned), list, inspect, page through
rows, token statistics, download and delete."""

from __future__ import annotations

import mimetypes
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, StreamingResponse
from llmworks_sdk import Invalid
from llmworks_sdk.errors import UnsupportedMediaType
from llmworks_sdk.headers import content_disposition
from llmworks_sdk.pagination import Page, Paging, paginate, paginate_list
from llmworks_sdk.schemas import file_response
from llmworks_sdk.web import DB, Auth, KernelDep, audit, load_in_project, scope_to_projects
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from llmworks_datasets.api_models import (
    DatasetDeleted,
    DatasetOut,
    DatasetRow,
    DatasetVersionDetail,
    DatasetVersionOut,
    DatasetVersionUploaded,
    FormatOut,
    TokenStatsOut,
)
from llmworks_datasets.formats import format_for
from llmworks_datasets.formats.base import problems_error
from llmworks_datasets.models import Dataset, DatasetVersion, TokenStats
from llmworks_datasets.rowstore import LE_U32, split_mask
from llmworks_datasets.schema import Problem
from llmworks_datasets.service import NewVersion, create_version, delete_dataset, iter_rows, rows_page
from llmworks_datasets.settings import DatasetSettings
from llmworks_datasets.tokens import load_tokenizer, model_max_length, summarize, token_lengths, tokenizer_folder, tokenizer_key
from llmworks_datasets.upload import FileSink, receive

router = APIRouter(tags=["datasets"])
NAME_PATTERN = r"^[\w][\w .\-]{0,127}$"


# ---------------------------------------------------------------------- output
def version_out(v: DatasetVersion, *, full: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": v.id, "dataset_id": v.dataset_id, "project_id": v.project_id, "name": v.name, "version": v.version,
        "description": v.description, "filename": v.filename, "format": v.format, "kind": v.kind, "digest": v.digest,
        "size": v.size, "row_count": v.row_count, "columns": v.columns,
        "split": {"validation_fraction": v.validation_fraction, "seed": v.seed, "train_rows": v.train_rows,
                  "validation_rows": v.validation_rows},
        "created_by": v.created_by, "created_at": v.created_at.isoformat(),
    }
    if full:
        out.update(schema=v.schema, stats=v.stats, preview=v.preview)
    return out


def dataset_out(d: Dataset, latest: DatasetVersion | None) -> dict[str, Any]:
    return {"id": d.id, "project_id": d.project_id, "name": d.name, "description": d.description,
            "latest_version": d.latest_version, "created_by": d.created_by, "created_at": d.created_at.isoformat(),
            "updated_at": d.updated_at.isoformat(), "latest": version_out(latest) if latest else None}


def _dataset(db: Any, auth: Any, dataset_id: int, minimum: str = "viewer") -> Dataset:
    return load_in_project(db, auth, Dataset, dataset_id, minimum, what="dataset")


def _version(db: Any, auth: Any, version_id: int) -> DatasetVersion:
    return load_in_project(db, auth, DatasetVersion, version_id, what="dataset version")


# ---------------------------------------------------------------------- formats
@router.get("/formats", response_model=Page[FormatOut], summary="The file formats an upload may have")
def list_formats(auth: Auth, k: KernelDep, paging: Paging) -> dict[str, Any]:
    owners = k.registry.owners("dataset_formats")
    items = [{"name": name, "extensions": list(f.extensions), "description": getattr(f, "description", ""),
              "plugin": owners[name]} for name, f in sorted(k.registry.dataset_formats.items())]
    return paginate_list(items, paging)


# ---------------------------------------------------------------------- upload
class UploadForm(BaseModel):
    name: str = Field(..., min_length=1, max_length=128, pattern=NAME_PATTERN, examples=["support-chats"],
                      description="Dataset name in the project; the same name gets the next version")
    project_id: int = Field(..., ge=1, examples=[1])
    description: str = Field("", max_length=4000, examples=["Support conversations, March"])
    validation_fraction: float = Field(0.1, ge=0, lt=1, examples=[0.1], description="Share of rows in the validation split")
    seed: int = Field(0, ge=0, le=2**63 - 1, examples=[0], description="Seed of the deterministic split")


UPLOAD_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file", "name", "project_id"],
    "properties": {
        "file": {"type": "string", "format": "binary",
                 "description": ".txt (one example per line), .jsonl, .csv, .tsv, .parquet or .zip of those"},
        "name": {"type": "string", "maxLength": 128, "pattern": NAME_PATTERN, "example": "support-chats"},
        "project_id": {"type": "integer", "minimum": 1, "example": 1},
        "description": {"type": "string", "maxLength": 4000},
        "validation_fraction": {"type": "number", "minimum": 0, "exclusiveMaximum": 1, "default": 0.1},
        "seed": {"type": "integer", "minimum": 0, "default": 0},
    }}}}}}


def _form(fields: dict[str, str], defaults: DatasetSettings) -> UploadForm:
    data: dict[str, Any] = {"validation_fraction": defaults.default_validation_fraction}
    data.update({k: v.strip() for k, v in fields.items() if k in UploadForm.model_fields and v.strip() != ""})
    try:
        return UploadForm.model_validate(data)
    except ValidationError as exc:
        errors = [{"loc": ["body", *map(str, e["loc"])], "msg": "this field is required" if e["type"] == "missing" else e["msg"]}
                  for e in exc.errors()]
        first = errors[0]
        raise Invalid(f"{first['loc'][-1]}: {first['msg']}", errors=errors) from None


@router.post("/upload", status_code=201, response_model=DatasetVersionUploaded, summary="Upload a dataset file as the next version of a named dataset",
             openapi_extra=UPLOAD_BODY,
             responses={200: {"model": DatasetVersionUploaded, "description": "The same bytes were uploaded before under this name: that version, duplicate=true"},
                        413: {"description": "The file is larger than LLMWORKS_MAX_UPLOAD_BYTES"},
                        415: {"description": "Unknown file extension"},
                        422: {"description": "Row problems: errors[] with line, field, reason"}})
async def upload_dataset(request: Request, response: Response, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    """Streams the file into the artifact store (limit ``LLMWORKS_MAX_UPLOAD_BYTES``), validates
    every row with the format of its extension, and records an immutable version with its
    schema, statistics, preview and train/validation split. ``project_id`` may also be a
    query parameter (checked before any byte is stored)."""
    settings = DatasetSettings()
    formats = k.registry.dataset_formats
    state: dict[str, Any] = {}
    if (pid := request.query_params.get("project_id")) is not None:
        if not pid.isdigit():
            raise Invalid("project_id must be a project id (an integer)", field=("query", "project_id"))
        auth.require_project(int(pid), "annotator", what="project")
        state["checked"] = True

    def open_file(filename: str, fields: dict[str, str]) -> FileSink:
        fmt = format_for(formats, filename)
        if fmt is None:
            known = ", ".join(sorted({e for f in formats.values() for e in f.extensions}))
            raise UnsupportedMediaType(f"unsupported file type '{filename}': upload one of {known}",
                                       field=("body", "file"))
        if (early := fields.get("project_id", "").strip()).isdigit():
            auth.require_project(int(early), "annotator", what="project")
        elif not state.get("checked"):  # no byte is stored before the caller's project and role are checked
            raise Invalid("project_id: send the project_id field before the file part (or as a query parameter), "
                          "so the upload is authorised before it is stored", field=("body", "project_id"))
        state["fmt"] = fmt
        state["sink"] = FileSink(k.artifacts.writer(max_bytes=k.settings.max_upload_bytes), filename)
        return state["sink"]

    try:
        received = await receive(request.stream(), request.headers.get("content-type", ""), open_file)
        sink: FileSink | None = received.sink
        fields = {**received.fields, **{k_: v for k_, v in request.query_params.items() if k_ in UploadForm.model_fields}}
        form = _form(fields, settings)
        if sink is None:
            raise Invalid("send the dataset file in a multipart part named 'file'", field=("body", "file"))
        auth.require_project(form.project_id, "annotator", what="project")
        if sink.size == 0:
            raise problems_error([Problem(0, "the file is empty")])
        existed = k.artifacts.exists(sink.digest)
        blob = sink.writer.commit()
    except BaseException:
        if "sink" in state:
            state["sink"].writer.abort()
        raise
    req = NewVersion(project_id=form.project_id, name=form.name, description=form.description,
                     validation_fraction=form.validation_fraction, seed=form.seed, filename=sink.filename,
                     digest=blob.digest, size=blob.size, user_id=auth.user_id)
    version, duplicate = await run_in_threadpool(create_version, db, k, state["fmt"], req, original_is_new=not existed)

    def finish() -> dict[str, Any]:
        if not duplicate:
            audit(db, request, "dataset.version_created", principal=auth, project_id=version.project_id,
                  target_kind="dataset_version", target_id=version.id, name=version.name, version=version.version)
            db.commit()
            k.events.notify()
        return {**version_out(version, full=True), "duplicate": duplicate}

    if duplicate:
        response.status_code = 200
    return await run_in_threadpool(finish)


# ---------------------------------------------------------------------- versions (before /{dataset_id})
@router.get("/versions", response_model=Page[DatasetVersionOut], summary="List dataset versions (newest first)")
def list_all_versions(db: DB, auth: Auth, paging: Paging,
                      project_id: Annotated[int | None, Query(ge=1, description="Only this project")] = None,
                      kind: Annotated[str | None, Query(max_length=32, description="text, prompt-completion, chat, preference")] = None,
                      ) -> dict[str, Any]:
    stmt = scope_to_projects(select(DatasetVersion), auth, DatasetVersion.project_id, project_id, db=db)
    if kind:
        stmt = stmt.where(DatasetVersion.kind == kind)
    return paginate(db, stmt.order_by(DatasetVersion.id.desc()), paging, version_out)


@router.get("/versions/{version_id}", response_model=DatasetVersionDetail, summary="A dataset version with its schema, statistics and preview")
def get_dataset_version(version_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return version_out(_version(db, auth, version_id), full=True)


@router.get("/versions/{version_id}/rows", response_model=Page[DatasetRow], summary="Rows of a version, one page at a time, optionally of one split")
def list_version_rows(version_id: int, db: DB, auth: Auth, k: KernelDep, paging: Paging,
                      split: Annotated[str | None, Query(pattern="^(train|validation)$", description="train or validation; all rows if absent")] = None,
                      ) -> dict[str, Any]:
    v = _version(db, auth, version_id)
    return rows_page(k, v, split, paging.offset, paging.limit)


@router.get("/versions/{version_id}/token-stats", response_model=TokenStatsOut, summary="Token statistics of a version for a tokenizer (cached)")
def version_token_stats(version_id: int, db: DB, auth: Auth, k: KernelDep,
                        model: Annotated[str, Query(min_length=1, max_length=1024, examples=["base:llmworks-demo-tiny"],
                                                    description="Base model name, custom:<id>, or a folder (administrators)")],
                        max_length: Annotated[int | None, Query(ge=1, le=10_000_000, description="Count rows longer than this; default: the tokenizer's model_max_length")] = None,
                        ) -> dict[str, Any]:
    import numpy as np

    v = _version(db, auth, version_id)
    folder = tokenizer_folder(k, db, auth, model, v.project_id)
    key = tokenizer_key(folder)
    cached = db.scalar(select(TokenStats).where(TokenStats.version_id == v.id, TokenStats.tokenizer == key))
    if cached is not None:
        with k.artifacts.open(cached.lengths_digest) as fh:
            lengths = np.frombuffer(fh.read(), dtype=LE_U32)
        default_max = cached.stats.get("model_max_length")
    else:
        tokenizer = load_tokenizer(folder, key)
        settings = DatasetSettings()
        lengths = token_lengths(tokenizer, iter_rows(k, v), v.kind, settings.token_batch_rows, settings.token_batch_chars)
        default_max = model_max_length(tokenizer)
    mask = split_mask(k.artifacts, v.index_digest, v.validation_fraction, v.seed)
    out = summarize(lengths, mask, max_length or default_max)
    # per-split totals are kept with the cache: queue estimates read a version's train tokens from them
    stats = {"model_max_length": default_max, "splits": out["splits"]}
    if cached is None:
        blob = k.artifacts.put_stream(iter([lengths.astype(LE_U32).tobytes()]))
        db.add(TokenStats(version_id=v.id, tokenizer=key, model=model[:255], lengths_digest=blob.digest, stats=stats))
        try:
            db.commit()
        except IntegrityError:  # computed concurrently by another request: same numbers
            db.rollback()
    elif "splits" not in (cached.stats or {}):  # cached before the totals were kept
        cached.stats = stats
        db.commit()
    return {"version_id": v.id, "model": model, "tokenizer": key[:16], "model_max_length": default_max,
            "cached": cached is not None, **out}


@router.get("/versions/{version_id}/download", summary="Download the original uploaded file",
            response_class=StreamingResponse, responses=file_response(description="The uploaded file, with its own media type"))
def download_version(version_id: int, db: DB, auth: Auth, k: KernelDep) -> Any:
    v = _version(db, auth, version_id)
    media = mimetypes.guess_type(v.filename)[0] or "application/octet-stream"
    path = k.artifacts.local_path(v.digest)
    if path is not None:
        return FileResponse(path, media_type=media, filename=v.filename)
    fh = k.artifacts.open(v.digest)

    def chunks() -> Any:
        with fh:
            while block := fh.read(1024 * 1024):
                yield block

    return StreamingResponse(chunks(), media_type=media, headers={"Content-Disposition": content_disposition(v.filename)})


# ---------------------------------------------------------------------- datasets
@router.get("", response_model=Page[DatasetOut], summary="List datasets with their latest version")
def list_datasets(db: DB, auth: Auth, paging: Paging,
                  project_id: Annotated[int | None, Query(ge=1, description="Only this project")] = None,
                  q: Annotated[str | None, Query(max_length=128, description="Name contains")] = None) -> dict[str, Any]:
    stmt = scope_to_projects(select(Dataset), auth, Dataset.project_id, project_id, db=db)
    if q:
        escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(Dataset.name.ilike(f"%{escaped}%", escape="\\"))
    page = paginate(db, stmt.order_by(Dataset.updated_at.desc(), Dataset.id.desc()), paging, lambda d: d)
    latest = {v.dataset_id: v for v in db.scalars(
        select(DatasetVersion).join(Dataset, (Dataset.id == DatasetVersion.dataset_id) & (Dataset.latest_version == DatasetVersion.version))
        .where(Dataset.id.in_([d.id for d in page["items"]])))}
    page["items"] = [dataset_out(d, latest.get(d.id)) for d in page["items"]]
    return page


@router.get("/{dataset_id}", response_model=DatasetOut, summary="A dataset with its latest version")
def get_dataset(dataset_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    d = _dataset(db, auth, dataset_id)
    latest = db.scalar(select(DatasetVersion).where(DatasetVersion.dataset_id == d.id, DatasetVersion.version == d.latest_version))
    return dataset_out(d, latest)


@router.get("/{dataset_id}/versions", response_model=Page[DatasetVersionOut], summary="Versions of a dataset (newest first)")
def list_dataset_versions(dataset_id: int, db: DB, auth: Auth, paging: Paging) -> dict[str, Any]:
    d = _dataset(db, auth, dataset_id)
    stmt = select(DatasetVersion).where(DatasetVersion.dataset_id == d.id).order_by(DatasetVersion.version.desc())
    return paginate(db, stmt, paging, version_out)


@router.delete("/{dataset_id}", response_model=DatasetDeleted, summary="Delete a dataset and all its versions (maintainers)")
def delete_dataset_route(dataset_id: int, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    d = _dataset(db, auth, dataset_id, "maintainer")
    audit(db, request, "dataset.deleted", principal=auth, project_id=d.project_id, target_kind="dataset", target_id=d.id,
          name=d.name, versions=d.latest_version)
    k.events.publish("dataset.deleted", project_id=d.project_id, subject_kind="dataset", subject_id=d.id,
                     user_id=auth.user_id, data={"name": d.name}, session=db)
    delete_dataset(db, k, d)
    k.events.notify()
    return {"status": "deleted", "id": dataset_id}
