"""Lineage: provenance edges between datasets, runs, model versions, evaluations, exports
(``kernel.lineage``; plugins call ``llmworks_sdk.lineage``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from llmworks.db.models import LineageEdge


def edge_out(e: LineageEdge) -> dict[str, Any]:
    return {"src": {"kind": e.src_kind, "id": e.src_id}, "dst": {"kind": e.dst_kind, "id": e.dst_id},
            "relation": e.relation, "created_at": e.created_at.isoformat()}


def add_edge(db: Session, project_id: int | None, src: tuple[str, Any], dst: tuple[str, Any], relation: str) -> None:
    """Record ``src --relation--> dst`` once (used by plugins: training, evaluation, export)."""
    exists = db.scalar(select(LineageEdge).where(
        LineageEdge.src_kind == src[0], LineageEdge.src_id == str(src[1]),
        LineageEdge.dst_kind == dst[0], LineageEdge.dst_id == str(dst[1]), LineageEdge.relation == relation))
    if not exists:
        db.add(LineageEdge(project_id=project_id, src_kind=src[0], src_id=str(src[1]), dst_kind=dst[0], dst_id=str(dst[1]), relation=relation))


def lineage_graph(db: Session, kind: str, id_: str, depth: int = 6) -> dict[str, Any]:
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


class Lineage:
    """``kernel.lineage``: the ``llmworks_sdk.kernel.LineageService`` implementation."""

    def add_edge(self, session: Session, project_id: int | None, src: tuple[str, Any], dst: tuple[str, Any],
                 relation: str) -> None:
        add_edge(session, project_id, src, dst, relation)

    def remove_edges(self, session: Session, *, src: tuple[str, Any] | None = None, dst: tuple[str, Any] | None = None,
                     relation: str | None = None) -> int:
        if src is None and dst is None and relation is None:
            raise ValueError("remove_edges needs src, dst or relation")
        stmt = delete(LineageEdge)
        if src is not None:
            stmt = stmt.where(LineageEdge.src_kind == src[0], LineageEdge.src_id == str(src[1]))
        if dst is not None:
            stmt = stmt.where(LineageEdge.dst_kind == dst[0], LineageEdge.dst_id == str(dst[1]))
        if relation is not None:
            stmt = stmt.where(LineageEdge.relation == relation)
        return int(session.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]

    def sources(self, session: Session, dst: tuple[str, Any], *, kind: str | None = None,
                relation: str | None = None) -> list[tuple[str, str]]:
        return self._neighbours(session, dst, kind, relation, incoming=True)

    def targets(self, session: Session, src: tuple[str, Any], *, kind: str | None = None,
                relation: str | None = None) -> list[tuple[str, str]]:
        return self._neighbours(session, src, kind, relation, incoming=False)

    @staticmethod
    def _neighbours(session: Session, node: tuple[str, Any], kind: str | None, relation: str | None, *,
                    incoming: bool) -> list[tuple[str, str]]:
        E = LineageEdge
        here, there = ((E.dst_kind, E.dst_id), (E.src_kind, E.src_id)) if incoming else ((E.src_kind, E.src_id), (E.dst_kind, E.dst_id))
        q = select(*there).where(here[0] == node[0], here[1] == str(node[1])).order_by(E.id)
        if kind is not None:
            q = q.where(there[0] == kind)
        if relation is not None:
            q = q.where(E.relation == relation)
        return [(a, b) for a, b in session.execute(q)]

    def edges(self, session: Session, *, project_ids: list[int] | None = None, limit: int = 5000) -> list[dict[str, Any]]:
        q = select(LineageEdge).order_by(LineageEdge.id).limit(limit)
        if project_ids is not None:
            q = q.where(LineageEdge.project_id.in_(project_ids))
        return [{**edge_out(e), "project_id": e.project_id} for e in session.scalars(q)]

    def graph(self, session: Session, kind: str, id_: str, depth: int = 6) -> dict[str, Any]:
        return lineage_graph(session, kind, id_, depth)
