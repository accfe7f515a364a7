"""Which backend a job runs on: the :class:`~llmworks_sdk.compute.ComputeRouting` service.

Names a project or a job may pick: the built-in pull backends (``local``, ``celery``) and the
backends an admin configured (``clusters_backends``). A job's ``resources.backend`` wins over
its project's default; without either, the installation's own workers run it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from llmworks_sdk import Invalid
from llmworks_sdk.compute import BackendUnavailable, ComputeBackend
from llmworks_sdk.kernel import kernel_of
from llmworks_sdk.resources import ResourceRequest
from pydantic import BaseModel, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_clusters.tables import ClusterBackend, ProjectBackend

log = logging.getLogger("llmworks.clusters")
FIELD = ("body", "resources", "backend")


def registered(kernel: Any) -> dict[str, ComputeBackend]:
    """Every registered compute backend by its kind name."""
    return dict(kernel.registry.all("compute_backends"))


def parse_options(backend: ComputeBackend, options: Mapping[str, Any], *, field: tuple[str, ...] = ("body", "options")) -> BaseModel:
    """``options`` validated by the backend's ``options_model`` (422 naming the bad option)."""
    try:
        return backend.options_model.model_validate(dict(options))
    except ValidationError as exc:
        e = exc.errors()[0]
        where = ".".join(str(p) for p in e["loc"]) or "options"
        raise Invalid(f"option '{where}' of the {backend.name} backend: {e['msg']}", field=(*field, *map(str, e["loc"]))) from exc


def request_of(resources: Mapping[str, Any]) -> ResourceRequest:
    return ResourceRequest.model_validate({k: v for k, v in resources.items() if k in ResourceRequest.model_fields})


def configured_names(session: Session) -> list[str]:
    kernel = kernel_of(session)
    pulls = [n for n, b in registered(kernel).items() if b.pulls]
    rows = session.scalars(select(ClusterBackend.name).where(ClusterBackend.enabled.is_(True))).all()
    return sorted({*pulls, *rows})


def resolve(session: Session, name: str) -> tuple[ComputeBackend, BaseModel, ClusterBackend | None]:
    """(backend, parsed options, config row or None for a built-in) for a configured name."""
    kernel = kernel_of(session)
    backends = registered(kernel)
    row = session.scalar(select(ClusterBackend).where(ClusterBackend.name == name))
    if row is None:
        builtin = backends.get(name)
        if builtin is not None and builtin.pulls:
            return builtin, builtin.options_model(), None
        raise Invalid(f"compute backend '{name}' is not configured; configured: {', '.join(configured_names(session))} "
                      "(an admin adds backends under Settings → Compute backends)", field=FIELD)
    if not row.enabled:
        raise Invalid(f"compute backend '{name}' is disabled by an admin", field=FIELD)
    backend = backends.get(row.backend)
    if backend is None:
        raise Invalid(f"compute backend '{name}' needs the '{row.backend}' backend, which no installed plugin provides",
                      field=FIELD)
    return backend, parse_options(backend, row.options, field=FIELD), row


def project_default(session: Session, project_id: int | None) -> str | None:
    if project_id is None:
        return None
    row = session.get(ProjectBackend, project_id)
    return row.backend_name if row is not None else None


class Routing:
    """The ComputeRouting service."""

    def choose(self, session: Session, *, project_id: int | None, kind: str, resources: Mapping[str, Any]) -> str | None:
        name = resources.get("backend") or project_default(session, project_id)
        request = request_of(resources)
        if not name:
            if request.nodes > 1:
                raise Invalid(f"nodes={request.nodes} needs a cluster backend (Slurm, Kubernetes): set resources.backend "
                              "or the project's backend", field=("body", "resources", "nodes"))
            return None
        backend, options, _ = resolve(session, str(name))
        try:
            backend.check(request, options)
        except BackendUnavailable as exc:  # the scheduler cannot tell now: queue it, the submitter retries
            log.warning("could not check job resources with backend %s: %s", name, exc)
        return str(name)
