"""The datasets plugin's hooks: API, tables, formats, CLI and UI remote."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from llmworks_sdk import CliCommand, DashboardFigure, RouterSpec, UIRemote, UIRoute, hookimpl

from llmworks_datasets import models  # noqa: F401 - the tables must be in the metadata before migrations

HERE = Path(__file__).parent


@hookimpl
def register_routes(register: Callable[..., None]) -> None:
    from llmworks_datasets.routes import router

    register(RouterSpec(router, prefix="/api/datasets"))


@hookimpl
def register_migrations(register: Callable[[str], None]) -> None:
    register(str(HERE / "migrations"))


@hookimpl
def register_dataset_formats(register: Callable[..., None]) -> None:
    from llmworks_datasets.formats import builtin_formats

    for fmt in builtin_formats():
        register(fmt)


@hookimpl
def register_commands(register: Callable[..., None]) -> None:
    from llmworks_datasets.cli import app

    register(CliCommand("datasets", app, help="Upload and list datasets on an llmworks server."))


@hookimpl
def register_ui(register: Callable[..., None]) -> None:
    register(UIRemote("datasets", HERE / "ui", routes=[UIRoute("datasets", "Datasets", icon="dataset", order=20)]))


def count_datasets(db: Any, project_ids: list[int] | None) -> int:
    from sqlalchemy import func, select

    from llmworks_datasets.models import Dataset

    q = select(func.count()).select_from(Dataset)
    if project_ids is not None:
        q = q.where(Dataset.project_id.in_(project_ids))
    return db.scalar(q) or 0


@hookimpl
def register_dashboard_figures(register: Callable[..., None]) -> None:
    register(DashboardFigure("datasets", "Datasets", count_datasets, link="/datasets", order=10))


@hookimpl
def register_services(register: Callable[..., None]) -> None:
    from llmworks_sdk.services import DatasetService, Service

    from llmworks_datasets.services import Datasets

    register(Service(DatasetService, Datasets(), install="llmworks-datasets"))
