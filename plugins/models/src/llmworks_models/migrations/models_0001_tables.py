"""model registry tables (base models, custom model versions)

Revision ID: models_0001
Revises:
Create Date: 2026-12-04 18:50:00

The tables keep the names they had in the torch plugin (``torch_base_models``,
``torch_model_versions``). Databases that ran ``torch_0001`` before the registry moved here
already have them: they are left as they are (with their rows).
"""

from __future__ import annotations

from collections.abc import Sequence

import llmworks_sdk.db
import sqlalchemy as sa
from alembic import op

revision: str = "models_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("models",)
depends_on: str | Sequence[str] | None = "kernel_0001"


def _exists(table: str) -> bool:
    return sa.inspect(op.get_bind()).has_table(table)


def upgrade() -> None:
    if not _exists("torch_base_models"):
        op.create_table(
            "torch_base_models",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("name", sa.String(length=255), nullable=False),
            sa.Column("source", sa.String(length=16), nullable=False),
            sa.Column("path", sa.Text(), nullable=True),
            sa.Column("hub_id", sa.String(length=255), nullable=True),
            sa.Column("project_id", sa.Integer(), nullable=True),
            sa.Column("info", sa.JSON(), nullable=False),
            sa.Column("created_by", sa.Integer(), nullable=True),
            sa.Column("created_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
            sa.ForeignKeyConstraint(
                ["created_by"], ["users.id"], name=op.f("fk_torch_base_models_created_by_users"), ondelete="SET NULL"
            ),
            sa.ForeignKeyConstraint(
                ["project_id"], ["projects.id"], name=op.f("fk_torch_base_models_project_id_projects"), ondelete="CASCADE"
            ),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_torch_base_models")),
            sa.UniqueConstraint("name", name=op.f("uq_torch_base_models_name")),
        )
        with op.batch_alter_table("torch_base_models", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_torch_base_models_project_id"), ["project_id"], unique=False)

    if not _exists("torch_model_versions"):
        op.create_table(
            "torch_model_versions",
            sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
            sa.Column("project_id", sa.Integer(), nullable=False),
            sa.Column("name", sa.String(length=255), nullable=False),
            sa.Column("base_model", sa.String(length=255), nullable=False),
            sa.Column("base_path", sa.Text(), nullable=False),
            sa.Column("method", sa.String(length=16), nullable=False),
            sa.Column("kind", sa.String(length=16), nullable=False),
            sa.Column("path", sa.Text(), nullable=False),
            sa.Column("job_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
            sa.Column("run_id", sa.String(length=64), nullable=True),
            sa.Column("dataset_version_id", sa.Integer(), nullable=True),
            sa.Column("config", sa.JSON(), nullable=False),
            sa.Column("metrics", sa.JSON(), nullable=False),
            sa.Column("created_by", sa.Integer(), nullable=True),
            sa.Column("created_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
            sa.ForeignKeyConstraint(
                ["created_by"], ["users.id"], name=op.f("fk_torch_model_versions_created_by_users"), ondelete="SET NULL"
            ),
            sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_torch_model_versions_job_id_jobs"), ondelete="SET NULL"),
            sa.ForeignKeyConstraint(
                ["project_id"], ["projects.id"], name=op.f("fk_torch_model_versions_project_id_projects"), ondelete="CASCADE"
            ),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_torch_model_versions")),
        )
        with op.batch_alter_table("torch_model_versions", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_torch_model_versions_job_id"), ["job_id"], unique=False)
            batch_op.create_index(batch_op.f("ix_torch_model_versions_project_id"), ["project_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("torch_model_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_torch_model_versions_project_id"))
        batch_op.drop_index(batch_op.f("ix_torch_model_versions_job_id"))

    op.drop_table("torch_model_versions")
    with op.batch_alter_table("torch_base_models", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_torch_base_models_project_id"))

    op.drop_table("torch_base_models")
