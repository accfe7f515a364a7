"""User administration (administrators) and the audit log."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from llmworks_sdk import Conflict, Invalid, NotFound
from llmworks_sdk.schemas import ApiModel, Timestamp
from pydantic import BaseModel, Field
from sqlalchemy import delete, select

from llmworks.api.pagination import Page, Paging, paginate
from llmworks.auth.deps import DB, Admin, audit
from llmworks.auth.security import check_password_strength, hash_password
from llmworks.db.models import AuditEntry, LoginSession, User

router = APIRouter(tags=["users"])


class UserOut(ApiModel):
    id: int
    username: str
    email: str | None
    role: str = Field(..., description="admin or user")
    is_active: bool
    created_at: Timestamp


class AuditEntryOut(ApiModel):
    id: int
    ts: Timestamp
    user_id: int | None
    username: str | None
    action: str
    project_id: int | None
    target_kind: str | None
    target_id: str | None
    ip: str | None
    success: bool
    details: dict[str, Any] | None


def public_user(u: User) -> dict[str, Any]:
    return {"id": u.id, "username": u.username, "email": u.email, "role": u.role, "is_active": u.is_active,
            "created_at": u.created_at.isoformat()}


class UserIn(BaseModel):
    username: str = Field(..., pattern=r"^[A-Za-z0-9_.-]{1,64}$", examples=["alice"])
    password: str = Field(..., max_length=1024)
    email: str | None = Field(None, max_length=255)
    role: Literal["admin", "user"] = "user"


class UserPatch(BaseModel):
    email: str | None = Field(None, max_length=255)
    role: Literal["admin", "user"] | None = None
    is_active: bool | None = None
    password: str | None = Field(None, max_length=1024)


@router.get("/api/users", response_model=Page[UserOut], summary="List users (administrators)")
def list_users(db: DB, admin: Admin, paging: Paging) -> dict[str, Any]:
    return paginate(db, select(User).order_by(User.id), paging, public_user)


@router.post("/api/users", status_code=201, response_model=UserOut, summary="Create a user (administrators)")
def create_user(body: UserIn, request: Request, db: DB, admin: Admin) -> dict[str, Any]:
    if msg := check_password_strength(body.password):
        raise Invalid(msg, field=("body", "password"))
    if db.scalar(select(User).where(User.username == body.username)):
        raise Conflict(f"user '{body.username}' exists", field=("body", "username"))
    u = User(username=body.username, email=body.email, role=body.role, password_hash=hash_password(body.password))
    db.add(u)
    db.flush()
    audit(db, request, "user.created", principal=admin, target_kind="user", target_id=u.id, role=u.role)
    return public_user(u)


@router.patch("/api/users/{user_id}", response_model=UserOut, summary="Update a user (administrators)")
def update_user(user_id: int, body: UserPatch, request: Request, db: DB, admin: Admin) -> dict[str, Any]:
    u = db.get(User, user_id)
    if u is None:
        raise NotFound(f"user {user_id} not found")
    if body.password is not None:
        if msg := check_password_strength(body.password):
            raise Invalid(msg, field=("body", "password"))
        u.password_hash = hash_password(body.password)
        db.execute(delete(LoginSession).where(LoginSession.user_id == u.id))
    if body.role is not None and body.role != u.role:
        if u.role == "admin" and not db.scalars(select(User).where(User.role == "admin", User.id != u.id, User.is_active)).first():
            raise Conflict("the last active administrator cannot be demoted")
        u.role = body.role
    if body.email is not None:
        u.email = body.email
    if body.is_active is not None:
        if not body.is_active and u.id == admin.user_id:
            raise Conflict("you cannot deactivate yourself")
        u.is_active = body.is_active
        if not u.is_active:
            db.execute(delete(LoginSession).where(LoginSession.user_id == u.id))
    audit(db, request, "user.updated", principal=admin, target_kind="user", target_id=u.id,
          fields=sorted(body.model_dump(exclude_none=True, exclude={"password"})) + (["password"] if body.password else []))
    return public_user(u)


def audit_out(a: AuditEntry) -> dict[str, Any]:
    return {"id": a.id, "ts": a.ts.isoformat(), "user_id": a.user_id, "username": a.username, "action": a.action,
            "project_id": a.project_id, "target_kind": a.target_kind, "target_id": a.target_id, "ip": a.ip,
            "success": a.success, "details": a.details}


@router.get("/api/audit", response_model=Page[AuditEntryOut], summary="Security audit log (administrators)", tags=["audit"])
def audit_log(db: DB, admin: Admin, paging: Paging, action: str | None = Query(None, max_length=64)) -> dict[str, Any]:
    q = select(AuditEntry).order_by(AuditEntry.id.desc())
    if action:
        q = q.where(AuditEntry.action == action)
    return paginate(db, q, paging, audit_out)
