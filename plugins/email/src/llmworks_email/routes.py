"""``/api/email``: the server's SMTP settings (administrators) and each user's opt-ins."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from llmworks_sdk import Invalid
from llmworks_sdk.schemas import ApiModel, Timestamp
from llmworks_sdk.web import DB, Admin, Auth, KernelDep, audit
from pydantic import BaseModel, ConfigDict, Field

from llmworks_email.models import KINDS, EmailServer, EmailSubscription
from llmworks_email.notifier import message, send

router = APIRouter(tags=["email"])
Kind = Literal["job.completed", "job.failed", "evaluation.report"]
ADDRESS = r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$|^[^@\s<>]+@localhost$"


class ServerIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    enabled: bool = True
    host: str = Field(..., min_length=1, max_length=255, pattern=r"^[A-Za-z0-9.\-:\[\]]+$", examples=["smtp.example.com"])
    port: int = Field(587, ge=1, le=65535)
    security: Literal["none", "starttls", "ssl"] = Field("starttls", description="How to protect the connection")
    username: str | None = Field(None, max_length=255, description="Log in with this user (none: no login)")
    password: str | None = Field(None, max_length=1024,
                                 description="Left out: keep the stored password; empty string: remove it")
    from_address: str = Field(..., max_length=255, pattern=ADDRESS, examples=["llmworks@example.com"])
    timeout_seconds: float = Field(10.0, gt=0, le=120)


class ServerOut(ApiModel):
    configured: bool = Field(..., description="Whether an SMTP server is set (no e-mail is sent otherwise)")
    enabled: bool
    host: str | None
    port: int | None
    security: str | None
    username: str | None
    password_set: bool = Field(..., description="Whether a password is stored (it is never returned)")
    from_address: str | None
    timeout_seconds: float | None
    updated_at: Timestamp | None


class TestOut(ApiModel):
    sent: bool
    to: str
    error: str | None = Field(None, description="Why the server did not accept it")


class EmailPreferencesIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kinds: list[Kind] = Field(..., max_length=len(KINDS), description="The notification kinds to receive by e-mail",
                              examples=[["job.failed"]])


class EmailPreferencesOut(ApiModel):
    email: str | None = Field(..., description="Where the e-mails go (your account's address); none: nothing is sent")
    kinds: list[str] = Field(..., description="The kinds you receive by e-mail")
    available_kinds: list[str]
    server_configured: bool = Field(..., description="Whether the administrators set up an SMTP server")


def server_out(row: EmailServer | None) -> dict[str, Any]:
    if row is None:
        return {"configured": False, "enabled": False, "host": None, "port": None, "security": None, "username": None,
                "password_set": False, "from_address": None, "timeout_seconds": None, "updated_at": None}
    return {"configured": True, "enabled": row.enabled, "host": row.host, "port": row.port, "security": row.security,
            "username": row.username, "password_set": bool(row.password), "from_address": row.from_address,
            "timeout_seconds": row.timeout_seconds, "updated_at": row.updated_at.isoformat()}


@router.get("/server", response_model=ServerOut, summary="The SMTP server e-mails are sent through (administrators)")
def get_server(db: DB, auth: Admin) -> dict[str, Any]:
    return server_out(db.get(EmailServer, 1))


@router.put("/server", response_model=ServerOut, summary="Set the SMTP server (administrators)")
def put_server(body: ServerIn, request: Request, db: DB, auth: Admin) -> dict[str, Any]:
    if body.password and not body.username:
        raise Invalid("a password needs a username", field=("body", "username"))
    row = db.get(EmailServer, 1)
    if row is None:
        row = EmailServer(id=1, host=body.host, from_address=body.from_address)
        db.add(row)
    for name in ("enabled", "host", "port", "security", "username", "from_address", "timeout_seconds"):
        setattr(row, name, getattr(body, name))
    if body.password is not None:
        row.password = body.password or None
    db.flush()
    audit(db, request, "email.server_set", principal=auth, target_kind="email_server", target_id="1")
    return server_out(row)


@router.delete("/server", response_model=ServerOut, summary="Remove the SMTP server: no more e-mail (administrators)")
def delete_server(request: Request, db: DB, auth: Admin) -> dict[str, Any]:
    row = db.get(EmailServer, 1)
    if row is not None:
        db.delete(row)
        audit(db, request, "email.server_removed", principal=auth, target_kind="email_server", target_id="1")
    return server_out(None)


def _my_address(db: Any, k: Any, user_id: int) -> str | None:
    me = [c for c in k.projects.contacts(db, None, also=[user_id]) if c.user_id == user_id]
    return me[0].email if me else None


@router.post("/server/test", response_model=TestOut, summary="Send a test e-mail to yourself (administrators)")
def test_server(db: DB, auth: Admin, k: KernelDep) -> dict[str, Any]:
    row = db.get(EmailServer, 1)
    if row is None:
        raise Invalid("no SMTP server is set: PUT /api/email/server first")
    to = _my_address(db, k, auth.user_id)
    if not to:
        raise Invalid("your account has no e-mail address: set one first (PATCH /api/users/{id})")
    msg = message(row, to, "llmworks: test e-mail", "The SMTP settings work.", kind="test", link=None, public_url=None)
    (error,) = send(row, [msg])
    return {"sent": error is None, "to": to, "error": error}


def preferences_out(db: Any, k: Any, user_id: int) -> dict[str, Any]:
    sub = db.get(EmailSubscription, user_id)
    return {"email": _my_address(db, k, user_id), "kinds": [x for x in KINDS if sub is not None and x in (sub.kinds or [])],
            "available_kinds": list(KINDS), "server_configured": db.get(EmailServer, 1) is not None}


@router.get("/preferences", response_model=EmailPreferencesOut, summary="Which notifications you receive by e-mail")
def get_preferences(db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    return preferences_out(db, k, auth.user_id)


@router.put("/preferences", response_model=EmailPreferencesOut, summary="Opt in to (or out of) e-mail per notification kind",
            openapi_extra={"x-llmworks-min-role": "viewer"})
def put_preferences(body: EmailPreferencesIn, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    sub = db.get(EmailSubscription, auth.user_id)
    kinds = [x for x in KINDS if x in body.kinds]
    if sub is None:
        db.add(EmailSubscription(user_id=auth.user_id, kinds=kinds))
    else:
        sub.kinds = kinds
    db.flush()
    return preferences_out(db, k, auth.user_id)
