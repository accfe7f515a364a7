"""The model registry's hook implementations (entry point ``llmworks.models``).

Registers the ``ModelRegistry`` service, the base-model and model-version tables and their
migration, the ``/api/models`` API (available base models, register, upload, custom model
versions), the ``llmworks demo-model`` command, the "Custom models" dashboard figure, and
registers the demo model at start-up (built on first use). Nothing heavy is imported here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_sdk import CliCommand, DashboardFigure, RouterSpec, hookimpl
from llmworks_sdk.kernel import Kernel
from llmworks_sdk.services import ModelRegistry, Service

from llmworks_models import tables  # noqa: F401 - the metadata must know our tables before migrations run


@hookimpl
def register_migrations(register: Any) -> None:
    register(str(Path(__file__).parent / "migrations"))


@hookimpl
def register_services(register: Any) -> None:
    from llmworks_models.registry import SqlModelRegistry

    register(Service(ModelRegistry, SqlModelRegistry(), install="llmworks-models"))


@hookimpl
def register_routes(register: Any) -> None:
    from llmworks_models.routes import router

    register(RouterSpec(router, prefix="/api/models"))


@hookimpl
def register_commands(register: Any) -> None:
    from llmworks_models.cli import demo_model_command

    register(CliCommand("demo-model", demo_model_command, help="Build (pre-train, cached) the tiny offline English+Hindi demo model into the models folder"))


@hookimpl
def register_dashboard_figures(register: Any) -> None:
    from llmworks_models.registry import count_model_versions

    register(DashboardFigure("custom_models", "Custom models", count_model_versions, link="/models/custom", order=20))


@hookimpl
def llmworks_startup(kernel: Kernel) -> None:
    from llmworks_models.registry import register_demo_row

    register_demo_row(kernel)
