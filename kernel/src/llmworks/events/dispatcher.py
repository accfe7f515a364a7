"""Delivers stored events to plugins' ``on_event`` and turns the notable ones into
notifications for every registered notifier (in-app, webhook, ...). At-least-once: the
cursor is saved after each batch."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from llmworks_sdk.types import Notification

from llmworks.db.models import KV

if TYPE_CHECKING:
    from llmworks.kernel import Kernel

log = logging.getLogger("llmworks.events")
CURSOR_KEY = "events.dispatcher.cursor"


def notification_for(event: dict[str, Any]) -> Notification | None:
    """The :class:`~llmworks_sdk.types.Notification` of a notable event (None for the others)."""
    t, d = event["type"], event.get("data") or {}
    title = d.get("title") or d.get("kind") or "job"
    if t == "job.succeeded":
        n = {"kind": "job.completed", "title": f"Completed: {title}", "body": f"Job {event['subject_id']} finished successfully."}
    elif t == "job.failed":
        n = {"kind": "job.failed", "title": f"Failed: {title}", "body": f"Job {event['subject_id']} failed: {d.get('error') or 'unknown error'}"}
    elif t == "evaluation.completed":
        summary = d.get("summary")
        if isinstance(summary, dict):  # {metric: score} → "bleu 12.3 · rouge1 0.41"
            summary = " · ".join(f"{k} {v:.4g}" if isinstance(v, (int, float)) else f"{k} {v}" for k, v in summary.items())
        n = {"kind": "evaluation.report", "title": f"New evaluation report: {d.get('name') or title}",
             "body": str(summary) if summary else "An evaluation finished; open it to see the scores."}
    elif t == "deployment.state" and d.get("state") in ("running", "completed", "failed"):
        n = {"kind": "deployment.status", "title": f"Deployment {d.get('name')}: {d['state']}",
             "body": str(d.get("message") or f"The deployment is {d['state']}.")}
    elif t == "deployment.process_crashed":
        n = {"kind": "deployment.status", "title": f"Deployment {d.get('name')}: the serving process crashed",
             "body": str(d.get("message") or "It is restarted with backoff.")}
    elif t == "deployment.process_hung":
        n = {"kind": "deployment.status", "title": f"Deployment {d.get('name')}: the serving process hung",
             "body": str(d.get("message") or "It stopped answering its health checks and is restarted.")}
    elif t == "deployment.health":
        state = "healthy again" if d.get("ok") else "unhealthy"
        n = {"kind": "deployment.status", "title": f"Deployment {d.get('name')}: {state}",
             "body": str(d.get("message") or f"The deployment is {state}.")}
    else:
        return None
    link = d.get("link") or (f"/jobs/{event['subject_id']}" if event.get("subject_kind") == "job" else None)
    return Notification(kind=n["kind"], title=n["title"], body=n["body"], link=link, project_id=event.get("project_id"),
                        user_id=event.get("user_id"), event_id=event["id"], event=event)


class EventDispatcher:
    def __init__(self, kernel: Kernel) -> None:
        self.k = kernel
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def cursor(self) -> int:
        with self.k.db.session() as s:
            row = s.get(KV, CURSOR_KEY)
            if row is None:
                s.add(KV(key=CURSOR_KEY, value={"id": 0}))
                return 0
            return int(row.value.get("id", 0))

    def save(self, cursor: int) -> None:
        with self.k.db.session() as s:
            row = s.get(KV, CURSOR_KEY)
            if row is None:
                s.add(KV(key=CURSOR_KEY, value={"id": cursor}))
            else:
                row.value = {"id": cursor}

    def dispatch_pending(self) -> int:
        cursor = self.cursor()
        n = 0
        while True:
            batch = self.k.events.since(cursor, limit=200)
            if not batch:
                return n
            for ev in batch:
                self.deliver(ev)
                cursor = ev["id"]
                n += 1
            self.save(cursor)

    def deliver(self, ev: dict[str, Any]) -> None:
        self.k.plugins.call("on_event", event=ev, kernel=self.k)
        note = notification_for(ev)
        if note is None:
            return
        for name, notifier in self.k.registry.notifiers.items():
            try:
                notifier.notify(note, kernel=self.k)
            except Exception:  # noqa: BLE001
                log.exception("notifier %s failed for event %s", name, ev["id"])

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="llmworks-events", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self.k.events.notify()
        if self._thread:
            self._thread.join(5)

    def _run(self) -> None:
        while not self._stop.is_set():
            version = self.k.events.version
            try:
                self.dispatch_pending()
            except Exception:  # noqa: BLE001
                log.exception("event dispatch failed; retrying")
            self.k.events.wait(version, 1.0)
