"""The tracking contract other plugins call (docs/dev/PLUGIN_GUIDE.md section 7).

    from llmworks_tracking import service as tracking

    run = tracking.create_run(db, project_id=pid, experiment="lora-sweep", name="lr=1e-3",
                              config={"params": {"learning_rate": 1e-3}, "base_model": "base:demo",
                                      "dataset": {"version_id": 3}}, source="training", job_id=job.id)
    tracking.log_metrics(db, run.id, [("loss", 1, 2.31, None), ("loss", 2, 2.05, time.time())])
    tracking.log_summary(db, run.id, {"eval_loss": 1.9})
    tracking.add_artifact(db, run.id, "adapter", "model_version:7", {"kind": "lora"})
    tracking.set_status(db, run.id, "finished")

Every function works inside the caller's session (nothing is committed here). ``config``
holds the whole run configuration; its ``params`` mapping (hyper-parameters) and every
other scalar become searchable parameters (``params.learning_rate>=0.001``). The platform
fills ``config["plugins"]`` (installed llmworks distributions and versions) and
``config["hardware"]`` when the caller does not.
"""

from __future__ import annotations

import json
import math
import os
import platform
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

import numpy as np
from llmworks_sdk import Invalid, NotFound
from llmworks_sdk.db import utcnow
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from llmworks_tracking import series
from llmworks_tracking.models import RUN_STATUSES, Experiment, Run, RunArtifact, RunMetric, RunParam, RunTag

#: statuses other components use for the same states
STATUS_ALIASES = {"succeeded": "finished", "completed": "finished", "done": "finished", "killed": "cancelled",
                  "scheduled": "queued", "error": "failed"}
TERMINAL = frozenset({"finished", "failed", "cancelled"})
MAX_PARAMS = 2000
MAX_KEY = 255
MAX_TAG = 128
MAX_DEPTH = 8  # deeper mappings are kept whole, as JSON text
_NOT_PARAMS = ("plugins", "hardware")


# ------------------------------------------------------------------------- experiments
def get_or_create_experiment(db: Session, project_id: int, name: str, *, user_id: int | None = None) -> Experiment:
    name = (name or "default").strip()[:255] or "default"
    exp = db.scalar(select(Experiment).where(Experiment.project_id == project_id, Experiment.name == name))
    if exp is None:
        exp = Experiment(project_id=project_id, name=name, created_by=user_id)
        db.add(exp)
        db.flush()
    return exp


# ------------------------------------------------------------------------- runs
def create_run(
    db: Session,
    *,
    project_id: int,
    experiment: str | int,
    name: str,
    config: Mapping[str, Any],
    source: str = "training",
    job_id: int | None = None,
    user_id: int | None = None,
    tags: Iterable[str] = (),
) -> Run:
    """Create a running run in ``experiment`` (a name, created when missing, or an id)."""
    if isinstance(experiment, int):
        exp = db.get(Experiment, experiment)
        if exp is None or exp.project_id != project_id:
            raise NotFound(f"experiment {experiment} not found in project {project_id}")
    else:
        exp = get_or_create_experiment(db, project_id, experiment, user_id=user_id)
    cfg = json.loads(json.dumps(dict(config or {}), default=str))  # plain JSON, detached from the caller
    if not isinstance(cfg.get("params", {}), dict):
        raise Invalid("config.params must be a mapping of hyper-parameter names to values", field=("body", "config", "params"))
    cfg.setdefault("plugins", plugin_versions())
    cfg.setdefault("hardware", hardware_info())
    run = Run(project_id=project_id, experiment_id=exp.id, name=(name or f"run-{int(time.time())}")[:255], status="running",
              source=source[:32], job_id=job_id, config=cfg, created_by=user_id)
    db.add(run)
    db.flush()
    _write_params(db, run.id, flatten_params(cfg))
    set_tags(db, run.id, tags)
    return run


def get_run(db: Session, run_id: int) -> Run:
    run = db.get(Run, run_id)
    if run is None:
        raise NotFound(f"run {run_id} not found")
    return run


def lock_run(db: Session, run_id: int) -> Run:
    """Take the run's row lock (PostgreSQL) / the write lock (SQLite) before changing its series."""
    res = db.execute(update(Run).where(Run.id == run_id).values(updated_at=utcnow()))
    if res.rowcount != 1:
        raise NotFound(f"run {run_id} not found")
    return get_run(db, run_id)


