"""What a request runs on: a named route (or A/B test), or a model and backend given directly.

Names are unique per project; a caller who sees the same name in several projects writes
``<project-slug>/<name>`` or passes ``project_id``. Route and A/B test names share one
namespace, so ``model="support-bot"`` may be either.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

from llmworks.db.models import Project
from llmworks_sdk import Conflict, Invalid, LlmworksError, ModelRef, NotFound, Unavailable
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_inference import abtest
from llmworks_inference.models import ABTest, InferenceRoute
from llmworks_inference.scoping import in_my_projects

NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"


@dataclass
class Assignment:
    test_id: int
    test: str
    variant_id: int
    variant: str
    key: str

    def public(self, observation_id: int | None = None) -> dict[str, Any]:
        return {"test_id": self.test_id, "test": self.test, "variant": self.variant, "observation_id": observation_id}


@dataclass
class Target:
    model: str
    backend: str
    project_id: int | None = None
    name: str | None = None  # the route or A/B test name as requested
    route: str | None = None  # the route that serves the request
    route_id: int | None = None
    adapter: str | None = None
    defaults: dict[str, Any] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    ab: Assignment | None = None


def _visible(stmt: Any, model: Any, auth: Any, project_id: int | None, slug: str | None) -> Any:
    stmt = in_my_projects(stmt, model, auth, project_id)
    if slug:
        stmt = stmt.join(Project, Project.id == model.project_id).where(Project.slug == slug)
    return stmt


def find_named(db: Session, auth: Any, name: str, *, project_id: int | None = None,
               field_loc: tuple[str, ...] = ("body", "route")) -> InferenceRoute | ABTest:
    """The route or A/B test called ``name`` among the caller's projects (404 when none)."""
    slug, _, short = name.rpartition("/")
    found: list[InferenceRoute | ABTest] = []
    for model in (InferenceRoute, ABTest):
        found += db.scalars(_visible(select(model).where(model.name == short), model, auth, project_id, slug or None)).all()
    if not found:
        raise NotFound(f"no route or A/B test named '{name}' in your projects; list routes with GET /api/inference/routes",
                       field=field_loc)
    if len(found) > 1:
        slugs = sorted(db.get(Project, f.project_id).slug for f in found)
        raise Invalid(f"'{short}' exists in several of your projects ({', '.join(slugs)}): write '<project-slug>/{short}' "
                      "or pass project_id", field=field_loc)
    obj = found[0]
    auth.require_project(obj.project_id, "viewer", what="route")
    return obj


def check_name_free(db: Session, project_id: int, name: str, *, exclude: Any = None) -> None:
    """Routes and A/B tests share names within a project (409 when taken)."""
    for model in (InferenceRoute, ABTest):
        other = db.scalar(select(model).where(model.project_id == project_id, model.name == name))
        if other is not None and other is not exclude:
            kind = "route" if model is InferenceRoute else "A/B test"
            raise Conflict(f"this project already has a {kind} named '{name}'; choose another name", field=("body", "name"))


def route_target(route: InferenceRoute, *, name: str | None = None, ab: Assignment | None = None) -> Target:
    return Target(model=route.model, backend=route.backend, project_id=route.project_id, name=name or route.name,
                  route=route.name, route_id=route.id, adapter=route.adapter, defaults=dict(route.params or {}),
                  options=dict(route.options or {}), ab=ab)


def resolve_target(
    db: Session, auth: Any, *, route: str | None = None, model: str | None = None, backend: str | None = None,
    adapter: str | None = None, project_id: int | None = None, key: str | None = None, default_backend: str = "pytorch",
    field_loc: tuple[str, ...] = ("body", "route"),
) -> Target:
    """The target of a request: exactly one of ``route`` (a route or A/B test name) and ``model``."""
    if (route is None) == (model is None):
        raise Invalid("give either 'route' (a route or A/B test name) or 'model' ('base:<name>' or 'custom:<id>')",
                      field=field_loc)
    if model is not None:
        if project_id is not None:
            auth.require_project(project_id, "viewer")
        return Target(model=model, backend=backend or default_backend, project_id=project_id, adapter=adapter)
    obj = find_named(db, auth, route, project_id=project_id, field_loc=field_loc)
    if isinstance(obj, InferenceRoute):
        return route_target(obj, name=route)
    if obj.status != "running":
        raise Conflict(f"A/B test '{obj.name}' is {obj.status}; start it again or call one of its routes directly")
    if not obj.variants:
        raise Conflict(f"A/B test '{obj.name}' has no variants")
    sticky = key or f"user:{auth.user_id}"
    variant = abtest.assign(obj, sticky)
    return route_target(variant.route, name=route,
                        ab=Assignment(obj.id, obj.name, variant.id, variant.name, sticky))


def resolve_model_ref(kernel: Any, db: Session, model: str, loc: tuple[str, ...] = ("body", "model")) -> tuple[ModelRef, int | None]:
    """``llmworks_torch.models.resolve_model``, its failures turned into a 404/422 naming the model."""
    try:
        from llmworks_torch.models import resolve_model
    except ImportError as exc:
        raise Unavailable("resolving 'base:' and 'custom:' models needs llmworks-torch: pip install 'llmworks-inference[torch]'",
                          reason=str(exc)) from exc
    try:
        return resolve_model(kernel, db, model)
    except LlmworksError:
        raise
    except (ValueError, LookupError, FileNotFoundError) as exc:
        raise Invalid(f"model '{model}' cannot be resolved: {exc}", field=loc) from exc


def model_ref(kernel: Any, db: Session, auth: Any, target: Target) -> tuple[ModelRef, str | None]:
    """The :class:`ModelRef` to load and the adapter to run."""
    ref, owner = resolve_model_ref(kernel, db, target.model)
    if owner is not None and target.route_id is None:  # a route's maintainer granted its model when creating it
        auth.require_project(owner, "viewer", what="model")
    if target.options:
        options = json.dumps(target.options, sort_keys=True)
        ref = dataclasses.replace(ref, key=f"{ref.key}?{options}", options={**ref.options, **target.options})
    adapter = target.adapter
    if adapter is None and len(ref.adapters) == 1:
        adapter = next(iter(ref.adapters))
    if adapter is not None and adapter not in ref.adapters:
        names = ", ".join(sorted(ref.adapters)) or "none"
        raise Invalid(f"model '{target.model}' has no adapter '{adapter}'; its adapters: {names}", field=("body", "adapter"))
    return ref, adapter
