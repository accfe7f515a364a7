from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_sdk import RouterSpec, hookimpl

from llmworks_webhook import models  # noqa: F401  (tables known to the metadata)


@hookimpl
def register_migrations(register: Any) -> None:
    register(str(Path(__file__).parent / "migrations"))


@hookimpl
def register_notifiers(register: Any) -> None:
    from llmworks_webhook.notifier import WebhookNotifier

    register(WebhookNotifier())


@hookimpl
def register_routes(register: Any) -> None:
    from llmworks_webhook.routes import router

    register(RouterSpec(router, prefix="/api/webhooks"))
