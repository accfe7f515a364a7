"""Entry point ``llmworks.clusters``: every hook this plugin implements."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_sdk import RouterSpec, hookimpl

from llmworks_clusters import tables  # noqa: F401 - the metadata knows the tables before migrations run

STATE_KEY = "clusters.submitter"


@hookimpl
def register_migrations(register: Any) -> None:
    register(str(Path(__file__).parent / "migrations"))


@hookimpl
def register_compute_backends(register: Any) -> None:
    from llmworks_clusters.kubernetes import KubernetesBackend
    from llmworks_clusters.slurm import SlurmBackend

    register(SlurmBackend())
    register(KubernetesBackend())


@hookimpl
def register_services(register: Any) -> None:
    from llmworks_sdk.compute import ComputeRouting
    from llmworks_sdk.services import Service

    from llmworks_clusters.routing import Routing

    register(Service(ComputeRouting, Routing(), install="llmworks-clusters"))


@hookimpl
def register_routes(register: Any) -> None:
    from llmworks_clusters.routes import router

    register(RouterSpec(router))


@hookimpl
def register_ui(register: Any) -> None:
    from llmworks_sdk import UIRemote, UIRoute

    register(UIRemote("clusters", Path(__file__).parent / "ui",
                      routes=[UIRoute("compute", "Compute backends", icon="hub", order=75)]))


@hookimpl
def llmworks_startup(kernel: Any) -> None:
    """The server submits and follows the jobs of push backends."""
    from llmworks_clusters import settings
    from llmworks_clusters.submitter import Submitter

    if settings.submitter_enabled() and kernel.state.get(STATE_KEY) is None:
        kernel.state[STATE_KEY] = Submitter(kernel).start()


@hookimpl
def llmworks_shutdown(kernel: Any) -> None:
    sub = kernel.state.pop(STATE_KEY, None)
    if sub is not None:
        sub.stop()
