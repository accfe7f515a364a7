"""Tables of the inference plugin (prefix ``inference_``): routes, A/B tests with their
variants and observations, and prompts with immutable versions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from llmworks_sdk.db import Base, BigId, utcnow
from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship


class InferenceRoute(Base):
    """A name that points at a model (``base:<name>`` / ``custom:<id>``), a backend and default parameters."""

    __tablename__ = "inference_routes"
    __table_args__ = (UniqueConstraint("project_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    model: Mapped[str] = mapped_column(String(255))
    backend: Mapped[str] = mapped_column(String(64))
    adapter: Mapped[str | None] = mapped_column(String(128))
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: language-aware routing: ISO 639-1 code -> model; a prompt detected in another language
    #: (or in none) runs on ``model``, the fallback
    languages: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ABTest(Base):
    """Traffic split between routes; callers address it by name like a route."""

    __tablename__ = "inference_ab_tests"
    __table_args__ = (UniqueConstraint("project_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="running")  # running | stopped
    alpha: Mapped[float] = mapped_column(default=0.05)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    variants: Mapped[list[ABVariant]] = relationship(
        back_populates="test", cascade="all, delete-orphan", order_by="ABVariant.position"
    )


class ABVariant(Base):
    __tablename__ = "inference_ab_variants"
    __table_args__ = (UniqueConstraint("test_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    test_id: Mapped[int] = mapped_column(ForeignKey("inference_ab_tests.id", ondelete="CASCADE"), index=True)
    # no cascade: a route that a test uses cannot be deleted (the API answers 409)
    route_id: Mapped[int] = mapped_column(ForeignKey("inference_routes.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    weight: Mapped[float] = mapped_column()
    position: Mapped[int] = mapped_column(default=0)
    test: Mapped[ABTest] = relationship(back_populates="variants")
    route: Mapped[InferenceRoute] = relationship()


class ABObservation(Base):
    """One request served by a variant: its timings, and the user's rating when given."""

    __tablename__ = "inference_ab_observations"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    test_id: Mapped[int] = mapped_column(ForeignKey("inference_ab_tests.id", ondelete="CASCADE"), index=True)
    variant_id: Mapped[int] = mapped_column(ForeignKey("inference_ab_variants.id", ondelete="CASCADE"), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    latency_ms: Mapped[float | None] = mapped_column()
    time_to_first_token_ms: Mapped[float | None] = mapped_column()
    tokens_per_second: Mapped[float | None] = mapped_column()
    completion_tokens: Mapped[int | None] = mapped_column()
    error: Mapped[str | None] = mapped_column(String(255))
    thumbs_up: Mapped[bool | None] = mapped_column()
    rating: Mapped[int | None] = mapped_column()  # 1..5
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    rated_at: Mapped[datetime | None] = mapped_column()


class Prompt(Base):
    __tablename__ = "inference_prompts"
    __table_args__ = (UniqueConstraint("project_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    description: Mapped[str] = mapped_column(Text, default="")
    latest_version: Mapped[int] = mapped_column(default=0)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class PromptVersion(Base):
    """An immutable saved state of a prompt: every save adds one."""

    __tablename__ = "inference_prompt_versions"
    __table_args__ = (UniqueConstraint("prompt_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    prompt_id: Mapped[int] = mapped_column(ForeignKey("inference_prompts.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column()
    mode: Mapped[str] = mapped_column(String(16), default="chat")  # chat | completion
    template: Mapped[str] = mapped_column(Text)
    system_prompt: Mapped[str] = mapped_column(Text, default="")
    variables: Mapped[dict[str, Any]] = mapped_column(default=dict)
    examples: Mapped[list[Any]] = mapped_column(default=list)
    history: Mapped[list[Any]] = mapped_column(default=list)
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    routes: Mapped[list[Any]] = mapped_column(default=list)
    message: Mapped[str] = mapped_column(String(255), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
