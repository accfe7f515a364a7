"""Database building blocks for plugin tables: the shared declarative ``Base`` (one metadata
for the kernel and every plugin, with a naming convention for constraints), timezone-aware
UTC datetimes, big integer ids and column mixins.

    from llmworks_sdk.db import Base, BigId, CreatedByMixin, ProjectMixin, TimestampsMixin

    class Note(ProjectMixin, CreatedByMixin, TimestampsMixin, Base):
        __tablename__ = "notes_notes"          # prefix table names with the plugin name
        id: Mapped[int] = mapped_column(BigId, primary_key=True)
        text: Mapped[str] = mapped_column(Text)

``ProjectMixin`` adds ``project_id`` (foreign key to the kernel's ``projects`` table, cascade
on delete, indexed); ``CreatedByMixin`` adds ``created_by`` (the user's id, set NULL when the
user is deleted); ``TimestampsMixin`` adds ``created_at`` and ``updated_at`` (UTC, set by the
database session). Ship an Alembic migration for every table (``register_migrations``); in a
migration, the column type of a datetime is ``llmworks_sdk.db.UTCDateTime()``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Integer, MetaData, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: constraint and index names (stable across SQLite and PostgreSQL, needed by Alembic batch mode)
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: BIGINT on PostgreSQL, INTEGER (the rowid alias, so it autoincrements) on SQLite
BigId = BigInteger().with_variant(Integer(), "sqlite")


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC (the default of every timestamp column)."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every database (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    """The declarative base of every table (kernel and plugins share its metadata)."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}


class ProjectMixin:
    """``project_id``: the project the row belongs to (rows go when their project is deleted).
    Use it with :func:`llmworks_sdk.web.load_in_project` and :func:`~llmworks_sdk.web.scope_to_projects`."""

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)


class CreatedByMixin:
    """``created_by``: the id of the user who created the row (NULL once that user is deleted)."""

    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class TimestampsMixin:
    """``created_at`` (set on insert) and ``updated_at`` (set on insert and every update), UTC."""

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


__all__ = ["NAMING", "Base", "BigId", "CreatedByMixin", "ProjectMixin", "TimestampsMixin", "UTCDateTime", "utcnow"]
