"""Tables of the curation plugin (prefix ``curation_``): recipes and their immutable versions,
runs (a recipe on a dataset version), cached language statistics and model language tags."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from llmworks_sdk.db import Base, utcnow
from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column


class Recipe(Base):
    __tablename__ = "curation_recipes"
    __table_args__ = (UniqueConstraint("project_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    description: Mapped[str] = mapped_column(Text, default="")
    latest_version: Mapped[int] = mapped_column(default=0)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class RecipeVersion(Base):
    """An immutable saved list of steps; every save adds one."""

    __tablename__ = "curation_recipe_versions"
    __table_args__ = (UniqueConstraint("recipe_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("curation_recipes.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    steps: Mapped[list[Any]] = mapped_column(default=list)
    message: Mapped[str] = mapped_column(String(255), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CurationRun(Base):
    """A recipe version run on a dataset version (a ``curation.run`` job)."""

    __tablename__ = "curation_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    recipe_version_id: Mapped[int] = mapped_column(ForeignKey("curation_recipe_versions.id", ondelete="CASCADE"), index=True)
    source_version_id: Mapped[int] = mapped_column(index=True)
    output_name: Mapped[str] = mapped_column(String(128))
    output_version_id: Mapped[int | None] = mapped_column()
    job_id: Mapped[int | None] = mapped_column()
    status: Mapped[str] = mapped_column(String(16), default="queued")  # queued|running|succeeded|empty|unchanged|failed
    message: Mapped[str] = mapped_column(Text, default="")
    rows_in: Mapped[int | None] = mapped_column()
    rows_out: Mapped[int | None] = mapped_column()
    stats: Mapped[list[Any]] = mapped_column(default=list)
    decisions_digest: Mapped[str | None] = mapped_column(String(64))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column()


class LanguageStats(Base):
    """The language and script distribution of a dataset version (computed once, cached)."""

    __tablename__ = "curation_language_stats"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(unique=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ModelLanguages(Base):
    """The languages a model (``base:<name>`` / ``custom:<id>``) is meant for, in a project."""

    __tablename__ = "curation_model_languages"
    __table_args__ = (UniqueConstraint("project_id", "model"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    model: Mapped[str] = mapped_column(String(255))
    languages: Mapped[list[Any]] = mapped_column(default=list)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
