"""JSON shapes of experiments, runs and artifacts, loaded in batches for list pages."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from llmworks_tracking.models import Experiment, Run, RunArtifact, RunMetric, RunTag


def _iso(dt: Any) -> str | None:
    return dt.isoformat() if dt is not None else None


def _f(x: float | None) -> float | None:
    return x if x is None or math.isfinite(x) else None


def experiment_out(e: Experiment, run_count: int | None = None) -> dict[str, Any]:
    return {"id": e.id, "project_id": e.project_id, "name": e.name, "description": e.description, "archived": e.archived,
            "created_at": _iso(e.created_at), "created_by": e.created_by, "run_count": run_count}


def experiments_out(db: Session, exps: Sequence[Experiment]) -> list[dict[str, Any]]:
    ids = [e.id for e in exps]
    counts = dict(db.execute(select(Run.experiment_id, func.count()).where(Run.experiment_id.in_(ids)).group_by(Run.experiment_id)).all()) if ids else {}
    return [experiment_out(e, counts.get(e.id, 0)) for e in exps]


def metric_out(m: RunMetric) -> dict[str, Any]:
    return {"key": m.key, "last": _f(m.last), "last_step": m.last_step, "min": _f(m.min), "max": _f(m.max), "count": m.count,
            "summary": m.summary}


def runs_out(db: Session, runs: Sequence[Run], *, full: bool = False) -> list[dict[str, Any]]:
    """Runs with their experiment name, tags and metric summaries (three queries per page)."""
    ids = [r.id for r in runs]
    if not ids:
        return []
    names = dict(db.execute(select(Experiment.id, Experiment.name).where(Experiment.id.in_({r.experiment_id for r in runs}))).all())
    tags: dict[int, list[str]] = defaultdict(list)
    for run_id, tag in db.execute(select(RunTag.run_id, RunTag.tag).where(RunTag.run_id.in_(ids)).order_by(RunTag.tag)):
        tags[run_id].append(tag)
    metrics: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for m in db.scalars(select(RunMetric).where(RunMetric.run_id.in_(ids)).order_by(RunMetric.key)):
        metrics[m.run_id].append(metric_out(m))
    return [run_out(r, names.get(r.experiment_id), tags[r.id], metrics[r.id], full=full) for r in runs]


def run_out(r: Run, experiment: str | None, tags: list[str], metrics: list[dict[str, Any]], *, full: bool = False) -> dict[str, Any]:
    cfg = r.config or {}
    out = {
        "id": r.id, "project_id": r.project_id, "experiment_id": r.experiment_id, "experiment": experiment, "name": r.name,
        "status": r.status, "source": r.source, "job_id": r.job_id, "favourite": r.favourite, "archived": r.archived,
        "tags": tags, "notes": r.notes, "params": cfg.get("params") or {}, "summary": r.summary or {},
        "metrics": metrics, "created_by": r.created_by, "created_at": _iso(r.created_at), "updated_at": _iso(r.updated_at),
        "ended_at": _iso(r.ended_at),
        "duration_seconds": (r.ended_at - r.created_at).total_seconds() if r.ended_at and r.created_at else None,
    }
    if full:
        out["config"] = cfg
    return out


def artifact_out(a: RunArtifact) -> dict[str, Any]:
    return {"id": a.id, "run_id": a.run_id, "name": a.name, "uri": a.uri, "meta": a.meta, "created_at": _iso(a.created_at)}


def count_in_projects(db: Session, model: Any, project_ids: list[int] | None) -> int:
    """Rows of ``model`` (a table with ``project_id``) in the given projects (None: all)."""
    q = select(func.count()).select_from(model)
    if project_ids is not None:
        q = q.where(model.project_id.in_(project_ids))
    return db.scalar(q) or 0
