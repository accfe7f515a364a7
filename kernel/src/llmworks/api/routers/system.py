"""Health and version (public)."""

from __future__ import annotations

import platform
from typing import Any, Literal

from fastapi import APIRouter, Request
from llmworks_sdk.schemas import ApiModel
from pydantic import Field
from sqlalchemy import text

import llmworks
from llmworks.plugins.manager import hint

router = APIRouter(tags=["system"])


class DegradedPlugin(ApiModel):
    """A plugin that loaded but some of whose hooks raised (its other features work)."""

    name: str
    failed_hooks: dict[str, str] = Field(..., description="hook name -> the error it raised")
    hint: str


class HealthOut(ApiModel):
    status: Literal["ok", "degraded"] = Field(..., examples=["ok"])
    database: str = Field(..., description="ok, or error: <type>", examples=["ok"])
    queue: str = Field(..., examples=["embedded"])
    embedded_worker: bool
    failed_plugins: list[str] = Field(..., description="Plugins that did not load (see GET /api/plugins)")
    degraded_plugins: list[DegradedPlugin]


class VersionOut(ApiModel):
    version: str
    python: str
    database: str = Field(..., description="The database dialect", examples=["sqlite"])
    plugins: dict[str, str | None] = Field(..., description="plugin name -> version")


@router.get("/api/health", response_model=HealthOut, summary="Liveness and database check")
def health(request: Request) -> dict[str, Any]:
    k = request.app.state.kernel
    try:
        with k.db.engine.connect() as c:
            c.execute(text("SELECT 1"))
        db = "ok"
    except Exception as exc:  # noqa: BLE001
        db = f"error: {type(exc).__name__}"
    infos = sorted(k.plugins.infos.values(), key=lambda i: i.name)
    failed = [i.name for i in infos if i.health == "failed"]
    degraded = [{"name": i.name, "failed_hooks": i.failed_hooks, "hint": hint(i)} for i in infos if i.health == "degraded"]
    worker = request.app.state.worker
    return {
        "status": "ok" if db == "ok" else "degraded",
        "database": db,
        "queue": k.settings.queue,
        "embedded_worker": worker is not None,
        # failed: not loaded at all; degraded: loaded, but some hook raised (see GET /api/plugins)
        "failed_plugins": failed,
        "degraded_plugins": degraded,
    }


@router.get("/api/version", response_model=VersionOut, summary="Server and plugin versions")
def version(request: Request) -> dict[str, Any]:
    k = request.app.state.kernel
    return {
        "version": llmworks.__version__,
        "python": platform.python_version(),
        "database": k.db.engine.dialect.name,
        "plugins": {i.name: i.version for i in k.plugins.infos.values() if i.status == "ok"},
    }
