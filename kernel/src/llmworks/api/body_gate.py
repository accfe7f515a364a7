"""Who may send a body: the caller and its role are checked before a byte of the body is read
(issue 9, item 1: "a request body is never buffered before its project and role are checked").

FastAPI reads and parses a JSON body before a route's dependencies run, so without this gate
an invalid token, a non-member or a viewer could make the server receive and hold up to the
body limit before the route refuses. For every request with a body (``Content-Length`` > 0 or
chunked) to ``/api/`` or ``/v1/`` — except the public ones that need their body to
authenticate (``POST /api/auth/login``) — :class:`BodyGate` decides from the headers alone:

- the credential (session cookie, bearer token, API key) is resolved: none, or an invalid,
  expired or revoked one, is a 401;
- where the request shows its project before the body (a ``project_id`` path parameter of the
  matched route, or a ``project_id`` query parameter), the caller must be a member (404
  otherwise, as the routes answer); a member whose role is below the route's
  (``x-llmworks-min-role`` of the route — the read-only computations say ``viewer`` — else
  ``annotator``, the least any other write needs), and a ``labeler``, get the small body limit
  below: a small body reaches the route, which answers with the exact role it needs (403),
  a large one is a 413 before it is read;
- where the project is inside the body, a caller that may write in no project (a viewer-only
  or member-less account) may send at most ``LLMWORKS_MAX_UNPRIVILEGED_BODY_BYTES`` (64 KiB):
  it cannot make the server buffer megabytes; the route checks the project it names.

The gate runs when the application first asks for the body — after routing, so the route and
its path parameters are known, and before FastAPI's dependencies, which run only once the body
is parsed. It returns a lower body limit (:class:`Allowance`; ``None`` for the usual one) or a
:class:`Refusal`; :class:`llmworks.api.limits.BodyLimitMiddleware` raises the refusal instead of
receiving anything, and enforces the limit on ``Content-Length`` and on the bytes actually
received, so nothing beyond it is held. A route that never reads its body is not gated (its
own dependencies check the caller; the body stays unread).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from llmworks_sdk.web import RESOLVED_CALLER
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import Scope

from llmworks.api.security import PUBLIC_WRITES, SAFE_METHODS
from llmworks.auth import principal_cache
from llmworks.auth.roles import LABELER, at_least
from llmworks.auth.security import token_digest

GATED_PREFIXES = ("/api/", "/v1/")
MIN_ROLE_KEY = "x-llmworks-min-role"


@dataclass(frozen=True)
class Refusal:
    status: int
    title: str
    detail: str


@dataclass(frozen=True)
class Allowance:
    """A lower body limit for this request, and why (said in the 413)."""

    limit: int
    why: str


def has_body(scope: Scope) -> bool:
    """Whether the request announces a body (a non-zero ``Content-Length``, or chunked)."""
    for name, value in scope.get("headers") or ():
        if name == b"transfer-encoding":
            return True
        if name == b"content-length" and value.strip() not in (b"0", b""):
            return True
    return False


def gated(scope: Scope) -> bool:
    path = scope.get("path", "")
    return (scope["method"] not in SAFE_METHODS and path.startswith(GATED_PREFIXES)
            and path.rstrip("/") not in PUBLIC_WRITES and has_body(scope))


def _as_id(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def project_before_body(scope: Scope) -> tuple[int | None, str]:
    """The project a request names before its body (a ``project_id`` path parameter of its
    route, else a ``project_id`` query parameter) and the role its route needs. Called once
    the request is routed (FastAPI asks for the body after routing, before dependencies)."""
    route = scope.get("route")
    extra = getattr(route, "openapi_extra", None) or {}
    minimum = extra.get(MIN_ROLE_KEY) or "annotator"
    project_id = _as_id((scope.get("path_params") or {}).get("project_id"))
    if project_id is None:
        project_id = _as_id(Request(scope).query_params.get("project_id"))
    return project_id, minimum


class BodyGate:
    """Called by the body-limit middleware when the application first asks for the body of a
    request (after routing, before a byte is received)."""

    def __init__(self, kernel: Any, *, small_limit: int) -> None:
        self.kernel = kernel
        self.small_limit = small_limit

    async def __call__(self, scope: Scope) -> Refusal | Allowance | None:
        if not gated(scope):
            return None
        from llmworks.auth.deps import _token_from

        token, _source = _token_from(Request(scope))
        if not token:
            return Refusal(401, "Authentication required",
                           "log in (POST /api/auth/login) or send 'Authorization: Bearer <API key>'")
        cache = principal_cache.cache_of(self.kernel.db.engine)
        known = cache.get(token_digest(token)) if cache is not None else None
        if known is not None:  # seen in the last seconds: decided here, no thread-pool round trip
            return self._decide_for(known, scope)
        return await run_in_threadpool(self.decide, scope, token)

    def decide(self, scope: Scope, token: str) -> Refusal | Allowance | None:
        """The decision for the caller of ``token``, asking the database (in the thread pool)."""
        from llmworks.auth.deps import resolve_principal

        with self.kernel.db.session() as s:
            principal = resolve_principal(s, token)
        if principal is None:
            return Refusal(401, "Unauthorized",
                           "the session or API key is invalid, expired or revoked: log in again or create a new key")
        return self._decide_for(principal, scope)

    def _decide_for(self, principal: Any, scope: Scope) -> Refusal | Allowance | None:
        # the route's authentication (``Auth``) reuses this caller: same request, same credential
        scope.setdefault("state", {})[RESOLVED_CALLER] = principal
        project_id, minimum = project_before_body(scope)
        if project_id is not None:
            role = principal.role_in(project_id)
            if role is None:
                return Refusal(404, "Not found", "project not found, or you are not a member of it")
            if role == LABELER or not at_least(role, minimum):
                # the route answers a small body with its own 403 (it knows the role it needs);
                # a large one is refused before it is read
                return Allowance(self.small_limit, f"for your role in this project ('{role}')")
            return None
        if principal.may_write_somewhere():
            return None
        return Allowance(self.small_limit, "for a caller who may write in no project (a viewer or an account without a "
                                           "membership); name the project in the URL or ask for the 'annotator' role")
