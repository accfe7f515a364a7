"""inference routes: language-aware routing (ISO 639-1 code -> model)

Revision ID: inference_0002
Revises: inference_0001
Create Date: 2026-12-05 05:50:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "inference_0002"
down_revision: str | Sequence[str] | None = "inference_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("inference_routes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("languages", sa.JSON(), nullable=False, server_default=sa.text("'{}'")))


def downgrade() -> None:
    with op.batch_alter_table("inference_routes", schema=None) as batch_op:
        batch_op.drop_column("languages")
