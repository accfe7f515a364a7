"""Tables of the torch plugin: base models, custom model versions, training jobs and presets."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from llmworks.db import Base, utcnow
from llmworks.db.models import BigId
from sqlalchemy import Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column


class BaseModelRow(Base):
    """A base model users may fine-tune or serve: a folder, a hub id, an upload or the demo."""

    __tablename__ = "torch_base_models"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    source: Mapped[str] = mapped_column(String(16))  # folder | hub | upload | demo
    path: Mapped[str | None] = mapped_column(Text)  # local folder (None: a hub id resolved from the HF cache)
    hub_id: Mapped[str | None] = mapped_column(String(255))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)  # None: all
    info: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ModelVersion(Base):
    """A custom model: the adapter or full weights a training job produced."""

    __tablename__ = "torch_model_versions"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    base_model: Mapped[str] = mapped_column(String(255))  # base model name
    base_path: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(16))  # full | lora | qlora
    kind: Mapped[str] = mapped_column(String(16))  # adapter | full
    path: Mapped[str] = mapped_column(Text)
    job_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("jobs.id", ondelete="SET NULL"), index=True)
    run_id: Mapped[str | None] = mapped_column(String(64))
    dataset_version_id: Mapped[int | None]
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)
    metrics: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TrainingJob(Base):
    """Feature data of a ``torch.train`` job (the kernel's ``jobs`` row holds state and progress)."""

    __tablename__ = "torch_training_jobs"
    job_id: Mapped[int] = mapped_column(BigId, ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    base_model: Mapped[str] = mapped_column(String(255))
    dataset_version_id: Mapped[int | None]
    method: Mapped[str] = mapped_column(String(16))
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)
    run_id: Mapped[str | None] = mapped_column(String(64))
    model_version_id: Mapped[int | None]
    step: Mapped[int] = mapped_column(default=0)
    total_steps: Mapped[int | None]
    latest_metrics: Mapped[dict[str, Any]] = mapped_column(default=dict)
    latest_eval: Mapped[dict[str, Any]] = mapped_column(default=dict)
    last_checkpoint_step: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class TrainingMetric(Base):
    """One metric value of one step of a training job (the series behind the charts)."""

    __tablename__ = "torch_training_metrics"
    __table_args__ = (Index("ix_torch_training_metrics_job_step", "job_id", "step"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    job_id: Mapped[int] = mapped_column(BigId, ForeignKey("jobs.id", ondelete="CASCADE"))
    step: Mapped[int]
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[float] = mapped_column(Float)
    wall_time: Mapped[float] = mapped_column(Float)


class TrainingPreset(Base):
    """Saved hyper-parameters (a ``TrainingConfig``) to start jobs from."""

    __tablename__ = "torch_training_presets"
    __table_args__ = (UniqueConstraint("project_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    description: Mapped[str] = mapped_column(Text, default="")
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
