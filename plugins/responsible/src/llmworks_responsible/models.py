"""Tables of the responsible-AI plugin (prefix ``responsible_``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from llmworks_sdk.db import Base, CreatedByMixin, ProjectMixin, TimestampsMixin, UTCDateTime
from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column


class ProjectSuite(ProjectMixin, CreatedByMixin, TimestampsMixin, Base):
    """A suite a project defined in YAML (names live in their project; built-in names are reserved)."""

    __tablename__ = "responsible_suites"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text, default="")
    yaml: Mapped[str] = mapped_column(Text)
    items: Mapped[int] = mapped_column(Integer, default=0)


class ProjectSettings(ProjectMixin, TimestampsMixin, Base):
    """Per project: thresholds (``{"[suite:]measure[@category]": v}``) and the release gate."""

    __tablename__ = "responsible_settings"
    __table_args__ = (UniqueConstraint("project_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    thresholds: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    gate_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    gate_suites: Mapped[list[str]] = mapped_column(JSON, default=list)
    flag_threshold: Mapped[float] = mapped_column(Float, default=0.5)
    judge_by: Mapped[str] = mapped_column(String(16), default="interval")


class Scorecard(ProjectMixin, CreatedByMixin, TimestampsMixin, Base):
    """One run of a suite on a model: settings (seed, samples), results per measure and group, verdict."""

    __tablename__ = "responsible_scorecards"

    id: Mapped[int] = mapped_column(primary_key=True)
    suite: Mapped[str] = mapped_column(String(64), index=True)
    suite_kind: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(255), index=True)
    model_version_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    backend: Mapped[str] = mapped_column(String(64))
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="queued")
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    job_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    results: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    thresholds: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    items: Mapped[int] = mapped_column(Integer, default=0)
    flagged: Mapped[int] = mapped_column(Integer, default=0)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(timezone=True), nullable=True)


class Sample(ProjectMixin, Base):
    """One scored item of a scorecard: a generation (or a sentence pair) with its scores and review."""

    __tablename__ = "responsible_samples"

    id: Mapped[int] = mapped_column(primary_key=True)
    scorecard_id: Mapped[int] = mapped_column(ForeignKey("responsible_scorecards.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(128))
    sample_index: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(64))
    group: Mapped[str] = mapped_column("group_name", String(64))
    prompt: Mapped[str] = mapped_column(Text)
    output: Mapped[str] = mapped_column(Text)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    flag_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    verdict: Mapped[str | None] = mapped_column(String(16), nullable=True)
    correction: Mapped[str | None] = mapped_column(Text, nullable=True)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(timezone=True), nullable=True)


class CorrectionExport(ProjectMixin, CreatedByMixin, TimestampsMixin, Base):
    """Reviewed corrections exported as a dataset version."""

    __tablename__ = "responsible_exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_version_id: Mapped[int] = mapped_column(Integer)
    dataset_name: Mapped[str] = mapped_column(String(128))
    format: Mapped[str] = mapped_column(String(16))
    rows: Mapped[int] = mapped_column(Integer)
    scorecard_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    sample_ids: Mapped[list[int]] = mapped_column(JSON, default=list)


class GateOverride(ProjectMixin, CreatedByMixin, TimestampsMixin, Base):
    """An administrator promoted a model the release gate refused, with the reason."""

    __tablename__ = "responsible_gate_overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    model: Mapped[str] = mapped_column(String(255))
    target: Mapped[str] = mapped_column(String(255))
    reason: Mapped[str] = mapped_column(Text)
    failing: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
