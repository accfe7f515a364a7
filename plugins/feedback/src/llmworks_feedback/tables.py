"""Tables of the feedback plugin: campaigns, their items and (blind) candidates, assignments
of items to annotators, and every saved answer (append-only: an edit is a new revision)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from llmworks_sdk.db import Base, BigId, CreatedByMixin, ProjectMixin, TimestampsMixin, utcnow
from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column


class Campaign(ProjectMixin, CreatedByMixin, TimestampsMixin, Base):
    __tablename__ = "feedback_campaigns"
    __table_args__ = (UniqueConstraint("project_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    description: Mapped[str] = mapped_column(Text, default="")
    tasks: Mapped[list[Any]] = mapped_column(default=list)  # rank | score | pairwise | correct
    rubric: Mapped[list[Any]] = mapped_column(default=list)  # [{"name", "description"}], scores 1..7
    generators: Mapped[list[Any]] = mapped_column(default=list)  # [{"label", "model", "generation"}]
    prompts: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"inline": [...]} | {"dataset_version_id", ...}
    gold: Mapped[list[Any]] = mapped_column(default=list)  # [{"prompt", "candidates", "ranking"}]
    samples_per_prompt: Mapped[int] = mapped_column(default=1)
    annotators_per_item: Mapped[int] = mapped_column(default=1)
    annotators: Mapped[list[Any]] = mapped_column(default=list)  # user ids
    seed: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(16), default="generating")  # generating | ready | failed
    error: Mapped[str | None] = mapped_column(Text)
    job_id: Mapped[int | None]


class Item(Base):
    __tablename__ = "feedback_items"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("feedback_campaigns.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    prompt: Mapped[str] = mapped_column(Text)
    is_gold: Mapped[bool] = mapped_column(default=False)
    gold_ranking: Mapped[list[Any] | None] = mapped_column(default=None)  # candidate ids, best first
    pair: Mapped[list[Any]] = mapped_column(default=list)  # the two candidate ids of the pairwise task


class Candidate(Base):
    __tablename__ = "feedback_candidates"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("feedback_items.id", ondelete="CASCADE"), index=True)
    generator: Mapped[str] = mapped_column(String(128))  # the generator's label ("gold" for gold items); never shown to annotators
    sample: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)


class Assignment(Base):
    __tablename__ = "feedback_assignments"
    __table_args__ = (UniqueConstraint("item_id", "user_id"), Index("ix_feedback_assignments_queue", "campaign_id", "user_id", "position"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("feedback_campaigns.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("feedback_items.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]  # order in the annotator's queue (shuffled per annotator)
    order: Mapped[list[Any]] = mapped_column(default=list)  # candidate ids as this annotator sees them
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | skipped | done
    draft: Mapped[dict[str, Any] | None] = mapped_column(default=None)  # unfinished answer, kept across reloads
    opened_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Answer(Base):
    """One saved answer; an edit adds a revision and clears ``current`` on the previous one."""

    __tablename__ = "feedback_answers"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("feedback_assignments.id", ondelete="CASCADE"), index=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("feedback_campaigns.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("feedback_items.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(default=1)
    current: Mapped[bool] = mapped_column(default=True)
    ranking: Mapped[list[Any] | None] = mapped_column(default=None)  # candidate ids, best first
    scores: Mapped[dict[str, Any] | None] = mapped_column(default=None)  # {candidate id: {criterion: 1..7}}
    preferred: Mapped[int | None] = mapped_column(default=None)  # pairwise: candidate id; None with tie
    tie: Mapped[bool] = mapped_column(default=False)
    correction: Mapped[dict[str, Any] | None] = mapped_column(default=None)  # {"candidate_id", "text"}
    seconds: Mapped[float | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Export(ProjectMixin, CreatedByMixin, Base):
    __tablename__ = "feedback_exports"
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("feedback_campaigns.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # preference | reward
    dataset_version_id: Mapped[int]
    rows: Mapped[int]
    rules: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
