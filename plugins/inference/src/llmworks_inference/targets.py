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

from llmworks_sdk import Conflict, Forbidden, Invalid, LlmworksError, ModelRef, NotFound, Unavailable
from llmworks_sdk.caching import LookupCache
from llmworks_sdk.kernel import kernel_of
from llmworks_sdk.services import LanguageIdentifier, ModelRegistry, RouteInfo, get_service
from sqlalchemy import false, select
from sqlalchemy.orm import Session

from llmworks_inference import abtest
from llmworks_inference.models import ABTest, InferenceRoute
from llmworks_inference.scoping import in_my_projects

NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"

#: generating (and any other model computation: attention maps, prompt runs, /v1) costs
#: compute and writes observations: it needs this role in the project; viewers only read
INFERENCE_ROLE = "annotator"


def require_inference(auth: Any, project_id: int | None) -> None:
    """403 unless the caller may run models in ``project_id`` (None: in at least one project,
    for a shared base model asked for without a project)."""
    if project_id is not None:
        auth.require_project(project_id, INFERENCE_ROLE, what="project")
        return
    if auth.is_admin:
        return
    ids = auth.project_ids() or []
    if not any(auth.role_in(pid) in ("annotator", "maintainer") for pid in ids):
        raise Forbidden(f"running a model needs the '{INFERENCE_ROLE}' role in a project; viewers may only read. "
                        "Ask a maintainer for the role, or pass the 'project_id' of a project where you have it",
                        field=("body", "project_id"))


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
    #: language-aware routing (ISO 639-1 code -> model) and, once chosen, how
    languages: dict[str, str] = field(default_factory=dict)
    language: dict[str, Any] | None = None


def _visible(db: Session, stmt: Any, model: Any, auth: Any, project_id: int | None, slug: str | None) -> Any:
    stmt = in_my_projects(stmt, model, auth, project_id)
    if slug:
        slug_id = kernel_of(db).projects.id_for_slug(db, slug)
        stmt = stmt.where(model.project_id == slug_id) if slug_id is not None else stmt.where(false())
    return stmt


def find_named(db: Session, auth: Any, name: str, *, project_id: int | None = None,
               field_loc: tuple[str, ...] = ("body", "route")) -> InferenceRoute | ABTest:
    """The route or A/B test called ``name`` among the caller's projects (404 when none).

    A name found in several of the caller's projects resolves to the caller's own project
    first (one the caller created), then to the project the caller joined first; being
    added to another project therefore never changes where an existing call goes. Names
    still tied (an administrator who is a member of none of them) are a 422 that asks for
    ``<project-slug>/<name>`` or ``project_id``."""
    slug, _, short = name.rpartition("/")
    found: list[InferenceRoute | ABTest] = []
    for model in (InferenceRoute, ABTest):
        found += db.scalars(_visible(db, select(model).where(model.name == short), model, auth, project_id, slug or None)).all()
    if not found:
        raise NotFound(f"no route or A/B test named '{name}' in your projects; list routes with GET /api/inference/routes",
                       field=field_loc)
    if len(found) > 1:
        nearest = set(kernel_of(db).projects.nearest(db, auth.user_id, {f.project_id for f in found}))
        found = [f for f in found if f.project_id in nearest]
    if len(found) > 1:
        by_id = kernel_of(db).projects.slugs(db, [f.project_id for f in found])
        slugs = sorted(by_id[f.project_id] for f in found)
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
                  options=dict(route.options or {}), ab=ab, languages=dict(route.languages or {}))


def choose_language(kernel: Any, target: Target, text: str) -> Target:
    """For a language-aware route: the target with the model mapped to the language detected
    in ``text`` (the route's own model when none is mapped), and ``language`` saying so. The
    detector is the ``LanguageIdentifier`` service (llmworks-curation)."""
    if not target.languages:
        return target
    detector = get_service(kernel, LanguageIdentifier)
    if detector is None:
        raise Unavailable(f"route '{target.route}' routes by language, which needs the LanguageIdentifier service: "
                          "install llmworks-curation (or remove the route's 'languages')")
    guess = detector.detect([text])[0]
    chosen = target.languages.get(guess.language)
    info = {"detected": guess.language, "name": guess.name, "script": guess.script, "confidence": guess.confidence,
            "model": chosen or target.model, "fallback": chosen is None}
    if chosen is None:
        return dataclasses.replace(target, language=info)
    return dataclasses.replace(target, model=chosen, adapter=None, language=info)


