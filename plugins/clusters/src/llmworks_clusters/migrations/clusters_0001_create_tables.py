"""clusters tables

Revision ID: clusters_0001
Revises:
Create Date: 2026-12-05 09:20:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from llmworks_sdk.db import UTCDateTime

revision: str = 'clusters_0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ('clusters',)
depends_on: str | Sequence[str] | None = 'kernel_0001'

BIG = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table(
        'clusters_backends',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=64), nullable=False),
        sa.Column('backend', sa.String(length=64), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('options', sa.JSON(), nullable=False),
        sa.Column('enabled', sa.Boolean(), nullable=False),
        sa.Column('created_at', UTCDateTime(timezone=True), nullable=False),
        sa.Column('updated_at', UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_clusters_backends')),
        sa.UniqueConstraint('name', name=op.f('uq_clusters_backends_name')),
    )
    op.create_table(
        'clusters_project_backends',
        sa.Column('project_id', sa.Integer(), nullable=False),
        sa.Column('backend_name', sa.String(length=64), nullable=True),
        sa.Column('updated_by', sa.Integer(), nullable=True),
        sa.Column('updated_at', UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_clusters_project_backends_project_id_projects'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_clusters_project_backends_updated_by_users'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('project_id', name=op.f('pk_clusters_project_backends')),
    )
    op.create_table(
        'clusters_submissions',
        sa.Column('id', BIG, nullable=False),
        sa.Column('job_id', BIG, nullable=False),
        sa.Column('project_id', sa.Integer(), nullable=True),
        sa.Column('attempt', sa.Integer(), nullable=False),
        sa.Column('backend_name', sa.String(length=64), nullable=False),
        sa.Column('backend', sa.String(length=64), nullable=False),
        sa.Column('native_id', sa.String(length=255), nullable=True),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('native_state', sa.String(length=64), nullable=False),
        sa.Column('message', sa.Text(), nullable=False),
        sa.Column('tries', sa.Integer(), nullable=False),
        sa.Column('cancel_sent', sa.Boolean(), nullable=False),
        sa.Column('submitted_at', UTCDateTime(timezone=True), nullable=True),
        sa.Column('created_at', UTCDateTime(timezone=True), nullable=False),
        sa.Column('updated_at', UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_clusters_submissions_project_id_projects'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_clusters_submissions')),
        sa.UniqueConstraint('job_id', 'attempt', name='uq_clusters_submissions_job_attempt'),
    )
    with op.batch_alter_table('clusters_submissions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clusters_submissions_job_id'), ['job_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_clusters_submissions_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_clusters_submissions_state'), ['state'], unique=False)


def downgrade() -> None:
    op.drop_table('clusters_submissions')
    op.drop_table('clusters_project_backends')
    op.drop_table('clusters_backends')
