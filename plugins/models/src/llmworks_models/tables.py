"""Tables of the model registry: base models and custom model versions.

The table names keep their historical ``torch_`` prefix: the registry used to live in the
torch plugin, and existing databases keep their rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from llmworks_sdk.db import Base, BigId, utcnow
from sqlalchemy import ForeignKey, String, Text
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
