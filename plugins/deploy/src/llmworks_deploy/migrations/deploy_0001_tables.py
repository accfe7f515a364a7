"""deploy tables: deployments, revisions, events, uploaded adapters

Revision ID: deploy_0001
Revises:
Create Date: 2026-12-05 05:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import llmworks_sdk.db
import sqlalchemy as sa
from alembic import op

revision: str = "deploy_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("deploy",)
depends_on: str | Sequence[str] | None = "kernel_0001"


def _owned() -> list[sa.Column]:
    return [
        sa.Column("project_id", sa.Integer(), sa.ForeignKey("projects.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_by", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("created_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "deploy_deployments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("target", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("outputs", sa.JSON(), nullable=False),
        sa.Column("health", sa.JSON(), nullable=False),
        sa.Column("restarts", sa.Integer(), nullable=False),
        sa.Column("events_offset", sa.Integer(), nullable=False),
        *_owned(),
        sa.UniqueConstraint("project_id", "name", name="uq_deploy_deployments_project_name"),
    )
    op.create_index("ix_deploy_deployments_project_id", "deploy_deployments", ["project_id"])
    op.create_table(
        "deploy_revisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("deployment_id", sa.Integer(), sa.ForeignKey("deploy_deployments.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(255), nullable=False),
        sa.Column("adapters", sa.JSON(), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("rollback_of", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("job_id", llmworks_sdk.db.BigId, nullable=True),
        sa.Column("outputs", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("created_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("deployment_id", "number", name="uq_deploy_revisions_number"),
    )
    op.create_index("ix_deploy_revisions_deployment_id", "deploy_revisions", ["deployment_id"])
    op.create_table(
        "deploy_events",
        sa.Column("id", llmworks_sdk.db.BigId, primary_key=True, autoincrement=True),
        sa.Column("deployment_id", sa.Integer(), sa.ForeignKey("deploy_deployments.id", ondelete="CASCADE"), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("ts", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_deploy_events_deployment_id_id", "deploy_events", ["deployment_id", "id"])
    op.create_table(
        "deploy_adapters",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("base_model", sa.String(255), nullable=False),
        sa.Column("base_path", sa.Text(), nullable=False),
        sa.Column("base_hash", sa.String(64), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("target_modules", sa.JSON(), nullable=False),
        sa.Column("info", sa.JSON(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("model_version_id", llmworks_sdk.db.BigId, nullable=True),
        *_owned(),
        sa.UniqueConstraint("project_id", "name", name="uq_deploy_adapters_project_name"),
    )
    op.create_index("ix_deploy_adapters_project_id", "deploy_adapters", ["project_id"])


def downgrade() -> None:
    for table in ("deploy_adapters", "deploy_events", "deploy_revisions", "deploy_deployments"):
        op.drop_table(table)
