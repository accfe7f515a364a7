"""curation tables

Revision ID: curation_0001
Revises:
Create Date: 2026-12-05 05:45:00
"""
from __future__ import annotations

from collections.abc import Sequence

import llmworks_sdk.db
import sqlalchemy as sa
from alembic import op

revision: str = "curation_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("curation",)
depends_on: str | Sequence[str] | None = "kernel_0001"


def _fk_project(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["project_id"], ["projects.id"], name=f"fk_{table}_project_id_projects", ondelete="CASCADE")


def _fk_user(table: str, col: str = "created_by") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([col], ["users.id"], name=f"fk_{table}_{col}_users", ondelete="SET NULL")


def upgrade() -> None:
    op.create_table(
        "curation_recipes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("latest_version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
        _fk_project("curation_recipes"), _fk_user("curation_recipes"),
        sa.PrimaryKeyConstraint("id", name="pk_curation_recipes"),
        sa.UniqueConstraint("project_id", "name", name="uq_curation_recipes_project_id"),
    )
    op.create_index("ix_curation_recipes_project_id", "curation_recipes", ["project_id"])
    op.create_table(
        "curation_recipe_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipe_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("message", sa.String(length=255), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["recipe_id"], ["curation_recipes.id"], name="fk_curation_recipe_versions_recipe_id_curation_recipes",
                                ondelete="CASCADE"),
        _fk_project("curation_recipe_versions"), _fk_user("curation_recipe_versions"),
        sa.PrimaryKeyConstraint("id", name="pk_curation_recipe_versions"),
        sa.UniqueConstraint("recipe_id", "version", name="uq_curation_recipe_versions_recipe_id"),
    )
    op.create_index("ix_curation_recipe_versions_recipe_id", "curation_recipe_versions", ["recipe_id"])
    op.create_index("ix_curation_recipe_versions_project_id", "curation_recipe_versions", ["project_id"])
    op.create_table(
        "curation_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("recipe_version_id", sa.Integer(), nullable=False),
        sa.Column("source_version_id", sa.Integer(), nullable=False),
        sa.Column("output_name", sa.String(length=128), nullable=False),
        sa.Column("output_version_id", sa.Integer(), nullable=True),
        sa.Column("job_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("rows_in", sa.Integer(), nullable=True),
        sa.Column("rows_out", sa.Integer(), nullable=True),
        sa.Column("stats", sa.JSON(), nullable=False),
        sa.Column("decisions_digest", sa.String(length=64), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["recipe_version_id"], ["curation_recipe_versions.id"],
                                name="fk_curation_runs_recipe_version_id_curation_recipe_versions", ondelete="CASCADE"),
        _fk_project("curation_runs"), _fk_user("curation_runs"),
        sa.PrimaryKeyConstraint("id", name="pk_curation_runs"),
    )
    op.create_index("ix_curation_runs_project_id", "curation_runs", ["project_id"])
    op.create_index("ix_curation_runs_recipe_version_id", "curation_runs", ["recipe_version_id"])
    op.create_index("ix_curation_runs_source_version_id", "curation_runs", ["source_version_id"])
    op.create_table(
        "curation_language_stats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("stats", sa.JSON(), nullable=False),
        sa.Column("created_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
        _fk_project("curation_language_stats"),
        sa.PrimaryKeyConstraint("id", name="pk_curation_language_stats"),
        sa.UniqueConstraint("version_id", name="uq_curation_language_stats_version_id"),
    )
    op.create_index("ix_curation_language_stats_project_id", "curation_language_stats", ["project_id"])
    op.create_table(
        "curation_model_languages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(length=255), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
        _fk_project("curation_model_languages"), _fk_user("curation_model_languages"),
        sa.PrimaryKeyConstraint("id", name="pk_curation_model_languages"),
        sa.UniqueConstraint("project_id", "model", name="uq_curation_model_languages_project_id"),
    )
    op.create_index("ix_curation_model_languages_project_id", "curation_model_languages", ["project_id"])


def downgrade() -> None:
    for t in ("curation_model_languages", "curation_language_stats", "curation_runs", "curation_recipe_versions",
              "curation_recipes"):
        op.drop_table(t)
