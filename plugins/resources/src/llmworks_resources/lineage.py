"""The lineage DAG of a project: dataset versions → curation → runs → model versions →
evaluations / scorecards → exports → deployments, with a label and a page for each node,
and the two questions users ask: what used this dataset version (downstream), where did
this model come from (upstream)."""

from __future__ import annotations

from collections import deque
from typing import Any

from llmworks_sdk import lineage
from llmworks_sdk.services import DatasetService, ModelRegistry, get_service

#: left-to-right layer of each kind in the drawing (unknown kinds go after evaluations)
LAYERS = {"dataset": 0, "dataset_version": 1, "curation": 2, "curation_recipe_version": 2, "base_model": 2, "job": 3,
          "run": 3, "model_version": 4, "evaluation": 5, "scorecard": 5, "export": 6, "deployment": 7, "deploy_deployment": 7}
PAGES = {"dataset_version": None, "model_version": "/models/custom/{id}", "evaluation": "/evaluations/{id}",
         "run": "/experiments", "job": "/jobs/{id}", "dataset": "/datasets/{id}", "base_model": "/models",
         "curation_recipe_version": "/curation", "deploy_deployment": "/deployments/{id}", "export": None}


def _labels(kernel: Any, db: Any) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for proto in (DatasetService, ModelRegistry):
        svc = get_service(kernel, proto)
        fn = getattr(svc, "storage", None) if svc is not None else None
        if fn is not None:
            for it in fn(db):
                out[(it["kind"], str(it["id"]))] = it.get("name") or f"{it['kind']} {it['id']}"
    return out


def node_out(kind: str, id_: str, labels: dict[tuple[str, str], str], dataset_of: dict[str, str]) -> dict[str, Any]:
    page = PAGES.get(kind)
    if kind == "dataset_version" and id_ in dataset_of:
        link = f"/datasets/{dataset_of[id_]}"
    else:
        link = page.format(id=id_) if page else None
    label = labels.get((kind, id_)) or (id_ if kind == "base_model" else f"{kind.replace('_', ' ')} {id_}")
    return {"kind": kind, "id": id_, "label": label, "layer": LAYERS.get(kind, 5), "link": link}


def graph(kernel: Any, db: Any, project_ids: list[int] | None, *, kinds: set[str] | None = None,
          focus: tuple[str, str] | None = None, direction: str = "both", limit: int = 5000) -> dict[str, Any]:
    """The project's DAG (``focus``: only what is connected to that node, upstream, downstream or both)."""
    edges = lineage.edges(db, project_ids=project_ids, limit=limit)
    truncated = len(edges) >= limit
    if focus is not None:
        edges = _reachable(edges, focus, direction)
    if kinds:
        edges = [e for e in edges if e["src"]["kind"] in kinds or e["dst"]["kind"] in kinds]
    labels = _labels(kernel, db)
    dataset_of = {e["dst"]["id"]: e["src"]["id"] for e in edges if e["src"]["kind"] == "dataset" and e["dst"]["kind"] == "dataset_version"}
    nodes: dict[tuple[str, str], dict[str, Any]] = {}
    for e in edges:
        for n in (e["src"], e["dst"]):
            key = (n["kind"], str(n["id"]))
            if key not in nodes:
                nodes[key] = node_out(key[0], key[1], labels, dataset_of)
    if focus is not None and focus not in nodes:
        nodes[focus] = node_out(focus[0], focus[1], labels, dataset_of)
    return {"nodes": sorted(nodes.values(), key=lambda n: (n["layer"], n["kind"], n["id"])),
            "edges": [{"src": e["src"], "dst": e["dst"], "relation": e["relation"], "created_at": e["created_at"]} for e in edges],
            "truncated": truncated}


def _reachable(edges: list[dict[str, Any]], start: tuple[str, str], direction: str) -> list[dict[str, Any]]:
    out_edges: dict[tuple[str, str], list[dict[str, Any]]] = {}
    in_edges: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for e in edges:
        s, d = (e["src"]["kind"], str(e["src"]["id"])), (e["dst"]["kind"], str(e["dst"]["id"]))
        out_edges.setdefault(s, []).append(e)
        in_edges.setdefault(d, []).append(e)
    keep: dict[int, dict[str, Any]] = {}
    for dirn in (["down", "up"] if direction == "both" else [direction]):
        seen = {start}
        todo = deque([start])
        while todo:
            n = todo.popleft()
            for e in (out_edges if dirn == "down" else in_edges).get(n, []):
                keep[id(e)] = e
                nxt = (e["dst"]["kind"], str(e["dst"]["id"])) if dirn == "down" else (e["src"]["kind"], str(e["src"]["id"]))
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
    return [e for e in edges if id(e) in keep]
