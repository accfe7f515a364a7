"""Entry point ``llmworks.curation``: curators, augmenters, recipes, languages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from llmworks_sdk import JobHandler, RouterSpec, UIRemote, UIRoute, hookimpl

from llmworks_curation import models  # noqa: F401 - the tables must be in the metadata before migrations

HERE = Path(__file__).parent


@hookimpl
def register_migrations(register: Callable[[str], None]) -> None:
    register(str(HERE / "migrations"))


@hookimpl
def register_routes(register: Callable[..., None]) -> None:
    from llmworks_curation.routes import router

    register(RouterSpec(router, prefix="/api/curation"))


@hookimpl
def register_curators(register: Callable[..., None]) -> None:
    from llmworks_curation.curators import builtin_curators

    for c in builtin_curators():
        register(c)


@hookimpl
def register_augmenters(register: Callable[..., None]) -> None:
    from llmworks_curation.augmenters import builtin_augmenters

    for a in builtin_augmenters():
        register(a)


def _run(ctx):  # type: ignore[no-untyped-def]
    from llmworks_curation.service import run_job

    return run_job(ctx)


@hookimpl
def register_job_handlers(register: Callable[..., None]) -> None:
    register(JobHandler("curation.run", run=_run, description="Run a data recipe on a dataset version",
                        max_attempts=1))


@hookimpl
def register_services(register: Callable[..., None]) -> None:
    from llmworks_sdk.services import LanguageIdentifier, Service

    from llmworks_curation.languages import Detector

    register(Service(LanguageIdentifier, Detector(), install="llmworks-curation"))


@hookimpl
def register_ui(register: Callable[..., None]) -> None:
    register(UIRemote("curation", HERE / "ui", routes=[UIRoute("curation", "Curation", icon="cleaning_services", order=25)]))


def _storage(session: Any) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from llmworks_curation.models import CurationRun

    rows = session.scalars(select(CurationRun).where(CurationRun.decisions_digest.is_not(None)))
    return [{"kind": "curation_run", "id": r.id, "project_id": r.project_id, "name": f"curation run {r.id} ({r.output_name})",
             "blobs": [r.decisions_digest]} for r in rows]


@hookimpl
def register_storage_references(register: Callable[..., None]) -> None:
    from llmworks_sdk.resources import StorageReferences

    register(StorageReferences("curation", _storage))
