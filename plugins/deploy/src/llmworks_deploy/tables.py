"""Tables of the deploy plugin: deployments, their revisions and events, uploaded adapters."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from llmworks_sdk.db import Base, BigId, CreatedByMixin, ProjectMixin, TimestampsMixin, UTCDateTime, utcnow
from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

#: every state a deployment can be in; "completed" is the end of a target that produces an
#: artifact or pushes somewhere (Docker context without an engine, manifests, Hub push)
STATES = ("pending", "building", "starting", "running", "completed", "failed", "stopped")
ACTIVE = ("pending", "building", "starting", "running")
# A revision has these states too, plus "replaced": it went live and a newer revision went live
# after it (``replaced_by``, ``replaced_at``); so only the current revision is ever running or completed.
#: a revision that went live and is what its deployment serves or produced now
LIVE = ("running", "completed")
#: revisions that ran: live, replaced by a newer one, or stopped (what a rollback can go back to)
RAN = ("running", "completed", "replaced", "stopped")


class Deployment(ProjectMixin, CreatedByMixin, TimestampsMixin, Base):
    __tablename__ = "deploy_deployments"
    __table_args__ = (UniqueConstraint("project_id", "name", name="uq_deploy_deployments_project_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    target: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default="pending")
    message: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(default=0)  # the current revision's number
    outputs: Mapped[dict[str, Any]] = mapped_column(default=dict)
    health: Mapped[dict[str, Any]] = mapped_column(default=dict)
    restarts: Mapped[int] = mapped_column(default=0)
    events_offset: Mapped[int] = mapped_column(default=0)  # bytes of the serving supervisor's events read


class DeploymentRevision(Base):
    __tablename__ = "deploy_revisions"
    __table_args__ = (UniqueConstraint("deployment_id", "number", name="uq_deploy_revisions_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    deployment_id: Mapped[int] = mapped_column(ForeignKey("deploy_deployments.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    model: Mapped[str] = mapped_column(String(255))
    adapters: Mapped[list[int]] = mapped_column(JSON, default=list)  # uploaded adapter ids
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str] = mapped_column(String(32), default="deploy")  # deploy | redeploy | rollback
    rollback_of: Mapped[int | None]
    state: Mapped[str] = mapped_column(String(16), default="pending")
    message: Mapped[str] = mapped_column(Text, default="")
    job_id: Mapped[int | None] = mapped_column(BigId)
    outputs: Mapped[dict[str, Any]] = mapped_column(default=dict)
    replaced_by: Mapped[int | None]  # the number of the newer revision that went live in its place
    replaced_at: Mapped[datetime | None] = mapped_column(UTCDateTime(timezone=True))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(timezone=True), default=utcnow)


class DeploymentEvent(Base):
    __tablename__ = "deploy_events"
    __table_args__ = (Index("ix_deploy_events_deployment_id_id", "deployment_id", "id"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    deployment_id: Mapped[int] = mapped_column(ForeignKey("deploy_deployments.id", ondelete="CASCADE"))
    revision: Mapped[int | None]
    type: Mapped[str] = mapped_column(String(64))
    message: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    ts: Mapped[datetime] = mapped_column(UTCDateTime(timezone=True), default=utcnow)


class Adapter(ProjectMixin, CreatedByMixin, TimestampsMixin, Base):
    """An uploaded PEFT adapter, validated against its base; ``model_version_id`` is the model
    version it is registered as (so routes and deployments name it ``custom:<id>``)."""

    __tablename__ = "deploy_adapters"
    __table_args__ = (UniqueConstraint("project_id", "name", name="uq_deploy_adapters_project_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    base_model: Mapped[str] = mapped_column(String(255))
    base_path: Mapped[str] = mapped_column(Text)
    base_hash: Mapped[str] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(Text)
    digest: Mapped[str] = mapped_column(String(64))
    rank: Mapped[int]
    target_modules: Mapped[list[str]] = mapped_column(JSON, default=list)
    info: Mapped[dict[str, Any]] = mapped_column(default=dict)
    enabled: Mapped[bool] = mapped_column(default=True)
    model_version_id: Mapped[int | None] = mapped_column(BigId)


class ProjectSecret(ProjectMixin, CreatedByMixin, TimestampsMixin, Base):
    """A secret a project stores for deployments (a Hub token, a registry password): encrypted at
    rest (Fernet), never shown again after it is written."""

    __tablename__ = "deploy_secrets"
    __table_args__ = (UniqueConstraint("project_id", "name", name="uq_deploy_secrets_project_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    ciphertext: Mapped[str] = mapped_column(Text)
    hint: Mapped[str] = mapped_column(String(16), default="")  # the last characters, to tell secrets apart
