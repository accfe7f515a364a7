"""Who may do what with a campaign. Reading a campaign's figures follows the project's
ladder (viewer and up); answering needs an annotation role (``labeler``, the annotation-only
role, or ``annotator``/``maintainer``) and an assignment; creating, exporting and deleting need
``maintainer``. Generator labels are shown to maintainers only: annotators work blind."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from llmworks_sdk import Forbidden, Invalid, NotFound
from sqlalchemy.orm import Session

ANNOTATION_ROLES = frozenset({"labeler", "annotator", "maintainer"})
_users = sa.table("users", sa.column("id"), sa.column("username"))
_members = sa.table("memberships", sa.column("project_id"), sa.column("user_id"), sa.column("role"))


def require_annotation_role(auth: Any, project_id: int, what: str = "campaign") -> str:
    role = auth.role_in(project_id)
    if role is None:
        raise NotFound(f"{what} not found, or you are not a member of its project")
    if role not in ANNOTATION_ROLES:
        raise Forbidden(f"annotating needs the 'labeler', 'annotator' or 'maintainer' role in the project; you are '{role}'")
    return str(role)


def is_maintainer(auth: Any, project_id: int) -> bool:
    return auth.role_in(project_id) == "maintainer"


def annotator_ids(db: Session, project_id: int, usernames: list[str]) -> list[int]:
    """User ids of ``usernames``, each a member of the project with an annotation role (422 otherwise)."""
    names = list(dict.fromkeys(usernames))
    rows = db.execute(sa.select(_users.c.id, _users.c.username, _members.c.role)
                      .select_from(_users.outerjoin(_members, sa.and_(_members.c.user_id == _users.c.id,
                                                                      _members.c.project_id == project_id)))
                      .where(_users.c.username.in_(names))).all()
    found = {r.username: r for r in rows}
    errors = []
    for i, name in enumerate(names):
        r = found.get(name)
        if r is None or r.role is None:
            errors.append({"loc": ["body", "annotators", i], "type": "value_error",
                           "msg": f"{name!r} is not a member of this project; add them (role labeler) first"})
        elif r.role not in ANNOTATION_ROLES:
            errors.append({"loc": ["body", "annotators", i], "type": "value_error",
                           "msg": f"{name!r} is a {r.role} of this project; annotators need the labeler, annotator or maintainer role"})
    if errors:
        raise Invalid("some annotators cannot annotate in this project", errors=errors)
    return [found[n].id for n in names]


def usernames(db: Session, ids: set[int] | list[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {r.id: r.username for r in db.execute(sa.select(_users.c.id, _users.c.username).where(_users.c.id.in_(list(ids))))}
