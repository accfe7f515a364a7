"""Lineage: provenance edges between datasets, runs, model versions, evaluations, exports."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from sqlalchemy import select

from llmworks.auth.deps import DB, Auth
from llmworks.db.models import LineageEdge

router = APIRouter(prefix="/api/lineage", tags=["lineage"])


def edge_out(e: LineageEdge) -> dict[str, Any]:
    return {"src": {"kind": e.src_kind, "id": e.src_id}, "dst": {"kind": e.dst_kind, "id": e.dst_id},
            "relation": e.relation, "created_at": e.created_at.isoformat()}


def add_edge(db: Any, project_id: int | None, src: tuple[str, Any], dst: tuple[str, Any], relation: str) -> None:
    """Record ``src --relation--> dst`` once (used by plugins: training, evaluation, export)."""
    exists = db.scalar(select(LineageEdge).where(
        LineageEdge.src_kind == src[0], LineageEdge.src_id == str(src[1]),
        LineageEdge.dst_kind == dst[0], LineageEdge.dst_id == str(dst[1]), LineageEdge.relation == relation))
    if not exists:
        db.add(LineageEdge(project_id=project_id, src_kind=src[0], src_id=str(src[1]), dst_kind=dst[0], dst_id=str(dst[1]), relation=relation))


def lineage_graph(db: Any, kind: str, id_: str, depth: int = 6) -> dict[str, Any]:
    nodes = {(kind, id_)}
    edges: dict[int, LineageEdge] = {}
    frontier = {(kind, id_)}
    for _ in range(depth):
        nxt = set()
        for k_, i in frontier:
            for e in db.scalars(select(LineageEdge).where(
                    ((LineageEdge.src_kind == k_) & (LineageEdge.src_id == i)) | ((LineageEdge.dst_kind == k_) & (LineageEdge.dst_id == i)))):
                if e.id not in edges:
                    edges[e.id] = e
                    for n in ((e.src_kind, e.src_id), (e.dst_kind, e.dst_id)):
                        if n not in nodes:
                            nodes.add(n)
                            nxt.add(n)
        frontier = nxt
        if not frontier:
            break
    projects = {e.project_id for e in edges.values()}
    return {"nodes": [{"kind": a, "id": b} for a, b in sorted(nodes)], "edges": [edge_out(e) for e in edges.values()],
            "_projects": projects}


@router.get("", summary="The lineage graph around one object, e.g. ?kind=model_version&id=3")
def get_lineage(db: DB, auth: Auth, kind: str = Query(..., max_length=64), id: str = Query(..., max_length=64)) -> dict[str, Any]:
    g = lineage_graph(db, kind, id)
    projects = g.pop("_projects")
    for p in projects or {None}:
        if p is not None or g["edges"]:
            auth.require_project(p, what="lineage")
    return g
