"""Entry point ``llmworks.sdks``: the ``llmworks sdk`` command and the SDK downloads (``/api/sdks``)."""

from __future__ import annotations

from typing import Any

from llmworks_sdk import CliCommand, RouterSpec, hookimpl


@hookimpl
def register_commands(register: Any) -> None:
    from sdk_gen.cli import app

    register(CliCommand("sdk", app, help="Generate and package the Python, TypeScript and .NET client SDKs."))


@hookimpl
def register_routes(register: Any) -> None:
    from sdk_gen.routes import router

    register(RouterSpec(router, prefix="/api/sdks"))
