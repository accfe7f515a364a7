"""deploy: project secrets (encrypted at rest)

Revision ID: deploy_0002
Revises: deploy_0001
Create Date: 2026-12-05 06:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import llmworks_sdk.db
import sqlalchemy as sa
from alembic import op

revision: str = "deploy_0002"
down_revision: str | Sequence[str] | None = "deploy_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deploy_secrets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("ciphertext", sa.Text(), nullable=False),
        sa.Column("hint", sa.String(16), nullable=False),
        sa.Column("project_id", sa.Integer(), sa.ForeignKey("projects.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_by", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("created_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("project_id", "name", name="uq_deploy_secrets_project_name"),
    )
    op.create_index("ix_deploy_secrets_project_id", "deploy_secrets", ["project_id"])


def downgrade() -> None:
    op.drop_table("deploy_secrets")
