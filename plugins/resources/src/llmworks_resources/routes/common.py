"""Helpers shared by the routers."""

from __future__ import annotations

from typing import Any

from llmworks_sdk import NotFound, jobs


def load_job(db: Any, auth: Any, job_id: int, minimum: str = "viewer") -> Any:
    job = jobs.get(db, job_id)
    if job is None:
        raise NotFound(f"job {job_id} not found")
    auth.require_project(job.project_id, minimum, what="job")
    return job


def collector(k: Any) -> Any:
    return k.state.get("resources.collector")


def cost_models(k: Any) -> dict[str, Any]:
    return k.registry.all("cost_models")


def visible(auth: Any, db: Any) -> set[int] | None:
    ids = auth.project_ids(db)
    return None if ids is None else set(ids)
