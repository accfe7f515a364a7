"""Pagination for every list endpoint: ``?limit=&offset=`` → ``{items, total, limit, offset}``.

    from llmworks_sdk.pagination import Page, Paging, paginate

    @router.get("/notes", response_model=Page[NoteOut])
    def list_notes(db: DB, auth: Auth, paging: Paging) -> dict[str, Any]:
        return paginate(db, select(Note).order_by(Note.id), paging, note_out)

``Page[NoteOut]`` appears in the OpenAPI schema as the component ``NoteOutPage``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from llmworks_sdk.schemas import ApiModel

T = TypeVar("T")


class Page(ApiModel, Generic[T]):
    """One page of a list: ``items`` from ``offset``, at most ``limit`` of them, out of ``total``."""

    items: list[T]
    total: int
    limit: int
    offset: int

    @classmethod
    def model_parametrized_name(cls, params: tuple[type[Any], ...]) -> str:
        names = [getattr(p, "__name__", None) or str(p) for p in params]
        return "".join(n[:1].upper() + n[1:] for n in names) + "Page"


class PageParams(BaseModel):
    limit: int
    offset: int


def page_params(
    limit: Annotated[int, Query(ge=1, le=500, description="Items per page (1-500)")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip")] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)


Paging = Annotated[PageParams, Depends(page_params)]


def paginate(s: Session, stmt: Select[Any], params: PageParams, mapper: Callable[[Any], Any]) -> dict[str, Any]:
    """Count ``stmt``'s rows and map one page of them with ``mapper``."""
    total = s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    rows = s.scalars(stmt.limit(params.limit).offset(params.offset)).all()
    return {"items": [mapper(r) for r in rows], "total": total, "limit": params.limit, "offset": params.offset}


def paginate_list(items: list[Any], params: PageParams) -> dict[str, Any]:
    """One page of a list already in memory."""
    return {
        "items": items[params.offset : params.offset + params.limit],
        "total": len(items),
        "limit": params.limit,
        "offset": params.offset,
    }
