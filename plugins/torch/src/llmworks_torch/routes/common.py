"""Helpers shared by the torch plugin's routers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select


def visible(q: Select[Any], project_column: Any, db: Any, auth: Any, project_id: int | None) -> Select[Any]:
    """Restrict a list query to one project (checked) or to every project the caller may see."""
    if project_id is not None:
        auth.require_project(project_id)
        return q.where(project_column == project_id)
    ids = auth.project_ids(db)
    return q if ids is None else q.where(project_column.in_(ids))
