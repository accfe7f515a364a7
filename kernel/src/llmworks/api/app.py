"""FastAPI application factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.routing import APIRoute
from llmworks_sdk import RouterSpec

import llmworks
from llmworks.api import errors, openapi
from llmworks.api.body_gate import BodyGate
from llmworks.api.limits import BodyLimitMiddleware
from llmworks.api.route_index import index_routes_by_prefix
from llmworks.api.routers import auth, events, jobs, lineage, notifications, plugins, projects, system, ui, users
from llmworks.api.security import SecurityMiddleware, install_log_redaction
from llmworks.auth.bootstrap import ensure_admin
from llmworks.auth.throttle import LoginThrottle
from llmworks.events.dispatcher import EventDispatcher
from llmworks.kernel import Kernel
from llmworks.settings import Settings

log = logging.getLogger("llmworks")
KERNEL_ROUTERS = (system, auth, projects, users, jobs, events, notifications, plugins, ui, lineage)
RESERVED_PREFIXES = ("/api/auth", "/api/projects", "/api/users", "/api/jobs", "/api/events", "/api/notifications",
                     "/api/plugins", "/api/ui", "/api/health", "/api/version", "/api/audit", "/api/lineage")

TAGS = [
    {"name": "system", "description": "Health and version."},
    {"name": "auth", "description": "Log in, sessions, the current user and API keys."},
    {"name": "projects", "description": "Projects and membership."},
    {"name": "users", "description": "User administration."},
    {"name": "jobs", "description": "The job queue: status, progress, logs, cancel, resume."},
    {"name": "events", "description": "Server-Sent Events and event history."},
    {"name": "notifications", "description": "In-app notifications."},
    {"name": "plugins", "description": "Loaded plugins and their health."},
]


def operation_id(route: APIRoute) -> str:
    tag = route.tags[0] if route.tags else "api"
    return f"{str(tag).replace(' ', '_')}_{route.name}"


def mount_plugin_routes(app: FastAPI, k: Kernel) -> None:
    claimed: dict[str, str] = {p: "kernel" for p in RESERVED_PREFIXES}
    specs: list[tuple[str, Any]] = []
    k.plugins.collect("register_routes", lambda plugin, spec: specs.append((plugin, spec)))
    for plugin, spec in specs:
        if not isinstance(spec, RouterSpec):
            spec = RouterSpec(spec)
        prefix = spec.prefix if spec.prefix is not None else f"/api/plugins/{plugin}"
        owner = claimed.get(prefix)
        if owner is not None and owner != plugin:
            msg = f"plugin '{plugin}' asked for prefix {prefix} already used by '{owner}'; its routes were not mounted"
            k.registry.conflicts.append(msg)
            log.error(msg)
            continue
        claimed[prefix] = plugin
        try:
            app.include_router(spec.router, prefix=prefix, generate_unique_id_function=operation_id)
        except Exception as exc:  # noqa: BLE001
            info = k.plugins.infos.get(plugin)
            if info:
                info.failed_hooks["register_routes"] = f"{type(exc).__name__}: {exc}"
            log.exception("mounting routes of plugin %s failed", plugin)


def create_app(kernel: Kernel | None = None, *, settings: Settings | None = None, start_worker: bool | None = None,
               start_dispatcher: bool = True) -> FastAPI:
    k = kernel or Kernel.create(settings)
    run_worker = k.settings.embedded_worker and k.settings.queue == "embedded" if start_worker is None else start_worker

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        msg = ensure_admin(k)
        if msg:
            print(f"\n  {msg}\n", flush=True)
            # printed above for the person starting it; the log notes it without repeating a
            # generated password, and not as a WARNING (nothing is wrong)
            log.info("created the first administrator (the login details are printed above)")
        k.startup()
        if k.settings.queue == "celery":
            from llmworks.jobs.celery_backend import install_dispatcher

            install_dispatcher(k)
        if run_worker:
            from llmworks.jobs.worker import Worker

            app.state.worker = Worker(k, concurrency=k.settings.worker_concurrency, name="embedded")
            app.state.worker.start()
        if start_dispatcher:
            app.state.dispatcher = EventDispatcher(k)
            app.state.dispatcher.start()
        try:
            yield
        finally:
            if app.state.worker is not None:
                app.state.worker.stop()
            if app.state.dispatcher is not None:
                app.state.dispatcher.stop()
            k.shutdown()

    app = FastAPI(
        title="llmworks",
        version=llmworks.__version__,
        description="Self-hosted platform for customising language models: datasets, fine-tuning jobs, experiment "
                    "tracking, evaluation, inference and export. Authenticate with `POST /api/auth/login` (cookie or "
                    "bearer token) or an API key (`Authorization: Bearer lwk_...`). Errors are `application/problem+json`.",
        openapi_tags=TAGS,
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
    )
    app.state.kernel = k
    app.state.login_throttle = LoginThrottle(k.db, per_account=k.settings.login_max_failures_per_account,
                                             per_address=k.settings.login_max_failures_per_address,
                                             window=k.settings.login_window_seconds)
    app.state.worker = None
    app.state.dispatcher = None
    errors.install(app)
    openapi.install(app)
    app.add_middleware(BodyLimitMiddleware, json_limit=k.settings.max_json_bytes, upload_limit=k.settings.max_upload_bytes,
                       gate=BodyGate(k, small_limit=k.settings.max_unprivileged_body_bytes))  # caller and role before the body
    app.add_middleware(SecurityMiddleware, settings=k.settings, shell_dir=ui.SHELL_DIR)  # outermost: every answer gets its headers
    install_log_redaction()
    for mod in KERNEL_ROUTERS:
        app.include_router(mod.router)
    mount_plugin_routes(app, k)

    @app.get("/{path:path}", include_in_schema=False)
    def spa(path: str, request: Request) -> Any:
        if path.startswith(("api/", "v1/")):
            from llmworks_sdk import NotFound

            raise NotFound(f"no such endpoint: GET /{path}; see /docs for the API")
        return ui.shell_response(request, path)

    index_routes_by_prefix(app)  # every router is included: routers a path cannot reach are skipped
    return app
