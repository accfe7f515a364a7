"""Project scoping shared by the routers, on the SDK's helpers: lists filtered to the caller's
projects, rows fetched with a membership check (404 when not a member, 403 when the role is
too weak)."""

from __future__ import annotations

from typing import Any, TypeVar

from llmworks_sdk.web import load_in_project, scope_to_projects
from sqlalchemy import Select
from sqlalchemy.orm import Session

T = TypeVar("T")


def in_my_projects(stmt: Select[Any], model: Any, auth: Any, project_id: int | None = None) -> Select[Any]:
    """``stmt`` restricted to ``project_id`` (checked) or else to every project the caller sees."""
    return scope_to_projects(stmt, auth, model.project_id, project_id)


def get_in_project(db: Session, auth: Any, model: type[T], row_id: int, minimum: str, what: str) -> T:
    return load_in_project(db, auth, model, row_id, minimum, what=what)
