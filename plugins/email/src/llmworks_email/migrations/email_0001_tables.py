"""email tables: SMTP server settings, per-user subscriptions, delivery log"""

from __future__ import annotations

import llmworks_sdk.db
import sqlalchemy as sa
from alembic import op

revision = "email_0001"
down_revision = None
branch_labels = ("email",)
depends_on = "kernel_0001"


def upgrade() -> None:
    op.create_table(
        "email_server",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("security", sa.String(length=16), nullable=False),
        sa.Column("username", sa.String(length=255), nullable=True),
        sa.Column("password", sa.String(length=1024), nullable=True),
        sa.Column("from_address", sa.String(length=255), nullable=False),
        sa.Column("timeout_seconds", sa.Double(), nullable=False),
        sa.Column("updated_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_server")),
    )
    op.create_table(
        "email_subscriptions",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kinds", sa.JSON(), nullable=False),
        sa.Column("updated_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_email_subscriptions_user_id_users"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_email_subscriptions")),
    )
    op.create_table(
        "email_deliveries",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("event_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("address", sa.String(length=255), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("attempted_at", llmworks_sdk.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name=op.f("fk_email_deliveries_event_id_events"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_email_deliveries_user_id_users"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_deliveries")),
        sa.UniqueConstraint("event_id", "user_id", name="uq_email_deliveries_event_user"),
    )
    with op.batch_alter_table("email_deliveries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_email_deliveries_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_email_deliveries_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_table("email_deliveries")
    op.drop_table("email_subscriptions")
    op.drop_table("email_server")
