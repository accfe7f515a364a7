"""Response models: the base class of every typed answer, the problem+json error body, and the
OpenAPI descriptions of streamed answers (Server-Sent Events, file downloads).

Every route declares what it returns, so the OpenAPI schema is complete and the generated
clients get named types::

    from llmworks_sdk.schemas import ApiModel, Timestamp

    class NoteOut(ApiModel):
        id: int
        text: str
        created_at: Timestamp

    @router.get("/notes/{note_id}", response_model=NoteOut)
    def get_note(note_id: int, ...) -> dict[str, Any]:
        return {"id": note.id, "text": note.text, "created_at": note.created_at.isoformat()}

Lists are ``Page[NoteOut]`` (see :mod:`llmworks_sdk.pagination`). Routes that stream (SSE) or
send files declare their media type with :func:`sse_response` / :func:`file_response` and are not
validated. Errors never need declaring per route: the kernel adds ``ProblemDetails`` answers to
every operation.

Set ``LLMWORKS_STRICT_RESPONSES=1`` (the repository's test suite does) to make a response model
reject keys it does not declare, so a route cannot drop a field silently; in production unknown
keys are ignored.
"""

from __future__ import annotations

import os
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

STRICT = os.environ.get("LLMWORKS_STRICT_RESPONSES", "") not in ("", "0", "false")
PROBLEM_MEDIA_TYPE = "application/problem+json"

Timestamp = Annotated[str, Field(json_schema_extra={"format": "date-time"}, description="ISO 8601 date and time")]
"""A date and time as the API sends it: an ISO 8601 string (``datetime.isoformat()``)."""


class ApiModel(BaseModel):
    """Base of response models: plain pydantic v2 models that describe what a route returns."""

    model_config = ConfigDict(populate_by_name=True)

    if STRICT:
        @model_validator(mode="before")
        @classmethod
        def _declares_every_key(cls, data: Any) -> Any:
            if isinstance(data, dict):
                known = set(cls.model_fields) | {f.alias for f in cls.model_fields.values() if f.alias}
                extra = [k for k in data if k not in known]
                if extra and cls.model_config.get("extra") != "allow":
                    raise ValueError(f"{cls.__name__} does not declare {', '.join(map(str, extra))}")
            return data


class ValidationIssue(BaseModel):
    """One problem with the request: where (``loc``) and what to fix (``msg``)."""

    model_config = ConfigDict(extra="allow")

    loc: list[str | int] = Field(default_factory=list, description="Path to the value, e.g. [\"body\", \"top_p\"]")
    msg: str
    type: str | None = None


class ProblemDetails(BaseModel):
    """An error (RFC 9457 problem+json): ``detail`` says what to fix; extension members may follow."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"additionalProperties": True})

    type: str = Field("about:blank", description="A URI that identifies the problem type")
    title: str = Field(..., description="Short summary of the problem type", examples=["Not found"])
    status: int = Field(..., description="The HTTP status code", examples=[404])
    detail: str = Field(..., description="What went wrong and what to fix", examples=["project 7 not found"])
    instance: str | None = Field(None, description="The request path")
    errors: list[ValidationIssue] | None = Field(None, description="Each invalid value (422 answers)")


ERROR_STATUSES: dict[int, str] = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden (role or project membership)",
    404: "Not found",
    409: "Conflict with existing data",
    413: "Payload too large",
    422: "Invalid request: `errors` lists each invalid value",
}
"""The error answers the kernel documents on every operation (413 only where a body is sent)."""


def sse_response(description: str = "A stream of Server-Sent Events", *, example: str | None = None) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route that answers ``text/event-stream`` (the stream is not validated)."""
    media: dict[str, Any] = {"schema": {"type": "string", "description": "Server-Sent Events"}}
    if example is not None:
        media["example"] = example
    return {200: {"description": description, "content": {"text/event-stream": media}}}


def file_response(*media_types: str, description: str = "The file's bytes") -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route that sends a file (``FileResponse``/``StreamingResponse``), by default
    ``application/octet-stream``."""
    binary = {"schema": {"type": "string", "format": "binary"}}
    return {200: {"description": description, "content": {t: dict(binary) for t in media_types or ("application/octet-stream",)}}}


# --------------------------------------------------------------------------- shared answers
class StatusOut(ApiModel):
    """A one-line outcome, e.g. ``{"status": "deleted"}``."""

    status: str = Field(..., examples=["deleted"])


class JobProgress(ApiModel):
    step: int | None
    total: int | None
    message: str | None
    fraction: float | None = Field(..., description="step / total, when both are known")
    eta_seconds: float | None = Field(..., description="Estimated seconds left (running jobs)")


class JobOut(ApiModel):
    """A queued job (training, evaluation, export, ...) with its progress."""

    id: int
    kind: str = Field(..., examples=["training"])
    title: str | None
    project_id: int | None
    created_by: int | None
    state: Literal["queued", "running", "succeeded", "failed", "cancelled"]
    priority: int
    payload: dict[str, Any]
    not_before: Timestamp | None
    windows: list[Any] = Field(..., description="Time windows the job may run in")
    resources: dict[str, Any] = Field(default_factory=dict, description="What the job asked for, e.g. {\"gpus\": 1}")
    assignment: dict[str, Any] | None = Field(None, description="Host, devices and process the worker gave it")
    paused: bool = Field(False, description="A paused queued job is not started until resumed")
    backend: str | None = Field(None, description="The compute backend that runs it (None: this installation's workers); "
                                "its native id (Slurm job id, pod name) is in assignment.native_id")
    attempts: int
    max_attempts: int
    cancel_requested: bool
    progress: JobProgress
    result: dict[str, Any] | None
    error: str | None
    worker_id: str | None
    heartbeat_at: Timestamp | None
    created_at: Timestamp
    started_at: Timestamp | None
    finished_at: Timestamp | None


class EventOut(ApiModel):
    """A kernel event (also the ``data`` of each Server-Sent Event)."""

    id: int
    type: str = Field(..., examples=["job.succeeded"])
    ts: Timestamp
    project_id: int | None
    user_id: int | None
    subject_kind: str | None
    subject_id: str | None
    data: dict[str, Any]


class DeletedOut(ApiModel):
    """The id of what a DELETE removed, e.g. ``{"deleted": 7}``."""

    deleted: int


def unvalidated_json(model: Any, data: Any, *, status_code: int = 200) -> Any:
    """``data`` as a JSON response that skips response-model validation: for answers that are big
    or polled often (chart series, live metrics). Declare the model for the schema with
    ``response_model=None, responses={200: {"model": Model}}``. In strict mode (the test suite) the
    data is still checked against ``model``, so the declaration cannot drift from what is sent."""
    from fastapi.responses import JSONResponse
    from pydantic import TypeAdapter

    if STRICT:
        TypeAdapter(model).validate_python(data)
    return JSONResponse(data, status_code=status_code)
