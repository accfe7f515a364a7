"""Tables: a dataset (a name in a project) has immutable, numbered versions; token
statistics are cached per (version, tokenizer)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from llmworks_sdk.db import Base, utcnow
from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column


class Dataset(Base):
    __tablename__ = "datasets_datasets"
    __table_args__ = (UniqueConstraint("project_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    description: Mapped[str] = mapped_column(Text, default="")
    latest_version: Mapped[int] = mapped_column(default=0)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class DatasetVersion(Base):
    """One immutable upload. ``digest`` is the original file's sha256 in the artifact store;
    ``rows_digest``/``index_digest`` are the validated rows (one JSON object per line) and
    their offsets and content hashes (see :mod:`llmworks_datasets.rowstore`)."""

    __tablename__ = "datasets_versions"
    __table_args__ = (
        UniqueConstraint("dataset_id", "version", name="uq_datasets_versions_number"),
        UniqueConstraint("dataset_id", "digest", name="uq_datasets_versions_bytes"),
        Index("ix_datasets_versions_digest", "digest"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets_datasets.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    version: Mapped[int]
    description: Mapped[str] = mapped_column(Text, default="")
    filename: Mapped[str] = mapped_column(String(255))
    format: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))
    digest: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    rows_digest: Mapped[str] = mapped_column(String(64))
    index_digest: Mapped[str] = mapped_column(String(64))
    row_count: Mapped[int]
    validation_fraction: Mapped[float]
    seed: Mapped[int] = mapped_column(BigInteger)
    train_rows: Mapped[int]
    validation_rows: Mapped[int]
    schema: Mapped[dict[str, Any]] = mapped_column(default=dict)
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)
    preview: Mapped[list[Any]] = mapped_column(default=list)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def columns(self) -> list[str]:
        """Column names, the kind's required ones first (``dataset_columns``)."""
        return [c["name"] for c in (self.schema or {}).get("columns", [])]


class TokenStats(Base):
    """Token statistics of a version for one tokenizer (``tokenizer`` is a content hash of
    the tokenizer files); ``lengths_digest`` is the per-row token counts (uint32 blob)."""

    __tablename__ = "datasets_token_stats"
    __table_args__ = (UniqueConstraint("version_id", "tokenizer"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("datasets_versions.id", ondelete="CASCADE"), index=True)
    tokenizer: Mapped[str] = mapped_column(String(64))
    model: Mapped[str] = mapped_column(String(255))
    lengths_digest: Mapped[str] = mapped_column(String(64))
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
