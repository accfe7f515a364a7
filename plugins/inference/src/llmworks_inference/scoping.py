"""Project scoping shared by the routers: lists filtered to the caller's projects, rows
fetched with a membership check (404 when not a member, 403 when the role is too weak)."""

from __future__ import annotations

from typing import Any, TypeVar

from llmworks_sdk import NotFound
from sqlalchemy import Select
from sqlalchemy.orm import Session

T = TypeVar("T")


def in_my_projects(stmt: Select[Any], model: Any, auth: Any, project_id: int | None = None) -> Select[Any]:
    """``stmt`` restricted to ``project_id`` (checked) or else to every project the caller sees."""
    if project_id is not None:
        auth.require_project(project_id)
        return stmt.where(model.project_id == project_id)
    ids = auth.project_ids()
    return stmt if ids is None else stmt.where(model.project_id.in_(ids))


def get_in_project(db: Session, auth: Any, model: type[T], row_id: int, minimum: str, what: str) -> T:
    row = db.get(model, row_id)
    if row is None:
        raise NotFound(f"{what} {row_id} not found")
    auth.require_project(row.project_id, minimum, what=what)  # type: ignore[attr-defined]
    return row
