"""``/api/responsible``: suites, project settings (thresholds, release gate), scorecards and their
comparison, samples (drill-down and review queue), corrections exported as dataset versions,
gate checks and overrides."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from llmworks_sdk import Conflict, Invalid, Unavailable, jobs
from llmworks_sdk.backends import supports_token_scores
from llmworks_sdk.db import utcnow
from llmworks_sdk.evalsuites import MEASURES, needs_loglik
from llmworks_sdk.lineage import DATASET_VERSION, add_edge
from llmworks_sdk.pagination import Page, Paging, paginate
from llmworks_sdk.schemas import StatusOut
from llmworks_sdk.services import DatasetService, ModelRegistry, get_service, require_service
from llmworks_sdk.web import DB, Auth, KernelDep, audit, load_in_project, scope_to_projects
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_responsible.api_models import (
    CorrectionExportIn,
    CorrectionExportOut,
    GateCheckIn,
    GateCheckOut,
    OverrideOut,
    SampleReviewIn,
    ScorecardCompareOut,
    ScorecardIn,
    ScorecardOut,
    ScorecardSampleOut,
    SettingsIn,
    SettingsOut,
    SuiteDetail,
    SuiteIn,
    SuiteOut,
)
from llmworks_responsible.gate import failing_measures
from llmworks_responsible.models import CorrectionExport, GateOverride, ProjectSettings, ProjectSuite, Sample, Scorecard
from llmworks_responsible.runner import SCORECARD_JOB, SCORECARD_NODE
from llmworks_responsible.suite_yaml import parse_suite
from llmworks_responsible.suites_lookup import (
    check_thresholds,
    effective_thresholds,
    find_suite,
    project_suites,
    registered,
    settings_of,
)

router = APIRouter(tags=["responsible"])
MAX_ITEMS_SHOWN = 500


# ------------------------------------------------------------------------------ views
def _measures(kind: str) -> list[dict[str, Any]]:
    return [{"name": m.name, "description": m.description, "needs": m.needs, "higher_is_better": m.higher_is_better,
             "per_group": m.per_group, "ideal": m.ideal, "threshold_range": list(m.threshold_range),
             "default_threshold": m.default_threshold} for m in MEASURES[kind]]


def suite_out(suite: Any, source: str) -> dict[str, Any]:
    return {"name": suite.name, "kind": suite.kind, "language": suite.language, "description": suite.description,
            "source": source, "groups": {c: list(g) for c, g in suite.groups.items()}, "measures": _measures(suite.kind),
            "items": len(suite.items())}


def scorecard_out(db: Session, sc: Scorecard) -> dict[str, Any]:
    from llmworks_sdk.lineage import sources

    results = sc.results or {}
    lineage = [{"kind": kind, "id": str(node_id), "relation": "evaluated"}
               for kind, node_id in sources(db, (SCORECARD_NODE, sc.id), relation="evaluated")]
    return {"id": sc.id, "project_id": sc.project_id, "suite": sc.suite, "suite_kind": sc.suite_kind, "model": sc.model,
            "model_version_id": sc.model_version_id, "backend": sc.backend, "settings": sc.settings, "status": sc.status,
            "error": sc.error, "job_id": sc.job_id, "thresholds": sc.thresholds, "passed": sc.passed, "items": sc.items,
            "flagged": sc.flagged, "cells": results.get("cells", []), "bootstrap": results.get("bootstrap"),
            "lineage": lineage, "created_at": sc.created_at.isoformat(),
            "finished_at": sc.finished_at.isoformat() if sc.finished_at else None}


def sample_out(x: Sample) -> dict[str, Any]:
    return {"id": x.id, "scorecard_id": x.scorecard_id, "project_id": x.project_id, "item_id": x.item_id,
            "sample_index": x.sample_index, "category": x.category, "group": x.group, "prompt": x.prompt,
            "output": x.output, "scores": x.scores, "flagged": x.flagged, "flag_reasons": x.flag_reasons,
            "verdict": x.verdict, "correction": x.correction, "reviewed_by": x.reviewed_by,
            "reviewed_at": x.reviewed_at.isoformat() if x.reviewed_at else None,
            "link": f"/responsible/scorecards/{x.scorecard_id}?sample={x.id}"}


def settings_out(project_id: int, s: ProjectSettings | None) -> dict[str, Any]:
    return {"project_id": project_id, "thresholds": dict(s.thresholds) if s else {}, "gate_enabled": bool(s and s.gate_enabled),
            "gate_suites": list(s.gate_suites) if s else [], "flag_threshold": float(s.flag_threshold) if s else 0.5,
            "judge_by": s.judge_by if s else "interval"}


# ------------------------------------------------------------------------------ suites
@router.get("/suites", response_model=Page[SuiteOut], summary="Suites of a project: registered (built-in) and its own")
def list_suites(db: DB, auth: Auth, k: KernelDep, project_id: int, paging: Paging) -> dict[str, Any]:
    auth.require_project(project_id, "viewer")
    own = project_suites(db, project_id)
    names = {r.name for r in own}
    items = [suite_out(parse_suite(r.yaml), "project") for r in own]
    items += [suite_out(s, "plugin") for n, s in sorted(registered(k).items()) if n not in names]
    window = items[paging.offset:paging.offset + paging.limit]
    return {"items": window, "total": len(items), "limit": paging.limit, "offset": paging.offset}


@router.get("/suites/{name}", response_model=SuiteDetail, summary="A suite with its items")
def get_suite(name: str, db: DB, auth: Auth, k: KernelDep, project_id: int) -> dict[str, Any]:
    auth.require_project(project_id, "viewer")
    suite = find_suite(k, db, project_id, name, loc=("path", "name"))
    row = db.scalar(select(ProjectSuite).where(ProjectSuite.project_id == project_id, ProjectSuite.name == name))
    items = suite.items()
    return {**suite_out(suite, "project" if row else "plugin"), "yaml": row.yaml if row else None,
            "item_list": [{"id": i.id, "category": i.category, "group": i.group, "text": i.text, "counter": i.counter,
                           "counter_group": i.counter_group} for i in items[:MAX_ITEMS_SHOWN]]}


@router.post("/suites", status_code=201, response_model=SuiteOut, summary="Define a project suite in YAML")
def create_suite(body: SuiteIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "maintainer")
    suite = parse_suite(body.yaml)
    if suite.name in registered(k):
        raise Conflict(f"'{suite.name}' is the name of a built-in suite; pick another name", field=("body", "yaml", "name"))
    if db.scalar(select(ProjectSuite.id).where(ProjectSuite.project_id == body.project_id, ProjectSuite.name == suite.name)):
        raise Conflict(f"this project already has a suite '{suite.name}'; delete it first or pick another name",
                       field=("body", "yaml", "name"))
    row = ProjectSuite(project_id=body.project_id, name=suite.name, kind=suite.kind, language=suite.language,
                       description=suite.description, yaml=body.yaml, items=len(suite.items()), created_by=auth.user_id)
    db.add(row)
    db.flush()
    audit(db, request, "responsible.suite.created", principal=auth, project_id=body.project_id, target_kind="suite",
          target_id=row.id, name=suite.name)
    return suite_out(suite, "project")


@router.delete("/suites/{name}", response_model=StatusOut, summary="Delete a project suite")
def delete_suite(name: str, project_id: int, request: Request, db: DB, auth: Auth) -> dict[str, str]:
    auth.require_project(project_id, "maintainer")
    row = db.scalar(select(ProjectSuite).where(ProjectSuite.project_id == project_id, ProjectSuite.name == name))
    if row is None:
        raise Invalid(f"this project has no suite '{name}' of its own (built-in suites cannot be deleted)", field=("path", "name"))
    audit(db, request, "responsible.suite.deleted", principal=auth, project_id=project_id, target_kind="suite",
          target_id=row.id, name=name)
    db.delete(row)
    return {"status": "deleted"}


# ------------------------------------------------------------------------------ settings
@router.get("/settings", response_model=SettingsOut, summary="A project's thresholds and release gate")
def get_settings(project_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    auth.require_project(project_id, "viewer")
    return settings_out(project_id, settings_of(db, project_id))


@router.put("/settings", response_model=SettingsOut, summary="Set a project's thresholds and release gate")
def put_settings(body: SettingsIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "maintainer")
    thresholds = check_thresholds(dict(body.thresholds))
    for key in thresholds:
        scoped, _, category = key.partition("@")
        if ":" in scoped:
            suite = find_suite(k, db, body.project_id, scoped.split(":", 1)[0], loc=("body", "thresholds", key))
            known = sorted({i.category for i in suite.items()})
            if category and category not in known:
                raise Invalid(f"suite '{suite.name}' has no category '{category}'; its categories: {', '.join(known)}",
                              field=("body", "thresholds", key))
    for i, name in enumerate(body.gate_suites):
        find_suite(k, db, body.project_id, name, loc=("body", "gate_suites", i))
    if body.gate_enabled and not body.gate_suites:
        raise Invalid("name the suites whose scorecards must pass before a promotion", field=("body", "gate_suites"))
    s = settings_of(db, body.project_id)
    if s is None:
        s = ProjectSettings(project_id=body.project_id)
        db.add(s)
    s.thresholds, s.gate_enabled, s.gate_suites = thresholds, body.gate_enabled, list(dict.fromkeys(body.gate_suites))
    s.flag_threshold, s.judge_by = body.flag_threshold, body.judge_by
    db.flush()
    audit(db, request, "responsible.settings.updated", principal=auth, project_id=body.project_id,
          gate_enabled=body.gate_enabled, gate_suites=s.gate_suites)
    return settings_out(body.project_id, s)


# ------------------------------------------------------------------------------ scorecards
def _resolve_model(k: Any, db: Session, auth: Any, project_id: int, model: str) -> int | None:
    registry = get_service(k, ModelRegistry)
    if registry is None:
        raise Unavailable("scorecards need the model registry: install llmworks-models")
    try:
        _ref, owner = registry.resolve(db, model, project_id=project_id, principal=auth)
    except (LookupError, FileNotFoundError, ValueError) as exc:
        raise Invalid(f"model {model!r}: {exc}", field=("body", "model")) from None
    if owner is not None and owner != project_id:
        auth.require_project(owner, "viewer", what="model")
    raw = model[7:] if model.startswith("custom:") else model
    return int(raw) if raw.isdigit() else None


@router.post("/scorecards", status_code=201, response_model=ScorecardOut, summary="Run a suite on a model (a scorecard job)")
def create_scorecard(body: ScorecardIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "annotator")
    suite = find_suite(k, db, body.project_id, body.suite)
    backend = k.registry.inference_backends.get(body.backend)
    if backend is None:
        names = ", ".join(sorted(k.registry.inference_backends)) or "none"
        raise Invalid(f"unknown backend '{body.backend}'; installed backends: {names}", field=("body", "backend"))
    loglik = needs_loglik(suite)
    if loglik and not supports_token_scores(backend):
        raise Invalid(f"suite '{suite.name}' reports {', '.join(loglik)}, which needs token log-likelihoods; the "
                      f"'{body.backend}' backend cannot produce them: use a backend that can (pytorch)",
                      field=("body", "backend"), measures=loglik)
    if suite.kind != "stereotype_pairs":
        scorer = k.registry.metrics.get(body.scorer)
        if scorer is None:
            raise Invalid(f"unknown scorer metric '{body.scorer}'", field=("body", "scorer"))
        ok, why = scorer.available() if hasattr(scorer, "available") else (True, "")
        if not ok:
            raise Invalid(f"the scorer '{body.scorer}' cannot run here: {why}", field=("body", "scorer"))
    version_id = _resolve_model(k, db, auth, body.project_id, body.model)
    samples = body.samples or (5 if suite.kind == "toxicity_prompts" else 1)
    settings = {"seed": body.seed, "samples": samples, "max_items": body.max_items, "max_new_tokens": body.max_new_tokens,
                "temperature": body.temperature, "top_p": body.top_p, "batch_size": body.batch_size, "scorer": body.scorer,
                "suite_items": len(suite.items())}
    ps = settings_of(db, body.project_id)
    settings["judge_by"] = ps.judge_by if ps is not None else "interval"
    sc = Scorecard(project_id=body.project_id, suite=suite.name, suite_kind=suite.kind, model=body.model,
                   model_version_id=version_id, backend=body.backend, settings=settings,
                   thresholds=effective_thresholds(db, body.project_id, suite), created_by=auth.user_id, results={})
    db.add(sc)
    db.flush()
    job = jobs.enqueue(k, SCORECARD_JOB, {"scorecard_id": sc.id}, project_id=body.project_id, user_id=auth.user_id,
                       title=f"scorecard {suite.name} on {body.model}", session=db)
    sc.job_id = job.id
    audit(db, request, "responsible.scorecard.created", principal=auth, project_id=body.project_id,
          target_kind="scorecard", target_id=sc.id, suite=suite.name, model=body.model)
    return scorecard_out(db, sc)


@router.get("/scorecards", response_model=Page[ScorecardOut], summary="Scorecards (filter by model, suite)")
def list_scorecards(db: DB, auth: Auth, paging: Paging, project_id: int | None = None, model: str | None = None,
                    suite: str | None = None) -> dict[str, Any]:
    q = scope_to_projects(select(Scorecard).order_by(Scorecard.id.desc()), auth, Scorecard.project_id, project_id, db=db)
    if model:
        q = q.where(Scorecard.model == model)
    if suite:
        q = q.where(Scorecard.suite == suite)
    return paginate(db, q, paging, lambda sc: scorecard_out(db, sc))


@router.get("/scorecards/compare", response_model=ScorecardCompareOut, summary="Two scorecards of one suite side by side")
def compare(a: int, b: int, db: DB, auth: Auth) -> dict[str, Any]:
    sa = load_in_project(db, auth, Scorecard, a, what="scorecard")
    sb = load_in_project(db, auth, Scorecard, b, what="scorecard")
    if sa.suite != sb.suite:
        raise Invalid(f"scorecard {a} is of suite '{sa.suite}' and {b} of '{sb.suite}': compare scorecards of one suite",
                      field=("query", "b"))
    key = lambda c: (c["measure"], c.get("category"), c.get("group"))  # noqa: E731
    ca = {key(c): c for c in (sa.results or {}).get("cells", [])}
    cb = {key(c): c for c in (sb.results or {}).get("cells", [])}
    rows = []
    for kk in list(ca) + [x for x in cb if x not in ca]:
        x, y = ca.get(kk), cb.get(kk)
        delta = y["value"] - x["value"] if x and y and x["value"] is not None and y["value"] is not None else None
        overlap = None
        if x and y and x.get("ci") and y.get("ci") and None not in x["ci"] and None not in y["ci"]:
            overlap = not (x["ci"][1] < y["ci"][0] or y["ci"][1] < x["ci"][0])
        rows.append({"measure": kk[0], "category": kk[1], "group": kk[2], "a": x, "b": y, "delta": delta,
                     "intervals_overlap": overlap})
    return {"a": scorecard_out(db, sa), "b": scorecard_out(db, sb), "rows": rows}


@router.get("/scorecards/{scorecard_id}", response_model=ScorecardOut, summary="A scorecard")
def get_scorecard(scorecard_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return scorecard_out(db, load_in_project(db, auth, Scorecard, scorecard_id, what="scorecard"))


@router.delete("/scorecards/{scorecard_id}", response_model=StatusOut, summary="Delete a scorecard and its samples")
def delete_scorecard(scorecard_id: int, request: Request, db: DB, auth: Auth) -> dict[str, str]:
    sc = load_in_project(db, auth, Scorecard, scorecard_id, "maintainer", what="scorecard")
    if sc.status in ("queued", "running"):
        raise Conflict("the scorecard's job is still running: cancel it first")
    audit(db, request, "responsible.scorecard.deleted", principal=auth, project_id=sc.project_id,
          target_kind="scorecard", target_id=sc.id)
    db.delete(sc)
    return {"status": "deleted"}


# ------------------------------------------------------------------------------ samples
@router.get("/samples", response_model=Page[ScorecardSampleOut], summary="Samples: a scorecard cell's drill-down, or the review queue")
def list_samples(db: DB, auth: Auth, paging: Paging, project_id: int | None = None, scorecard_id: int | None = None,
                 category: str | None = None, group: str | None = None, flagged: bool | None = None,
                 reviewed: bool | None = None, verdict: str | None = None) -> dict[str, Any]:
    q = select(Sample).order_by(Sample.id)
    if scorecard_id is not None:
        sc = load_in_project(db, auth, Scorecard, scorecard_id, what="scorecard")
        q = q.where(Sample.scorecard_id == sc.id)
    else:
        q = scope_to_projects(q, auth, Sample.project_id, project_id, db=db)
    if category:
        q = q.where(Sample.category == category)
    if group:
        q = q.where(Sample.group == group)
    if flagged is not None:
        q = q.where(Sample.flagged == flagged)
    if reviewed is not None:
        q = q.where(Sample.verdict.is_not(None) if reviewed else Sample.verdict.is_(None))
    if verdict is not None:
        if verdict not in ("harmful", "acceptable"):
            raise Invalid("verdict is 'harmful' or 'acceptable'", field=("query", "verdict"))
        q = q.where(Sample.verdict == verdict)
    return paginate(db, q, paging, sample_out)


@router.get("/samples/{sample_id}", response_model=ScorecardSampleOut, summary="A sample")
def get_sample(sample_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return sample_out(load_in_project(db, auth, Sample, sample_id, what="sample"))


@router.post("/samples/{sample_id}/review", response_model=ScorecardSampleOut, summary="Mark a sample harmful/acceptable, with a correction")
def review_sample(sample_id: int, body: SampleReviewIn, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    x = load_in_project(db, auth, Sample, sample_id, "annotator", what="sample")
    correction = body.correction.strip() if body.correction and body.correction.strip() else None
    if correction is not None and body.verdict == "acceptable":
        raise Invalid("a correction goes with a 'harmful' verdict; an acceptable response needs none",
                      field=("body", "correction"))
    x.verdict, x.correction, x.reviewed_by, x.reviewed_at = body.verdict, correction, auth.user_id, utcnow()
    db.flush()
    audit(db, request, "responsible.sample.reviewed", principal=auth, project_id=x.project_id, target_kind="sample",
          target_id=x.id, verdict=body.verdict)
    return sample_out(x)


# ------------------------------------------------------------------------------ corrections
def export_out(e: CorrectionExport, duplicate: bool = False) -> dict[str, Any]:
    return {"id": e.id, "project_id": e.project_id, "dataset_version_id": e.dataset_version_id, "dataset_name": e.dataset_name,
            "format": e.format, "rows": e.rows, "scorecard_ids": e.scorecard_ids, "sample_ids": e.sample_ids,
            "duplicate": duplicate, "created_at": e.created_at.isoformat()}


@router.post("/corrections/export", status_code=201, response_model=CorrectionExportOut,
             summary="Export reviewed corrections as a new dataset version (SFT or preference rows)")
def export_corrections(body: CorrectionExportIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "annotator")
    datasets = require_service(k, DatasetService)
    q = select(Sample).where(Sample.project_id == body.project_id, Sample.verdict == "harmful",
                             Sample.correction.is_not(None)).order_by(Sample.id)
    if body.scorecard_ids:
        for sid in body.scorecard_ids:
            sc = load_in_project(db, auth, Scorecard, sid, what="scorecard")
            if sc.project_id != body.project_id:
                raise Invalid(f"scorecard {sid} is in another project", field=("body", "scorecard_ids"))
        q = q.where(Sample.scorecard_id.in_(body.scorecard_ids))
    picked = list(db.scalars(q))
    if not picked:
        raise Invalid("no reviewed corrections to export: mark flagged samples 'harmful' with a corrected response first",
                      field=("body", "scorecard_ids"))
    if body.format == "sft":
        rows = [{"prompt": x.prompt, "completion": x.correction} for x in picked]
    else:
        rows = [{"prompt": x.prompt, "chosen": x.correction, "rejected": x.output} for x in picked]
    scorecards = sorted({x.scorecard_id for x in picked})
    sample_ids = [x.id for x in picked]
    version, duplicate = datasets.create_version(
        db, k, project_id=body.project_id, name=body.name, rows=rows, user_id=auth.user_id,
        description=f"corrections of {len(picked)} reviewed generations (scorecards {', '.join(map(str, scorecards))})")
    e = CorrectionExport(project_id=body.project_id, dataset_version_id=version.id, dataset_name=body.name,
                         format=body.format, rows=len(rows), scorecard_ids=scorecards, sample_ids=sample_ids,
                         created_by=auth.user_id)
    db.add(e)
    db.flush()
    for sid in scorecards:
        add_edge(db, body.project_id, (SCORECARD_NODE, sid), (DATASET_VERSION, version.id), "corrections")
    audit(db, request, "responsible.corrections.exported", principal=auth, project_id=body.project_id,
          target_kind="dataset_version", target_id=version.id, rows=len(rows), format=body.format)
    return export_out(e, duplicate)


@router.get("/corrections/exports", response_model=Page[CorrectionExportOut], summary="Correction exports")
def list_exports(db: DB, auth: Auth, paging: Paging, project_id: int | None = None) -> dict[str, Any]:
    q = scope_to_projects(select(CorrectionExport).order_by(CorrectionExport.id.desc()), auth, CorrectionExport.project_id,
                          project_id, db=db)
    return paginate(db, q, paging, export_out)


# ------------------------------------------------------------------------------ gate
@router.post("/gate/check", response_model=GateCheckOut, summary="Would the release gate let this model through?",
             openapi_extra={"x-llmworks-min-role": "viewer"})
def gate_check(body: GateCheckIn, db: DB, auth: Auth) -> dict[str, Any]:
    auth.require_project(body.project_id, "viewer")
    s = settings_of(db, body.project_id)
    enabled = bool(s and s.gate_enabled)
    suites = list(s.gate_suites) if s else []
    failing = failing_measures(db, body.project_id, body.model, suites) if enabled else []
    return {"project_id": body.project_id, "model": body.model, "gate_enabled": enabled, "gate_suites": suites,
            "passes": not failing, "failing": failing}


@router.get("/gate/overrides", response_model=Page[OverrideOut], summary="Recorded overrides of the release gate")
def list_overrides(db: DB, auth: Auth, paging: Paging, project_id: int | None = None) -> dict[str, Any]:
    q = scope_to_projects(select(GateOverride).order_by(GateOverride.id.desc()), auth, GateOverride.project_id,
                          project_id, db=db)
    return paginate(db, q, paging, lambda o: {"id": o.id, "project_id": o.project_id, "model": o.model, "target": o.target,
                                              "reason": o.reason, "failing": o.failing, "created_by": o.created_by,
                                              "created_at": o.created_at.isoformat()})
