"""Events: every state change a user may care about is published as an event; the UI shows
it live (SSE), ``on_event`` hook implementations and notifiers receive it.

    from llmworks_sdk.events import publish

    publish(kernel, "notes.created", project_id=note.project_id, subject_kind="note",
            subject_id=note.id, data={"title": note.title}, user_id=auth.user_id, session=db)

Name events ``"<plugin-or-area>.<what happened>"`` (``dataset.version_created``,
``evaluation.completed``). With ``session`` the event commits with your change (never an
event for a change that rolled back); the kernel wakes live readers after the request's
session commits when you call :func:`notify` (routes) — job code may simply omit ``session``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from llmworks_sdk.kernel import EventBus, kernel_of


def publish(
    source: object,
    type: str,
    *,
    project_id: int | None = None,
    subject_kind: str | None = None,
    subject_id: object = None,
    data: dict[str, Any] | None = None,
    user_id: int | None = None,
    session: Session | None = None,
) -> None:
    """Publish an event; ``source`` is the kernel, a request, a kernel session or a job context."""
    kernel_of(source).events.publish(type, project_id=project_id, subject_kind=subject_kind, subject_id=subject_id,
                                     data=data, user_id=user_id, session=session)


def notify(source: object) -> None:
    """Wake live readers (call after the session that published has committed)."""
    kernel_of(source).events.notify()


def recent(session: Session, *, limit: int = 20, project_ids: Iterable[int] | None = None,
           types: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The newest events first as JSON-ready dicts (``id``, ``type``, ``ts``, ``project_id``,
    ``user_id``, ``subject_kind``, ``subject_id``, ``data``)."""
    return kernel_of(session).events.recent(session, limit=limit, project_ids=project_ids, types=types)


__all__ = ["EventBus", "notify", "publish", "recent"]
