"""Webhook endpoints of a project (maintainers) and their delivery log."""

from __future__ import annotations

import secrets
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from llmworks_sdk import NotFound
from pydantic import AnyHttpUrl, BaseModel, Field
from sqlalchemy import select

from llmworks.api.pagination import Paging, paginate
from llmworks.auth.deps import DB, Auth, audit
from llmworks_webhook.models import WebhookDelivery, WebhookEndpoint
from llmworks_webhook.notifier import deliver

router = APIRouter(tags=["webhooks"])
Kind = Literal["job.completed", "job.failed", "evaluation.report"]


class EndpointIn(BaseModel):
    project_id: int
    url: AnyHttpUrl = Field(..., examples=["https://hooks.example.com/llmworks"])
    kinds: list[Kind] = Field(default_factory=list, description="Notification kinds to send; empty means all")
    secret: str | None = Field(None, min_length=16, max_length=128, description="HMAC secret; generated if absent")


class EndpointPatch(BaseModel):
    url: AnyHttpUrl | None = None
    kinds: list[Kind] | None = None
    active: bool | None = None


def endpoint_out(e: WebhookEndpoint, *, secret: bool = False) -> dict[str, Any]:
    out = {"id": e.id, "project_id": e.project_id, "url": e.url, "kinds": e.kinds, "active": e.active,
           "created_at": e.created_at.isoformat()}
    if secret:
        out["secret"] = e.secret
    return out


def _endpoint(db: Any, auth: Any, endpoint_id: int, minimum: str = "maintainer") -> WebhookEndpoint:
    e = db.get(WebhookEndpoint, endpoint_id)
    if e is None:
        raise NotFound(f"webhook {endpoint_id} not found")
    auth.require_project(e.project_id, minimum, what="webhook")
    return e


@router.get("", summary="List a project's webhooks")
def list_webhooks(db: DB, auth: Auth, paging: Paging, project_id: int = Query(...)) -> dict[str, Any]:
    auth.require_project(project_id, "maintainer")
    return paginate(db, select(WebhookEndpoint).where(WebhookEndpoint.project_id == project_id).order_by(WebhookEndpoint.id),
                    paging, endpoint_out)


@router.post("", status_code=201, summary="Add a webhook (the signing secret is shown once)")
def create_webhook(body: EndpointIn, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    auth.require_project(body.project_id, "maintainer")
    e = WebhookEndpoint(project_id=body.project_id, url=str(body.url), kinds=list(body.kinds),
                        secret=body.secret or secrets.token_urlsafe(32), created_by=auth.user_id)
    db.add(e)
    db.flush()
    audit(db, request, "webhook.created", principal=auth, project_id=e.project_id, target_kind="webhook", target_id=e.id, url=e.url)
    return endpoint_out(e, secret=True)


@router.patch("/{endpoint_id}", summary="Change a webhook")
def update_webhook(endpoint_id: int, body: EndpointPatch, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    e = _endpoint(db, auth, endpoint_id)
    data = body.model_dump(exclude_none=True)
    if "url" in data:
        data["url"] = str(data["url"])
    for k_, v in data.items():
        setattr(e, k_, v)
    audit(db, request, "webhook.updated", principal=auth, project_id=e.project_id, target_kind="webhook", target_id=e.id)
    return endpoint_out(e)


@router.delete("/{endpoint_id}", summary="Delete a webhook")
def delete_webhook(endpoint_id: int, request: Request, db: DB, auth: Auth) -> dict[str, str]:
    e = _endpoint(db, auth, endpoint_id)
    audit(db, request, "webhook.deleted", principal=auth, project_id=e.project_id, target_kind="webhook", target_id=e.id)
    db.delete(e)
    return {"status": "deleted"}


@router.post("/{endpoint_id}/test", summary="Send a test notification now")
def test_webhook(endpoint_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    e = _endpoint(db, auth, endpoint_id)
    status, err, ms = deliver(e, {"kind": "test", "title": "llmworks test notification", "body": "It works.",
                                  "link": None, "project_id": e.project_id, "event": None})
    db.add(WebhookDelivery(endpoint_id=e.id, kind="test", status_code=status, error=err, duration_ms=ms))
    return {"status_code": status, "error": err, "duration_ms": ms}


@router.get("/{endpoint_id}/deliveries", summary="Delivery log of a webhook")
def deliveries(endpoint_id: int, db: DB, auth: Auth, paging: Paging) -> dict[str, Any]:
    _endpoint(db, auth, endpoint_id)
    return paginate(db, select(WebhookDelivery).where(WebhookDelivery.endpoint_id == endpoint_id).order_by(WebhookDelivery.id.desc()),
                    paging, lambda d: {"id": d.id, "event_id": d.event_id, "kind": d.kind, "status_code": d.status_code,
                                       "error": d.error, "duration_ms": d.duration_ms, "attempted_at": d.attempted_at.isoformat()})
