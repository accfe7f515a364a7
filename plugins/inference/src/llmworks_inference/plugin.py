"""Hook implementations of the inference plugin (entry point ``inference``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from llmworks_sdk import RouterSpec, UIRemote, UIRoute, hookimpl

from llmworks_inference import models  # noqa: F401  (tables known to the metadata before migrations)

HERE = Path(__file__).parent


@hookimpl
def register_migrations(register: Callable[[str], None]) -> None:
    register(str(HERE / "migrations"))


@hookimpl
def register_routes(register: Callable[..., None]) -> None:
    from llmworks_inference.routers import abtests, generate, openai_api, prompts, routes

    register(RouterSpec(generate.router, prefix="/api/inference"))
    register(RouterSpec(routes.router, prefix="/api/inference/routes"))
    register(RouterSpec(abtests.router, prefix="/api/inference/ab-tests"))
    register(RouterSpec(prompts.router, prefix="/api/prompts"))
    register(RouterSpec(openai_api.router, prefix="/v1"))


@hookimpl
def register_ui(register: Callable[..., None]) -> None:
    register(UIRemote("inference", HERE / "ui", routes=[
        UIRoute("playground", "Playground", icon="chat", order=50),
        UIRoute("routes", "Routes & A/B tests", icon="alt_route", order=55),
    ]))


@hookimpl
def register_services(register: Callable[..., None]) -> None:
    from llmworks_sdk.services import RouteService, Service

    from llmworks_inference.targets import Routes

    register(Service(RouteService, Routes(), install="llmworks-inference"))
