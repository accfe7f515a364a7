"""``/api/safety``: filters, policies (with locks), YAML filter documents, the test box and the
decision log (review of flagged generations).

Reading needs the ``viewer`` role in the project; creating and editing policies and YAML
filters needs ``maintainer`` (the role that may lock and unlock filters).
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query, Request, Response
from llmworks_sdk import Conflict, Invalid, NotFound
from llmworks_sdk.db import utcnow
from llmworks_sdk.pagination import Page, Paging, paginate, paginate_list
from llmworks_sdk.web import DB, Auth, KernelDep, audit, load_in_project, scope_to_projects
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_safety import pipeline
from llmworks_safety.api_models import (
    SafetyCheckOut,
    SafetyDecisionOut,
    SafetyFilterOut,
    SafetyPolicyOut,
    SafetyYamlFilterOut,
)
from llmworks_safety.filters.yaml_rules import parse_document
from llmworks_safety.models import SafetyDecision, SafetyPolicy, SafetyYamlFilter
from llmworks_safety.service import YAML_CACHE, active_of, builtin_filters, catalogue, configured
from llmworks_safety.stream import MAX_WINDOW, MIN_WINDOW

router = APIRouter(tags=["safety"])
MAX_CHECK_CHARS = 200_000


# ------------------------------------------------------------------ helpers
def _load(db: Session, auth: Any, model: Any, row_id: int, minimum: str, what: str) -> Any:
    return load_in_project(db, auth, model, row_id, minimum, what=what)


def _scoped(stmt: Any, column: Any, auth: Any, project_id: int | None) -> Any:
    return scope_to_projects(stmt, auth, column, project_id)


def _filter_out(name: str, f: Any, kind: str) -> dict[str, Any]:
    try:
        ok, reason = f.available()
    except Exception as exc:  # noqa: BLE001
        ok, reason = False, f"{type(exc).__name__}: {exc}"
    return {"name": name, "kind": kind, "description": getattr(f, "description", ""), "stages": list(f.stages),
            "default_action": f.default_action, "default_threshold": f.default_threshold, "available": ok,
            "reason": reason, "options": getattr(f, "options_schema", {})}


# ------------------------------------------------------------------ filters
@router.get("/filters", response_model=Page[SafetyFilterOut], summary="Safety filters: registered ones and, with project_id, the project's YAML filters")
def list_filters(db: DB, auth: Auth, k: KernelDep, paging: Paging, project_id: int | None = Query(None)) -> dict[str, Any]:
    if project_id is not None:
        auth.require_project(project_id)
    builtin = builtin_filters(k)
    items = [_filter_out(n, f, "registered") for n, f in sorted(builtin.items())]
    if project_id is not None:
        items += [_filter_out(n, f, "yaml") for n, f in sorted(YAML_CACHE.project_filters(db, project_id).items())
                  if n not in builtin]
    return paginate_list(items, paging)


# ------------------------------------------------------------------ policies
class FilterConfig(BaseModel):
    enabled: bool = True
    action: Literal["allow", "warn", "redact", "block"] | None = Field(None, description="Default: the filter's own.")
    threshold: float | None = Field(None, ge=0, le=1, description="Minimum score of a finding (default: the filter's).")
    stages: list[Literal["input", "output"]] | None = Field(None, min_length=1, max_length=2)
    locked: bool = Field(False, description="Requests of non-maintainers cannot switch this filter (maintainers only).")
    options: dict[str, Any] = Field(default_factory=dict, description="Filter options, e.g. length limits.")

    model_config = {"extra": "forbid"}


class PolicyIn(BaseModel):
    project_id: int
    name: str = Field(..., min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", examples=["default"])
    description: str = Field("", max_length=4000)
    scope: Literal["project", "route", "ab_test"] = "project"
    target: str = Field("", max_length=64, description="The route or A/B test name (scope route / ab_test).")
    filters: dict[str, FilterConfig] = Field(default_factory=dict, max_length=64)
    window_chars: int = Field(48, ge=MIN_WINDOW, le=MAX_WINDOW, description="Hold-back window of output streams.")
    enabled: bool = True

    model_config = {"json_schema_extra": {"examples": [
        {"project_id": 1, "name": "default", "filters": {
            "pii": {"action": "redact", "locked": True},
            "offensive": {"action": "block", "threshold": 0.8},
            "length": {"action": "block", "options": {"max_input_chars": 8000, "max_output_tokens": 512}}}},
    ]}}


class PolicyPatch(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
    description: str | None = Field(None, max_length=4000)
    filters: dict[str, FilterConfig] | None = Field(None, max_length=64)
    window_chars: int | None = Field(None, ge=MIN_WINDOW, le=MAX_WINDOW)
    enabled: bool | None = None


def policy_out(p: SafetyPolicy) -> dict[str, Any]:
    return {"id": p.id, "project_id": p.project_id, "name": p.name, "description": p.description, "scope": p.scope,
            "target": p.target or None, "filters": p.filters, "window_chars": p.window_chars, "enabled": p.enabled,
            "created_by": p.created_by, "created_at": p.created_at.isoformat(), "updated_at": p.updated_at.isoformat()}


def _check_filters(k: Any, db: Session, project_id: int, filters: dict[str, FilterConfig]) -> dict[str, Any]:
    known = catalogue(k, db, project_id)
    out: dict[str, Any] = {}
    for name, cfg in filters.items():
        f = known.get(name)
        if f is None:
            raise Invalid(f"unknown safety filter '{name}'; the filters here are: {', '.join(sorted(known))}",
                          field=("body", "filters", name))
        if cfg.stages and any(s not in f.stages for s in cfg.stages):
            raise Invalid(f"filter '{name}' runs only on {list(f.stages)}", field=("body", "filters", name, "stages"))
        if name == "length":
            from llmworks_safety.filters.length import OPTIONS

            bad = [o for o, v in cfg.options.items() if o not in OPTIONS or not isinstance(v, int) or isinstance(v, bool) or v < 1]
            if bad:
                raise Invalid(f"length options are positive integers among {list(OPTIONS)}; fix '{bad[0]}'",
                              field=("body", "filters", name, "options", bad[0]))
        out[name] = cfg.model_dump(exclude_none=True)
    return out


def _lock_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Filters whose lock (or whose settings while locked) changes."""
    names = []
    for name in set(old) | set(new):
        o, n = old.get(name) or {}, new.get(name) or {}
        if bool(o.get("locked")) != bool(n.get("locked")) or (o.get("locked") and o != n):
            names.append(name)
    return sorted(names)


