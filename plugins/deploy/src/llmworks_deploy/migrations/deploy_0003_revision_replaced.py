"""deploy revisions: "replaced" (replaced_by, replaced_at); earlier revisions left "running" or "completed" get it

Before this revision a revision kept the state it went live with ("running", "completed") after a
newer one went live in its place. Each such revision that is not its deployment's current one is
now "replaced" by the next newer revision that went live (known from its "deployment.state"
event, which also gives the time; else a newer one still "running" or "completed", at its creation).
One that nothing replaced is "stopped" when its deployment is stopped, and left as it is otherwise.

Revision ID: deploy_0003
Revises: deploy_0002
Create Date: 2026-12-06 09:00:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import llmworks_sdk.db
import sqlalchemy as sa
from alembic import op

revision: str = "deploy_0003"
down_revision: str | Sequence[str] | None = "deploy_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = ("running", "completed")
DATETIME = llmworks_sdk.db.UTCDateTime(timezone=True)
revisions = sa.table(
    "deploy_revisions", sa.column("id", sa.Integer()), sa.column("deployment_id", sa.Integer()), sa.column("number", sa.Integer()),
    sa.column("state", sa.String()), sa.column("message", sa.Text()), sa.column("replaced_by", sa.Integer()),
    sa.column("replaced_at", DATETIME), sa.column("created_at", DATETIME),
)
deployments = sa.table("deploy_deployments", sa.column("id", sa.Integer()), sa.column("state", sa.String()),
                       sa.column("revision", sa.Integer()))
events = sa.table("deploy_events", sa.column("deployment_id", sa.Integer()), sa.column("type", sa.String()),
                  sa.column("data", sa.JSON()), sa.column("ts", DATETIME))


def _went_live(conn: Any, deployment_id: int) -> dict[int, datetime]:
    """Revision number → when it first went live, from the deployment's "deployment.state" events."""
    out: dict[int, datetime] = {}
    rows = conn.execute(sa.select(events.c.data, events.c.ts).where(
        events.c.deployment_id == deployment_id, events.c.type == "deployment.state").order_by(events.c.ts))
    for data, ts in rows:
        data = json.loads(data) if isinstance(data, str) else (data or {})
        if data.get("state") in LIVE and isinstance(data.get("revision"), int):
            out.setdefault(data["revision"], ts)
    return out


def upgrade() -> None:
    with op.batch_alter_table("deploy_revisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("replaced_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("replaced_at", DATETIME, nullable=True))
    conn = op.get_bind()
    stale = conn.execute(
        sa.select(deployments.c.id, deployments.c.state, deployments.c.revision)
        .where(sa.exists().where(revisions.c.deployment_id == deployments.c.id, revisions.c.state.in_(LIVE),
                                 revisions.c.number != deployments.c.revision))
    ).all()
    for dep_id, dep_state, current in stale:
        revs = conn.execute(sa.select(revisions.c.id, revisions.c.number, revisions.c.state, revisions.c.created_at)
                            .where(revisions.c.deployment_id == dep_id).order_by(revisions.c.number)).all()
        went_live = _went_live(conn, dep_id)
        for rid, number, state, _ in revs:
            if state not in LIVE or number == current:
                continue
            by = next(((n, went_live[n]) for _, n, _, _ in revs if n > number and n in went_live), None)
            by = by or next(((n, created) for _, n, s, created in revs if n > number and s in LIVE), None)
            if by is not None:
                values = {"state": "replaced", "replaced_by": by[0], "replaced_at": by[1],
                          "message": f"replaced by revision {by[0]}"}
            elif dep_state == "stopped":
                values = {"state": "stopped", "message": f"stopped with the deployment (at revision {current})"}
            else:
                continue
            conn.execute(revisions.update().where(revisions.c.id == rid).values(**values))


def downgrade() -> None:
    # the earlier code knows no "replaced": such a revision no longer serves, and still counts as one that ran
    op.get_bind().execute(revisions.update().where(revisions.c.state == "replaced").values(state="stopped"))
    with op.batch_alter_table("deploy_revisions", schema=None) as batch_op:
        batch_op.drop_column("replaced_at")
        batch_op.drop_column("replaced_by")
