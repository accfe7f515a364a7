"""The deployment watcher: a thread in the server that keeps active deployments' rows current
without anyone reading them.

Every ``LLMWORKS_DEPLOY_WATCH_SECONDS`` (default 5; 0 turns it off) it syncs each active
deployment (the supervisor's crash/restart events become deployment events, kernel events and
so notifications; a dead supervisor marks the deployment failed) and probes the health of the
running ones: a change between healthy and unhealthy is recorded as a ``deployment.health``
event and stored in the row's ``health``. Started by ``llmworks_startup`` (server only),
stopped by ``llmworks_shutdown``.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Any

from sqlalchemy import select

from llmworks_deploy import service
from llmworks_deploy.tables import ACTIVE, Deployment

log = logging.getLogger("llmworks.deploy.watcher")
STATE_KEY = "deploy.watcher"


def interval_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get("LLMWORKS_DEPLOY_WATCH_SECONDS", "5")))
    except ValueError:
        return 5.0


class Watcher:
    def __init__(self, kernel: Any, interval: float | None = None) -> None:
        self.k = kernel
        self.interval = interval_seconds() if interval is None else interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._healthy: dict[int, bool] = {}  # the last health the watcher saw, per deployment

    def start(self) -> Watcher:
        if self.interval > 0 and self._thread is None:
            self._thread = threading.Thread(target=self._run, name="llmworks-deploy-watcher", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.tick()
            except Exception:  # noqa: BLE001 - the watcher outlives a bad round (database away, ...)
                log.exception("deployment watcher round failed")

    def tick(self) -> None:
        """One round over the active deployments."""
        with self.k.session() as db:
            ids = list(db.scalars(select(Deployment.id).where(Deployment.state.in_(ACTIVE))).all())
        for dep_id in ids:
            if self._stop.is_set():
                return
            try:
                self.check(dep_id)
            except Exception:  # noqa: BLE001 - one deployment's trouble does not stop the others
                log.exception("watching deployment %s failed", dep_id)
        for gone in set(self._healthy) - set(ids):
            self._healthy.pop(gone, None)

    def check(self, dep_id: int) -> None:
        with self.k.session() as db:
            dep = db.get(Deployment, dep_id)
            if dep is None:
                return
            service.sync(self.k, db, dep)
            if dep.state != "running":
                return
            target = self.k.registry.get("deploy_targets", dep.target)
            rev = service.current_revision(db, dep)
            if target is None or rev is None or not (target.long_running or (dep.outputs or {}).get("running")):
                return
            out = dict(target.health(service.running_context(self.k, dep, rev, log)))
            ok = bool(out.get("ok"))
            before = self._healthy.get(dep_id, (dep.health or {}).get("ok", True))
            self._healthy[dep_id] = ok
            if ok == before:
                return
            dep.health = out
            detail = "" if ok else f": {out.get('detail') or 'the health check failed'}"
            service.record_event(self.k, db, dep, "deployment.health", f"{'healthy' if ok else 'unhealthy'}{detail}",
                                 {"ok": ok, "detail": out.get("detail"), "pid": out.get("pid")})
