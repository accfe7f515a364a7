"""``/api/models/custom/{id}/evaluate`` and ``/export``: what the torch plugin adds to a model
version of the registry (chat-template formatting of inline rows, export archives)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse
from llmworks_sdk import Invalid, Unavailable
from llmworks_sdk.lineage import EXPORT, MODEL_VERSION, add_edge
from llmworks_sdk.schemas import ApiModel, file_response
from llmworks_sdk.services import EvaluationService, ModelRegistry, ModelVersionInfo, require_service
from llmworks_sdk.types import OPTIONAL_EXPORT_FORMATS
from llmworks_sdk.web import DB, Auth, KernelDep, audit
from pydantic import BaseModel, ConfigDict, Field

router = APIRouter(tags=["models"])


class ModelEvaluationOut(ApiModel):
    """The evaluation created (see ``GET /api/evaluations/{id}``)."""

    model_config = ConfigDict(extra="allow")

    id: int
    project_id: int
    status: str
    job_id: int | None
    model: str


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


def _version(db: Any, auth: Any, version_id: int, minimum: str = "viewer") -> ModelVersionInfo:
    return require_service(db, ModelRegistry).get_version(db, version_id, principal=auth, minimum=minimum)


@router.post(
    "/{version_id}/evaluate",
    status_code=201,
    response_model=ModelEvaluationOut,
    summary="Evaluate a model version (perplexity, BLEU, ROUGE, ...) as a job of the tracking plugin",
)
def evaluate_custom_model(version_id: int, body: EvaluateIn, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    """Creates an evaluation of ``custom:<id>`` (``POST /api/evaluations``); its scores are also
    written on the training run of the version."""
    evaluations = require_service(db, EvaluationService)
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
            examples.append({"prompt": prompt, "reference": reference})
        dataset: dict[str, Any] = {"examples": examples}
    else:
        dataset = {"version_id": body.dataset_version_id, "split": "validation" if body.validation_split else None}
    spec = {
        "project_id": v.project_id,
        "name": f"{v.name}: {', '.join(body.metrics)}",
        "model": f"custom:{v.id}",
        "dataset": dataset,
        "metrics": body.metrics,
        "max_examples": body.max_examples,
        "generation": {"temperature": 0.0, "max_new_tokens": body.max_new_tokens, "logprobs": False},
    }
    return evaluations.create(db, request, auth, spec)


@router.get(
    "/{version_id}/export",
    summary="Download a model version as an archive (adapter, merged, safetensors, onnx, ...)",
    response_class=StreamingResponse,
    responses=file_response("application/gzip", "application/zip", description="The archive (or the single exported file)"),
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
        dist = OPTIONAL_EXPORT_FORMATS.get(format)
        if dist is not None:  # a known format whose plugin is not installed (or disabled)
            raise Invalid(f"export format '{format}' needs the {dist} plugin: install {dist} "
                          f"(pip install {dist}); available now: {names}", field=("query", "format"))
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
    # the lineage graph shows what left the server: one export node per version and format
    add_edge(db, v.project_id, (MODEL_VERSION, v.id), (EXPORT, f"{format}:{v.id}"), "exported")
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
