"""Helpers shared by the torch plugin's routers."""

from __future__ import annotations

from typing import Any

from llmworks_sdk.web import scope_to_projects
from sqlalchemy import Select


def visible(q: Select[Any], project_column: Any, db: Any, auth: Any, project_id: int | None) -> Select[Any]:
    """Restrict a list query to one project (checked) or to every project the caller may see."""
    return scope_to_projects(q, auth, project_column, project_id, db=db)
