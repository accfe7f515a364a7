"""Hook implementations of llmworks-tracking: runs, experiments, comparison and evaluation jobs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_sdk import DashboardFigure, JobHandler, RouterSpec, UIRemote, UIRoute, hookimpl

from llmworks_tracking import models  # noqa: F401  (the metadata must know the tables before migrations run)

HERE = Path(__file__).parent


@hookimpl
def register_routes(register: Any) -> None:
    from llmworks_tracking.routes import compare, evaluations, experiments, runs

    register(RouterSpec(experiments.router, prefix="/api/tracking/experiments"))
    register(RouterSpec(runs.router, prefix="/api/tracking/runs"))
    register(RouterSpec(compare.router, prefix="/api/tracking/compare"))
    register(RouterSpec(evaluations.router, prefix="/api/evaluations"))


@hookimpl
def register_migrations(register: Any) -> None:
    register(str(HERE / "migrations"))


@hookimpl
def register_job_handlers(register: Any) -> None:
    from llmworks_tracking.evaluation import EVALUATION_JOB, run_evaluation_job

    register(JobHandler(EVALUATION_JOB, run=run_evaluation_job, description="Evaluate a model on a dataset",
                        max_attempts=2, backoff_seconds=5.0))


@hookimpl
def register_ui(register: Any) -> None:
    register(UIRemote("tracking", HERE / "ui", routes=[
        UIRoute("experiments", "Experiments", icon="science", order=40),
        UIRoute("evaluations", "Evaluation", icon="fact_check", order=50),
        UIRoute("metric-definitions", "Metrics", icon="functions", order=52),
    ]))


@hookimpl
def register_dashboard_figures(register: Any) -> None:
    from llmworks_tracking.models import Evaluation, Run
    from llmworks_tracking.views import count_in_projects

    register(DashboardFigure("runs", "Runs", lambda db, pids: count_in_projects(db, Run, pids), link="/experiments", order=40))
    register(DashboardFigure("evaluations", "Evaluations", lambda db, pids: count_in_projects(db, Evaluation, pids),
                             link="/evaluations", order=50))


@hookimpl
def on_event(event: dict[str, Any], kernel: Any) -> None:
    """Keep runs and evaluations in step with their jobs when a job ends without saying so
    itself (killed worker, failure before the handler could record it, cancellation)."""
    if event.get("subject_kind") != "job" or event.get("type") not in ("job.failed", "job.cancelled", "job.succeeded"):
        return
    from llmworks_tracking.evaluation import sync_with_job

    sync_with_job(kernel, int(event["subject_id"]), event["type"].split(".", 1)[1], (event.get("data") or {}).get("error"))


@hookimpl
def register_services(register: Any) -> None:
    from llmworks_sdk.services import EvaluationService, Service, TrackingService

    from llmworks_tracking.services import Evaluations, Tracking

    register(Service(TrackingService, Tracking(), install="llmworks-tracking"))
    register(Service(EvaluationService, Evaluations(), install="llmworks-tracking"))
