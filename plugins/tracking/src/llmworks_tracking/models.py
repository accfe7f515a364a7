"""Tables of the tracking plugin.

Runs belong to experiments (per project). A run's metric series are stored in chunks: one
row per (run, key, chunk) holding packed numpy arrays of steps, values and wall times
(:mod:`llmworks_tracking.series`), plus one summary row per (run, key) with last/min/max
for filtering and sorting. Parameters are flattened into their own rows so that
``params.learning_rate>=0.001`` is an indexed SQL filter on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from llmworks_sdk.db import Base, BigId, utcnow
from sqlalchemy import BigInteger, Float, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

RUN_STATUSES = ("queued", "running", "finished", "failed", "cancelled")
EVALUATION_STATUSES = ("queued", "running", "succeeded", "failed", "cancelled")


class Experiment(Base):
    __tablename__ = "tracking_experiments"
    __table_args__ = (UniqueConstraint("project_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Run(Base):
    __tablename__ = "tracking_runs"
    __table_args__ = (Index("ix_tracking_runs_project_created", "project_id", "created_at"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    experiment_id: Mapped[int] = mapped_column(ForeignKey("tracking_experiments.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16), default="running")
    source: Mapped[str] = mapped_column(String(32), default="api")  # training | api | evaluation
    job_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("jobs.id", ondelete="SET NULL"), index=True)
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")
    favourite: Mapped[bool] = mapped_column(default=False)
    archived: Mapped[bool] = mapped_column(default=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    ended_at: Mapped[datetime | None]


class RunTag(Base):
    __tablename__ = "tracking_run_tags"
    __table_args__ = (UniqueConstraint("run_id", "tag"), Index("ix_tracking_run_tags_tag", "tag"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    run_id: Mapped[int] = mapped_column(BigId, ForeignKey("tracking_runs.id", ondelete="CASCADE"))
    tag: Mapped[str] = mapped_column(String(128))


class RunParam(Base):
    """One flattened parameter: ``value`` as text (JSON for non-strings), ``num`` when numeric."""

    __tablename__ = "tracking_run_params"
    __table_args__ = (UniqueConstraint("run_id", "key"), Index("ix_tracking_run_params_key_num", "key", "num"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    run_id: Mapped[int] = mapped_column(BigId, ForeignKey("tracking_runs.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(255))
    value: Mapped[str] = mapped_column(Text)
    num: Mapped[float | None] = mapped_column(Float)


class RunMetric(Base):
    """Per (run, key): the last point (greatest step, then latest wall time), min, max, count."""

    __tablename__ = "tracking_run_metrics"
    __table_args__ = (UniqueConstraint("run_id", "key"), Index("ix_tracking_run_metrics_key_last", "key", "last"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    run_id: Mapped[int] = mapped_column(BigId, ForeignKey("tracking_runs.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(255))
    last: Mapped[float | None] = mapped_column(Float)
    last_step: Mapped[int | None] = mapped_column(BigInteger)
    last_wall: Mapped[float | None] = mapped_column(Float)
    min: Mapped[float | None] = mapped_column(Float)
    max: Mapped[float | None] = mapped_column(Float)
    count: Mapped[int] = mapped_column(BigInteger, default=0)
    summary: Mapped[bool] = mapped_column(default=False)  # set by log_summary (no series behind it)


class SeriesChunk(Base):
    """Up to ``series.CHUNK_POINTS`` points of one series: ranges, counts and the overview here,
    the packed points in :class:`SeriesData` (so that reading overviews never touches them)."""

    __tablename__ = "tracking_series_chunks"
    __table_args__ = (UniqueConstraint("run_id", "key", "seq"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    run_id: Mapped[int] = mapped_column(BigId, ForeignKey("tracking_runs.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(255))
    seq: Mapped[int] = mapped_column(Integer)
    n: Mapped[int] = mapped_column(Integer)
    non_finite: Mapped[int] = mapped_column(Integer, default=0)
    step_min: Mapped[int] = mapped_column(BigInteger)
    step_max: Mapped[int] = mapped_column(BigInteger)
    wall_min: Mapped[float] = mapped_column(Float)
    wall_max: Mapped[float] = mapped_column(Float)
    # the min and max of every OVERVIEW_BLOCK points, packed like the data (last: it is the large column)
    ov_n: Mapped[int] = mapped_column(Integer, default=0)
    ov_data: Mapped[bytes] = mapped_column(LargeBinary)


class SeriesData(Base):
    """The packed points of one chunk (see :mod:`llmworks_tracking.series`)."""

    __tablename__ = "tracking_series_data"
    chunk_id: Mapped[int] = mapped_column(BigId, ForeignKey("tracking_series_chunks.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class RunArtifact(Base):
    __tablename__ = "tracking_run_artifacts"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    run_id: Mapped[int] = mapped_column(BigId, ForeignKey("tracking_runs.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    uri: Mapped[str] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Evaluation(Base):
    __tablename__ = "tracking_evaluations"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16), default="queued")
    job_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("jobs.id", ondelete="SET NULL"), index=True)
    model: Mapped[str] = mapped_column(String(255))  # "base:<name>" | "custom:<id>"
    dataset: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"builtin": name} | {"version_id": id, ...}
    metrics: Mapped[list[Any]] = mapped_column(default=list)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    results: Mapped[dict[str, Any]] = mapped_column(default=dict)
    n_examples: Mapped[int] = mapped_column(default=0)
    run_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("tracking_runs.id", ondelete="SET NULL"))
    error: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]


class EvaluationExample(Base):
    __tablename__ = "tracking_evaluation_examples"
    __table_args__ = (UniqueConstraint("evaluation_id", "idx"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(BigId, ForeignKey("tracking_evaluations.id", ondelete="CASCADE"))
    idx: Mapped[int] = mapped_column(Integer)
    prompt: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(Text, default="")
    prediction: Mapped[str] = mapped_column(Text, default="")
    scores: Mapped[dict[str, Any]] = mapped_column(default=dict)  # metric -> score (None when not finite)


class EvaluationScore(Base):
    """One per (evaluation, example, metric): the index behind "worst examples of a metric"."""

    __tablename__ = "tracking_evaluation_scores"
    __table_args__ = (Index("ix_tracking_evaluation_scores_lookup", "evaluation_id", "metric", "score"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(BigId, ForeignKey("tracking_evaluations.id", ondelete="CASCADE"))
    idx: Mapped[int] = mapped_column(Integer)
    metric: Mapped[str] = mapped_column(String(64))
    score: Mapped[float | None] = mapped_column(Float)
