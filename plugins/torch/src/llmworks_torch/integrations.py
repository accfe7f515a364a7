"""The services of other plugins this one uses when they are installed (``llmworks_sdk.services``).

- ``DatasetService`` (llmworks-datasets): a dataset version's columns and rows per split;
- ``TrackingService`` (llmworks-tracking): an experiment run per training job, its step
  metrics, status and summary.

Both are optional: without datasets, jobs take inline rows; without tracking, the step
metrics live only in this plugin's ``torch_training_metrics`` table (always written).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from llmworks_sdk import Invalid, NotFound
from llmworks_sdk.services import DatasetService, TrackingService, get_service

log = logging.getLogger(__name__)


def _datasets_service(source: Any) -> DatasetService:
    service = get_service(source, DatasetService)
    if service is None:
        raise Invalid(
            "dataset versions need the datasets plugin (llmworks-datasets); send inline 'rows' instead",
            field=("body", "dataset_version_id"),
        )
    return service


def tracking_service(source: Any) -> TrackingService | None:
    return get_service(source, TrackingService)


def dataset_version(db: Any, version_id: int) -> Any:
    version = _datasets_service(db).get_version(db, version_id)
    if version is None:
        raise NotFound(f"dataset version {version_id} not found")
    return version


def dataset_columns(db: Any, version_id: int) -> tuple[list[str], int | None]:
    """(columns, project_id) of a dataset version."""
    version = dataset_version(db, version_id)
    return list(_datasets_service(db).columns(version)), getattr(version, "project_id", None)


def dataset_rows(kernel: Any, version_id: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]] | None]:
    """(train rows, validation rows or None when the version has no validation split)."""
    service = _datasets_service(kernel)
    with kernel.db.session() as db:
        version = dataset_version(db, version_id)
        train = list(service.iter_rows(kernel, version, "train"))
        try:
            val = list(service.iter_rows(kernel, version, "validation"))
        except (KeyError, ValueError, LookupError):
            val = []
        if not train:  # a version without splits: everything is training data
            train = list(service.iter_rows(kernel, version, None))
    return train, (val or None)


def columns_of(rows: list[Mapping[str, Any]]) -> list[str]:
    """Columns present in every row (what a training job can rely on)."""
    if not rows:
        return []
    common = set(rows[0])
    for row in rows[1:]:
        common &= set(row)
    return sorted(common)


def start_run(kernel: Any, *, project_id: int, name: str, config: dict[str, Any], job_id: int) -> str | None:
    service = tracking_service(kernel)
    if service is None:
        return None
    try:
        with kernel.db.session() as db:
            run_id = service.create_run(
                db,
                project_id=project_id,
                experiment=config.get("experiment") or "fine-tuning",
                name=name,
                config=config,
                source="training",
                job_id=job_id,
            )
            return str(run_id)
    except Exception:  # noqa: BLE001 - tracking is optional: training goes on, metrics stay in our table
        log.exception("could not create a tracking run for job %s", job_id)
        return None


def log_run_metrics(kernel: Any, run_id: str | None, points: list[tuple[str, int, float, float | None]]) -> None:
    """Append step points to the run, leaving out those at or before a step the run's series
    already has: tracking series are append-only, and an attempt that resumes from a checkpoint
    (a retried job, a resumed one) reports the steps after that checkpoint again. Resume is
    exact, so the points kept are the ones the new attempt reports again."""
    if run_id is None or not points:
        return
    service = tracking_service(kernel)
    if service is None:
        return
    try:
        with kernel.db.session() as db:
            done = service.last_steps(db, _run_key(run_id))
            fresh = [p for p in points if p[1] > done.get(p[0], -1)]
            if fresh:
                service.log_metrics(db, _run_key(run_id), fresh)
    except Exception:  # noqa: BLE001 - see start_run
        log.exception("could not log metrics to run %s", run_id)


def finish_run(kernel: Any, run_id: str | None, status: str | None, summary: dict[str, float] | None = None) -> None:
    """Write ``summary`` on the run and, when ``status`` is given, set its status."""
    service = tracking_service(kernel)
    if service is None or run_id is None:
        return
    try:
        with kernel.db.session() as db:
            if summary:
                service.log_summary(db, _run_key(run_id), summary)
            if status:
                service.set_status(db, _run_key(run_id), status)
    except Exception:  # noqa: BLE001 - see start_run
        log.exception("could not finish run %s", run_id)


def _run_key(run_id: str) -> Any:
    return int(run_id) if run_id.isdigit() else run_id
