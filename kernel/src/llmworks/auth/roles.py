"""Roles. Global: ``admin`` (everything) or ``user``. Per project, weakest first:
``viewer`` (read only), ``annotator`` (add data, feedback, run inference), ``maintainer``
(manage members, run and delete anything).

Beside that ladder, ``labeler`` is an annotation-only project role (the annotators of feedback
campaigns): it reaches nothing that checks a role on the ladder (every ``require_project``
answers 403) and its projects are left out of the caller's project lists; annotation routes let
it in explicitly (:data:`ANNOTATION_ROLES`)."""

from __future__ import annotations

PROJECT_ROLES = ("viewer", "annotator", "maintainer")
LABELER = "labeler"
#: every project role a membership may have
MEMBER_ROLES = (LABELER, *PROJECT_ROLES)
#: the roles that may answer annotation tasks
ANNOTATION_ROLES = frozenset({LABELER, "annotator", "maintainer"})
RANK = {r: i for i, r in enumerate(PROJECT_ROLES)}
GLOBAL_ROLES = ("admin", "user")


def at_least(role: str | None, minimum: str) -> bool:
    return role is not None and RANK.get(role, -1) >= RANK[minimum]


def cap(role: str | None, limit: str | None) -> str | None:
    """The weaker of two roles (an API key's role caps its user's role); ``labeler`` is weaker
    than every role of the ladder."""
    if role is None or limit is None:
        return role
    if LABELER in (role, limit):
        return LABELER
    return role if RANK[role] <= RANK[limit] else limit
