"""``/api/inference/routes``: named routes to a model, a backend and default parameters (per project)."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from llmworks_sdk import Conflict, Forbidden, GenerationParams, Invalid
from llmworks_sdk.pagination import Page, Paging, paginate
from llmworks_sdk.release import check_release
from llmworks_sdk.schemas import StatusOut
from llmworks_sdk.services import LanguageIdentifier, get_service
from llmworks_sdk.web import DB, Auth, KernelDep, audit
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_inference.api_models import RouteOut
from llmworks_inference.models import ABVariant, InferenceRoute
from llmworks_inference.scoping import get_in_project, in_my_projects
from llmworks_inference.targets import NAME_PATTERN, check_name_free, resolve_model_ref

router = APIRouter(tags=["inference routes"])


def route_out(r: InferenceRoute) -> dict[str, Any]:
    return {"id": r.id, "project_id": r.project_id, "name": r.name, "description": r.description, "model": r.model,
            "backend": r.backend, "adapter": r.adapter, "params": r.params, "options": r.options,
            "languages": dict(r.languages or {}),
            "effective_params": GenerationParams.model_validate(r.params or {}).model_dump(),
            "created_at": r.created_at.isoformat(), "updated_at": r.updated_at.isoformat()}


class RouteIn(BaseModel):
    project_id: int
    name: str = Field(..., pattern=NAME_PATTERN, examples=["support-bot"])
    description: str = Field("", max_length=4000)
    model: str = Field(..., min_length=1, max_length=255, description="'base:<name>' or 'custom:<model version id>'",
                       examples=["base:llmworks-demo-tiny"])
    backend: str = Field("pytorch", min_length=1, max_length=64, examples=["pytorch", "onnxruntime", "triton"])
    adapter: str | None = Field(None, max_length=128, description="Adapter to run when the model has several.")
    params: GenerationParams = Field(default_factory=GenerationParams,
                                     description="Default generation parameters; only the fields given are stored.")
    options: dict[str, Any] = Field(default_factory=dict, description="Backend load options (e.g. {'dtype': 'bfloat16'}).")
    languages: dict[str, str] = Field(default_factory=dict, max_length=50, examples=[{"hi": "custom:7", "en": "custom:3"}],
                                      description="Language-aware routing: ISO 639-1 code -> model. Each request runs on the "
                                                  "model of the language detected in its prompt (last user message); "
                                                  "'model' is the fallback. Needs llmworks-curation (language detection).")
    release_override: str | None = Field(None, max_length=4000, description=(
        "Administrators: promote the model although the project's release gate refuses it; the reason is recorded."))

    model_config = {"json_schema_extra": {"examples": [
        {"project_id": 1, "name": "support-bot", "model": "base:llmworks-demo-tiny", "backend": "pytorch",
         "params": {"temperature": 0, "max_new_tokens": 64}},
    ]}}


class RoutePatch(BaseModel):
    name: str | None = Field(None, pattern=NAME_PATTERN)
    description: str | None = Field(None, max_length=4000)
    model: str | None = Field(None, min_length=1, max_length=255)
    backend: str | None = Field(None, min_length=1, max_length=64)
    adapter: str | None = Field(None, max_length=128)
    params: GenerationParams | None = None
    options: dict[str, Any] | None = None
    languages: dict[str, str] | None = Field(None, max_length=50)
    release_override: str | None = Field(None, max_length=4000, description=(
        "Administrators: promote the model although the project's release gate refuses it; the reason is recorded."))


LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


def check_languages(k: Any, db: Session, auth: Any, project_id: int, languages: dict[str, str], backend: str) -> dict[str, str]:
    """422 unless every key is a language code the detector knows and every model resolves."""
    if not languages:
        return {}
    detector = get_service(k, LanguageIdentifier)
    if detector is None:
        raise Invalid("routing by language needs language detection: install llmworks-curation, or leave out 'languages'",
                      field=("body", "languages"))
    known = set(detector.languages())
    out = {}
    for code, model in languages.items():
        c = code.strip().lower()
        if not LANGUAGE_CODE.match(c) or c not in known:
            raise Invalid(f"'{code}' is not a language the detector tells apart; use one of {', '.join(sorted(known))}",
                          field=("body", "languages", code))
        check_model(k, db, auth, project_id, model, backend, loc=("body", "languages", code))
        out[c] = model
    return out


def check_model(k: Any, db: Session, auth: Any, project_id: int, model: str, backend: str,
                loc: tuple[str, ...] = ("body", "model")) -> None:
    """422 unless ``backend`` is installed and ``model`` resolves to something the caller may use."""
    if backend not in k.registry.inference_backends:
        names = ", ".join(sorted(k.registry.inference_backends)) or "none"
        raise Invalid(f"unknown backend '{backend}'; installed backends: {names}", field=("body", "backend"))
    _ref, owner = resolve_model_ref(k, db, model, loc, project_id=project_id, auth=auth)
    if owner is not None and owner != project_id:
        auth.require_project(owner, "viewer", what="model")


#: backend load options a project maintainer may set; the others (a server URL, cache or
#: repository folders, file paths) reach outside the model and are for administrators only
MAINTAINER_OPTIONS = frozenset({"dtype", "device", "attn_implementation", "threads", "providers", "protocol"})


def check_options(auth: Any, options: dict[str, Any]) -> None:
    restricted = sorted(set(options) - MAINTAINER_OPTIONS)
    if restricted and not auth.is_admin:
        raise Forbidden(f"only administrators may set the backend options {', '.join(restricted)}; "
                        f"maintainers may set {', '.join(sorted(MAINTAINER_OPTIONS))}", field=("body", "options"))


def _get(db: Session, auth: Any, route_id: int, minimum: str = "viewer") -> InferenceRoute:
    return get_in_project(db, auth, InferenceRoute, route_id, minimum, "route")


@router.get("", response_model=Page[RouteOut], summary="List routes")
def list_routes(db: DB, auth: Auth, paging: Paging, project_id: int | None = None) -> dict[str, Any]:
    q = select(InferenceRoute).order_by(InferenceRoute.id)
    q = in_my_projects(q, InferenceRoute, auth, project_id)
    return paginate(db, q, paging, route_out)


@router.post("", status_code=201, response_model=RouteOut, summary="Create a route")
def create_route(body: RouteIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "maintainer")
    check_name_free(db, body.project_id, body.name)
    check_model(k, db, auth, body.project_id, body.model, body.backend)
    check_options(auth, body.options)
    languages = check_languages(k, db, auth, body.project_id, body.languages, body.backend)
    for i, promoted in enumerate(dict.fromkeys([body.model, *languages.values()])):
        check_release(k, db, auth, project_id=body.project_id, model=promoted,
                      target=f"route:{body.name}" + (" (language model)" if i else ""),
                      override_reason=body.release_override)
    r = InferenceRoute(project_id=body.project_id, name=body.name, description=body.description, model=body.model,
                       backend=body.backend, adapter=body.adapter, params=body.params.model_dump(exclude_unset=True),
                       options=body.options, languages=languages, created_by=auth.user_id)
    db.add(r)
    db.flush()
    audit(db, request, "inference.route.created", principal=auth, project_id=r.project_id, target_kind="route",
          target_id=r.id, name=r.name)
    return route_out(r)


@router.get("/{route_id}", response_model=RouteOut, summary="Get a route")
def get_route(route_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return route_out(_get(db, auth, route_id))


@router.patch("/{route_id}", response_model=RouteOut, summary="Change a route")
def update_route(route_id: int, body: RoutePatch, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    r = _get(db, auth, route_id, "maintainer")
    if body.name is not None and body.name != r.name:
        check_name_free(db, r.project_id, body.name, exclude=r)
        r.name = body.name
    if body.model is not None or body.backend is not None:
        check_model(k, db, auth, r.project_id, body.model or r.model, body.backend or r.backend)
    if body.model is not None and body.model != r.model:
        check_release(k, db, auth, project_id=r.project_id, model=body.model, target=f"route:{r.name}",
                      override_reason=body.release_override)
    if body.options is not None:
        check_options(auth, body.options)
    for attr in ("description", "model", "backend", "options"):
        if getattr(body, attr) is not None:
            setattr(r, attr, getattr(body, attr))
    if body.languages is not None:
        languages = check_languages(k, db, auth, r.project_id, body.languages, r.backend)
        for promoted in sorted(set(languages.values()) - set((r.languages or {}).values()) - {r.model}):
            check_release(k, db, auth, project_id=r.project_id, model=promoted, target=f"route:{r.name} (language model)",
                          override_reason=body.release_override)
        r.languages = languages
    if "adapter" in body.model_fields_set:
        r.adapter = body.adapter
    if body.params is not None:
        r.params = body.params.model_dump(exclude_unset=True)
    audit(db, request, "inference.route.updated", principal=auth, project_id=r.project_id, target_kind="route", target_id=r.id)
    db.flush()
    return route_out(r)


@router.delete("/{route_id}", response_model=StatusOut, summary="Delete a route (refused while an A/B test uses it)")
def delete_route(route_id: int, request: Request, db: DB, auth: Auth) -> dict[str, str]:
    r = _get(db, auth, route_id, "maintainer")
    used = db.scalars(select(ABVariant).where(ABVariant.route_id == r.id)).all()
    if used:
        tests = sorted({v.test.name for v in used})
        raise Conflict(f"route '{r.name}' is a variant of A/B test(s) {', '.join(tests)}: delete or change those first")
    audit(db, request, "inference.route.deleted", principal=auth, project_id=r.project_id, target_kind="route",
          target_id=r.id, name=r.name)
    db.delete(r)
    return {"status": "deleted"}
