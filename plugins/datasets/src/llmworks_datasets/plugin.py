"""The datasets plugin's hooks: API, tables, formats, CLI and UI remote."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from llmworks_sdk import CliCommand, RouterSpec, UIRemote, UIRoute, hookimpl

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
