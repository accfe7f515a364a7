"""Entry point ``llmworks.email``: the e-mail notifier, its tables and its routes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_sdk import RouterSpec, hookimpl

from llmworks_email import models  # noqa: F401  (tables known to the metadata)


@hookimpl
def register_migrations(register: Any) -> None:
    register(str(Path(__file__).parent / "migrations"))


@hookimpl
def register_notifiers(register: Any) -> None:
    from llmworks_email.notifier import EmailNotifier

    register(EmailNotifier())


@hookimpl
def register_routes(register: Any) -> None:
    from llmworks_email.routes import router

    register(RouterSpec(router, prefix="/api/email"))
