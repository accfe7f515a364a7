"""Lineage: provenance edges ``src --relation--> dst`` between nodes ``(kind, id)``, shown by
``GET /api/lineage`` and the UI's lineage views.

    from llmworks_sdk.lineage import MODEL_VERSION, RUN, add_edge

    add_edge(db, project_id, (RUN, run.id), (MODEL_VERSION, version.id), "produced")

An edge is recorded once (adding it again does nothing) and joins the caller's transaction.
Use the node kinds below for the objects the built-in plugins own, and
``"<plugin>_<thing>"`` for your own.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from llmworks_sdk.kernel import LineageService, kernel_of

DATASET = "dataset"
DATASET_VERSION = "dataset_version"
BASE_MODEL = "base_model"
RUN = "run"
MODEL_VERSION = "model_version"
EVALUATION = "evaluation"
EXPORT = "export"
JOB = "job"

#: every node kind the built-in plugins use
NODE_KINDS = frozenset({DATASET, DATASET_VERSION, BASE_MODEL, RUN, MODEL_VERSION, EVALUATION, EXPORT, JOB})

Node = tuple[str, Any]


def add_edge(db: Session, project_id: int | None, src: Node, dst: Node, relation: str) -> None:
    """Record ``src --relation--> dst`` once, in ``db``'s transaction."""
    kernel_of(db).lineage.add_edge(db, project_id, src, dst, relation)


def remove_edges(db: Session, *, src: Node | None = None, dst: Node | None = None, relation: str | None = None) -> int:
    """Delete the edges that match every given part; returns how many went."""
    return kernel_of(db).lineage.remove_edges(db, src=src, dst=dst, relation=relation)


def sources(db: Session, dst: Node, *, kind: str | None = None, relation: str | None = None) -> list[tuple[str, str]]:
    """The nodes with an edge into ``dst`` (optionally of one ``kind`` / ``relation``), oldest first."""
    return kernel_of(db).lineage.sources(db, dst, kind=kind, relation=relation)


def targets(db: Session, src: Node, *, kind: str | None = None, relation: str | None = None) -> list[tuple[str, str]]:
    """The nodes ``src`` has an edge to (optionally of one ``kind`` / ``relation``), oldest first."""
    return kernel_of(db).lineage.targets(db, src, kind=kind, relation=relation)


def edges(db: Session, *, project_ids: list[int] | None = None, limit: int = 5000) -> list[dict[str, Any]]:
    """Edges ``{"src": {"kind", "id"}, "dst": {...}, "relation", "created_at", "project_id"}``
    of some projects (None: all), oldest first, at most ``limit``."""
    return kernel_of(db).lineage.edges(db, project_ids=project_ids, limit=limit)


__all__ = ["BASE_MODEL", "DATASET", "DATASET_VERSION", "EVALUATION", "EXPORT", "JOB", "MODEL_VERSION", "NODE_KINDS",
           "RUN", "LineageService", "Node", "add_edge", "edges", "remove_edges", "sources", "targets"]
