"""FastAPI dependencies that every route (kernel or plugin) uses for auth and storage.

The dependency functions and types (``Auth``, ``Admin``, ``DB``, ``KernelDep``, ``audit``)
are the plugin SDK's (``llmworks_sdk.web``), re-exported here for the kernel's routers: the
kernel implements what they delegate to (``Kernel.authenticate`` → :func:`authenticate`,
``Kernel.audit`` → :func:`write_audit`).

    from llmworks.auth.deps import Auth, DB, KernelDep

    @router.get("/things/{id}")
    def get_thing(id: int, auth: Auth, db: DB):
        thing = db.get(Thing, id) or raise_not_found()
        auth.require_project(thing.project_id, "viewer", what="thing")
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from fastapi import Request
from llmworks_sdk import Unauthorized
from llmworks_sdk.web import (
    DB,
    Admin,
    Auth,
    KernelDep,
    admin_principal,
    client_ip,
    current_principal,
    db_session,
    get_kernel,
    load_in_project,
    resolved_caller,
    scope_to_projects,
)
from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from llmworks.auth import principal_cache
from llmworks.auth.principal import Principal
from llmworks.auth.security import API_KEY_PREFIX, token_digest
from llmworks.db import utcnow
from llmworks.db.models import ApiKey, LoginSession, User

__all__ = [
    "DB", "SESSION_COOKIE", "Admin", "Auth", "KernelDep", "admin_principal", "audit", "authenticate", "client_ip",
    "current_principal", "db_session", "get_kernel", "load_in_project", "resolve_principal", "scope_to_projects",
    "write_audit",
]

SESSION_COOKIE = "llmworks_session"


def _token_from(request: Request) -> tuple[str | None, str]:
    authz = request.headers.get("authorization", "")
    if authz.lower().startswith("bearer "):
        return authz[7:].strip(), "header"
    key = request.headers.get("x-api-key")
    if key:
        return key.strip(), "header"
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        return cookie, "cookie"
    # EventSource cannot set headers: allow ?access_token= on GET for SSE only
    if request.method == "GET" and request.url.path == "/api/events":
        tok = request.query_params.get("access_token")
        if tok:
            return tok, "query"
    return None, ""


#: an API key's ``last_used_at`` is written at most this often
KEY_TOUCH_EVERY = timedelta(seconds=60)


def _touch_key(s: Session, key_id: int, now: datetime) -> None:
    """Record a key's use in its own short transaction. Written in the request's transaction it
    would take the database's write lock before the request needs it and hold it to the end: on
    SQLite a long upload would block every other writer, and the body gate (a second session in the
    same request) would wait for the request's own lock until the busy timeout ("database is
    locked"). Best effort: a busy database skips the stamp, never the request."""
    try:
        with Session(s.get_bind()) as t, t.begin():
            t.execute(update(ApiKey).where(ApiKey.id == key_id).values(last_used_at=now))
    except SQLAlchemyError:
        pass


def resolve_principal(s: Session, token: str) -> Principal | None:
    """The caller of ``token`` (an API key or a login session's token), or None when it is
    unknown, expired, revoked or its user inactive. Answered from :mod:`principal_cache` when
    the same credential was resolved in the last seconds."""
    digest = token_digest(token)
    cache = principal_cache.cache_for(s)
    if cache is None:
        return _load_principal(s, token, digest, utcnow())[0]
    cached = cache.get(digest)
    if cached is not None:
        return cached
    generation = cache.generation
    now = utcnow()
    principal, expires_at = _load_principal(s, token, digest, now)
    if principal is not None:
        cache.put(digest, principal, generation, expires_at and _aware(expires_at), now)
    return principal


def _load_principal(s: Session, token: str, digest: str, now: datetime) -> tuple[Principal | None, datetime | None]:
    """The caller and when its credential expires (None: never), from the database."""
    # the credential and its user in one query (every authenticated request runs this)
    if token.startswith(API_KEY_PREFIX):
        row = s.execute(select(ApiKey, User).join(User, User.id == ApiKey.user_id).where(ApiKey.key_hash == digest)).first()
        if row is None:
            return None, None
        key, user = row
        if key.revoked_at is not None or (key.expires_at and _aware(key.expires_at) < now) or not user.is_active:
            return None, None
        if key.last_used_at is None or _aware(key.last_used_at) < now - KEY_TOUCH_EVERY:
            _touch_key(s, key.id, now)
        return Principal.load(s, user, via="api_key", key_project_id=key.project_id, key_role=key.role), key.expires_at
    found = s.execute(select(LoginSession, User).join(User, User.id == LoginSession.user_id)
                      .where(LoginSession.token_hash == digest)).first()
    if found is None:
        return None, None
    sess, user = found
    if _aware(sess.expires_at) < now or not user.is_active:
        return None, None
    return Principal.load(s, user, via="session"), sess.expires_at


def _aware(dt: datetime) -> datetime:
    from datetime import UTC

    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def authenticate(request: Request, s: Session) -> Principal:
    """The caller of ``request`` (``Kernel.authenticate``; routes use ``auth: Auth``). The caller
    the body gate already resolved from this request's credential is reused, not queried again."""
    p = resolved_caller(request)
    if p is not None:
        request.state.principal = p
        return p
    token, _src = _token_from(request)
    if not token:
        raise Unauthorized("log in (POST /api/auth/login) or send 'Authorization: Bearer <API key>'")
    p = resolve_principal(s, token)
    if p is None:
        raise Unauthorized("the session or API key is invalid, expired or revoked: log in again or create a new key")
    request.state.principal = p
    return p


def write_audit(
    s: Session,
    request: Request | None,
    action: str,
    *,
    principal: Principal | None = None,
    project_id: int | None = None,
    target_kind: str | None = None,
    target_id: Any = None,
    success: bool = True,
    **details: Any,
) -> None:
    """Record a security-relevant action in the audit log (same transaction)."""
    from llmworks.db.models import AuditEntry

    s.add(
        AuditEntry(
            user_id=principal.user_id if principal else None,
            username=principal.username if principal else details.pop("username", None),
            action=action,
            project_id=project_id,
            target_kind=target_kind,
            target_id=None if target_id is None else str(target_id),
            ip=client_ip(request) if request else None,
            success=success,
            details=details,
        )
    )


#: the kernel's own routers write the audit log directly (plugins call ``llmworks_sdk.web.audit``)
audit = write_audit
