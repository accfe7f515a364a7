"""decision review: reviewed, reviewed_by, reviewed_at, review_note

Revision ID: safety_0002
Revises: safety_0001
Create Date: 2026-12-05 05:20:00
"""
from __future__ import annotations

from collections.abc import Sequence

import llmworks_sdk.db
import sqlalchemy as sa
from alembic import op

revision: str = 'safety_0002'
down_revision: str | Sequence[str] | None = 'safety_0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('safety_decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reviewed', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('reviewed_by', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('reviewed_at', llmworks_sdk.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('review_note', sa.Text(), server_default='', nullable=False))
        batch_op.create_foreign_key(batch_op.f('fk_safety_decisions_reviewed_by_users'), 'users', ['reviewed_by'], ['id'],
                                    ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('safety_decisions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_safety_decisions_reviewed_by_users'), type_='foreignkey')
        batch_op.drop_column('review_note')
        batch_op.drop_column('reviewed_at')
        batch_op.drop_column('reviewed_by')
        batch_op.drop_column('reviewed')
