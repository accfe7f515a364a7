"""Entry point ``llmworks.email``: the e-mail notifier, its tables, its routes and its UI page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_sdk import RouterSpec, UIRemote, UIRoute, hookimpl

from llmworks_email import models  # noqa: F401  (tables known to the metadata)

HERE = Path(__file__).parent


@hookimpl
def register_migrations(register: Any) -> None:
    register(str(HERE / "migrations"))


@hookimpl
def register_notifiers(register: Any) -> None:
    from llmworks_email.notifier import EmailNotifier

    register(EmailNotifier())


@hookimpl
def register_routes(register: Any) -> None:
    from llmworks_email.routes import router

    register(RouterSpec(router, prefix="/api/email"))


@hookimpl
def register_ui(register: Any) -> None:
    # one page, email: your opt-ins per notification kind; the SMTP server form for administrators
    register(UIRemote("email", HERE / "ui", routes=[UIRoute("email", "E-mail", icon="mail", order=86)]))
