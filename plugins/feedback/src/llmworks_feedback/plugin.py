"""Entry point ``llmworks.feedback``: annotation campaigns (routes, tables, the candidate
generation job) and their UI (campaigns, the agreement dashboard, item history, export; the
keyboard-driven annotation pages, the only pages a labeler sees)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_sdk import JobHandler, RouterSpec, UIRemote, UIRoute, hookimpl

from llmworks_feedback import tables  # noqa: F401 - the metadata knows the tables before migrations run

GENERATE_JOB = "feedback.generate"


@hookimpl
def register_migrations(register: Any) -> None:
    register(str(Path(__file__).parent / "migrations"))


@hookimpl
def register_routes(register: Any) -> None:
    from llmworks_feedback.routes import router

    register(RouterSpec(router, prefix="/api/feedback"))


@hookimpl
def register_job_handlers(register: Any) -> None:
    from llmworks_feedback.generation import run_generation

    register(JobHandler(GENERATE_JOB, run=run_generation, description="Generate the candidates of an annotation campaign",
                        preload=("torch", "transformers")))


@hookimpl
def register_ui(register: Any) -> None:
    # built from frontend/projects/feedback by frontend/scripts/build.sh into this package
    register(UIRemote("feedback", Path(__file__).parent / "ui", routes=[
        UIRoute("feedback", "Feedback", icon="rate_review", order=45),
        UIRoute("annotate", "Annotate", icon="touch_app", order=46, annotation=True),
    ]))