@router.get("/policies", response_model=Page[SafetyPolicyOut], summary="Safety policies of the caller's projects")
def list_policies(db: DB, auth: Auth, paging: Paging, project_id: int | None = Query(None)) -> dict[str, Any]:
    stmt = _scoped(select(SafetyPolicy), SafetyPolicy.project_id, auth, project_id).order_by(SafetyPolicy.id)
    return paginate(db, stmt, paging, policy_out)


@router.post("/policies", status_code=201, response_model=SafetyPolicyOut, summary="Create a policy for a project, a route or an A/B test (maintainers)")
def create_policy(body: PolicyIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "maintainer", what="project")
    target = body.target.strip()
    if (body.scope == "project") != (target == ""):
        raise Invalid("give 'target' (the route or A/B test name) for scope route/ab_test, and none for scope project",
                      field=("body", "target"))
    filters = _check_filters(k, db, body.project_id, body.filters)
    if db.scalar(select(SafetyPolicy).where(SafetyPolicy.project_id == body.project_id, SafetyPolicy.name == body.name)):
        raise Conflict(f"this project already has a safety policy named '{body.name}'", field=("body", "name"))
    if db.scalar(select(SafetyPolicy).where(SafetyPolicy.project_id == body.project_id, SafetyPolicy.scope == body.scope,
                                            SafetyPolicy.target == target)):
        what = "the project" if body.scope == "project" else f"{body.scope.replace('_', ' ')} '{target}'"
        raise Conflict(f"{what} already has a safety policy; edit that one", field=("body", "scope"))
    p = SafetyPolicy(project_id=body.project_id, name=body.name, description=body.description, scope=body.scope,
                     target=target, filters=filters, window_chars=body.window_chars, enabled=body.enabled,
                     created_by=auth.user_id)
    db.add(p)
    db.flush()
    audit(db, request, "safety.policy.create", principal=auth, project_id=p.project_id, target_kind="safety_policy",
          target_id=p.id, locked=sorted(n for n, c in filters.items() if c.get("locked")))
    return policy_out(p)


