"""The plugin's tables: machines seen by a collector, per-job resource accounting."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from llmworks_sdk.db import Base, BigId, utcnow
from sqlalchemy import Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column


class Machine(Base):
    """A host whose collector stores samples into a tracking run."""

    __tablename__ = "resources_machines"
    id: Mapped[int] = mapped_column(primary_key=True)
    host: Mapped[str] = mapped_column(String(255), unique=True)
    run_id: Mapped[int | None] = mapped_column(BigId)  # the tracking run holding its series
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    role: Mapped[str] = mapped_column(String(32), default="server")
    devices: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[dict[str, Any]] = mapped_column(default=dict)  # probe name -> "ok" | "no GPU: ..."
    latest: Mapped[dict[str, Any]] = mapped_column(default=dict)  # key -> last value
    interval_seconds: Mapped[float] = mapped_column(Float, default=5.0)
    last_seen: Mapped[datetime] = mapped_column(default=utcnow)


class JobUsage(Base):
    """What one job used: devices, GPU time, peak memory per device, energy, cost."""

    __tablename__ = "resources_job_usage"
    job_id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=False)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    host: Mapped[str | None] = mapped_column(String(255))
    devices: Mapped[list[Any]] = mapped_column(default=list)
    device_types: Mapped[list[Any]] = mapped_column(default=list)
    gpu_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    peak_gpu_memory: Mapped[dict[str, Any]] = mapped_column(default=dict)  # device -> bytes
    peak_rss_bytes: Mapped[int] = mapped_column(BigId, default=0)
    cpu_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    energy_joules: Mapped[float | None] = mapped_column(Float)
    estimated_cost: Mapped[float | None] = mapped_column(Float)
    cost: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(8))
    price_source: Mapped[str | None] = mapped_column(String(255))
    started_at: Mapped[datetime | None] = mapped_column()
    finished_at: Mapped[datetime | None] = mapped_column(index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
