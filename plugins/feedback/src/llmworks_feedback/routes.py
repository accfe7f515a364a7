"""The feedback API, under ``/api/feedback``: campaigns (maintainers create, export and delete;
members read figures), the annotator's tasks and queue, answers saved one at a time, drafts,
item and annotator history, agreement and annotator quality, export to dataset versions."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from fastapi import APIRouter, Request
from llmworks_sdk import Conflict, Forbidden, Invalid, NotFound, jobs
from llmworks_sdk.db import utcnow
from llmworks_sdk.lineage import DATASET_VERSION, add_edge
from llmworks_sdk.pagination import Page, Paging, paginate
from llmworks_sdk.schemas import StatusOut
from llmworks_sdk.services import DatasetService, require_service
from llmworks_sdk.web import DB, Auth, KernelDep, audit, load_in_project, scope_to_projects
from pydantic import ValidationError
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from llmworks_feedback import export as exporting
from llmworks_feedback import quality as q
from llmworks_feedback import reward
from llmworks_feedback.access import annotator_ids, is_maintainer, require_annotation_role, usernames
from llmworks_feedback.answers import AnswerIn, problems
from llmworks_feedback.generation import campaign_prompts, resolve_generator
from llmworks_feedback.schemas import (
    AnnotationQueueOut,
    AnnotatorHistoryOut,
    CampaignIn,
    CampaignOut,
    DraftIn,
    FeedbackExportIn,
    FeedbackExportOut,
    HistoryOut,
    ItemOut,
    QualityOut,
    RewardCompareIn,
    RewardCompareOut,
    RewardScoreIn,
    RewardScoreOut,
    SavedOut,
    TaskSummary,
)
from llmworks_feedback.tables import Answer, Assignment, Campaign, Candidate, Export, Item

router = APIRouter(tags=["feedback"])
CAMPAIGN_NODE = "feedback_campaign"


# --------------------------------------------------------------------------- views
def campaign_out(db: Session, c: Campaign, auth: Any) -> dict[str, Any]:
    items = db.scalar(select(func.count()).select_from(Item).where(Item.campaign_id == c.id)) or 0
    answered = db.scalar(select(func.count(func.distinct(Answer.item_id))).where(Answer.campaign_id == c.id)) or 0
    total = db.scalar(select(func.count()).select_from(Assignment).where(Assignment.campaign_id == c.id)) or 0
    done = db.scalar(select(func.count()).select_from(Assignment).where(Assignment.campaign_id == c.id,
                                                                        Assignment.status == "done")) or 0
    names = usernames(db, c.annotators)
    return {
        "id": c.id, "project_id": c.project_id, "name": c.name, "description": c.description, "tasks": list(c.tasks),
        "rubric": list(c.rubric), "generators": list(c.generators) if is_maintainer(auth, c.project_id) else None,
        "prompts": {k: v for k, v in c.prompts.items() if k != "inline"} | ({"inline": len(c.prompts["inline"])} if "inline" in c.prompts else {}),
        "samples_per_prompt": c.samples_per_prompt, "annotators_per_item": c.annotators_per_item,
        "annotators": [{"user_id": u, "username": names.get(u, str(u))} for u in c.annotators],
        "gold_items": len(c.gold), "status": c.status, "error": c.error, "job_id": c.job_id,
        "items": items, "answered": answered, "assignments": total, "done": done, "created_at": c.created_at.isoformat(),
    }


def answer_out(a: Answer, names: dict[int, str] | None = None) -> dict[str, Any]:
    return {"id": a.id, "assignment_id": a.assignment_id, "item_id": a.item_id, "user_id": a.user_id,
            "username": (names or {}).get(a.user_id), "revision": a.revision, "current": a.current,
            "ranking": a.ranking, "scores": a.scores, "preferred": a.preferred, "tie": a.tie, "correction": a.correction,
            "seconds": a.seconds, "created_at": a.created_at.isoformat()}


def _candidates(db: Session, item_ids: list[int]) -> dict[int, list[Candidate]]:
    out: dict[int, list[Candidate]] = defaultdict(list)
    if item_ids:
        for c in db.scalars(select(Candidate).where(Candidate.item_id.in_(item_ids)).order_by(Candidate.id)):
            out[c.item_id].append(c)
    return out


def load_campaign(db: Session, auth: Any, campaign_id: int, minimum: str = "viewer") -> Campaign:
    return load_in_project(db, auth, Campaign, campaign_id, minimum, what="campaign")


# --------------------------------------------------------------------------- campaigns
@router.post("/campaigns", status_code=201, response_model=CampaignOut,
             summary="Create an annotation campaign; a job generates its candidates")
def create_campaign(body: CampaignIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "maintainer", what="project")
    if db.scalar(select(Campaign.id).where(Campaign.project_id == body.project_id, Campaign.name == body.name)):
        raise Conflict(f"a campaign named {body.name!r} exists in this project; choose another name", field=("body", "name"))
    users = annotator_ids(db, body.project_id, body.annotators)
    for g in body.generators:  # a route must exist in the project now, not fail in the job
        resolve_generator(k, db, g.model_dump(), body.project_id)
    if body.prompts.dataset_version_id is not None:  # check the dataset now (its project, its prompt column)
        if not campaign_prompts(k, db, body.prompts.model_dump(exclude_none=True), principal=auth):
            raise Invalid("the dataset version gave no prompts", field=("body", "prompts"))
    c = Campaign(
        project_id=body.project_id, name=body.name, description=body.description, tasks=list(body.tasks),
        rubric=[r.model_dump() for r in body.rubric], generators=[g.model_dump() for g in body.generators],
        prompts=body.prompts.model_dump(exclude_none=True), gold=[g.model_dump() for g in body.gold_items],
        samples_per_prompt=body.samples_per_prompt, annotators_per_item=body.annotators_per_item, annotators=users,
        seed=body.seed, status="generating", created_by=auth.user_id,
    )
    db.add(c)
    db.flush()
    job = jobs.enqueue(k, "feedback.generate", {"campaign_id": c.id}, project_id=body.project_id, user_id=auth.user_id,
                       title=f"generate candidates: {body.name}", session=db)
    c.job_id = job.id
    audit(db, request, "feedback.campaign_created", principal=auth, project_id=c.project_id, target_kind="campaign",
          target_id=c.id, name=c.name)
    return campaign_out(db, c, auth)


@router.get("/campaigns", response_model=Page[CampaignOut], summary="List campaigns")
def list_campaigns(db: DB, auth: Auth, paging: Paging, project_id: int | None = None) -> dict[str, Any]:
    stmt = scope_to_projects(select(Campaign).order_by(Campaign.id.desc()), auth, Campaign.project_id, project_id)
    return paginate(db, stmt, paging, lambda c: campaign_out(db, c, auth))


@router.get("/campaigns/{campaign_id}", response_model=CampaignOut, summary="One campaign with its progress")
def get_campaign(campaign_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return campaign_out(db, load_campaign(db, auth, campaign_id), auth)


@router.delete("/campaigns/{campaign_id}", response_model=StatusOut, summary="Delete a campaign and its answers")
def delete_campaign(campaign_id: int, request: Request, db: DB, auth: Auth) -> dict[str, str]:
    c = load_campaign(db, auth, campaign_id, "maintainer")
    audit(db, request, "feedback.campaign_deleted", principal=auth, project_id=c.project_id, target_kind="campaign",
          target_id=c.id, name=c.name)
    db.delete(c)
    return {"status": "deleted"}


@router.get("/campaigns/{campaign_id}/items", response_model=Page[ItemOut], summary="The items of a campaign")
def list_items(campaign_id: int, db: DB, auth: Auth, paging: Paging) -> dict[str, Any]:
    c = load_campaign(db, auth, campaign_id)
    show = is_maintainer(auth, c.project_id)
    answers = dict(db.execute(select(Answer.item_id, func.count()).where(Answer.campaign_id == c.id, Answer.current)
                              .group_by(Answer.item_id)).all())
    assigned = dict(db.execute(select(Assignment.item_id, func.count()).where(Assignment.campaign_id == c.id)
                               .group_by(Assignment.item_id)).all())
    stmt = select(Item).where(Item.campaign_id == c.id).order_by(Item.position)
    page = paginate(db, stmt, paging, lambda it: it)
    cands = _candidates(db, [it.id for it in page["items"]])
    page["items"] = [_item_out(it, cands[it.id], show, answers.get(it.id, 0), assigned.get(it.id, 0)) for it in page["items"]]
    return page


def _item_out(it: Item, cands: list[Candidate], show: bool, answers: int, assigned: int) -> dict[str, Any]:
    return {"id": it.id, "position": it.position, "prompt": it.prompt, "is_gold": it.is_gold,
            "candidates": [{"id": c.id, "text": c.text, "generator": c.generator if show else None} for c in cands],
            "pair": list(it.pair), "answers": answers, "assigned": assigned}


@router.get("/campaigns/{campaign_id}/items/{item_id}/history", response_model=HistoryOut,
            summary="Who said what about an item, when, with every edit")
def item_history(campaign_id: int, item_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    c = load_campaign(db, auth, campaign_id)
    it = db.get(Item, item_id)
    if it is None or it.campaign_id != c.id:
        raise NotFound(f"item {item_id} is not an item of campaign {campaign_id}")
    rows = list(db.scalars(select(Answer).where(Answer.item_id == it.id).order_by(Answer.created_at, Answer.id)))
    names = usernames(db, {a.user_id for a in rows})
    assigned = db.scalar(select(func.count()).select_from(Assignment).where(Assignment.item_id == it.id)) or 0
    return {"item": _item_out(it, _candidates(db, [it.id])[it.id], is_maintainer(auth, c.project_id),
                              sum(a.current for a in rows), assigned),
            "answers": [answer_out(a, names) for a in rows]}


@router.get("/campaigns/{campaign_id}/annotators/{user_id}/history", response_model=AnnotatorHistoryOut,
            summary="Every answer (and edit) of one annotator in a campaign")
def annotator_history(campaign_id: int, user_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    c = load_campaign(db, auth, campaign_id)
    if user_id not in c.annotators:
        raise NotFound(f"user {user_id} is not an annotator of campaign {campaign_id}")
    rows = list(db.scalars(select(Answer).where(Answer.campaign_id == c.id, Answer.user_id == user_id)
                           .order_by(Answer.created_at, Answer.id)))
    names = usernames(db, [user_id])
    return {"user_id": user_id, "username": names.get(user_id, str(user_id)), "answers": [answer_out(a, names) for a in rows]}


def _current(db: Session, c: Campaign) -> tuple[list[Answer], dict[int, Item]]:
    rows = list(db.scalars(select(Answer).where(Answer.campaign_id == c.id, Answer.current).order_by(Answer.id)))
    items = {it.id: it for it in db.scalars(select(Item).where(Item.campaign_id == c.id))}
    return rows, items


def compute_quality(db: Session, c: Campaign) -> dict[str, Any]:
    rows, items = _current(db, c)
    sig = q.signals(rows, items, list(c.rubric))
    gold = {i for i, it in items.items() if it.is_gold}
    people = q.annotators(sig, list(c.rubric), items, usernames(db, {a.user_id for a in rows}))
    return {"campaign_id": c.id, "answers": len(rows), "agreement": q.agreement(sig, gold),
            "annotator_signal": people["signal"], "annotators": people["annotators"]}


@router.get("/campaigns/{campaign_id}/quality", response_model=QualityOut,
            summary="Agreement (Krippendorff's alpha, Fleiss' kappa, percent) and annotator quality")
def campaign_quality(campaign_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return compute_quality(db, load_campaign(db, auth, campaign_id))


# --------------------------------------------------------------------------- export
@router.post("/campaigns/{campaign_id}/export", status_code=201, response_model=FeedbackExportOut,
             summary="Export the answers as a preference or reward dataset version (with lineage)")
def export_campaign(campaign_id: int, body: FeedbackExportIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    c = load_campaign(db, auth, campaign_id, "maintainer")
    try:
        rules = exporting.ExportRules(**body.rules)
    except ValidationError as exc:
        raise Invalid("export rules are not valid", errors=[{"loc": ["body", "rules", *e["loc"]], "msg": e["msg"],
                                                             "type": e["type"]} for e in exc.errors()]) from None
    rows, items = _current(db, c)
    if not any(not items[a.item_id].is_gold for a in rows):
        raise Invalid(f"campaign {c.name!r} has no answers to export yet; annotate some items first")
    flagged = set() if rules.include_outliers else {p["user_id"] for p in compute_quality(db, c)["annotators"] if p["outlier"]}
    rows = exporting.exported_answers(rows, items, flagged, rules)
    cands = {x.id: x for xs in _candidates(db, list(items)).values() for x in xs}
    if body.kind == "preference":
        data = exporting.preference_rows(items, cands, rows, rules)
    else:
        data = exporting.reward_rows(items, cands, rows, list(c.rubric))
    if not data:
        raise Invalid(f"no {body.kind} rows pass the export rules (min_agreement {rules.min_agreement:.2f}, "
                      f"min_votes {rules.min_votes}); lower them or collect more answers", field=("body", "rules"))
    datasets = require_service(k, DatasetService)
    name = body.dataset_name or f"{c.name}-{body.kind}"[:128]
    version, duplicate = datasets.create_version(
        db, k, project_id=c.project_id, name=name, rows=data, user_id=auth.user_id, filename=f"{name}.jsonl",
        validation_fraction=0.0, description=f"exported from feedback campaign {c.name!r} ({body.kind})")
    ex = Export(project_id=c.project_id, campaign_id=c.id, kind=body.kind, dataset_version_id=version.id, rows=len(data),
                rules=rules.model_dump(), created_by=auth.user_id)
    db.add(ex)
    db.flush()
    add_edge(db, c.project_id, (CAMPAIGN_NODE, c.id), (DATASET_VERSION, version.id), "exported")
    audit(db, request, "feedback.campaign_exported", principal=auth, project_id=c.project_id, target_kind="campaign",
          target_id=c.id, kind=body.kind, dataset_version_id=version.id)
    return {"id": ex.id, "campaign_id": c.id, "kind": body.kind, "dataset_version_id": version.id,
            "dataset_id": version.dataset_id, "version": version.version, "rows": len(data), "duplicate": duplicate,
            "rules": ex.rules, "created_at": ex.created_at.isoformat()}


@router.get("/campaigns/{campaign_id}/exports", response_model=list[FeedbackExportOut], summary="The exports of a campaign")
def list_exports(campaign_id: int, db: DB, auth: Auth, k: KernelDep) -> list[dict[str, Any]]:
    c = load_campaign(db, auth, campaign_id)
    datasets = require_service(k, DatasetService)
    out = []
    for ex in db.scalars(select(Export).where(Export.campaign_id == c.id).order_by(Export.id)):
        try:
            v = datasets.get_version(db, ex.dataset_version_id)
        except NotFound:
            continue  # the dataset was deleted since
        out.append({"id": ex.id, "campaign_id": c.id, "kind": ex.kind, "dataset_version_id": v.id, "dataset_id": v.dataset_id,
                    "version": v.version, "rows": ex.rows, "duplicate": False, "rules": ex.rules,
                    "created_at": ex.created_at.isoformat()})
    return out


# --------------------------------------------------------------------------- annotating
@router.get("/tasks", response_model=list[TaskSummary], summary="My annotation campaigns and my progress")
def my_tasks(db: DB, auth: Auth, project_id: int | None = None) -> list[dict[str, Any]]:
    if project_id is not None:
        require_annotation_role(auth, project_id, "project")
    stmt = (select(Assignment.campaign_id, func.count(), func.sum(case((Assignment.status == "done", 1), else_=0)))
            .where(Assignment.user_id == auth.user_id).group_by(Assignment.campaign_id))
    counts = {cid: (n, int(d or 0)) for cid, n, d in db.execute(stmt).all()}
    out = []
    for c in db.scalars(select(Campaign).where(Campaign.id.in_(list(counts))).order_by(Campaign.id.desc())):
        if project_id is not None and c.project_id != project_id:
            continue
        if auth.role_in(c.project_id) not in ("labeler", "annotator", "maintainer"):
            continue
        n, d = counts[c.id]
        out.append({"campaign_id": c.id, "project_id": c.project_id, "name": c.name, "tasks": list(c.tasks),
                    "status": c.status, "total": n, "done": d})
    return out


def _my_campaign(db: Session, auth: Any, campaign_id: int) -> Campaign:
    c = db.get(Campaign, campaign_id)
    if c is None:
        raise NotFound(f"campaign {campaign_id} not found, or you are not a member of its project")
    require_annotation_role(auth, c.project_id)
    if auth.user_id not in c.annotators:
        raise Forbidden(f"you are not an annotator of campaign {c.name!r}")
    return c


@router.get("/campaigns/{campaign_id}/queue", response_model=AnnotationQueueOut,
            summary="My assigned items, blind and in my own order, with saved answers and drafts")
def my_queue(campaign_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    c = _my_campaign(db, auth, campaign_id)
    mine = list(db.scalars(select(Assignment).where(Assignment.campaign_id == c.id, Assignment.user_id == auth.user_id)
                           .order_by(Assignment.position)))
    items = {it.id: it for it in db.scalars(select(Item).where(Item.id.in_([a.item_id for a in mine])))}
    texts = {x.id: x.text for xs in _candidates(db, list(items)).values() for x in xs}
    current = {a.assignment_id: a for a in db.scalars(select(Answer).where(
        Answer.campaign_id == c.id, Answer.user_id == auth.user_id, Answer.current))}
    views = []
    for a in mine:
        it = items[a.item_id]
        pair = [x for x in a.order if x in it.pair]  # the pair in this annotator's order
        ans = current.get(a.id)
        views.append({"assignment_id": a.id, "campaign_id": c.id, "position": a.position, "prompt": it.prompt,
                      "candidates": [{"id": x, "text": texts[x]} for x in a.order], "pair": pair, "status": a.status,
                      "draft": a.draft, "answer": answer_out(ans) if ans else None})
    return {"campaign_id": c.id, "name": c.name, "tasks": list(c.tasks), "rubric": list(c.rubric), "total": len(mine),
            "done": sum(a.status == "done" for a in mine), "skipped": sum(a.status == "skipped" for a in mine), "items": views}


def _my_assignment(db: Session, auth: Any, assignment_id: int) -> tuple[Assignment, Campaign]:
    a = db.get(Assignment, assignment_id)
    if a is None:
        raise NotFound(f"assignment {assignment_id} not found")
    require_annotation_role(auth, a.project_id, "assignment")
    if a.user_id != auth.user_id:
        raise Forbidden("this item is not assigned to you; answer only your own assignments")
    c = db.get(Campaign, a.campaign_id)
    assert c is not None
    if c.status != "ready":
        raise Conflict(f"campaign {c.name!r} is {c.status}; answers are taken once its candidates are generated")
    return a, c


@router.put("/assignments/{assignment_id}/answer", response_model=SavedOut,
            summary="Save my answer to an assigned item (again: a new revision)")
def save_answer(assignment_id: int, body: AnswerIn, db: DB, auth: Auth) -> dict[str, Any]:
    a, c = _my_assignment(db, auth, assignment_id)
    it = db.get(Item, a.item_id)
    assert it is not None
    errs = problems(body, list(c.tasks), list(c.rubric), list(a.order), list(it.pair))
    if errs:
        raise Invalid("the answer is incomplete or invalid", errors=errs)
    last = db.scalar(select(Answer).where(Answer.assignment_id == a.id, Answer.current))
    if last is not None:
        last.current = False
    ans = Answer(assignment_id=a.id, campaign_id=c.id, project_id=c.project_id, item_id=a.item_id, user_id=auth.user_id,
                 revision=(last.revision + 1) if last else 1, current=True, ranking=body.ranking,
                 scores={str(k_): v for k_, v in body.scores.items()} if body.scores is not None else None,
                 preferred=body.preferred, tie=body.tie,
                 correction=body.correction.model_dump() if body.correction else None, seconds=body.seconds)
    db.add(ans)
    a.status, a.draft = "done", None
    db.flush()
    total = db.scalar(select(func.count()).select_from(Assignment).where(Assignment.campaign_id == c.id,
                                                                         Assignment.user_id == auth.user_id)) or 0
    done = db.scalar(select(func.count()).select_from(Assignment).where(
        Assignment.campaign_id == c.id, Assignment.user_id == auth.user_id, Assignment.status == "done")) or 0
    return {"answer": answer_out(ans), "done": done, "total": total}


@router.put("/assignments/{assignment_id}/draft", response_model=StatusOut,
            summary="Keep my unfinished answer (restored after a reload)")
def save_draft(assignment_id: int, body: DraftIn, db: DB, auth: Auth) -> dict[str, str]:
    a, _ = _my_assignment(db, auth, assignment_id)
    if len(str(body.draft)) > 64_000:
        raise Invalid("the draft is too large (64 kB at most)", field=("body", "draft"))
    a.draft = body.draft
    if a.opened_at is None:
        a.opened_at = utcnow()
    return {"status": "saved"}


@router.post("/assignments/{assignment_id}/skip", response_model=StatusOut, summary="Skip an item for now")
def skip(assignment_id: int, db: DB, auth: Auth) -> dict[str, str]:
    a, _ = _my_assignment(db, auth, assignment_id)
    if a.status != "done":
        a.status = "skipped"
    return {"status": a.status}


# --------------------------------------------------------------------------- reward model as a signal
@router.post("/reward/score", response_model=RewardScoreOut, summary="Score responses to a prompt with a reward model")
def reward_score(body: RewardScoreIn, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "annotator")
    folder = reward.reward_model_folder(db, k, auth, body.reward_model, body.project_id)
    scores = reward.score(k, folder, [(body.prompt, r) for r in body.responses])
    return {"scores": scores, "best": max(range(len(scores)), key=scores.__getitem__)}


@router.post("/campaigns/{campaign_id}/reward", response_model=RewardCompareOut,
             summary="A/B signal: a reward model scores every candidate; mean reward and win rate per generator")
def campaign_reward(campaign_id: int, body: RewardCompareIn, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    c = load_campaign(db, auth, campaign_id, "maintainer")
    folder = reward.reward_model_folder(db, k, auth, body.reward_model, c.project_id)
    items = {it.id: it.prompt for it in db.scalars(select(Item).where(Item.campaign_id == c.id, Item.is_gold.is_(False)))}
    cands = [x for xs in _candidates(db, list(items)).values() for x in xs]
    if not cands:
        raise Invalid(f"campaign {c.name!r} has no candidates yet")
    if len(cands) > reward.MAX_PAIRS:
        raise Invalid(f"the campaign has {len(cands)} candidates; this comparison scores at most {reward.MAX_PAIRS}")
    scores = reward.score(k, folder, [(items[x.item_id], x.text) for x in cands])
    return {"campaign_id": c.id, "reward_model": body.reward_model, **reward.compare_generators(items, cands, scores)}


__all__ = ["router"]
