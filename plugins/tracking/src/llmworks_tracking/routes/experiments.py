"""Experiments: named groups of runs in a project."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from llmworks_sdk import Conflict
from llmworks_sdk.pagination import Page, Paging
from llmworks_sdk.schemas import DeletedOut
from llmworks_sdk.web import DB, Auth, audit, load_in_project
from pydantic import BaseModel, Field
from sqlalchemy import func, select

from llmworks_tracking.api_models import ExperimentOut
from llmworks_tracking.models import Experiment
from llmworks_tracking.views import experiments_out

router = APIRouter(tags=["tracking"])


class ExperimentIn(BaseModel):
    project_id: int
    name: str = Field(min_length=1, max_length=255, pattern=r"\S", examples=["lora-sweep"])
    description: str = Field("", max_length=4000)


class ExperimentPatch(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=255, pattern=r"\S")
    description: str | None = Field(None, max_length=4000)
    archived: bool | None = None


def load_experiment(db: Any, auth: Any, experiment_id: int, minimum: str = "viewer") -> Experiment:
    return load_in_project(db, auth, Experiment, experiment_id, minimum, what="experiment")


@router.get("", response_model=Page[ExperimentOut], summary="List the experiments of a project")
def list_experiments(db: DB, auth: Auth, paging: Paging, project_id: int,
                     q: str | None = Query(None, max_length=255, description="Substring of the name"),
                     archived: bool = Query(False, description="false (default): active experiments; true: archived ones")) -> dict[str, Any]:
    auth.require_project(project_id)
    stmt = select(Experiment).where(Experiment.project_id == project_id).order_by(Experiment.created_at.desc(), Experiment.id.desc())
    if q:
        stmt = stmt.where(func.lower(Experiment.name).contains(q.lower(), autoescape=True))
    stmt = stmt.where(Experiment.archived == archived)
    total = db.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    page = db.scalars(stmt.limit(paging.limit).offset(paging.offset)).all()
    return {"items": experiments_out(db, page), "total": total, "limit": paging.limit, "offset": paging.offset}


@router.post("", status_code=201, response_model=ExperimentOut, summary="Create an experiment")
def create_experiment(body: ExperimentIn, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    auth.require_project(body.project_id, "annotator")
    if db.scalar(select(Experiment).where(Experiment.project_id == body.project_id, Experiment.name == body.name.strip())):
        raise Conflict(f"the project already has an experiment named {body.name!r}", field=("body", "name"))
    exp = Experiment(project_id=body.project_id, name=body.name.strip(), description=body.description, created_by=auth.user_id)
    db.add(exp)
    db.flush()
    audit(db, request, "experiment.created", principal=auth, project_id=body.project_id, target_kind="experiment", target_id=exp.id)
    return experiments_out(db, [exp])[0]


@router.get("/{experiment_id}", response_model=ExperimentOut, summary="Get an experiment")
def get_experiment(experiment_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return experiments_out(db, [load_experiment(db, auth, experiment_id)])[0]


@router.patch("/{experiment_id}", response_model=ExperimentOut, summary="Rename, describe or archive an experiment")
def update_experiment(experiment_id: int, body: ExperimentPatch, db: DB, auth: Auth) -> dict[str, Any]:
    exp = load_experiment(db, auth, experiment_id, "annotator")
    if body.name is not None and body.name.strip() != exp.name:
        if db.scalar(select(Experiment).where(Experiment.project_id == exp.project_id, Experiment.name == body.name.strip())):
            raise Conflict(f"the project already has an experiment named {body.name!r}", field=("body", "name"))
        exp.name = body.name.strip()
    if body.description is not None:
        exp.description = body.description
    if body.archived is not None:
        exp.archived = body.archived
    db.flush()
    return experiments_out(db, [exp])[0]


@router.delete("/{experiment_id}", response_model=DeletedOut, summary="Delete an experiment and all its runs (maintainers)")
def delete_experiment(experiment_id: int, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    exp = load_experiment(db, auth, experiment_id, "maintainer")
    audit(db, request, "experiment.deleted", principal=auth, project_id=exp.project_id, target_kind="experiment", target_id=exp.id)
    db.delete(exp)
    return {"deleted": experiment_id}
