"""Comparing runs: series aligned on one x axis, parameter differences and benchmark bars."""

from __future__ import annotations

import json
from collections import Counter
from typing import Annotated, Any

import numpy as np
from fastapi import APIRouter, Query
from llmworks_sdk.jsonutil import json_safe
from llmworks_sdk.schemas import unvalidated_json
from llmworks_sdk.web import DB, Auth, KernelDep
from sqlalchemy import select

from llmworks_tracking import series
from llmworks_tracking.api_models import CompareOut
from llmworks_tracking.models import Run, RunMetric
from llmworks_tracking.routes.runs import load_run
from llmworks_tracking.service import flatten_params
from llmworks_tracking.views import runs_out

router = APIRouter(tags=["tracking"])
#: evaluation metrics shown as bars even when they were logged as series
BENCHMARK_KEYS = ("bleu", "chrf", "rouge1", "rouge2", "rougeL", "gleu", "lambada", "perplexity", "exact_match", "token_f1")
DEFAULT_KEYS = 8


def param_table(runs: list[Run]) -> dict[str, Any]:
    flat = {r.id: flatten_params(r.config or {}) for r in runs}
    keys = sorted({k for f in flat.values() for k in f})
    rows = []
    for key in keys:
        values = {str(r.id): flat[r.id].get(key) for r in runs}
        differs = len({json.dumps(v, sort_keys=True, default=str) for v in values.values()}) > 1
        rows.append({"key": key, "values": values, "differs": differs})
    return {"keys": keys, "differing": [r["key"] for r in rows if r["differs"]], "rows": rows}


def aligned_series(db: Any, runs: list[Run], key: str, *, x: str, points: int) -> dict[str, Any]:
    """Each run's chart of ``key``, and all runs interpolated on one common x grid of ``points``
    (``x="wall_time"`` aligns on seconds since each run's first point)."""
    per_run: dict[str, Any] = {}
    data: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    for r in runs:
        c = series.chart(db, r.id, key, x=x, points=points)
        p = c.points
        if not len(p):
            continue
        xs = p.steps.astype(np.float64) if x == "step" else p.walls - p.walls.min()
        per_run[str(r.id)] = {"x": xs.tolist(), "y": p.values.tolist(), "count": c.count}
        data[r.id] = (xs, p.values)
    aligned: dict[str, Any] = {"x": [], "values": {}}
    if data:
        lo = min(float(v[0][0]) for v in data.values())
        hi = max(float(v[0][-1]) for v in data.values())
        grid = np.linspace(lo, hi, points) if hi > lo else np.array([lo])
        if x == "step":
            grid = np.unique(np.round(grid))
        aligned["x"] = grid.tolist()
        for run_id, (xs, ys) in data.items():
            vals = np.interp(grid, xs, ys)
            vals[(grid < xs[0]) | (grid > xs[-1])] = np.nan
            aligned["values"][str(run_id)] = vals.tolist()
    return {"key": key, "runs": per_run, "aligned": aligned}


def benchmark_bars(db: Any, runs: list[Run], metrics: dict[str, Any]) -> list[dict[str, Any]]:
    rows = db.scalars(select(RunMetric).where(RunMetric.run_id.in_([r.id for r in runs]),
                                              (RunMetric.summary.is_(True)) | (RunMetric.key.in_(BENCHMARK_KEYS))))
    bars: dict[str, dict[str, Any]] = {}
    for m in rows:
        bars.setdefault(m.key, {})[str(m.run_id)] = m.last
    out = []
    for key in sorted(bars, key=lambda k: (k not in BENCHMARK_KEYS, k)):
        metric = metrics.get(key)
        hib = getattr(metric, "higher_is_better", None)
        values = {str(r.id): bars[key].get(str(r.id)) for r in runs}
        present = {rid: v for rid, v in values.items() if v is not None and np.isfinite(v)}
        best = None
        if present and hib is not None:
            best = (max if hib else min)(present, key=lambda rid: present[rid])
        out.append({"metric": key, "higher_is_better": hib, "values": values, "best_run_id": int(best) if best else None})
    return out


@router.get("", response_model=None, responses={200: {"model": CompareOut}}, summary="Compare runs: aligned series, parameter differences, benchmark bars")
def compare_runs(
    db: DB, auth: Auth, k: KernelDep,
    run_ids: Annotated[list[int], Query(min_length=1, max_length=20, description="Runs to compare (repeat the parameter)")],
    keys: Annotated[list[str], Query(max_length=20, description="Metric keys to chart; default: the keys most runs share")] = [],  # noqa: B006
    x: str = Query("step", pattern="^(step|wall_time)$"),
    points: int = Query(500, ge=10, le=5000),
) -> Any:
    ids = list(dict.fromkeys(run_ids))
    runs = [load_run(db, auth, rid) for rid in ids]
    names = [k_ for part in keys for k_ in part.split(",") if k_]
    if not names:
        counts = Counter(db.scalars(select(RunMetric.key).where(RunMetric.run_id.in_(ids), RunMetric.summary.is_(False))))
        names = [key for key, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))][:DEFAULT_KEYS]
    return unvalidated_json(CompareOut, json_safe({
        "runs": runs_out(db, runs),
        "x": x,
        "params": param_table(runs),
        "series": [aligned_series(db, runs, key, x=x, points=points) for key in names],
        "benchmarks": benchmark_bars(db, runs, k.registry.metrics),
    }))
