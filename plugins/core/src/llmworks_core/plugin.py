"""Dashboard: counters contributed by every plugin (``register_dashboard_figures``), job
figures, recent events; and the ``core`` UI remote (dashboard and jobs pages)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_sdk import DashboardFigure, RouterSpec, UIRemote, UIRoute, hookimpl, jobs


def _jobs_in(state: str):  # type: ignore[no-untyped-def]
    def count(db: Any, project_ids: list[int] | None) -> int:
        return jobs.count(db, state=state, project_ids=project_ids)

    return count


@hookimpl
def register_dashboard_figures(register: Any) -> None:
    register(DashboardFigure("running_jobs", "Running jobs", _jobs_in("running"), link="/jobs?state=running", order=30))
    register(DashboardFigure("queued_jobs", "Queued jobs", _jobs_in("queued"), link="/jobs?state=queued", order=40))
    register(DashboardFigure("failed_jobs", "Failed jobs", _jobs_in("failed"), link="/jobs?state=failed", order=90))


@hookimpl
def register_routes(register: Any) -> None:
    from llmworks_core.routes import router

    register(RouterSpec(router, prefix="/api/dashboard"))


@hookimpl
def register_ui(register: Any) -> None:
    register(UIRemote("core", Path(__file__).parent / "ui", routes=[
        UIRoute("dashboard", "Dashboard", icon="space_dashboard", order=0),
        UIRoute("jobs", "Jobs", icon="work_history", order=80),
        UIRoute("notifications", "Notifications", icon="notifications_active", order=85),
        UIRoute("api", "API & SDKs", icon="api", order=90),
    ]))
