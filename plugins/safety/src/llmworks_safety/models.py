"""Tables of the safety plugin (prefix ``safety_``): policies, YAML filter documents and the
decision log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from llmworks_sdk.db import Base, BigId, utcnow
from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column


class SafetyPolicy(Base):
    """Filters with their actions, thresholds, options and locks, for a project (``scope`` "project"),
    one route (``scope`` "route", ``target`` its name) or one A/B test (``scope`` "ab_test")."""

    __tablename__ = "safety_policies"
    __table_args__ = (
        UniqueConstraint("project_id", "name", name="uq_safety_policies_project_id_name"),
        UniqueConstraint("project_id", "scope", "target", name="uq_safety_policies_project_id_scope_target"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[str] = mapped_column(String(16))          # project | route | ab_test
    target: Mapped[str] = mapped_column(String(64), default="")  # route / A/B test name ("" for project)
    filters: Mapped[dict[str, Any]] = mapped_column(default=dict)
    window_chars: Mapped[int] = mapped_column(default=48)
    enabled: Mapped[bool] = mapped_column(default=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SafetyYamlFilter(Base):
    """A YAML document of regex/keyword filters, registered at run time for its project."""

    __tablename__ = "safety_yaml_filters"
    __table_args__ = (UniqueConstraint("project_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(Text)
    filter_names: Mapped[list[Any]] = mapped_column(default=list)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SafetyDecision(Base):
    """What the filters decided for one generation: filters run, findings (with redacted samples,
    never the values), the action per stage, the latency; and whether someone reviewed it."""

    __tablename__ = "safety_decisions"
    __table_args__ = (Index("ix_safety_decisions_project_flagged", "project_id", "flagged", "id"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    generation_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    source: Mapped[str] = mapped_column(String(32), default="generate")
    route: Mapped[str | None] = mapped_column(String(64))
    ab_test: Mapped[str | None] = mapped_column(String(64))
    policy_id: Mapped[int | None] = mapped_column(ForeignKey("safety_policies.id", ondelete="SET NULL"))
    policy: Mapped[str | None] = mapped_column(String(64))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(16), default="allow")
    input_action: Mapped[str] = mapped_column(String(16), default="allow")
    output_action: Mapped[str] = mapped_column(String(16), default="allow")
    flagged: Mapped[bool] = mapped_column(default=False)
    filters: Mapped[list[Any]] = mapped_column(default=list)
    toggles: Mapped[dict[str, Any]] = mapped_column(default=dict)
    input: Mapped[dict[str, Any]] = mapped_column(default=dict)
    output: Mapped[dict[str, Any]] = mapped_column(default=dict)
    finish_reason: Mapped[str | None] = mapped_column(String(32))
    latency_ms: Mapped[float] = mapped_column(default=0.0)
    error: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # review of a flagged generation (the review page): who looked at it, when, and a note
    reviewed: Mapped[bool] = mapped_column(default=False, server_default=false())
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reviewed_at: Mapped[datetime | None] = mapped_column(default=None)
    review_note: Mapped[str] = mapped_column(Text, default="", server_default="")
