"""Hook implementations of the responsible-AI plugin (entry point ``responsible``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from llmworks_sdk import JobHandler, RouterSpec, UIRemote, UIRoute, hookimpl

from llmworks_responsible import models  # noqa: F401  (tables known to the metadata before migrations)

HERE = Path(__file__).parent


@hookimpl
def register_migrations(register: Callable[[str], None]) -> None:
    register(str(HERE / "migrations"))


@hookimpl
def register_eval_suites(register: Callable[..., None]) -> None:
    from llmworks_responsible.suite_yaml import builtin_suites

    for suite in builtin_suites():
        register(suite)


@hookimpl
def register_metrics(register: Callable[..., None]) -> None:
    from llmworks_responsible.scorers import scorer_metrics

    for metric in scorer_metrics():
        register(metric)


@hookimpl
def register_services(register: Callable[..., None]) -> None:
    from llmworks_sdk.release import ReleaseGate, ScorecardService
    from llmworks_sdk.services import Service

    from llmworks_responsible.gate import ScorecardGate, ScorecardReader

    register(Service(ReleaseGate, ScorecardGate(), install="llmworks-responsible"))
    register(Service(ScorecardService, ScorecardReader(), install="llmworks-responsible"))


@hookimpl
def register_job_handlers(register: Callable[..., None]) -> None:
    from llmworks_responsible.runner import SCORECARD_JOB, run_scorecard_job

    register(JobHandler(SCORECARD_JOB, run=run_scorecard_job, description="Run a bias/toxicity suite on a model",
                        max_attempts=1, preload=("torch", "transformers.modeling_utils")))


@hookimpl
def register_routes(register: Callable[..., None]) -> None:
    from llmworks_responsible.routes import router

    register(RouterSpec(router, prefix="/api/responsible"))


@hookimpl
def register_ui(register: Callable[..., None]) -> None:
    register(UIRemote("responsible", HERE / "ui", routes=[UIRoute("responsible", "Bias & toxicity", icon="balance", order=60)]))