def normalise_status(status: str) -> str:
    s = STATUS_ALIASES.get(status.lower(), status.lower())
    if s not in RUN_STATUSES:
        raise Invalid(f"unknown run status {status!r}; use one of {', '.join(RUN_STATUSES)}", field=("body", "status"))
    return s


def set_status(db: Session, run_id: int, status: str) -> None:
    """Set the status ("queued", "running", "finished", "failed", "cancelled"; job states such
    as "succeeded" are accepted); a terminal status records the end time."""
    run = get_run(db, run_id)
    run.status = normalise_status(status)
    run.ended_at = utcnow() if run.status in TERMINAL else None


def log_metrics(db: Session, run_id: int, points: Sequence[tuple[str, int, float, float | None]]) -> int:
    """Append ``(key, step, value, wall_time)`` points (wall time in seconds since the epoch;
    None: now). Returns the number of points stored."""
    if not points:
        return 0
    now = time.time()
    grouped: dict[str, list[tuple[int, float, float]]] = defaultdict(list)
    for i, point in enumerate(points):
        try:
            key, step, value, wall = point
            grouped[check_key(key)].append((int(step), float(value), now if wall is None else float(wall)))
        except (TypeError, ValueError) as exc:
            raise Invalid(f"point {i} must be (key, step, value, wall_time|None): {exc}") from None
    return log_series(db, run_id, {k: series.Points(np.array([p[0] for p in v], np.int64), np.array([p[1] for p in v], np.float64),
                                                    np.array([p[2] for p in v], np.float64)) for k, v in grouped.items()})


def log_series(db: Session, run_id: int, data: Mapping[str, series.Points]) -> int:
    """Append whole arrays per key (the fast path of the batch endpoint)."""
    lock_run(db, run_id)
    total = 0
    for key, pts in data.items():
        series.append(db, run_id, check_key(key), pts)
        total += len(pts)
    return total


def log_summary(db: Session, run_id: int, metrics: Mapping[str, float]) -> None:
    """Record final/summary values (e.g. evaluation scores): kept in ``run.summary`` and as the
    ``last`` value of that key for filters, sorting and comparison bars."""
    run = lock_run(db, run_id)
    clean: dict[str, float | None] = {}
    for key, value in metrics.items():
        check_key(key)
        try:
            v = float(value)
        except (TypeError, ValueError):
            raise Invalid(f"summary metric {key!r} must be a number, got {value!r}", field=("body", "summary", key)) from None
        clean[key] = v if math.isfinite(v) else None
    run.summary = {**(run.summary or {}), **clean}
    for key, v in clean.items():
        row = db.scalar(select(RunMetric).where(RunMetric.run_id == run_id, RunMetric.key == key))
        if row is None:
            db.add(RunMetric(run_id=run_id, key=key, last=v, min=v, max=v, count=0, summary=True))
        elif row.summary or row.count == 0:
            row.last = row.min = row.max = v
            row.summary = True


#: ``meta`` key that marks an artifact whose blob was uploaded into its run (set by the server only)
UPLOADED = "uploaded"


def project_owns_blob(db: Session, project_id: int, uri: str) -> bool:
    """Whether ``blob:<sha256>`` was uploaded into a run of ``project_id``. The artifact store
    is shared and content-addressed: knowing a digest must not reach another project's file."""
    metas = db.scalars(select(RunArtifact.meta).join(Run, Run.id == RunArtifact.run_id)
                       .where(Run.project_id == project_id, RunArtifact.uri == uri))
    return any((m or {}).get(UPLOADED) is True for m in metas)


def add_artifact(db: Session, run_id: int, name: str, uri: str, meta: Mapping[str, Any] | None = None) -> RunArtifact:
    """Attach an artifact: ``uri`` such as ``blob:<sha256>`` (artifact store), ``model_version:7`` or a path."""
    get_run(db, run_id)
    art = RunArtifact(run_id=run_id, name=name[:255], uri=uri, meta=json.loads(json.dumps(dict(meta or {}), default=str)))
    db.add(art)
    db.flush()
    return art


def log_params(db: Session, run_id: int, params: Mapping[str, Any]) -> None:
    """Merge ``params`` into ``config["params"]`` and the searchable parameters."""
    run = get_run(db, run_id)
    cfg = dict(run.config or {})
    cfg["params"] = {**(cfg.get("params") or {}), **json.loads(json.dumps(dict(params), default=str))}
    run.config = cfg
    _write_params(db, run_id, flatten_params(cfg))


