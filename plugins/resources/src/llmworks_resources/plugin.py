"""Entry point ``llmworks.resources``: every hook this plugin implements."""

from __future__ import annotations

import logging
from typing import Any

from llmworks_sdk import RouterSpec, hookimpl

from llmworks_resources import tables  # noqa: F401 - the metadata knows the tables before migrations run

log = logging.getLogger("llmworks.resources")
FINISHED = {"job.succeeded", "job.failed", "job.cancelled"}


@hookimpl
def register_migrations(register: Any) -> None:
    from pathlib import Path

    register(str(Path(__file__).parent / "migrations"))


@hookimpl
def register_resource_probes(register: Any) -> None:
    from llmworks_resources.probes import NvmlProbe, SystemProbe

    register(SystemProbe())
    register(NvmlProbe())


@hookimpl
def register_cost_models(register: Any) -> None:
    import os

    from llmworks_resources.costs import YamlCostModel
    from llmworks_resources.settings import prices_path

    home = os.environ.get("LLMWORKS_HOME")
    register(YamlCostModel(prices_path(home) if home else None))


@hookimpl
def register_routes(register: Any) -> None:
    from fastapi import APIRouter

    from llmworks_resources.routes import costs, disk, lineage, machines, schedule

    router = APIRouter()
    for mod in (machines, costs, schedule, disk, lineage):
        router.include_router(mod.router)
    register(RouterSpec(router))
    register(RouterSpec(machines.metrics_router, prefix="/metrics"))


@hookimpl
def register_ui(register: Any) -> None:
    from pathlib import Path

    from llmworks_sdk import UIRemote, UIRoute

    register(UIRemote("resources", Path(__file__).parent / "ui", routes=[
        UIRoute("resources", "Resources", icon="memory", order=70),
        UIRoute("schedule", "Schedule", icon="schedule", order=71),
        UIRoute("lineage", "Lineage", icon="account_tree", order=72),
    ]))


@hookimpl
def llmworks_process_started(kernel: Any) -> None:
    from llmworks_resources.collector import Collector

    if kernel.state.get("resources.collector") is None:
        c = Collector(kernel)
        if c.interval > 0:
            kernel.state["resources.collector"] = c.start()


@hookimpl
def llmworks_shutdown(kernel: Any) -> None:
    c = kernel.state.pop("resources.collector", None)
    if c is not None:
        c.stop()


@hookimpl
def on_event(event: dict[str, Any], kernel: Any) -> None:
    if event.get("subject_kind") != "job" or not event.get("subject_id"):
        return
    from llmworks_resources import accounting

    job_id = int(event["subject_id"])
    if event["type"] in FINISHED:
        accounting.on_finished(kernel, job_id)
    elif event["type"] == "job.queued" and not (event.get("data") or {}).get("resumed"):
        accounting.on_queued(kernel, job_id)
