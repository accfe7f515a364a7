"""Resource probes and cost models: what the ``register_resource_probes`` and
``register_cost_models`` hooks register, and the resource request a job may carry.

A **probe** samples one kind of resource on this machine::

    class LoadProbe:
        name = "load"

        def sample(self) -> ProbeReading:
            one, five, _ = os.getloadavg()
            return ProbeReading(samples=[Sample("load.1m", one), Sample("load.5m", five)])

``devices()`` (optional) lists the GPUs a probe sees, one dict each: ``index`` (str, e.g.
``"0"``), ``type`` (str, the model name) and optionally ``memory_total_bytes`` (int), the keys
of ``DeviceOut`` in the API; a worker with ``LLMWORKS_GPUS=auto`` hands those to jobs. A probe that cannot see its hardware says so in ``ProbeReading.status``
("no GPU: NVML library not found") rather than raising.

A **cost model** prices device time::

    class FlatCost:
        name = "flat"

        def price(self, device_type, *, provider=None, at=None) -> Price | None:
            return Price(amount_per_hour=2.5, currency="EUR", provider="own", device_type=device_type)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field


@dataclass
class Sample:
    """One figure: ``key`` such as ``cpu.percent`` or ``gpu.0.memory_used_bytes``, a value, and
    labels for Prometheus (``{"gpu": "0"}``)."""

    key: str
    value: float
    labels: dict[str, str] = field(default_factory=dict)
    unit: str = ""
    help: str = ""


@dataclass
class ProcessUsage:
    """Memory one process holds on one device (NVML's per-process accounting)."""

    pid: int
    device: str
    memory_bytes: int


@dataclass
class ProbeReading:
    samples: list[Sample] = field(default_factory=list)
    processes: list[ProcessUsage] = field(default_factory=list)
    status: str = "ok"  # "ok", or what is missing, e.g. "no GPU: NVML library not found"


@runtime_checkable
class ResourceProbe(Protocol):
    name: str

    def sample(self) -> ProbeReading: ...


@dataclass
class Price:
    amount_per_hour: float
    currency: str
    device_type: str
    provider: str = ""
    valid_from: date | None = None
    source: str = ""


@runtime_checkable
class CostModel(Protocol):
    name: str

    def price(self, device_type: str, *, provider: str | None = None, at: date | None = None) -> Price | None: ...


@dataclass
class StorageReferences:
    """What a plugin keeps on disk: ``items(session)`` returns ``[{"kind", "id", "project_id",
    "name", "blobs": [digest, ...], "paths": [folder, ...]}]``. Disk usage counts them, and the
    cleanup of unreferenced blobs and old checkpoints never removes a blob or path listed here."""

    name: str
    items: Callable[[Any], list[dict[str, Any]]]


class ResourceRequest(BaseModel):
    """What a job needs to start: GPUs by count (and type), CPU cores, memory."""

    model_config = ConfigDict(extra="forbid")
    gpus: int = Field(0, ge=0, le=64, description="GPUs the job gets (CUDA_VISIBLE_DEVICES); 0: none")
    gpu_type: str | None = Field(None, max_length=64, description="Case-insensitive part of the device name, e.g. 'H100'")
    provider: str | None = Field(None, min_length=1, max_length=64,
                                 description="Price the job at this provider's rows of the price table (e.g. 'cloud'); "
                                 "default: the table's own provider. Pricing only: it does not choose where the job runs")
    cpus: float | None = Field(None, gt=0, le=1024, description="CPU cores the job expects to use")
    memory_gb: float | None = Field(None, gt=0, le=16384, description="Host memory the job expects to use")
    nodes: int = Field(1, ge=1, le=512, description="Nodes (Slurm tasks, Kubernetes pods) one training job spans; "
                       "more than 1 needs a cluster backend")
    time_limit_minutes: int | None = Field(None, ge=1, le=60 * 24 * 60,
                                           description="Wall-clock limit the scheduler enforces (cluster backends)")
    backend: str | None = Field(None, max_length=64, pattern=r"^[a-z0-9][a-z0-9_.-]*$",
                                description="Where it runs: a configured compute backend ('local', 'celery', or one "
                                "an admin set up, e.g. 'slurm'); default: the project's")

    def is_default(self) -> bool:
        """Nothing asked for (the job runs anywhere its project's backend runs it)."""
        return self == ResourceRequest()

    def as_job_resources(self) -> dict[str, Any] | None:
        """The ``resources`` to store with the job (only what was asked for), or None."""
        return self.model_dump(exclude_none=True, exclude_defaults=True) or None


__all__ = ["CostModel", "Price", "ProbeReading", "ProcessUsage", "ResourceProbe", "ResourceRequest", "Sample",
           "StorageReferences"]
