"""The plugin's tables: configured backends, each project's choice, submissions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from llmworks_sdk.db import Base, BigId, utcnow
from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column


class ClusterBackend(Base):
    """A backend an admin configured: ``name`` (what projects and jobs pick) of kind
    ``backend`` (a registered compute backend: slurm, kubernetes) with its options."""

    __tablename__ = "clusters_backends"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    backend: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    enabled: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ProjectBackend(Base):
    """The backend a project's jobs run on unless a job says otherwise."""

    __tablename__ = "clusters_project_backends"
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    backend_name: Mapped[str | None] = mapped_column(String(64))
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Submission(Base):
    """One attempt of a job handed to a push backend, and what the scheduler says about it."""

    __tablename__ = "clusters_submissions"
    __table_args__ = (UniqueConstraint("job_id", "attempt", name="uq_clusters_submissions_job_attempt"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    job_id: Mapped[int] = mapped_column(BigId, index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    attempt: Mapped[int] = mapped_column(default=1)
    backend_name: Mapped[str] = mapped_column(String(64))
    backend: Mapped[str] = mapped_column(String(64))
    native_id: Mapped[str | None] = mapped_column(String(255))
    # submitting | unreachable | pending | running | done | lost | cancelled | rejected
    state: Mapped[str] = mapped_column(String(16), default="submitting", index=True)
    native_state: Mapped[str] = mapped_column(String(64), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    tries: Mapped[int] = mapped_column(default=0)
    cancel_sent: Mapped[bool] = mapped_column(default=False)
    submitted_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
