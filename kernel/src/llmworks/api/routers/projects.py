"""Projects and their members."""

from __future__ import annotations

import re
from typing import Any, Literal

from fastapi import APIRouter, BackgroundTasks, Request
from llmworks_sdk import Conflict, Forbidden, Invalid, NotFound
from llmworks_sdk.schemas import ApiModel, StatusOut, Timestamp
from pydantic import BaseModel, Field
from sqlalchemy import select

from llmworks.api.pagination import Page, Paging, paginate
from llmworks.auth.deps import DB, Auth, KernelDep, audit
from llmworks.db.models import Membership, Project, User

router = APIRouter(prefix="/api/projects", tags=["projects"])
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


class ProjectOut(ApiModel):
    id: int
    name: str
    slug: str
    description: str | None
    created_at: Timestamp
    role: str | None = Field(..., description="My role in the project (null for administrators who are not members)")


class MemberOut(ApiModel):
    user_id: int
    username: str
    role: Literal["viewer", "annotator", "maintainer", "labeler"]


def project_out(p: Project, role: str | None = None) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "slug": p.slug, "description": p.description,
            "created_at": p.created_at.isoformat(), "role": role}


class ProjectIn(BaseModel):
    name: str = Field(..., min_length=1, max_length=128, examples=["Support bot"])
    slug: str | None = Field(None, max_length=64, examples=["support-bot"], description="URL name; derived from the name if absent")
    description: str = Field("", max_length=4000)


class ProjectPatch(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=128)
    description: str | None = Field(None, max_length=4000)


def _publish(k: Any, db: Any, later: BackgroundTasks, type: str, project_id: int | None, auth: Any, *,
             subject: tuple[str, int], **data: Any) -> None:
    """Publish with the change (same session), and wake the open streams once it has committed.

    ``project.*`` events have the project as subject; ``membership.changed`` has the member
    (a user), so that the member's own stream receives it even before the project is among the
    projects that stream shows (the shell then reloads its project list)."""
    k.events.publish(type, project_id=project_id, subject_kind=subject[0], subject_id=subject[1],
                     user_id=auth.user_id, data=data, session=db)
    later.add_task(k.events.notify)


