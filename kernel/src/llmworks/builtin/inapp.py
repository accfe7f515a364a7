"""In-app notifications: one row per project member (read/unread per user)."""

from __future__ import annotations

from typing import Any

from llmworks_sdk import hookimpl
from sqlalchemy import select

from llmworks.db.models import Membership, Notification, User


class InAppNotifier:
    name = "inapp"
    description = "Notifications shown in the web UI's bell, per user"

    def notify(self, notification: dict[str, Any], *, kernel: Any) -> None:
        with kernel.db.session() as s:
            pid = notification.get("project_id")
            if pid is not None:
                users = set(s.scalars(select(Membership.user_id).where(Membership.project_id == pid)))
            else:
                users = set(s.scalars(select(User.id).where(User.role == "admin")))
            if notification.get("user_id"):
                users.add(notification["user_id"])
            existing = set(s.scalars(select(Notification.user_id).where(Notification.event_id == notification.get("event_id"))))
            for uid in sorted(users - existing):
                s.add(Notification(user_id=uid, event_id=notification.get("event_id"), project_id=pid, kind=notification["kind"],
                                   title=notification["title"][:255], body=notification.get("body", ""), link=notification.get("link")))
            if users - existing:
                kernel.events.publish("notification.created", project_id=pid, subject_kind="event",
                                      subject_id=notification.get("event_id"), data={"kind": notification["kind"],
                                                                                     "title": notification["title"]}, session=s)
        kernel.events.notify()


@hookimpl
def register_notifiers(register: Any) -> None:
    register(InAppNotifier())
