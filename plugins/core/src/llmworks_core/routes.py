"""GET /api/dashboard: the figures for the projects the caller can see, plus recent events."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Query
from llmworks_sdk.schemas import ApiModel, EventOut
from llmworks_sdk.web import DB, Auth, KernelDep
from pydantic import Field

router = APIRouter(tags=["dashboard"])


class DashboardFigureOut(ApiModel):
    name: str = Field(..., examples=["datasets"])
    label: str = Field(..., examples=["Datasets"])
    value: int | None = Field(..., description="null when the figure failed (see error)")
    link: str | None = Field(..., examples=["/datasets"])
    plugin: str
    error: str | None


class DashboardOut(ApiModel):
    figures: list[DashboardFigureOut]
    recent_events: list[EventOut]


log = logging.getLogger("llmworks.dashboard")


@router.get("", summary="Dashboard figures (datasets, running and queued jobs, custom models, ...) and recent events",
            response_model=DashboardOut)
def dashboard(db: DB, auth: Auth, k: KernelDep, project_id: int | None = Query(None, description="Limit to one project"),
              events: int = Query(10, ge=0, le=100)) -> dict[str, Any]:
    if project_id is not None:
        auth.require_project(project_id)
        projects: list[int] | None = [project_id]
    else:
        projects = auth.project_ids(db)
    figures = []
    owners = k.registry.owners("dashboard_figures")
    for name, fig in sorted(k.registry.all("dashboard_figures").items(), key=lambda kv: (kv[1].order, kv[0])):
        try:
            value: int | None = int(fig.count(db, projects))
            error = None
        except Exception as exc:  # noqa: BLE001 - one broken figure must not break the page
            log.exception("dashboard figure %s of plugin %s failed", name, owners[name])
            value, error = None, f"{type(exc).__name__}: {exc}"
        figures.append({"name": name, "label": fig.label, "value": value, "link": fig.link, "plugin": owners[name], "error": error})
    return {"figures": figures, "recent_events": k.events.recent(db, limit=events, project_ids=projects)}
