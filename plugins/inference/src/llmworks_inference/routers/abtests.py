"""``/api/inference/ab-tests``: traffic splits between routes, sticky assignment, feedback and reports."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from llmworks_sdk import Invalid, NotFound
from llmworks_sdk.pagination import Page, Paging, paginate
from llmworks_sdk.schemas import StatusOut
from llmworks_sdk.web import DB, Auth, audit
from pydantic import BaseModel, Field, model_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_inference import abtest
from llmworks_inference.api_models import ABReport, ABTestOut, AssignmentOut, FeedbackOut
from llmworks_inference.models import ABObservation, ABTest, ABVariant, InferenceRoute
from llmworks_inference.scoping import get_in_project, in_my_projects
from llmworks_inference.targets import NAME_PATTERN, check_name_free

router = APIRouter(tags=["inference ab tests"])


def test_out(t: ABTest) -> dict[str, Any]:
    total = sum(v.weight for v in t.variants) or 1.0
    return {"id": t.id, "project_id": t.project_id, "name": t.name, "description": t.description, "status": t.status,
            "alpha": t.alpha, "created_at": t.created_at.isoformat(),
            "variants": [{"id": v.id, "name": v.name, "route_id": v.route_id, "route": v.route.name, "weight": v.weight,
                          "share": v.weight / total} for v in t.variants]}


class VariantIn(BaseModel):
    route: str = Field(..., max_length=64, description="Name of a route in the same project.", examples=["bot-v1"])
    weight: float = Field(..., gt=0, le=1_000_000, description="Relative share of traffic.", examples=[70])
    name: str | None = Field(None, pattern=NAME_PATTERN, description="Label in reports (default: the route name).")


class ABTestIn(BaseModel):
    project_id: int
    name: str = Field(..., pattern=NAME_PATTERN, examples=["bot-ab"])
    description: str = Field("", max_length=4000)
    variants: list[VariantIn] = Field(..., min_length=2, max_length=20,
                                      description="The first variant is the control in reports.")
    alpha: float = Field(0.05, gt=0, lt=0.5, description="Significance level of the report's tests.")

    model_config = {"json_schema_extra": {"examples": [
        {"project_id": 1, "name": "bot-ab", "variants": [{"route": "bot-v1", "weight": 70}, {"route": "bot-v2", "weight": 30}]},
    ]}}


class ABTestPatch(BaseModel):
    description: str | None = Field(None, max_length=4000)
    status: Literal["running", "stopped"] | None = None
    alpha: float | None = Field(None, gt=0, lt=0.5)
    variants: list[VariantIn] | None = Field(None, min_length=2, max_length=20,
                                             description="Replaces the variants (changing weights moves some keys).")


class AssignIn(BaseModel):
    key: str = Field(..., min_length=1, max_length=200, description="User or session key.", examples=["session-42"])


class FeedbackIn(BaseModel):
    observation_id: int | None = Field(None, description="From the generation's 'ab.observation_id'.")
    key: str | None = Field(None, max_length=200, description="Instead: the key's most recent request in this test.")
    thumbs: Literal["up", "down"] | None = None
    rating: int | None = Field(None, ge=1, le=5)

    @model_validator(mode="after")
    def _one_of_each(self) -> FeedbackIn:
        if self.thumbs is None and self.rating is None:
            raise ValueError("give 'thumbs' ('up' or 'down') and/or 'rating' (1-5)")
        if (self.observation_id is None) == (self.key is None):
            raise ValueError("give either 'observation_id' or 'key'")
        return self


def _get(db: Session, auth: Any, test_id: int, minimum: str = "viewer") -> ABTest:
    return get_in_project(db, auth, ABTest, test_id, minimum, "A/B test")


def _variants(db: Session, project_id: int, items: list[VariantIn]) -> list[ABVariant]:
    out: list[ABVariant] = []
    for i, item in enumerate(items):
        route = db.scalar(select(InferenceRoute).where(InferenceRoute.project_id == project_id, InferenceRoute.name == item.route))
        if route is None:
            raise Invalid(f"variant {i}: no route named '{item.route}' in this project", field=("body", "variants", i, "route"))
        out.append(ABVariant(route_id=route.id, route=route, name=item.name or route.name, weight=item.weight, position=i))
    names = [v.name for v in out]
    if len(set(names)) != len(names):
        raise Invalid("variant names must differ: give 'name' to variants that use the same route", field=("body", "variants"))
    return out


@router.get("", response_model=Page[ABTestOut], summary="List A/B tests")
def list_tests(db: DB, auth: Auth, paging: Paging, project_id: int | None = None) -> dict[str, Any]:
    q = select(ABTest).order_by(ABTest.id)
    q = in_my_projects(q, ABTest, auth, project_id)
    return paginate(db, q, paging, test_out)


@router.post("", status_code=201, response_model=ABTestOut, summary="Create an A/B test over routes of one project")
def create_test(body: ABTestIn, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    auth.require_project(body.project_id, "maintainer")
    check_name_free(db, body.project_id, body.name)
    t = ABTest(project_id=body.project_id, name=body.name, description=body.description, alpha=body.alpha,
               created_by=auth.user_id, variants=_variants(db, body.project_id, body.variants))
    db.add(t)
    db.flush()
    audit(db, request, "inference.abtest.created", principal=auth, project_id=t.project_id, target_kind="ab_test",
          target_id=t.id, name=t.name)
    return test_out(t)


@router.get("/{test_id}", response_model=ABTestOut, summary="Get an A/B test")
def get_test(test_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return test_out(_get(db, auth, test_id))


@router.patch("/{test_id}", response_model=ABTestOut, summary="Stop/start an A/B test, or change its variants")
def update_test(test_id: int, body: ABTestPatch, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    t = _get(db, auth, test_id, "maintainer")
    for attr in ("description", "status", "alpha"):
        if getattr(body, attr) is not None:
            setattr(t, attr, getattr(body, attr))
    if body.variants is not None:
        new = _variants(db, t.project_id, body.variants)
        keep = {v.name: v for v in t.variants}
        merged = []
        for v in new:  # keep variant rows (and their observations) whose name stays
            old = keep.pop(v.name, None)
            if old is not None:
                old.route_id, old.route, old.weight, old.position = v.route_id, v.route, v.weight, v.position
                v = old
            merged.append(v)
        t.variants = merged
    audit(db, request, "inference.abtest.updated", principal=auth, project_id=t.project_id, target_kind="ab_test", target_id=t.id)
    db.flush()
    return test_out(t)


@router.delete("/{test_id}", response_model=StatusOut, summary="Delete an A/B test and its observations")
def delete_test(test_id: int, request: Request, db: DB, auth: Auth) -> dict[str, str]:
    t = _get(db, auth, test_id, "maintainer")
    audit(db, request, "inference.abtest.deleted", principal=auth, project_id=t.project_id, target_kind="ab_test",
          target_id=t.id, name=t.name)
    db.delete(t)
    return {"status": "deleted"}


@router.post("/{test_id}/assign", response_model=AssignmentOut, summary="Which variant a key is assigned to (no generation)",
             openapi_extra={"x-llmworks-min-role": "viewer"})
def assign_variant(test_id: int, body: AssignIn, db: DB, auth: Auth) -> dict[str, Any]:
    t = _get(db, auth, test_id)
    if not t.variants:
        raise Invalid(f"A/B test '{t.name}' has no variants")
    v = abtest.assign(t, body.key)
    return {"test_id": t.id, "key": body.key, "bucket": abtest.bucket(t.id, body.key), "variant": v.name,
            "variant_id": v.id, "route": v.route.name}


@router.post("/{test_id}/feedback", response_model=FeedbackOut, summary="Rate a response: thumbs up/down and/or 1-5")
def give_feedback(test_id: int, body: FeedbackIn, db: DB, auth: Auth) -> dict[str, Any]:
    """Feedback is a write ('annotator' role) on one of the test's own observations, and on one
    of the caller's own requests unless the caller maintains the project."""
    t = _get(db, auth, test_id, "annotator")
    mine_only = auth.role_in(t.project_id) != "maintainer"
    if body.observation_id is not None:
        obs = db.get(ABObservation, body.observation_id)
        if obs is None or obs.test_id != t.id or (mine_only and obs.user_id != auth.user_id):
            raise NotFound(f"observation {body.observation_id} is not one of your requests in A/B test {t.id}",
                           field=("body", "observation_id"))
    else:
        q = select(ABObservation).where(ABObservation.test_id == t.id, ABObservation.key_hash == abtest.key_hash(t.id, body.key))
        if mine_only:
            q = q.where(ABObservation.user_id == auth.user_id)
        obs = db.scalar(q.order_by(ABObservation.id.desc()).limit(1))
        if obs is None:
            raise NotFound(f"none of your requests in A/B test {t.id} used this key yet", field=("body", "key"))
    abtest.rate(obs, thumbs=body.thumbs, rating=body.rating)
    variant = db.get(ABVariant, obs.variant_id)
    return {"observation_id": obs.id, "variant": variant.name if variant else None, "thumbs_up": obs.thumbs_up,
            "rating": obs.rating}


@router.get("/{test_id}/report", response_model=ABReport, summary="Per-variant figures and significance tests against the control")
def test_report(test_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return abtest.report(db, _get(db, auth, test_id))