def set_tags(db: Session, run_id: int, tags: Iterable[str]) -> list[str]:
    have = set(db.scalars(select(RunTag.tag).where(RunTag.run_id == run_id)))
    for tag in tags:
        tag = check_tag(tag)
        if tag not in have:
            db.add(RunTag(run_id=run_id, tag=tag))
            have.add(tag)
    return sorted(have)


def remove_tag(db: Session, run_id: int, tag: str) -> None:
    db.execute(delete(RunTag).where(RunTag.run_id == run_id, RunTag.tag == tag))


# ------------------------------------------------------------------------- helpers
def check_key(key: Any) -> str:
    if not isinstance(key, str) or not key.strip() or len(key) > MAX_KEY:
        raise Invalid(f"a metric key must be a non-empty string of at most {MAX_KEY} characters, got {key!r}")
    return key


def check_tag(tag: Any) -> str:
    if not isinstance(tag, str) or not tag.strip() or len(tag.strip()) > MAX_TAG:
        raise Invalid(f"a tag must be a non-empty string of at most {MAX_TAG} characters, got {tag!r}", field=("body", "tags"))
    return tag.strip()


def flatten_params(config: Mapping[str, Any]) -> dict[str, Any]:
    """Searchable parameters of a config: the keys of ``params`` at the top level, every other
    key by its dotted path; ``plugins`` and ``hardware`` are left out."""
    out: dict[str, Any] = {}

    def walk(prefix: str, value: Any, depth: int = 0) -> None:
        if isinstance(value, Mapping) and value and depth < MAX_DEPTH:
            for k, v in value.items():
                walk(f"{prefix}.{k}" if prefix else str(k), v, depth + 1)
        else:
            out[prefix] = value

    for key, value in config.items():
        if key in _NOT_PARAMS:
            continue
        walk("" if key in ("params", "hyperparameters") else key, value)
    return out


def _param_value(value: Any) -> tuple[str, float | None]:
    if isinstance(value, bool):
        return json.dumps(value), float(value)
    if isinstance(value, int | float):
        v = float(value)
        return json.dumps(value), v if math.isfinite(v) else None
    if isinstance(value, str):
        try:
            v = float(value)
            return value[:4000], v if math.isfinite(v) else None
        except ValueError:
            return value[:4000], None
    return json.dumps(value, default=str)[:4000], None


def _write_params(db: Session, run_id: int, params: Mapping[str, Any]) -> None:
    if len(params) > MAX_PARAMS:
        raise Invalid(f"a run may have at most {MAX_PARAMS} parameters; got {len(params)}")
    rows = {r.key: r for r in db.scalars(select(RunParam).where(RunParam.run_id == run_id))}
    for key, value in params.items():
        if not key or len(key) > MAX_KEY:
            raise Invalid(f"parameter names must have 1-{MAX_KEY} characters: {key[:40]!r}")
        text, num = _param_value(value)
        row = rows.get(key)
        if row is None:
            db.add(RunParam(run_id=run_id, key=key, value=text, num=num))
        elif row.value != text:
            row.value, row.num = text, num


@cache
def _plugin_versions() -> tuple[tuple[str, str], ...]:
    from importlib.metadata import distributions

    out = {}
    for dist in distributions():
        name = dist.metadata["Name"] or ""
        if name.lower().startswith("llmworks"):
            out[name] = dist.version
    return tuple(sorted(out.items()))


def plugin_versions() -> dict[str, str]:
    """Installed llmworks distributions and their versions (read once per process)."""
    return dict(_plugin_versions())


def hardware_info() -> dict[str, Any]:
    """What the run ran on: CPU, memory, OS, Python, and the CUDA devices when torch is loaded."""
    info: dict[str, Any] = {"platform": platform.platform(), "python": platform.python_version(),
                            "cpu": platform.processor() or platform.machine(), "cpu_count": os.cpu_count()}
    try:
        import psutil

        info["memory_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
    except Exception:  # noqa: BLE001 - optional detail
        pass
    torch = sys.modules.get("torch")
    if torch is not None:
        try:
            if torch.cuda.is_available():
                info["gpus"] = [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
        except Exception:  # noqa: BLE001
            pass
    return info
