"""Events: SSE stream (resumable with Last-Event-ID) and a paginated list."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import StreamingResponse
from llmworks_sdk.schemas import EventOut, sse_response
from sqlalchemy import select

from llmworks.api.pagination import Page, Paging, paginate
from llmworks.auth.deps import DB, Auth, KernelDep, _token_from, resolve_principal
from llmworks.db.models import Event
from llmworks.events import event_to_dict

router = APIRouter(prefix="/api/events", tags=["events"])


@router.get(
    "",
    summary="Stream events (Server-Sent Events); resume with the Last-Event-ID header or ?after=",
    response_class=StreamingResponse,
    responses=sse_response("Events as `id`/`event`/`data` (JSON of an EventOut)",
                           example='id: 42\nevent: job.succeeded\ndata: {"id": 42, ...}\n\n'),
)
async def stream_events(
    request: Request, auth: Auth, db: DB, k: KernelDep,
    last_event_id: str | None = Header(None, alias="Last-Event-ID"),
    after: int | None = Query(None, ge=0, description="Start after this event id (default: now)"),
    project_id: int | None = Query(None),
    types: str | None = Query(None, max_length=500, description="Comma-separated event types"),
    once: bool = Query(False, description="Send what is pending and close (for tests and polling clients)"),
) -> StreamingResponse:
    if project_id is not None:
        auth.require_project(project_id)
        projects: list[int] | None = [project_id]
    else:
        projects = auth.project_ids(db)
    db.close()
    start = after
    if last_event_id and last_event_id.isdigit():
        start = int(last_event_id)
    if start is None:
        start = k.events.last_id()
    wanted = [t.strip() for t in types.split(",")] if types else None
    token, _src = _token_from(request)
    me = auth.user_id
    recheck_s = k.settings.stream_recheck_seconds

    def still_allowed() -> tuple[list[int] | None, str | None]:
        """The projects the caller may still see, or why the stream must close."""
        with k.db.session() as s:
            p = resolve_principal(s, token or "")
            if p is None:
                return None, "the session or API key was revoked or has expired: log in again"
            if project_id is not None:
                if p.role_in(project_id) is None:
                    return None, "you are no longer a member of this project"
                return [project_id], None
            return p.project_ids(s), None

    async def gen() -> AsyncIterator[bytes]:
        nonlocal projects
        cursor = start
        yield b"retry: 2000\n\n"
        idle = 0.0
        checked = time.monotonic()
        while True:
            if time.monotonic() - checked >= recheck_s:
                checked = time.monotonic()
                allowed, why = await asyncio.to_thread(still_allowed)
                if why is not None:  # access is gone: say so and close (the client must not reconnect silently)
                    problem = {"type": "about:blank", "title": "Forbidden", "status": 403, "detail": why}
                    yield f"event: error\ndata: {json.dumps(problem)}\n\n".encode()
                    return
                projects = allowed
            version = k.events.version
            batch = await asyncio.to_thread(k.events.since, cursor, project_ids=projects, types=wanted,
                                            about_user=None if project_id is not None else me)
            for ev in batch:
                cursor = ev["id"]
                yield f"id: {ev['id']}\nevent: {ev['type']}\ndata: {json.dumps(ev)}\n\n".encode()
                if ev["type"] == "membership.changed" and ev["subject_id"] == str(me):
                    checked = 0.0  # my projects changed: re-read them before the next batch
            if batch:
                idle = 0.0
            if once:
                return
            if await request.is_disconnected():
                return
            await asyncio.to_thread(k.events.wait, version, min(0.5, recheck_s))
            idle += min(0.5, recheck_s)
            if idle >= 15:
                idle = 0.0
                yield b": keep-alive\n\n"

    return StreamingResponse(gen(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@router.get("/history", response_model=Page[EventOut], summary="List past events (newest first)")
def list_events(db: DB, auth: Auth, paging: Paging, project_id: int | None = Query(None),
                type: str | None = Query(None, max_length=64)) -> dict[str, Any]:
    q = select(Event).order_by(Event.id.desc())
    if project_id is not None:
        auth.require_project(project_id)
        q = q.where(Event.project_id == project_id)
    else:
        ids = auth.project_ids(db)
        if ids is not None:
            q = q.where(Event.project_id.in_(ids) | Event.project_id.is_(None))
    if type:
        q = q.where(Event.type == type)
    return paginate(db, q, paging, event_to_dict)
