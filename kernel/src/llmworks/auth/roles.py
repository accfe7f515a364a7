"""Roles. Global: ``admin`` (everything) or ``user``. Per project: ``maintainer`` (manage
members, run and delete anything), ``annotator`` (add data, feedback, run inference),
``viewer`` (read only)."""

from __future__ import annotations

PROJECT_ROLES = ("viewer", "annotator", "maintainer")
RANK = {r: i for i, r in enumerate(PROJECT_ROLES)}
GLOBAL_ROLES = ("admin", "user")


def at_least(role: str | None, minimum: str) -> bool:
    return role is not None and RANK.get(role, -1) >= RANK[minimum]


def cap(role: str | None, limit: str | None) -> str | None:
    """The weaker of two roles (an API key's role caps its user's role)."""
    if role is None or limit is None:
        return role
    return role if RANK[role] <= RANK[limit] else limit
