"""``kernel.projects``: projects by id and slug for plugins (``llmworks_sdk.kernel.ProjectDirectory``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from llmworks.db.models import Membership, Project, User


@dataclass(frozen=True)
class Contact:
    user_id: int
    username: str
    email: str | None
    is_admin: bool


class ProjectDirectory:
    def contacts(self, session: Session, project_id: int | None, *, also: Iterable[int] = ()) -> list[Contact]:
        """Active members of ``project_id`` (administrators when None), plus the active users in ``also``."""
        extra = sorted(set(also))
        if project_id is None:
            audience = User.role == "admin"
        else:
            audience = User.id.in_(select(Membership.user_id).where(Membership.project_id == project_id))
        stmt = select(User).where(User.is_active, or_(audience, User.id.in_(extra)) if extra else audience).order_by(User.id)
        return [Contact(user_id=u.id, username=u.username, email=u.email, is_admin=u.role == "admin")
                for u in session.scalars(stmt)]

    def slugs(self, session: Session, project_ids: Iterable[int]) -> dict[int, str]:
        ids = list(set(project_ids))
        if not ids:
            return {}
        return {pid: slug for pid, slug in session.execute(select(Project.id, Project.slug).where(Project.id.in_(ids)))}

    def id_for_slug(self, session: Session, slug: str) -> int | None:
        return session.scalar(select(Project.id).where(Project.slug == slug))

    def nearest(self, session: Session, user_id: int, project_ids: Iterable[int]) -> list[int]:
        """Of ``project_ids``, the user's nearest: those the user created, else the one the user
        joined first (lowest membership id); all of them when the user is a member of none."""
        ids = set(project_ids)
        if not ids:
            return []
        created = set(session.scalars(select(Project.id).where(Project.id.in_(ids), Project.created_by == user_id)))
        if created:
            return sorted(created)
        first = session.scalar(select(Membership.project_id)
                               .where(Membership.user_id == user_id, Membership.project_id.in_(ids))
                               .order_by(Membership.id).limit(1))
        return [first] if first is not None else sorted(ids)
