"""The event bus: every state change is a row in ``events``; readers tail by id.

``publish`` may join the caller's session so that a state change and its event commit
together (no event is ever lost or reported for a change that rolled back). In-process
listeners (SSE streams, the dispatcher) are woken at once; events written by other
processes (job children, Celery workers) are picked up by polling.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks.db import Database
from llmworks.db.models import Event


def event_to_dict(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type,
        "ts": e.ts.isoformat(),
        "project_id": e.project_id,
        "user_id": e.user_id,
        "subject_kind": e.subject_kind,
        "subject_id": e.subject_id,
        "data": e.data or {},
    }


class EventBus:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._cond = threading.Condition()
        self._version = 0

    def publish(
        self,
        type: str,
        *,
        project_id: int | None = None,
        subject_kind: str | None = None,
        subject_id: Any = None,
        data: dict[str, Any] | None = None,
        user_id: int | None = None,
        session: Session | None = None,
    ) -> Event:
        ev = Event(
            type=type,
            project_id=project_id,
            subject_kind=subject_kind,
            subject_id=None if subject_id is None else str(subject_id),
            data=data or {},
            user_id=user_id,
        )
        if session is not None:
            session.add(ev)
            session.flush()
        else:
            with self.db.session() as s:
                s.add(ev)
                s.flush()
            self.notify()
        return ev

    def notify(self) -> None:
        """Wake in-process readers (call after committing a session that published)."""
        with self._cond:
            self._version += 1
            self._cond.notify_all()

    def wait(self, version: int, timeout: float) -> int:
        with self._cond:
            if self._version == version:
                self._cond.wait(timeout)
            return self._version

    @property
    def version(self) -> int:
        return self._version

    def since(
        self,
        last_id: int,
        *,
        limit: int = 500,
        project_ids: Iterable[int] | None = None,
        include_global: bool = True,
        types: Iterable[str] | None = None,
        about_user: int | None = None,
    ) -> list[dict[str, Any]]:
        """Events after ``last_id``; with ``project_ids``, only those projects' (and the global
        ones with ``include_global``), plus the events whose subject is user ``about_user``
        wherever they happen (a membership given to that user in a project it cannot see yet)."""
        with self.db.session() as s:
            q = select(Event).where(Event.id > last_id).order_by(Event.id).limit(limit)
            if project_ids is not None:
                ids = list(project_ids)
                cond = Event.project_id.in_(ids)
                if include_global:
                    cond = cond | Event.project_id.is_(None)
                if about_user is not None:
                    cond = cond | ((Event.subject_kind == "user") & (Event.subject_id == str(about_user)))
                q = q.where(cond)
            if types:
                q = q.where(Event.type.in_(list(types)))
            return [event_to_dict(e) for e in s.scalars(q)]

    def recent(
        self,
        session: Session,
        *,
        limit: int = 20,
        project_ids: Iterable[int] | None = None,
        types: Iterable[str] | None = None,
    ) -> list[dict[str, Any]]:
        """The newest events first, limited to ``project_ids`` when given (None: all)."""
        q = select(Event).order_by(Event.id.desc()).limit(limit)
        if project_ids is not None:
            q = q.where(Event.project_id.in_(list(project_ids)))
        if types:
            q = q.where(Event.type.in_(list(types)))
        return [event_to_dict(e) for e in session.scalars(q)]

    def last_id(self) -> int:
        with self.db.session() as s:
            return s.scalar(select(Event.id).order_by(Event.id.desc()).limit(1)) or 0
