"""Per-job accounting: GPU time from the job's device assignment, the actual cost when it
ends, the estimated cost when it is queued (through the cost models)."""

from __future__ import annotations

import logging
from typing import Any

from llmworks_sdk import jobs
from llmworks_sdk.db import utcnow
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from llmworks_resources import costs
from llmworks_resources.tables import JobUsage, Machine

log = logging.getLogger("llmworks.resources")


def gpu_seconds(job: Any) -> float:
    """Devices held × wall time (so far, for a running job)."""
    devices = (job.assignment or {}).get("devices") or []
    if not devices or job.started_at is None:
        return 0.0
    end = job.finished_at or utcnow()
    return len(devices) * max(0.0, (end - job.started_at).total_seconds())


def yaml_model(kernel: Any) -> costs.YamlCostModel:
    m = kernel.registry.all("cost_models").get("yaml")
    if not isinstance(m, costs.YamlCostModel):
        from llmworks_resources import settings

        m = costs.YamlCostModel(settings.prices_path(kernel.settings.home))
    return m


def known_device_types(kernel: Any, session: Any) -> list[str]:
    types = []
    for m in session.scalars(select(Machine)):
        types += [str(d.get("type") or "gpu") for d in m.devices or []]
    return types


def request_types(kernel: Any, gpus: int, gpu_type: str | None, session: Any | None = None) -> list[str]:
    """The device type to price for each requested GPU (empty: a CPU job)."""
    if not gpus:
        return []
    if gpu_type:
        return [gpu_type] * gpus
    known: list[str] = []
    if session is not None:
        known = known_device_types(kernel, session)
    else:
        with kernel.db.session() as s:
            known = known_device_types(kernel, s)
    return [known[0] if known else "gpu"] * gpus


def _upsert(kernel: Any, job_id: int, fill: Any) -> None:
    for _ in range(3):
        try:
            with kernel.db.session() as s:
                u = s.get(JobUsage, job_id)
                if u is None:
                    u = JobUsage(job_id=job_id, devices=[], device_types=[], peak_gpu_memory={}, gpu_seconds=0.0,
                                 peak_rss_bytes=0, cpu_seconds=0.0)
                    s.add(u)
                fill(s, u)
            return
        except IntegrityError:  # a collector created the row at the same moment: update it
            continue


def on_queued(kernel: Any, job_id: int) -> None:
    """Store the estimated cost of a job when it is queued (shown beside the actual cost later)."""
    from llmworks_resources.schedule import Estimator

    with kernel.db.session() as s:
        job = jobs.get(s, job_id)
        if job is None:
            return
        e = Estimator(kernel, s).duration(job.kind, job.payload or {})
        types = request_types(kernel, int((job.resources or {}).get("gpus") or 0), (job.resources or {}).get("gpu_type"), s)
        project_id, provider = job.project_id, (job.resources or {}).get("provider")
    if e.seconds is None:
        return
    c = costs.job_cost(kernel.registry.all("cost_models"), types, e.seconds, provider=provider)

    def fill(_s: Any, u: JobUsage) -> None:
        u.project_id = project_id
        u.estimated_cost = c["cost"]
        u.currency = u.currency or c["currency"]

    _upsert(kernel, job_id, fill)


def on_finished(kernel: Any, job_id: int) -> None:
    """Final accounting: GPU time, device types, actual cost."""
    with kernel.db.session() as s:
        job = jobs.get(s, job_id)
        if job is None or job.started_at is None:
            return
        a = job.assignment or {}
        devices = [str(d) for d in a.get("devices") or []]
        types = [str(t or "gpu") for t in a.get("types") or []] or (["gpu"] * len(devices))
        seconds = max(0.0, ((job.finished_at or utcnow()) - job.started_at).total_seconds())
        gpu_s = gpu_seconds(job)
        project_id, host, started, finished = job.project_id, a.get("host"), job.started_at, job.finished_at or utcnow()
        provider = (job.resources or {}).get("provider")
    c = costs.job_cost(kernel.registry.all("cost_models"), types, seconds, provider=provider, at=finished.date())

    def fill(_s: Any, u: JobUsage) -> None:
        u.project_id, u.host, u.devices, u.device_types = project_id, host, devices, types
        u.gpu_seconds, u.started_at, u.finished_at = gpu_s, started, finished
        u.cost, u.currency = c["cost"], c["currency"] or u.currency
        u.price_source = ", ".join(sorted({p["source"] for p in c.get("parts") or []})) or c.get("reason")

    _upsert(kernel, job_id, fill)
