"""Health and version (public)."""

from __future__ import annotations

import platform
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import text

import llmworks

router = APIRouter(tags=["system"])


@router.get("/api/health", summary="Liveness and database check", responses={200: {"content": {"application/json": {"example": {"status": "ok", "database": "ok"}}}}})
def health(request: Request) -> dict[str, Any]:
    k = request.app.state.kernel
    try:
        with k.db.engine.connect() as c:
            c.execute(text("SELECT 1"))
        db = "ok"
    except Exception as exc:  # noqa: BLE001
        db = f"error: {type(exc).__name__}"
    failed = [i.name for i in k.plugins.infos.values() if i.status == "failed"]
    worker = request.app.state.worker
    return {
        "status": "ok" if db == "ok" else "degraded",
        "database": db,
        "queue": k.settings.queue,
        "embedded_worker": worker is not None,
        "failed_plugins": failed,
    }


@router.get("/api/version", summary="Server and plugin versions")
def version(request: Request) -> dict[str, Any]:
    k = request.app.state.kernel
    return {
        "version": llmworks.__version__,
        "python": platform.python_version(),
        "database": k.db.engine.dialect.name,
        "plugins": {i.name: i.version for i in k.plugins.infos.values() if i.status == "ok"},
    }
