"""``/api/plugins/deploy/secrets``: project secrets for deployments (write-only values)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from llmworks_sdk.pagination import Page, Paging, paginate
from llmworks_sdk.schemas import ApiModel, Timestamp
from llmworks_sdk.web import DB, Auth, KernelDep, audit, load_in_project, scope_to_projects
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from llmworks_deploy.secrets import encrypt
from llmworks_deploy.tables import ProjectSecret

router = APIRouter(tags=["deploy"])


class SecretIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    project_id: int = Field(..., ge=1)
    name: str = Field(..., pattern=r"^[a-z0-9][a-z0-9._-]{0,62}$")
    value: str = Field(..., min_length=1, max_length=8192, description="Stored encrypted; never shown again")


class SecretOut(ApiModel):
    id: int
    project_id: int
    name: str
    hint: str
    created_at: Timestamp
    updated_at: Timestamp


def secret_out(s: ProjectSecret) -> dict[str, Any]:
    return {"id": s.id, "project_id": s.project_id, "name": s.name, "hint": s.hint, "created_at": s.created_at.isoformat(),
            "updated_at": s.updated_at.isoformat()}


@router.post("/secrets", status_code=201, response_model=SecretOut)
def put_secret(body: SecretIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    """Store a secret (e.g. ``hf-token``) for the project's deployments; the value is encrypted at
    rest and never returned. Writing an existing name replaces its value."""
    auth.require_project(body.project_id, "maintainer")
    row = db.scalar(select(ProjectSecret).where(ProjectSecret.project_id == body.project_id, ProjectSecret.name == body.name))
    if row is None:
        row = ProjectSecret(project_id=body.project_id, name=body.name, created_by=auth.user_id, ciphertext="", hint="")
        db.add(row)
    row.ciphertext = encrypt(k, body.value)
    row.hint = "…" + body.value[-4:] if len(body.value) >= 12 else "…"
    db.flush()
    audit(db, request, "deploy.secret_written", principal=auth, project_id=body.project_id, target_kind="secret",
          target_id=row.id, name=body.name)
    return secret_out(row)


@router.get("/secrets", response_model=Page[SecretOut])
def list_secrets(db: DB, auth: Auth, paging: Paging, project_id: int | None = None) -> dict[str, Any]:
    q = scope_to_projects(select(ProjectSecret), auth, ProjectSecret.project_id, project_id).order_by(ProjectSecret.name)
    return paginate(db, q, paging, secret_out)


@router.delete("/secrets/{secret_id}", response_model=SecretOut)
def delete_secret(secret_id: int, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    row = load_in_project(db, auth, ProjectSecret, secret_id, "maintainer", what="secret")
    out = secret_out(row)
    db.delete(row)
    audit(db, request, "deploy.secret_deleted", principal=auth, project_id=row.project_id, target_kind="secret",
          target_id=secret_id)
    return out