def slugify(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return (s or "project")[:64]


@router.get("", response_model=Page[ProjectOut], summary="List the projects I can see")
def list_projects(db: DB, auth: Auth, paging: Paging) -> dict[str, Any]:
    ids = auth.project_ids(db)
    q = select(Project).order_by(Project.id)
    if ids is not None:
        q = q.where(Project.id.in_(ids))
    return paginate(db, q, paging, lambda p: project_out(p, auth.role_in(p.id)))


@router.post("", status_code=201, response_model=ProjectOut, summary="Create a project (I become its maintainer)")
def create_project(body: ProjectIn, request: Request, db: DB, auth: Auth, k: KernelDep, later: BackgroundTasks) -> dict[str, Any]:
    if auth.key_project_id is not None:
        raise Forbidden("a project-scoped API key cannot create projects")
    slug = body.slug or slugify(body.name)
    if not SLUG.match(slug):
        raise Invalid("slug must be lowercase letters, digits and dashes (max 64)", field=("body", "slug"))
    if db.scalar(select(Project).where(Project.slug == slug)):
        raise Conflict(f"a project with slug '{slug}' exists; choose another slug", field=("body", "slug"))
    p = Project(name=body.name, slug=slug, description=body.description, created_by=auth.user_id)
    db.add(p)
    db.flush()
    db.add(Membership(project_id=p.id, user_id=auth.user_id, role="maintainer"))
    audit(db, request, "project.created", principal=auth, project_id=p.id, target_kind="project", target_id=p.id)
    _publish(k, db, later, "project.created", p.id, auth, subject=("project", p.id), name=p.name, slug=p.slug)
    _publish(k, db, later, "membership.changed", p.id, auth, subject=("user", auth.user_id), change="added", role="maintainer")
    return project_out(p, "maintainer")


def _project(db: Any, auth: Any, project_id: int, minimum: str = "viewer") -> Project:
    auth.require_project(project_id, minimum)
    p = db.get(Project, project_id)
    if p is None:
        raise NotFound(f"project {project_id} not found")
    return p


@router.get("/{project_id}", response_model=ProjectOut, summary="Get a project")
def get_project(project_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return project_out(_project(db, auth, project_id), auth.role_in(project_id))


@router.patch("/{project_id}", response_model=ProjectOut, summary="Rename or describe a project")
def update_project(project_id: int, body: ProjectPatch, request: Request, db: DB, auth: Auth, k: KernelDep,
                   later: BackgroundTasks) -> dict[str, Any]:
    p = _project(db, auth, project_id, "maintainer")
    for k_, v in body.model_dump(exclude_none=True).items():
        setattr(p, k_, v)
    audit(db, request, "project.updated", principal=auth, project_id=p.id, target_kind="project", target_id=p.id)
    _publish(k, db, later, "project.updated", p.id, auth, subject=("project", p.id), name=p.name)
    return project_out(p, auth.role_in(project_id))


@router.delete("/{project_id}", response_model=StatusOut, summary="Delete a project and everything in it (administrators)")
def delete_project(project_id: int, request: Request, db: DB, auth: Auth, k: KernelDep, later: BackgroundTasks) -> dict[str, str]:
    auth.require_admin()
    p = _project(db, auth, project_id, "maintainer")
    audit(db, request, "project.deleted", principal=auth, project_id=None, target_kind="project", target_id=p.id, name=p.name)
    # the project's own events go with it: this one is global and carries only the id
    _publish(k, db, later, "project.deleted", None, auth, subject=("project", p.id))
    db.delete(p)
    return {"status": "deleted"}


# ---------------------------------------------------------------- members
class MemberIn(BaseModel):
    username: str = Field(..., min_length=1, max_length=64)
    role: Literal["viewer", "annotator", "maintainer", "labeler"] = "viewer"


class MemberPatch(BaseModel):
    role: Literal["viewer", "annotator", "maintainer", "labeler"]


def member_out(m: Membership) -> dict[str, Any]:
    return {"user_id": m.user_id, "username": m.user.username, "role": m.role}


@router.get("/{project_id}/members", response_model=Page[MemberOut], summary="List members")
def list_members(project_id: int, db: DB, auth: Auth, paging: Paging) -> dict[str, Any]:
    _project(db, auth, project_id)
    return paginate(db, select(Membership).where(Membership.project_id == project_id).order_by(Membership.id), paging, member_out)


@router.post("/{project_id}/members", status_code=201, response_model=MemberOut, summary="Add a member")
def add_member(project_id: int, body: MemberIn, request: Request, db: DB, auth: Auth, k: KernelDep,
               later: BackgroundTasks) -> dict[str, Any]:
    _project(db, auth, project_id, "maintainer")
    user = db.scalar(select(User).where(User.username == body.username))
    if user is None:
        raise Invalid(f"no user named '{body.username}'", field=("body", "username"))
    if db.scalar(select(Membership).where(Membership.project_id == project_id, Membership.user_id == user.id)):
        raise Conflict(f"'{body.username}' is already a member; change the role with PATCH instead")
    m = Membership(project_id=project_id, user_id=user.id, role=body.role)
    db.add(m)
    db.flush()
    db.refresh(m)
    audit(db, request, "member.added", principal=auth, project_id=project_id, target_kind="user", target_id=user.id, role=body.role)
    _publish(k, db, later, "membership.changed", project_id, auth, subject=("user", user.id), change="added", role=body.role)
    return member_out(m)


def _membership(db: Any, project_id: int, user_id: int) -> Membership:
    m = db.scalar(select(Membership).where(Membership.project_id == project_id, Membership.user_id == user_id))
    if m is None:
        raise NotFound(f"user {user_id} is not a member of project {project_id}")
    return m


def _keep_a_maintainer(db: Any, project_id: int, m: Membership) -> None:
    others = db.scalars(select(Membership).where(
        Membership.project_id == project_id, Membership.role == "maintainer", Membership.id != m.id)).all()
    if m.role == "maintainer" and not others:
        raise Conflict("a project needs at least one maintainer: add another maintainer first")


@router.patch("/{project_id}/members/{user_id}", response_model=MemberOut, summary="Change a member's role")
def update_member(project_id: int, user_id: int, body: MemberPatch, request: Request, db: DB, auth: Auth, k: KernelDep,
                  later: BackgroundTasks) -> dict[str, Any]:
    _project(db, auth, project_id, "maintainer")
    m = _membership(db, project_id, user_id)
    if body.role != "maintainer":
        _keep_a_maintainer(db, project_id, m)
    m.role = body.role
    audit(db, request, "member.role_changed", principal=auth, project_id=project_id, target_kind="user", target_id=user_id, role=body.role)
    _publish(k, db, later, "membership.changed", project_id, auth, subject=("user", user_id), change="role_changed", role=body.role)
    return member_out(m)


@router.delete("/{project_id}/members/{user_id}", response_model=StatusOut, summary="Remove a member")
def remove_member(project_id: int, user_id: int, request: Request, db: DB, auth: Auth, k: KernelDep,
                  later: BackgroundTasks) -> dict[str, str]:
    _project(db, auth, project_id, "maintainer")
    m = _membership(db, project_id, user_id)
    _keep_a_maintainer(db, project_id, m)
    db.delete(m)
    audit(db, request, "member.removed", principal=auth, project_id=project_id, target_kind="user", target_id=user_id)
    _publish(k, db, later, "membership.changed", project_id, auth, subject=("user", user_id), change="removed", role=m.role)
    return {"status": "removed"}
