"""The lineage graph of a project and its two questions (upstream, downstream)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query
from llmworks_sdk.schemas import ApiModel, Timestamp
from llmworks_sdk.web import DB, Auth, KernelDep
from pydantic import Field

from llmworks_resources import lineage

router = APIRouter(tags=["resources"])


class GraphNode(ApiModel):
    kind: str
    id: str
    label: str
    layer: int = Field(..., description="Column in a left-to-right drawing")
    link: str | None = Field(..., description="The UI page of the node")


class GraphRef(ApiModel):
    kind: str
    id: str


class GraphEdge(ApiModel):
    src: GraphRef
    dst: GraphRef
    relation: str
    created_at: Timestamp


class GraphOut(ApiModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool


def _scope(auth: Any, db: Any, project_id: int | None) -> list[int] | None:
    if project_id is not None:
        auth.require_project(project_id)
        return [project_id]
    return auth.project_ids(db)


@router.get("/lineage/graph", response_model=GraphOut,
            summary="The lineage DAG: dataset versions → runs → model versions → evaluations → exports → deployments")
def lineage_graph(db: DB, auth: Auth, k: KernelDep, project_id: int | None = Query(None, ge=1),
                  kind: list[str] | None = Query(None, max_length=16, description="Keep edges touching these node kinds"),
                  focus_kind: str | None = Query(None, max_length=64), focus_id: str | None = Query(None, max_length=64),
                  direction: Literal["up", "down", "both"] = "both", limit: int = Query(5000, ge=1, le=20000)) -> dict[str, Any]:
    focus = (focus_kind, focus_id) if focus_kind and focus_id else None
    return lineage.graph(k, db, _scope(auth, db, project_id), kinds=set(kind) if kind else None, focus=focus,
                         direction=direction, limit=limit)


@router.get("/lineage/downstream", response_model=GraphOut, summary="What used this node, e.g. ?kind=dataset_version&id=3")
def downstream(db: DB, auth: Auth, k: KernelDep, kind: str = Query(..., max_length=64), id: str = Query(..., max_length=64),
               project_id: int | None = Query(None, ge=1)) -> dict[str, Any]:
    return lineage.graph(k, db, _scope(auth, db, project_id), focus=(kind, id), direction="down")


@router.get("/lineage/upstream", response_model=GraphOut, summary="Where this node came from, e.g. ?kind=model_version&id=2")
def upstream(db: DB, auth: Auth, k: KernelDep, kind: str = Query(..., max_length=64), id: str = Query(..., max_length=64),
             project_id: int | None = Query(None, ge=1)) -> dict[str, Any]:
    return lineage.graph(k, db, _scope(auth, db, project_id), focus=(kind, id), direction="up")
