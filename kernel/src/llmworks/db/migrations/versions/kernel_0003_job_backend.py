"""jobs: the compute backend that runs a job

Revision ID: kernel_0003
Revises: kernel_0002
Create Date: 2026-12-05 09:00:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'kernel_0003'
down_revision: str | Sequence[str] | None = 'kernel_0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('backend', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_jobs_backend'), ['backend'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_jobs_backend'))
        batch_op.drop_column('backend')
