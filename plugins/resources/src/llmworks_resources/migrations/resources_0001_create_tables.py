"""resources tables

Revision ID: resources_0001
Revises:
Create Date: 2026-12-05 05:30:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from llmworks_sdk.db import UTCDateTime

revision: str = 'resources_0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ('resources',)
depends_on: str | Sequence[str] | None = 'kernel_0001'

BIG = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table(
        'resources_machines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('host', sa.String(length=255), nullable=False),
        sa.Column('run_id', BIG, nullable=True),
        sa.Column('project_id', sa.Integer(), nullable=True),
        sa.Column('role', sa.String(length=32), nullable=False),
        sa.Column('devices', sa.JSON(), nullable=False),
        sa.Column('status', sa.JSON(), nullable=False),
        sa.Column('latest', sa.JSON(), nullable=False),
        sa.Column('interval_seconds', sa.Float(), nullable=False),
        sa.Column('last_seen', UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_resources_machines_project_id_projects'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_resources_machines')),
        sa.UniqueConstraint('host', name=op.f('uq_resources_machines_host')),
    )
    op.create_table(
        'resources_job_usage',
        sa.Column('job_id', BIG, nullable=False),
        sa.Column('project_id', sa.Integer(), nullable=True),
        sa.Column('host', sa.String(length=255), nullable=True),
        sa.Column('devices', sa.JSON(), nullable=False),
        sa.Column('device_types', sa.JSON(), nullable=False),
        sa.Column('gpu_seconds', sa.Float(), nullable=False),
        sa.Column('peak_gpu_memory', sa.JSON(), nullable=False),
        sa.Column('peak_rss_bytes', BIG, nullable=False),
        sa.Column('cpu_seconds', sa.Float(), nullable=False),
        sa.Column('energy_joules', sa.Float(), nullable=True),
        sa.Column('estimated_cost', sa.Float(), nullable=True),
        sa.Column('cost', sa.Float(), nullable=True),
        sa.Column('currency', sa.String(length=8), nullable=True),
        sa.Column('price_source', sa.String(length=255), nullable=True),
        sa.Column('started_at', UTCDateTime(timezone=True), nullable=True),
        sa.Column('finished_at', UTCDateTime(timezone=True), nullable=True),
        sa.Column('updated_at', UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_resources_job_usage_project_id_projects'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('job_id', name=op.f('pk_resources_job_usage')),
    )
    with op.batch_alter_table('resources_job_usage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resources_job_usage_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_resources_job_usage_finished_at'), ['finished_at'], unique=False)


def downgrade() -> None:
    op.drop_table('resources_job_usage')
    op.drop_table('resources_machines')
