"""Pagination for every list endpoint: ``?limit=&offset=`` → ``{items, total, limit, offset}``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


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
    total = s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    rows = s.scalars(stmt.limit(params.limit).offset(params.offset)).all()
    return {"items": [mapper(r) for r in rows], "total": total, "limit": params.limit, "offset": params.offset}


def paginate_list(items: list[Any], params: PageParams) -> dict[str, Any]:
    return {
        "items": items[params.offset : params.offset + params.limit],
        "total": len(items),
        "limit": params.limit,
        "offset": params.offset,
    }
