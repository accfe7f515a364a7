"""In-app notifications of the current user (read/unread)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from llmworks_sdk import NotFound
from llmworks_sdk.schemas import ApiModel, Timestamp
from sqlalchemy import func, select, update

from llmworks.api.pagination import Page, Paging, paginate
from llmworks.auth.deps import DB, Auth
from llmworks.db import utcnow
from llmworks.db.models import Notification

router = APIRouter(prefix="/api/notifications", tags=["notifications"])


class NotificationOut(ApiModel):
    id: int
    kind: str
    title: str
    body: str | None
    link: str | None
    project_id: int | None
    event_id: int | None
    read: bool
    created_at: Timestamp


class NotificationPage(Page[NotificationOut]):
    """A page of notifications, with the number of unread ones."""

    unread: int


class UnreadCount(ApiModel):
    unread: int


class MarkedCount(ApiModel):
    marked: int


def notification_out(n: Notification) -> dict[str, Any]:
    return {"id": n.id, "kind": n.kind, "title": n.title, "body": n.body, "link": n.link, "project_id": n.project_id,
            "event_id": n.event_id, "read": n.read_at is not None, "created_at": n.created_at.isoformat()}


@router.get("", response_model=NotificationPage, summary="My notifications, newest first")
def list_notifications(db: DB, auth: Auth, paging: Paging, unread: bool = Query(False)) -> dict[str, Any]:
    q = select(Notification).where(Notification.user_id == auth.user_id).order_by(Notification.id.desc())
    if unread:
        q = q.where(Notification.read_at.is_(None))
    page = paginate(db, q, paging, notification_out)
    page["unread"] = db.scalar(select(func.count()).select_from(Notification).where(
        Notification.user_id == auth.user_id, Notification.read_at.is_(None))) or 0
    return page


@router.get("/unread-count", response_model=UnreadCount, summary="Number of unread notifications")
def unread_count(db: DB, auth: Auth) -> dict[str, int]:
    n = db.scalar(select(func.count()).select_from(Notification).where(
        Notification.user_id == auth.user_id, Notification.read_at.is_(None))) or 0
    return {"unread": n}


@router.post("/{notification_id}/read", response_model=NotificationOut, summary="Mark one notification read")
def mark_read(notification_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    n = db.get(Notification, notification_id)
    if n is None or n.user_id != auth.user_id:
        raise NotFound(f"notification {notification_id} not found")
    n.read_at = n.read_at or utcnow()
    return notification_out(n)


@router.post("/read-all", response_model=MarkedCount, summary="Mark all my notifications read")
def mark_all_read(db: DB, auth: Auth) -> dict[str, int]:
    res = db.execute(update(Notification).where(Notification.user_id == auth.user_id, Notification.read_at.is_(None))
                     .values(read_at=utcnow()))
    return {"marked": res.rowcount or 0}
