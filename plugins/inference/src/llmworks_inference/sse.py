"""Responses of the generation endpoints: Server-Sent Events framing (generation and
OpenAI-compatible streams) and plain JSON that skips FastAPI's generic encoder (a result
with 64 tokens × 5 alternatives takes ~10x longer through ``jsonable_encoder``)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

from fastapi.responses import JSONResponse, StreamingResponse
from llmworks_sdk import LlmworksError

log = logging.getLogger("llmworks.inference")
HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def frame(data: Any, event: str | None = None) -> str:
    payload = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    return (f"event: {event}\n" if event else "") + f"data: {payload}\n\n"


def problem_of(exc: BaseException) -> dict[str, Any]:
    """The problem+json body of an error raised after the stream started."""
    if isinstance(exc, LlmworksError):
        return exc.to_problem()
    log.error("streamed generation failed", exc_info=exc)
    return {"type": "about:blank", "title": "Internal error", "status": 500,
            "detail": f"the generation failed: {type(exc).__name__}: {exc}"}


def response(frames: Iterator[str], headers: dict[str, str] | None = None) -> StreamingResponse:
    return StreamingResponse(frames, media_type="text/event-stream", headers={**HEADERS, **(headers or {})})


def json_response(data: Any) -> JSONResponse:
    """``data`` (plain dicts, lists, str, numbers, None) as a JSON response."""
    return JSONResponse(data)
