"""jobs: requested resources, device assignment, paused

Revision ID: kernel_0002
Revises: kernel_0001
Create Date: 2026-12-05 05:20:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'kernel_0002'
down_revision: str | Sequence[str] | None = 'kernel_0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resources', sa.JSON(), nullable=False, server_default='{}'))
        batch_op.add_column(sa.Column('assignment', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('paused', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.drop_column('paused')
        batch_op.drop_column('assignment')
        batch_op.drop_column('resources')
