"""Webhook endpoints of a project (maintainers) and their delivery log."""

from __future__ import annotations

import secrets
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from llmworks_sdk.pagination import Page, Paging, paginate
from llmworks_sdk.schemas import ApiModel, StatusOut, Timestamp
from llmworks_sdk.web import DB, Auth, audit, load_in_project
from pydantic import AnyHttpUrl, BaseModel, Field
from sqlalchemy import select

from llmworks_webhook.models import WebhookDelivery, WebhookEndpoint
from llmworks_webhook.notifier import deliver
from llmworks_webhook.targets import resolve_target

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


class WebhookOut(ApiModel):
    id: int
    project_id: int
    url: str
    kinds: list[str] = Field(..., description="Notification kinds delivered; empty: all")
    active: bool
    created_at: Timestamp


class WebhookCreated(WebhookOut):
    secret: str = Field(..., description="The HMAC signing secret, shown only in this answer")


class WebhookTestOut(ApiModel):
    status_code: int | None = Field(..., description="The receiver's HTTP status (null when unreachable)")
    error: str | None
    duration_ms: float | None


class DeliveryOut(ApiModel):
    id: int
    event_id: int | None
    kind: str
    status_code: int | None
    error: str | None
    duration_ms: float | None
    attempted_at: Timestamp


def endpoint_out(e: WebhookEndpoint, *, secret: bool = False) -> dict[str, Any]:
    out = {"id": e.id, "project_id": e.project_id, "url": e.url, "kinds": e.kinds, "active": e.active,
           "created_at": e.created_at.isoformat()}
    if secret:
        out["secret"] = e.secret
    return out


def _endpoint(db: Any, auth: Any, endpoint_id: int, minimum: str = "maintainer") -> WebhookEndpoint:
    return load_in_project(db, auth, WebhookEndpoint, endpoint_id, minimum, what="webhook")


@router.get("", response_model=Page[WebhookOut], summary="List a project's webhooks")
def list_webhooks(db: DB, auth: Auth, paging: Paging, project_id: int = Query(...)) -> dict[str, Any]:
    auth.require_project(project_id, "maintainer")
    return paginate(db, select(WebhookEndpoint).where(WebhookEndpoint.project_id == project_id).order_by(WebhookEndpoint.id),
                    paging, endpoint_out)


@router.post("", status_code=201, response_model=WebhookCreated, summary="Add a webhook (the signing secret is shown once)")
def create_webhook(body: EndpointIn, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    auth.require_project(body.project_id, "maintainer")
    resolve_target(str(body.url))  # 422 for private, loopback and link-local targets
    e = WebhookEndpoint(project_id=body.project_id, url=str(body.url), kinds=list(body.kinds),
                        secret=body.secret or secrets.token_urlsafe(32), created_by=auth.user_id)
    db.add(e)
    db.flush()
    audit(db, request, "webhook.created", principal=auth, project_id=e.project_id, target_kind="webhook", target_id=e.id, url=e.url)
    return endpoint_out(e, secret=True)


@router.patch("/{endpoint_id}", response_model=WebhookOut, summary="Change a webhook")
def update_webhook(endpoint_id: int, body: EndpointPatch, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    e = _endpoint(db, auth, endpoint_id)
    data = body.model_dump(exclude_none=True)
    if "url" in data:
        data["url"] = str(data["url"])
        resolve_target(data["url"])
    for k_, v in data.items():
        setattr(e, k_, v)
    audit(db, request, "webhook.updated", principal=auth, project_id=e.project_id, target_kind="webhook", target_id=e.id)
    return endpoint_out(e)


@router.delete("/{endpoint_id}", response_model=StatusOut, summary="Delete a webhook")
def delete_webhook(endpoint_id: int, request: Request, db: DB, auth: Auth) -> dict[str, str]:
    e = _endpoint(db, auth, endpoint_id)
    audit(db, request, "webhook.deleted", principal=auth, project_id=e.project_id, target_kind="webhook", target_id=e.id)
    db.delete(e)
    return {"status": "deleted"}


@router.post("/{endpoint_id}/test", response_model=WebhookTestOut, summary="Send a test notification now")
def test_webhook(endpoint_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    e = _endpoint(db, auth, endpoint_id)
    status, err, ms = deliver(e, {"kind": "test", "title": "llmworks test notification", "body": "It works.",
                                  "link": None, "project_id": e.project_id, "event": None})
    db.add(WebhookDelivery(endpoint_id=e.id, kind="test", status_code=status, error=err, duration_ms=ms))
    return {"status_code": status, "error": err, "duration_ms": ms}


@router.get("/{endpoint_id}/deliveries", response_model=Page[DeliveryOut], summary="Delivery log of a webhook")
def deliveries(endpoint_id: int, db: DB, auth: Auth, paging: Paging) -> dict[str, Any]:
    _endpoint(db, auth, endpoint_id)
    return paginate(db, select(WebhookDelivery).where(WebhookDelivery.endpoint_id == endpoint_id).order_by(WebhookDelivery.id.desc()),
                    paging, lambda d: {"id": d.id, "event_id": d.event_id, "kind": d.kind, "status_code": d.status_code,
                                       "error": d.error, "duration_ms": d.duration_ms, "attempted_at": d.attempted_at.isoformat()})
