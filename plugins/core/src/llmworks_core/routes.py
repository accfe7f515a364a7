"""GET /api/dashboard: the figures for the projects the caller can see, plus recent events."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Query
from sqlalchemy import select

from llmworks.auth.deps import DB, Auth, KernelDep
from llmworks.db.models import Event
from llmworks.events import event_to_dict

router = APIRouter(tags=["dashboard"])
log = logging.getLogger("llmworks.dashboard")


@router.get("", summary="Dashboard figures (datasets, running and queued jobs, custom models, ...) and recent events",
            responses={200: {"content": {"application/json": {"example": {
                "figures": [{"name": "datasets", "label": "Datasets", "value": 3, "link": "/datasets"}], "recent_events": []}}}}})
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
    q = select(Event).order_by(Event.id.desc()).limit(events)
    if projects is not None:
        q = q.where(Event.project_id.in_(projects))
    return {"figures": figures, "recent_events": [event_to_dict(e) for e in db.scalars(q)]}
