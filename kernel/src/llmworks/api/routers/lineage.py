"""Lineage: provenance edges between datasets, runs, model versions, evaluations, exports."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from llmworks_sdk.schemas import ApiModel, Timestamp
from pydantic import Field

from llmworks.auth.deps import DB, Auth
from llmworks.lineage import add_edge, edge_out, lineage_graph

__all__ = ["LineageGraph", "add_edge", "edge_out", "lineage_graph", "router"]

router = APIRouter(prefix="/api/lineage", tags=["lineage"])


class LineageNode(ApiModel):
    kind: str = Field(..., examples=["model_version"])
    id: str


class LineageEdgeOut(ApiModel):
    src: LineageNode
    dst: LineageNode
    relation: str = Field(..., examples=["trained_on"])
    created_at: Timestamp


class LineageGraph(ApiModel):
    nodes: list[LineageNode]
    edges: list[LineageEdgeOut]


@router.get("", response_model=LineageGraph, summary="The lineage graph around one object, e.g. ?kind=model_version&id=3")
def get_lineage(db: DB, auth: Auth, kind: str = Query(..., max_length=64), id: str = Query(..., max_length=64)) -> dict[str, Any]:
    g = lineage_graph(db, kind, id)
    projects = g.pop("_projects")
    for p in projects or {None}:
        if p is not None or g["edges"]:
            auth.require_project(p, what="lineage")
    return g
