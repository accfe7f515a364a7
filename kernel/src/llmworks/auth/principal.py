"""The authenticated caller and its permission checks."""

from __future__ import annotations

from dataclasses import dataclass, field

from llmworks_sdk import Forbidden, NotFound
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks.auth.roles import LABELER, at_least, cap
from llmworks.db.models import Membership, Project, User


@dataclass
class Principal:
    user_id: int
    username: str
    global_role: str  # admin | user
    via: str  # session | api_key
    key_project_id: int | None = None  # API keys scoped to one project
    key_role: str | None = None
    _roles: dict[int, str] = field(default_factory=dict)
    _existing: set[int] | None = None  # for administrators: the projects that exist

    @property
    def is_admin(self) -> bool:
        return self.global_role == "admin" and self.key_project_id is None

    @classmethod
    def load(cls, s: Session, user: User, *, via: str, key_project_id: int | None = None, key_role: str | None = None) -> Principal:
        p = cls(user.id, user.username, user.role, via, key_project_id, key_role)
        if user.role == "admin":  # an administrator's role in a project is "maintainer" where it exists
            p._existing = set(s.scalars(select(Project.id)))
        else:
            rows = s.execute(select(Membership.project_id, Membership.role).where(Membership.user_id == user.id))
            p._roles = {project_id: role for project_id, role in rows}
        return p

    def role_in(self, project_id: int) -> str | None:
        if self.key_project_id is not None and project_id != self.key_project_id:
            return None
        if self.global_role == "admin":
            role = "maintainer" if self._existing is None or project_id in self._existing else None
        else:
            role = self._roles.get(project_id)
        return cap(role, self.key_role)

    def project_ids(self, s: Session | None = None) -> list[int] | None:
        """Projects this caller may see; None means all (admin). Projects where the caller is
        only a ``labeler`` are left out: a labeler sees annotation tasks, nothing else."""
        if self.is_admin:
            return None
        if self.key_project_id is not None:
            role = self.role_in(self.key_project_id)
            return [self.key_project_id] if role and role != LABELER else []
        return sorted(p for p in self._roles if self.role_in(p) != LABELER)

    def may_write_somewhere(self) -> bool:
        """Whether this caller holds a role that may write (``annotator`` or more) in at least
        one project, or is an administrator."""
        if self.is_admin:
            return True
        candidates = [self.key_project_id] if self.key_project_id is not None else list(self._roles)
        return any(at_least(self.role_in(pid), "annotator") for pid in candidates)

    def require_project(self, project_id: int | None, minimum: str = "viewer", *, what: str = "project") -> str:
        """Raise 404 when the caller is not a member (no existence leak), 403 when the role
        is too weak; return the caller's role."""
        if project_id is None:
            if self.is_admin:
                return "maintainer"
            raise Forbidden(f"this {what} belongs to no project: only administrators may access it")
        role = self.role_in(project_id)
        if role is None:
            raise NotFound(f"{what} not found, or you are not a member of its project")
        if role == LABELER:
            raise Forbidden(f"the 'labeler' role only answers annotation tasks; this {what} needs the '{minimum}' role")
        if not at_least(role, minimum):
            raise Forbidden(f"this action needs the '{minimum}' role in the project; you are '{role}'")
        return role

    def require_admin(self) -> None:
        if not self.is_admin:
            raise Forbidden("this action needs an administrator")
