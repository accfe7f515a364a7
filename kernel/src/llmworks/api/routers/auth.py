"""Login sessions, the current user, preferences and API keys."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Literal

from fastapi import APIRouter, Request, Response
from llmworks_sdk import Invalid, NotFound, Unauthorized
from llmworks_sdk.schemas import ApiModel, StatusOut, Timestamp
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import delete, select

from llmworks.api.pagination import Page, Paging, paginate
from llmworks.auth.deps import DB, SESSION_COOKIE, Auth, KernelDep, _token_from, audit, client_ip
from llmworks.auth.roles import MEMBER_ROLES
from llmworks.auth.security import (
    API_KEY_PREFIX,
    DUMMY_HASH,
    SESSION_PREFIX,
    check_password_strength,
    hash_password,
    new_token,
    token_digest,
    verify_password,
)
from llmworks.db import utcnow
from llmworks.db.models import ApiKey, Event, LoginSession, Membership, Project, User

router = APIRouter(prefix="/api/auth", tags=["auth"])


class LoginIn(BaseModel):
    username: str = Field(..., min_length=1, max_length=64, examples=["admin"])
    password: str = Field(..., min_length=1, max_length=1024, examples=["change-me-now"])


class UserProject(ApiModel):
    id: int
    name: str
    slug: str
    role: str = Field(..., description="My role in the project (administrators see every project as maintainer)")


class Preferences(ApiModel):
    """UI preferences; unknown keys are kept."""

    model_config = ConfigDict(extra="allow")

    theme: Literal["dark", "light", "system"] | None = None
    project_id: int | None = Field(None, description="Last selected project")


class MeOut(ApiModel):
    id: int
    username: str
    email: str | None
    role: str = Field(..., description="admin or user")
    is_active: bool
    projects: list[UserProject]
    preferences: Preferences
    default_project_id: int | None = Field(
        None, description="The project the UI opens on: the last selected one, else the one with the latest activity, "
                          "else the first")


class LoginOut(ApiModel):
    token: str = Field(..., description="Session token; send as `Authorization: Bearer <token>` (a cookie is set too)")
    expires_at: Timestamp
    user: MeOut


def user_out(s: Any, u: User) -> dict[str, Any]:
    rows = s.execute(
        select(Project, Membership.role).join(Membership, Membership.project_id == Project.id).where(Membership.user_id == u.id)
    ).all()
    if u.role == "admin":
        projects = [{"id": p.id, "name": p.name, "slug": p.slug, "role": "maintainer"} for p in s.scalars(select(Project).order_by(Project.id))]
    else:
        projects = [{"id": p.id, "name": p.name, "slug": p.slug, "role": r} for p, r in rows]
    return {
        "id": u.id, "username": u.username, "email": u.email, "role": u.role, "is_active": u.is_active,
        "projects": projects, "preferences": u.preferences or {},
        "default_project_id": default_project(s, u.preferences or {}, [p["id"] for p in projects]),
    }


def default_project(s: Any, preferences: dict[str, Any], ids: list[int]) -> int | None:
    """The last selected project, else the one with the newest event (where the user's data is),
    else the first: a new user lands on the project with data, not an empty one."""
    chosen = preferences.get("project_id")
    if chosen in ids:
        return chosen
    if not ids:
        return None
    active = s.scalar(select(Event.project_id).where(Event.project_id.in_(ids)).order_by(Event.id.desc()).limit(1))
    return active if active is not None else ids[0]


@router.post("/login", response_model=LoginOut, summary="Log in with a password; sets the session cookie and returns a token")
def login(body: LoginIn, request: Request, response: Response, db: DB, k: KernelDep) -> dict[str, Any]:
    throttle = request.app.state.login_throttle
    address = client_ip(request)
    throttle.check(db, body.username, address)  # 429 before the (costly) password check
    user = db.scalar(select(User).where(User.username == body.username))
    ok = verify_password(user.password_hash if user else DUMMY_HASH, body.password)
    if not user or not ok or not user.is_active:
        throttle.failed(db, body.username, address)
        audit(db, request, "auth.login_failed", success=False, username=body.username)
        db.commit()
        raise Unauthorized("wrong username or password")
    throttle.succeeded(db, body.username)
    token = new_token(SESSION_PREFIX)
    expires = utcnow() + timedelta(days=k.settings.session_days)
    db.add(LoginSession(user_id=user.id, token_hash=token_digest(token), expires_at=expires,
                        user_agent=(request.headers.get("user-agent") or "")[:255]))
    audit(db, request, "auth.login", target_kind="user", target_id=user.id, username=user.username)
    response.set_cookie(
        SESSION_COOKIE, token, httponly=True, samesite="strict", secure=k.settings.secure_cookies,
        max_age=k.settings.session_days * 86400, path="/",
    )
    return {"token": token, "expires_at": expires.isoformat(), "user": user_out(db, user)}


@router.post("/logout", response_model=StatusOut, summary="End the current session")
def logout(request: Request, response: Response, db: DB, auth: Auth) -> dict[str, str]:
    token, _ = _token_from(request)
    if token and token.startswith(SESSION_PREFIX):
        db.execute(delete(LoginSession).where(LoginSession.token_hash == token_digest(token)))
    audit(db, request, "auth.logout", principal=auth)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return {"status": "logged out"}


@router.get("/me", response_model=MeOut, summary="The current user with projects and preferences")
def me(db: DB, auth: Auth) -> dict[str, Any]:
    user = db.get(User, auth.user_id)
    assert user is not None
    out = user_out(db, user)
    if auth.key_project_id is not None:
        out["projects"] = [p for p in out["projects"] if p["id"] == auth.key_project_id]
        out["default_project_id"] = auth.key_project_id
    return out


class PreferencesIn(BaseModel):
    theme: Literal["dark", "light", "system"] | None = None
    project_id: int | None = Field(None, description="Last selected project")


@router.patch("/me/preferences", response_model=Preferences, summary="Update UI preferences (theme, last project)")
def set_preferences(body: PreferencesIn, db: DB, auth: Auth) -> dict[str, Any]:
    user = db.get(User, auth.user_id)
    assert user is not None
    prefs = dict(user.preferences or {})
    prefs.update(body.model_dump(exclude_none=True))
    user.preferences = prefs
    return prefs


class PasswordIn(BaseModel):
    current_password: str = Field(..., max_length=1024)
    new_password: str = Field(..., max_length=1024)


@router.post("/me/password", response_model=StatusOut, summary="Change the current user's password")
def change_password(body: PasswordIn, request: Request, db: DB, auth: Auth) -> dict[str, str]:
    user = db.get(User, auth.user_id)
    assert user is not None
    if not verify_password(user.password_hash, body.current_password):
        raise Invalid("the current password is wrong", field=("body", "current_password"))
    if msg := check_password_strength(body.new_password):
        raise Invalid(msg, field=("body", "new_password"))
    user.password_hash = hash_password(body.new_password)
    db.execute(delete(LoginSession).where(LoginSession.user_id == user.id))
    audit(db, request, "auth.password_changed", principal=auth, target_kind="user", target_id=user.id)
    return {"status": "password changed; log in again"}


# ---------------------------------------------------------------- API keys
class ApiKeyIn(BaseModel):
    name: str = Field(..., min_length=1, max_length=128, examples=["ci pipeline"])
    project_id: int | None = Field(None, description="Restrict the key to one project")
    role: Literal["viewer", "annotator", "maintainer", "labeler"] | None = Field(None, description="Cap the key's role")
    expires_in_days: int | None = Field(None, ge=1, le=3650)


class ApiKeyOut(ApiModel):
    id: int
    name: str
    prefix: str = Field(..., description="The first characters of the secret, to recognise it")
    project_id: int | None
    role: str | None
    created_at: Timestamp
    last_used_at: Timestamp | None
    expires_at: Timestamp | None
    revoked: bool


class ApiKeyCreated(ApiKeyOut):
    key: str = Field(..., description="The secret (`lwk_...`), shown only in this answer")


def key_out(k_: ApiKey) -> dict[str, Any]:
    return {
        "id": k_.id, "name": k_.name, "prefix": k_.prefix, "project_id": k_.project_id, "role": k_.role,
        "created_at": k_.created_at.isoformat(), "last_used_at": k_.last_used_at.isoformat() if k_.last_used_at else None,
        "expires_at": k_.expires_at.isoformat() if k_.expires_at else None,
        "revoked": k_.revoked_at is not None,
    }


@router.get("/api-keys", response_model=Page[ApiKeyOut], summary="List my API keys")
def list_keys(db: DB, auth: Auth, paging: Paging) -> dict[str, Any]:
    return paginate(db, select(ApiKey).where(ApiKey.user_id == auth.user_id).order_by(ApiKey.id), paging, key_out)


@router.post("/api-keys", status_code=201, response_model=ApiKeyCreated, summary="Create an API key (the secret is shown once)")
def create_key(body: ApiKeyIn, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    if auth.via == "api_key":
        raise Unauthorized("API keys cannot create API keys: log in with a password")
    if body.project_id is not None:
        auth.require_project(body.project_id, "viewer")
    assert body.role is None or body.role in MEMBER_ROLES
    secret = new_token(API_KEY_PREFIX)
    key = ApiKey(
        user_id=auth.user_id, project_id=body.project_id, name=body.name, prefix=secret[:10], key_hash=token_digest(secret),
        role=body.role, expires_at=(utcnow() + timedelta(days=body.expires_in_days)) if body.expires_in_days else None,
    )
    db.add(key)
    db.flush()
    audit(db, request, "apikey.created", principal=auth, project_id=body.project_id, target_kind="api_key", target_id=key.id)
    return {**key_out(key), "key": secret}


@router.delete("/api-keys/{key_id}", response_model=ApiKeyOut, summary="Revoke an API key")
def revoke_key(key_id: int, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    key = db.get(ApiKey, key_id)
    if key is None or (key.user_id != auth.user_id and not auth.is_admin):
        raise NotFound(f"API key {key_id} not found")
    key.revoked_at = key.revoked_at or datetime.now().astimezone()
    audit(db, request, "apikey.revoked", principal=auth, project_id=key.project_id, target_kind="api_key", target_id=key.id)
    return key_out(key)
