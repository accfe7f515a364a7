"""Hook implementations of the safety plugin (entry point ``safety``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from llmworks_sdk import RouterSpec, UIRemote, UIRoute, hookimpl

from llmworks_safety import models  # noqa: F401  (tables known to the metadata before migrations)

HERE = Path(__file__).parent


@hookimpl
def register_migrations(register: Callable[[str], None]) -> None:
    register(str(HERE / "migrations"))


@hookimpl
def register_safety_filters(register: Callable[..., None]) -> None:
    from llmworks_safety.filters.length import LengthFilter
    from llmworks_safety.filters.offensive import OffensiveFilter
    from llmworks_safety.filters.pii import PiiFilter
    from llmworks_safety.filters.toxicity import ToxicityFilter

    for f in (OffensiveFilter(), PiiFilter(), LengthFilter(), ToxicityFilter()):
        register(f)


@hookimpl
def register_services(register: Callable[..., None]) -> None:
    from llmworks_safety.service import SafetyEnforcer

    register(SafetyEnforcer())


@hookimpl
def register_routes(register: Callable[..., None]) -> None:
    from llmworks_safety.routes import router

    register(RouterSpec(router, prefix="/api/safety"))


@hookimpl
def register_ui(register: Callable[..., None]) -> None:
    # pages: safety (policies), safety/filters (YAML editor + test box), safety/review[/:id] (decision log)
    register(UIRemote("safety", HERE / "ui", routes=[UIRoute("safety", "Safety", icon="shield", order=60)]))


@hookimpl
def llmworks_startup(kernel: Any) -> None:
    from llmworks_safety.service import warm_up

    warm_up(kernel)
