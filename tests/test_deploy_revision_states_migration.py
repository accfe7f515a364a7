"""The deploy plugin's migration deploy_0003 on rows written before it: earlier revisions that
kept "running" (or "completed") after a newer one went live become "replaced" (by that revision,
at the time its state event says); one that nothing replaced is "stopped" when its deployment
is, and left alone otherwise; downgrading turns "replaced" into "stopped" (a state the earlier
code counts as one that ran). Here, not under plugins/deploy/tests: it drives the kernel's
Alembic downgrade, which the SDK does not offer to plugins."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from llmworks.db.migrate import alembic_config, upgrade
from llmworks.kernel import Kernel
from llmworks.settings import Settings
from llmworks_deploy.tables import Deployment, DeploymentEvent, DeploymentRevision
from llmworks_sdk.testing import kernel_table
from sqlalchemy import select

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def downgrade(k, revision: str) -> None:
    cfg = alembic_config(k)
    with k.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


@pytest.fixture
def kernel(tmp_path, database_url):
    k = Kernel.create(Settings(home=tmp_path, database_url=database_url), autoload=True)
    yield k
    k.close()


def old_rows(k) -> dict[str, int]:
    """Deployments as the code before deploy_0003 left them (columns of deploy_0002 only)."""
    Project = kernel_table("Project")
    with k.db.session() as s:
        project = Project(name="migrate", slug="migrate-deploy")
        s.add(project)
        s.commit()
        project_id = project.id
    ids: dict[str, int] = {}
    with k.db.engine.begin() as conn:
        def deployment(name: str, state: str, current: int, revisions: list[tuple[str, int]], live_events: list[int]) -> None:
            dep_id = conn.execute(Deployment.__table__.insert().values(
                project_id=project_id, name=name, target="local", state=state, message="", revision=current, outputs={},
                health={}, restarts=0, events_offset=0, created_at=T0, updated_at=T0)).inserted_primary_key[0]
            ids[name] = dep_id
            for number, (rstate, minute) in enumerate(revisions, 1):
                conn.execute(DeploymentRevision.__table__.insert().values(
                    deployment_id=dep_id, number=number, model="base:x", adapters=[], settings={}, reason="deploy",
                    state=rstate, message=f"revision {number} {rstate}", outputs={}, created_at=at(minute)))
            for number in live_events:   # the "deployment.state" event of each revision that went live
                conn.execute(DeploymentEvent.__table__.insert().values(
                    deployment_id=dep_id, revision=number, type="deployment.state", message="running",
                    data={"state": "running", "revision": number}, ts=at(10 * number + 5)))

        # deploy, redeploy, rollback: all three "running"
        deployment("three", "running", 3, [("running", 10), ("running", 20), ("running", 30)], [1, 2, 3])
        # revision 2 stopped before it went live: it stopped revision 1 too
        deployment("stopped", "stopped", 2, [("running", 10), ("stopped", 20)], [1])
        # revision 2 failed: revision 1 is left as it is
        deployment("failed", "failed", 2, [("running", 10), ("failed", 20)], [1])
        # no events kept: the newer live revision replaced it when it was created
        deployment("no-events", "completed", 2, [("completed", 10), ("completed", 20)], [])
    return ids


def revisions(k, dep_id: int) -> list[tuple]:
    with k.db.session() as s:
        rows = s.scalars(select(DeploymentRevision).where(DeploymentRevision.deployment_id == dep_id)
                         .order_by(DeploymentRevision.number)).all()
        return [(r.number, r.state, r.replaced_by, r.replaced_at) for r in rows]


def test_earlier_running_revisions_become_replaced(kernel):
    downgrade(kernel, "deploy_0002")
    ids = old_rows(kernel)
    upgrade(kernel)
    assert revisions(kernel, ids["three"]) == [(1, "replaced", 2, at(25)), (2, "replaced", 3, at(35)), (3, "running", None, None)]
    assert revisions(kernel, ids["stopped"]) == [(1, "stopped", None, None), (2, "stopped", None, None)]
    assert revisions(kernel, ids["failed"]) == [(1, "running", None, None), (2, "failed", None, None)]
    assert revisions(kernel, ids["no-events"]) == [(1, "replaced", 2, at(20)), (2, "completed", None, None)]
    with kernel.db.session() as s:
        assert s.scalar(select(DeploymentRevision.message).where(DeploymentRevision.deployment_id == ids["three"],
                                                                 DeploymentRevision.number == 1)) == "replaced by revision 2"

    downgrade(kernel, "deploy_0002")
    with kernel.db.engine.connect() as conn:
        states = conn.exec_driver_sql(
            f"SELECT number, state FROM deploy_revisions WHERE deployment_id = {ids['three']} ORDER BY number").all()
    assert [tuple(r) for r in states] == [(1, "stopped"), (2, "stopped"), (3, "running")]