#: the target of a route name as a caller sees it (None: the name is an A/B test, looked up
#: each time: its variant is assigned per request). Watches every table that decides which
#: row a name finds: routes, A/B tests (same namespace), projects (slugs) and memberships.
ROUTE_TARGETS: LookupCache[Target | None] = LookupCache(
    {"inference_routes", "inference_ab_tests", "projects", "memberships"}, name="inference route targets")


def _route_key(auth: Any, route: str, project_id: int | None) -> tuple[Any, ...]:
    ids = auth.project_ids()
    return (route, project_id, auth.user_id, auth.is_admin, None if ids is None else tuple(ids))


def _copy(target: Target) -> Target:
    """A request's own copy of a cached target (requests change theirs, e.g. the backend)."""
    return dataclasses.replace(target, defaults=dict(target.defaults), options=dict(target.options),
                               languages=dict(target.languages))


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
        require_inference(auth, project_id)
        return Target(model=model, backend=backend or default_backend, project_id=project_id, adapter=adapter)
    found: list[InferenceRoute | ABTest] = []

    def load() -> Target | None:
        found.append(find_named(db, auth, route, project_id=project_id, field_loc=field_loc))
        return route_target(found[0], name=route) if isinstance(found[0], InferenceRoute) else None

    cached = ROUTE_TARGETS.get_or_load(db, _route_key(auth, route, project_id), load)
    if cached is not None:  # what find_named checks of the caller, asked again of this caller
        auth.require_project(cached.project_id, "viewer", what="route")
        require_inference(auth, cached.project_id)
        return _copy(cached)
    obj = found[0] if found else find_named(db, auth, route, project_id=project_id, field_loc=field_loc)
    require_inference(auth, obj.project_id)
    if isinstance(obj, InferenceRoute):  # became a route since the cache looked (a race): serve it
        return route_target(obj, name=route)
    if obj.status != "running":
        raise Conflict(f"A/B test '{obj.name}' is {obj.status}; start it again or call one of its routes directly")
    if not obj.variants:
        raise Conflict(f"A/B test '{obj.name}' has no variants")
    sticky = key or f"user:{auth.user_id}"
    variant = abtest.assign(obj, sticky)
    return route_target(variant.route, name=route,
                        ab=Assignment(obj.id, obj.name, variant.id, variant.name, sticky))


def resolve_model_ref(kernel: Any, db: Session, model: str, loc: tuple[str, ...] = ("body", "model"), *,
                      project_id: int | None = None, auth: Any = None) -> tuple[ModelRef, int | None]:
    """The ``ModelRegistry`` service's ``resolve`` for ``project_id`` (else the caller's
    projects), its failures turned into a 404/422 naming the model."""
    registry = get_service(kernel, ModelRegistry)
    if registry is None:
        raise Unavailable("resolving 'base:' and 'custom:' models needs the model registry: pip install llmworks-models")
    try:
        return registry.resolve(db, model, principal=auth, project_id=project_id)
    except LlmworksError:
        raise
    except (ValueError, LookupError, FileNotFoundError) as exc:
        raise Invalid(f"model '{model}' cannot be resolved: {exc}", field=loc) from exc


def model_ref(kernel: Any, db: Session, auth: Any, target: Target) -> tuple[ModelRef, str | None]:
    """The :class:`ModelRef` to load and the adapter to run."""
    # a route runs in its project, a direct request in the project it names (else the caller's)
    ref, owner = resolve_model_ref(kernel, db, target.model, project_id=target.project_id, auth=auth)
    if owner is not None and target.route_id is None:  # a route's maintainer granted its model when creating it
        auth.require_project(owner, INFERENCE_ROLE, what="model")
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


class Routes:
    """The ``RouteService`` of the SDK: a project's routes by name, for other plugins."""

    def get(self, session: Session, project_id: int, name: str) -> RouteInfo | None:
        route = session.scalar(select(InferenceRoute).where(InferenceRoute.project_id == project_id,
                                                            InferenceRoute.name == name))
        if route is None:
            test = session.scalar(select(ABTest).where(ABTest.project_id == project_id, ABTest.name == name))
            if test is not None:
                names = ", ".join(v.route.name for v in test.variants) or "none"
                raise LookupError(f"'{name}' is an A/B test, not a route: name one of its variants' routes ({names})")
            return None
        return RouteInfo(id=route.id, project_id=route.project_id, name=route.name, model=route.model,
                         backend=route.backend, adapter=route.adapter, params=dict(route.params or {}),
                         options=dict(route.options or {}))
