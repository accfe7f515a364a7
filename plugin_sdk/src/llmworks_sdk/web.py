"""FastAPI dependencies and helpers for plugin routes: the caller, the database session,
the kernel, the audit log and project scoping.

    from llmworks_sdk.web import DB, Auth, KernelDep, audit, load_in_project, scope_to_projects

    @router.get("/notes/{note_id}")
    def get_note(note_id: int, db: DB, auth: Auth) -> NoteOut:
        note = load_in_project(db, auth, Note, note_id, what="note")   # 404 / 403 as needed
        return note_out(note)

    @router.get("/notes")
    def list_notes(db: DB, auth: Auth, paging: Paging, project_id: int | None = None) -> dict[str, Any]:
        q = scope_to_projects(select(Note).order_by(Note.id), auth, Note.project_id, project_id)
        return paginate(db, q, paging, note_out)

- ``Auth``: the authenticated :class:`~llmworks_sdk.kernel.Principal` (401 without a valid
  session or API key). ``Admin``: the same, 403 unless an administrator.
- ``DB``: a SQLAlchemy session for the request, committed when the route returns without
  error (the same session the auth check used).
- ``KernelDep``: the :class:`~llmworks_sdk.kernel.Kernel`.
- Role checks: ``auth.require_project(project_id, "maintainer", what="note")``.

Every route must check auth and project membership; :func:`load_in_project` and
:func:`scope_to_projects` are the two ways to do it for rows that have a ``project_id``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import ConfigDict, Field
from sqlalchemy import Select
from sqlalchemy.orm import Session

from llmworks_sdk.errors import NotFound
from llmworks_sdk.kernel import Kernel, Principal, kernel_of
from llmworks_sdk.schemas import ApiModel

T = TypeVar("T")


#: ``request.scope["state"]`` key of the caller the server resolved before the route's
#: dependencies ran (the body gate checks the credential of every request with a body)
RESOLVED_CALLER = "llmworks_resolved_caller"


def get_kernel(request: Request) -> Kernel:
    """The kernel serving ``request``."""
    return request.app.state.kernel  # type: ignore[no-any-return]


async def _kernel_dependency(request: Request) -> Kernel:
    # async: a sync dependency costs a thread-pool round trip per request for one attribute read
    return get_kernel(request)


def db_session(request: Request) -> Iterator[Session]:
    """A session for one request: committed after the route returns, rolled back on error."""
    with get_kernel(request).db.session() as s:
        yield s


def resolved_caller(request: Request) -> Principal | None:
    """The caller already resolved for this request (by the body gate), or None."""
    return (request.scope.get("state") or {}).get(RESOLVED_CALLER)  # type: ignore[no-any-return]


def current_principal(request: Request, s: Annotated[Session, Depends(db_session, scope="function")]) -> Principal:
    """The caller (session cookie, ``Authorization: Bearer <token or API key>`` or ``X-API-Key``)."""
    return get_kernel(request).authenticate(request, s)


async def _caller_dependency(request: Request, s: Annotated[Session, Depends(db_session, scope="function")]) -> Principal:
    # the caller the body gate resolved is reused on the event loop; otherwise the database is
    # asked in the thread pool (never on the event loop)
    known = resolved_caller(request)
    if known is not None:
        request.state.principal = known
        return known
    return await run_in_threadpool(get_kernel(request).authenticate, request, s)


def admin_principal(p: Annotated[Principal, Depends(current_principal)]) -> Principal:
    """The caller, who must be an administrator (403 otherwise)."""
    p.require_admin()
    return p


async def _admin_dependency(p: Annotated[Principal, Depends(_caller_dependency)]) -> Principal:
    p.require_admin()
    return p


#: the authenticated caller
Auth = Annotated[Principal, Depends(_caller_dependency)]
#: the authenticated caller, an administrator
Admin = Annotated[Principal, Depends(_admin_dependency)]
#: the request's database session
DB = Annotated[Session, Depends(db_session, scope="function")]
#: the kernel
KernelDep = Annotated[Kernel, Depends(_kernel_dependency)]


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


def audit(
    s: Session,
    request: Request | None,
    action: str,
    *,
    principal: Principal | None = None,
    project_id: int | None = None,
    target_kind: str | None = None,
    target_id: object = None,
    success: bool = True,
    **details: Any,
) -> None:
    """Record a security-relevant action (``"<plugin>.<thing>.<verb>"``) in the audit log, in
    the same transaction as the change; ``details`` are stored as JSON."""
    kernel = kernel_of(request) if request is not None else kernel_of(s)
    kernel.audit(s, request, action, principal=principal, project_id=project_id, target_kind=target_kind,
                 target_id=target_id, success=success, **details)


def load_in_project(db: Session, auth: Principal, model: type[T], row_id: Any, minimum: str = "viewer", *,
                    what: str | None = None) -> T:
    """Row ``row_id`` of ``model`` (a table with ``project_id``) after checking the caller's
    role in its project: ``NotFound`` (404) for a missing row or a non-member (no existence
    leak), ``Forbidden`` (403) when the role is below ``minimum``. ``what`` names the row in
    messages (default: the class name)."""
    label = what or model.__name__.lower()
    row = db.get(model, row_id)
    if row is None:
        raise NotFound(f"{label} {row_id} not found, or you are not a member of its project")
    auth.require_project(row.project_id, minimum, what=label)
    return row


def scope_to_projects(stmt: Select[Any], auth: Principal, column: Any, project_id: int | None = None, *,
                      db: Session | None = None, minimum: str = "viewer") -> Select[Any]:
    """``stmt`` limited to ``project_id`` (after checking the caller's role in it: 404/403) or,
    without one, to every project the caller may see (administrators: all). ``column`` is the
    ``project_id`` column to filter on, e.g. ``Note.project_id``."""
    if project_id is not None:
        auth.require_project(project_id, minimum)
        return stmt.where(column == project_id)
    ids = auth.project_ids(db)
    return stmt if ids is None else stmt.where(column.in_(ids))


class BackendStatusOut(ApiModel):
    """Whether a backend is usable here, and its own details (versions, providers, caches, servers)."""

    model_config = ConfigDict(extra="allow")

    available: bool
    reason: str | None = Field(None, description="Why it is not usable")


def hide_server_paths(value: Any) -> Any:
    """``value`` with every absolute file-system path replaced by ``"<server path>"`` (what a
    non-administrator sees of a backend's status: binaries, caches and repositories)."""
    if isinstance(value, dict):
        return {k: hide_server_paths(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [hide_server_paths(v) for v in value]
    if isinstance(value, str) and value.startswith("/") and len(value) > 1 and "://" not in value:
        return "<server path>"
    return value


def backend_status_router(backend_name: str, *, tag: str, summary: str) -> Any:
    """A router with ``GET /status`` returning ``status()`` of the registered inference backend
    ``backend_name`` (server paths hidden from non-administrators); register it with
    ``RouterSpec`` to serve ``GET /api/plugins/<plugin>/status``."""
    from fastapi import APIRouter

    router = APIRouter(tags=[tag])

    @router.get("/status", response_model=BackendStatusOut, summary=summary)
    def status(auth: Auth, k: KernelDep) -> dict[str, Any]:
        backend = k.registry.inference_backends.get(backend_name)
        if backend is None or not hasattr(backend, "status"):
            raise NotFound(f"the {backend_name} backend is not registered (is the {tag} plugin disabled?)")
        out = backend.status()
        return out if auth.is_admin else hide_server_paths(out)

    return router


__all__ = [
    "DB", "RESOLVED_CALLER", "Admin", "Auth", "BackendStatusOut", "KernelDep", "admin_principal", "audit", "backend_status_router", "client_ip",
    "current_principal", "db_session", "get_kernel", "hide_server_paths", "load_in_project", "resolved_caller",
    "scope_to_projects",
]