@router.get("/policies/{policy_id}", response_model=SafetyPolicyOut, summary="One safety policy")
def get_policy(policy_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return policy_out(_load(db, auth, SafetyPolicy, policy_id, "viewer", "safety policy"))


@router.patch("/policies/{policy_id}", response_model=SafetyPolicyOut, summary="Edit a policy: filters, locks, window (maintainers)")
def update_policy(policy_id: int, body: PolicyPatch, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    p = _load(db, auth, SafetyPolicy, policy_id, "maintainer", "safety policy")
    changes: dict[str, Any] = {}
    if body.name is not None and body.name != p.name:
        if db.scalar(select(SafetyPolicy).where(SafetyPolicy.project_id == p.project_id, SafetyPolicy.name == body.name)):
            raise Conflict(f"this project already has a safety policy named '{body.name}'", field=("body", "name"))
        p.name = body.name
    if body.description is not None:
        p.description = body.description
    if body.filters is not None:
        filters = _check_filters(k, db, p.project_id, body.filters)
        changes["lock_changes"] = _lock_changes(p.filters or {}, filters)
        p.filters = filters
    if body.window_chars is not None:
        p.window_chars = body.window_chars
    if body.enabled is not None:
        p.enabled = body.enabled
    db.flush()
    audit(db, request, "safety.policy.update", principal=auth, project_id=p.project_id, target_kind="safety_policy",
          target_id=p.id, **changes)
    return policy_out(p)


@router.delete("/policies/{policy_id}", status_code=204, response_class=Response, summary="Delete a policy (maintainers)")
def delete_policy(policy_id: int, request: Request, db: DB, auth: Auth) -> Response:
    p = _load(db, auth, SafetyPolicy, policy_id, "maintainer", "safety policy")
    audit(db, request, "safety.policy.delete", principal=auth, project_id=p.project_id, target_kind="safety_policy",
          target_id=p.id)
    db.delete(p)
    return Response(status_code=204)


# ------------------------------------------------------------------ YAML filters
class YamlFilterIn(BaseModel):
    project_id: int
    name: str = Field(..., min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", examples=["house-rules"])
    yaml: str = Field(..., min_length=1, max_length=256 * 1024, examples=[
        "filters:\n  - name: ticket_ids\n    type: regex\n    pattern: 'TCK-\\d{6}'\n    action: redact\n"])


class YamlFilterPatch(BaseModel):
    yaml: str = Field(..., min_length=1, max_length=256 * 1024)


def yaml_out(row: SafetyYamlFilter) -> dict[str, Any]:
    return {"id": row.id, "project_id": row.project_id, "name": row.name, "yaml": row.source,
            "filters": row.filter_names, "created_by": row.created_by, "created_at": row.created_at.isoformat(),
            "updated_at": row.updated_at.isoformat()}


def _reserved(k: Any, db: Session, project_id: int, exclude_id: int | None) -> set[str]:
    names = set(builtin_filters(k))
    for row in db.scalars(select(SafetyYamlFilter).where(SafetyYamlFilter.project_id == project_id)):
        if row.id != exclude_id:
            names.update(row.filter_names or [])
    return names


@router.get("/yaml-filters", response_model=Page[SafetyYamlFilterOut], summary="YAML filter documents of the caller's projects")
def list_yaml_filters(db: DB, auth: Auth, paging: Paging, project_id: int | None = Query(None)) -> dict[str, Any]:
    stmt = _scoped(select(SafetyYamlFilter), SafetyYamlFilter.project_id, auth, project_id).order_by(SafetyYamlFilter.id)
    return paginate(db, stmt, paging, yaml_out)


@router.post("/yaml-filters", status_code=201, response_model=SafetyYamlFilterOut, summary="Register regex/keyword filters from YAML (maintainers)")
def create_yaml_filter(body: YamlFilterIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "maintainer", what="project")
    filters = parse_document(body.yaml, reserved=_reserved(k, db, body.project_id, None))
    if db.scalar(select(SafetyYamlFilter).where(SafetyYamlFilter.project_id == body.project_id,
                                                SafetyYamlFilter.name == body.name)):
        raise Conflict(f"this project already has a YAML filter document named '{body.name}'", field=("body", "name"))
    row = SafetyYamlFilter(project_id=body.project_id, name=body.name, source=body.yaml,
                           filter_names=[f.name for f in filters], created_by=auth.user_id)
    db.add(row)
    db.flush()
    audit(db, request, "safety.yaml.create", principal=auth, project_id=row.project_id, target_kind="safety_yaml",
          target_id=row.id)
    return yaml_out(row)


@router.get("/yaml-filters/{doc_id}", response_model=SafetyYamlFilterOut, summary="One YAML filter document")
def get_yaml_filter(doc_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return yaml_out(_load(db, auth, SafetyYamlFilter, doc_id, "viewer", "YAML filter document"))


@router.put("/yaml-filters/{doc_id}", response_model=SafetyYamlFilterOut, summary="Replace a YAML filter document (maintainers)")
def update_yaml_filter(doc_id: int, body: YamlFilterPatch, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    row = _load(db, auth, SafetyYamlFilter, doc_id, "maintainer", "YAML filter document")
    filters = parse_document(body.yaml, reserved=_reserved(k, db, row.project_id, row.id))
    row.source = body.yaml
    row.filter_names = [f.name for f in filters]
    db.flush()
    audit(db, request, "safety.yaml.update", principal=auth, project_id=row.project_id, target_kind="safety_yaml",
          target_id=row.id)
    return yaml_out(row)


@router.delete("/yaml-filters/{doc_id}", status_code=204, response_class=Response, summary="Delete a YAML filter document (maintainers)")
def delete_yaml_filter(doc_id: int, request: Request, db: DB, auth: Auth) -> Response:
    row = _load(db, auth, SafetyYamlFilter, doc_id, "maintainer", "YAML filter document")
    audit(db, request, "safety.yaml.delete", principal=auth, project_id=row.project_id, target_kind="safety_yaml",
          target_id=row.id)
    db.delete(row)
    return Response(status_code=204)


# ------------------------------------------------------------------ test box
class CheckIn(BaseModel):
    project_id: int
    text: str = Field(..., max_length=MAX_CHECK_CHARS)
    stage: Literal["input", "output"] = "input"
    policy_id: int | None = Field(None, description="Run this policy's filters (default: the filters named below).")
    filters: dict[str, FilterConfig] | None = Field(None, max_length=64,
                                                    description="Filters to run with their settings (default: all available).")
    yaml: str | None = Field(None, max_length=256 * 1024, description="Unsaved YAML filters to try on the text.")
    yaml_only: bool = Field(False, description="Run only the filters that 'yaml' declares (the YAML editor's test box).")


@router.post("/check", response_model=SafetyCheckOut, summary="Test box: run filters on a text and see the findings and the redacted text",
             openapi_extra={"x-llmworks-min-role": "viewer"})  # stores nothing: read-only
def check(body: CheckIn, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "viewer")
    known = catalogue(k, db, body.project_id)
    if body.yaml_only and (body.yaml is None or body.policy_id is not None or body.filters is not None):
        raise Invalid("'yaml_only' runs the filters of 'yaml': give 'yaml', and no 'policy_id' or 'filters'",
                      field=("body", "yaml_only"))
    declared = parse_document(body.yaml, reserved=set(builtin_filters(k))) if body.yaml is not None else []
    for f in declared:
        known[f.name] = f
    if body.yaml_only:
        active = [configured(f, {}) for f in declared]
    elif body.policy_id is not None:
        p = _load(db, auth, SafetyPolicy, body.policy_id, "viewer", "safety policy")
        if p.project_id != body.project_id:
            raise Invalid("the policy belongs to another project", field=("body", "policy_id"))
        active, _ = active_of(p.filters or {}, known)
    elif body.filters is not None:
        unknown = sorted(set(body.filters) - set(known))
        if unknown:
            raise Invalid(f"unknown safety filter '{unknown[0]}'; the filters here are: {', '.join(sorted(known))}",
                          field=("body", "filters", unknown[0]))
        active = [configured(known[n], c.model_dump(exclude_none=True)) for n, c in body.filters.items() if c.enabled]
    else:
        active = [configured(f, {}) for f in known.values() if f.available()[0]]
    result = pipeline.run(active, body.text, body.stage, project_id=body.project_id)
    return {**result.public(), "text": result.text, "stage": body.stage}


# ------------------------------------------------------------------ decisions
def decision_out(d: SafetyDecision) -> dict[str, Any]:
    return {"id": d.id, "project_id": d.project_id, "generation_id": d.generation_id, "source": d.source,
            "route": d.route, "ab_test": d.ab_test, "policy_id": d.policy_id, "policy": d.policy, "user_id": d.user_id,
            "action": d.action, "input_action": d.input_action, "output_action": d.output_action, "flagged": d.flagged,
            "filters": d.filters, "toggles": d.toggles, "input": d.input, "output": d.output,
            "finish_reason": d.finish_reason, "latency_ms": d.latency_ms, "error": d.error,
            "created_at": d.created_at.isoformat(), "reviewed": bool(d.reviewed), "reviewed_by": d.reviewed_by,
            "reviewed_at": d.reviewed_at.isoformat() if d.reviewed_at else None, "review_note": d.review_note or ""}


def _found_by(d: SafetyDecision, stage: str | None) -> set[str]:
    """Names of the filters with a finding in the decision (in one stage, or in either)."""
    stages = [stage] if stage else ["input", "output"]
    return {f.get("filter") for s in stages for f in ((getattr(d, s) or {}).get("findings") or []) if isinstance(f, dict)}


def _has_findings(d: SafetyDecision, stage: str) -> bool:
    return bool((getattr(d, stage) or {}).get("findings"))


@router.get("/decisions", response_model=Page[SafetyDecisionOut], summary="The decision log: flagged generations first for review")
def list_decisions(
    db: DB, auth: Auth, paging: Paging, project_id: int | None = Query(None),
    flagged: bool | None = Query(None, description="Only flagged (true) or unflagged (false) generations."),
    action: Literal["allow", "warn", "redact", "block"] | None = Query(None),
    filter: str | None = Query(None, max_length=64, description="Only generations that ran this filter."),
    found_by: str | None = Query(None, max_length=64, description="Only generations in which this filter found something "
                                                                  "(in the stage given by 'stage', else in either)."),
    stage: Literal["input", "output"] | None = Query(None, description="Only generations with findings in their input "
                                                                          "(the prompt) or in their output."),
    reviewed: bool | None = Query(None, description="Only reviewed (true) or not yet reviewed (false) generations."),
    route: str | None = Query(None, max_length=64), source: str | None = Query(None, max_length=32),
    generation_id: str | None = Query(None, max_length=64),
) -> dict[str, Any]:
    stmt = _scoped(select(SafetyDecision), SafetyDecision.project_id, auth, project_id)
    if flagged is not None:
        stmt = stmt.where(SafetyDecision.flagged.is_(flagged))
    if action is not None:
        stmt = stmt.where(SafetyDecision.action == action)
    if reviewed is not None:
        stmt = stmt.where(SafetyDecision.reviewed.is_(reviewed))
    if route is not None:
        stmt = stmt.where(SafetyDecision.route == route)
    if source is not None:
        stmt = stmt.where(SafetyDecision.source == source)
    if generation_id is not None:
        stmt = stmt.where(SafetyDecision.generation_id == generation_id)
    stmt = stmt.order_by(SafetyDecision.id.desc())
    if filter is not None or found_by is not None or stage is not None:
        # JSON containment differs between SQLite and PostgreSQL: filter the newest candidates in Python
        rows = [d for d in db.scalars(stmt.limit(5000))
                if (filter is None or filter in (d.filters or []))
                and (stage is None or _has_findings(d, stage))
                and (found_by is None or found_by in _found_by(d, stage))]
        return paginate_list([decision_out(d) for d in rows], paging)
    return paginate(db, stmt, paging, decision_out)


def _load_decision(db: Session, auth: Any, decision_id: int, minimum: str) -> SafetyDecision:
    d = db.get(SafetyDecision, decision_id)
    if d is None or d.project_id is None and not auth.is_admin:
        raise NotFound(f"decision {decision_id} not found, or you are not a member of its project")
    if d.project_id is not None:
        auth.require_project(d.project_id, minimum, what="decision")
    return d


@router.get("/decisions/{decision_id}", response_model=SafetyDecisionOut, summary="One decision")
def get_decision(decision_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return decision_out(_load_decision(db, auth, decision_id, "viewer"))


class DecisionReviewIn(BaseModel):
    reviewed: bool = Field(True, description="false takes the review back")
    note: str = Field("", max_length=2000, description="What the reviewer concluded, e.g. 'false positive: order number'")

    model_config = {"extra": "forbid"}


@router.post("/decisions/{decision_id}/review", response_model=SafetyDecisionOut,
             summary="Mark a decision reviewed (or not), with a note (annotators and up)")
def review_decision(decision_id: int, body: DecisionReviewIn, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    d = _load_decision(db, auth, decision_id, "annotator")
    d.reviewed = body.reviewed
    d.review_note = body.note if body.reviewed else ""
    d.reviewed_by = auth.user_id if body.reviewed else None
    d.reviewed_at = utcnow() if body.reviewed else None
    db.flush()
    audit(db, request, "safety.decision.review", principal=auth, project_id=d.project_id, target_kind="safety_decision",
          target_id=d.id, reviewed=body.reviewed)
    return decision_out(d)
