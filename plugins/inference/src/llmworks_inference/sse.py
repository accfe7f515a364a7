"""Server-Sent Events framing shared by the generation and the OpenAI-compatible streams."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

from fastapi.responses import StreamingResponse
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
