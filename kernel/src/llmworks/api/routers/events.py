"""Events: SSE stream (resumable with Last-Event-ID) and a paginated list."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import select

from llmworks.api.pagination import Paging, paginate
from llmworks.auth.deps import DB, Auth, KernelDep
from llmworks.db.models import Event
from llmworks.events import event_to_dict

router = APIRouter(prefix="/api/events", tags=["events"])


@router.get(
    "",
    summary="Stream events (Server-Sent Events); resume with the Last-Event-ID header or ?after=",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {"example": 'id: 42\nevent: job.succeeded\ndata: {"id": 42, ...}\n\n'}}}},
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

    async def gen() -> AsyncIterator[bytes]:
        cursor = start
        yield b"retry: 2000\n\n"
        idle = 0.0
        while True:
            version = k.events.version
            batch = await asyncio.to_thread(k.events.since, cursor, project_ids=projects, types=wanted)
            for ev in batch:
                cursor = ev["id"]
                yield f"id: {ev['id']}\nevent: {ev['type']}\ndata: {json.dumps(ev)}\n\n".encode()
            if batch:
                idle = 0.0
            if once:
                return
            if await request.is_disconnected():
                return
            await asyncio.to_thread(k.events.wait, version, 0.5)
            idle += 0.5
            if idle >= 15:
                idle = 0.0
                yield b": keep-alive\n\n"

    return StreamingResponse(gen(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@router.get("/history", summary="List past events (newest first)")
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
