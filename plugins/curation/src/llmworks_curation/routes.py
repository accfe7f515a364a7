"""``/api/curation``: steps, recipes (versioned), previews, runs, language statistics,
tokenizer fertility and model language tags."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from llmworks_sdk import Invalid, NotFound, jobs
from llmworks_sdk.pagination import Page, Paging, paginate
from llmworks_sdk.web import DB, Auth, KernelDep, audit, load_in_project, scope_to_projects
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from llmworks_curation import service
from llmworks_curation.api_models import (
    CurationDetectIn,
    CurationDetectOut,
    CurationEventOut,
    CurationPreviewIn,
    CurationPreviewOut,
    CurationRunIn,
    CurationRunOut,
    CurationStepList,
    CurationStepsIn,
    FertilityIn,
    FertilityOut,
    LanguageStatsOut,
    ModelLanguagesIn,
    ModelLanguagesOut,
    RecipeDetail,
    RecipeIn,
    RecipeOut,
    RecipeVersionIn,
)
from llmworks_curation.languages import check_codes, detector
from llmworks_curation.models import CurationRun, ModelLanguages, Recipe, RecipeVersion
from llmworks_curation.recipes import describe_step, parse_steps, registered_steps, steps_from_yaml
from llmworks_curation.text import script_of

router = APIRouter(tags=["curation"])
VIEWER = {"x-llmworks-min-role": "viewer"}


# ------------------------------------------------------------------ shapes
def version_out(v: RecipeVersion) -> dict[str, Any]:
    return {"id": v.id, "recipe_id": v.recipe_id, "version": v.version, "steps": v.steps, "message": v.message,
            "created_by": v.created_by, "created_at": v.created_at.isoformat()}


def recipe_out(db: Any, r: Recipe, *, versions: bool = False) -> dict[str, Any]:
    all_versions = db.scalars(select(RecipeVersion).where(RecipeVersion.recipe_id == r.id)
                              .order_by(RecipeVersion.version.desc())).all() if versions else None
    latest = (all_versions[0] if all_versions else None) if versions else db.scalar(
        select(RecipeVersion).where(RecipeVersion.recipe_id == r.id, RecipeVersion.version == r.latest_version))
    out = {"id": r.id, "project_id": r.project_id, "name": r.name, "description": r.description,
           "latest_version": r.latest_version, "created_by": r.created_by, "created_at": r.created_at.isoformat(),
           "updated_at": r.updated_at.isoformat(), "latest": version_out(latest) if latest else None}
    if versions:
        out["versions"] = [version_out(v) for v in all_versions or []]
    return out


def run_out(db: Any, run: CurationRun) -> dict[str, Any]:
    rv = db.get(RecipeVersion, run.recipe_version_id)
    recipe = db.get(Recipe, rv.recipe_id)
    return {"id": run.id, "project_id": run.project_id, "recipe_id": recipe.id, "recipe_name": recipe.name,
            "recipe_version": rv.version, "source_version_id": run.source_version_id, "output_name": run.output_name,
            "output_version_id": run.output_version_id, "job_id": run.job_id, "status": run.status,
            "message": run.message, "rows_in": run.rows_in, "rows_out": run.rows_out, "stats": run.stats or [],
            "created_by": run.created_by, "created_at": run.created_at.isoformat(),
            "finished_at": run.finished_at.isoformat() if run.finished_at else None}


def _steps_of(body: CurationStepsIn) -> tuple[list[Any], tuple[str, ...]]:
    if (body.steps is None) == (body.yaml is None):
        raise Invalid("give the recipe either as 'steps' (a list) or as 'yaml'", field=("body", "steps"))
    if body.yaml is not None:
        return steps_from_yaml(body.yaml), ("body", "yaml", "steps")
    return list(body.steps or []), ("body", "steps")


def _validated(k: Any, body: CurationStepsIn, project_id: int) -> list[dict[str, Any]]:
    raw, loc = _steps_of(body)
    return [s.spec() for s in parse_steps(k, raw, project_id=project_id, loc=loc)]


# ------------------------------------------------------------------ steps
@router.get("/steps", response_model=CurationStepList, summary="Curation and augmentation steps, with their parameters")
def list_steps(auth: Auth, k: KernelDep) -> dict[str, Any]:
    return {"items": [describe_step(name, kind, obj, plugin)
                      for name, (kind, obj, plugin) in sorted(registered_steps(k).items())]}


# ------------------------------------------------------------------ recipes
@router.post("/recipes", status_code=201, response_model=RecipeDetail, summary="Save a new recipe (its version 1)")
def create_recipe(body: RecipeIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "annotator")
    steps = _validated(k, body, body.project_id)
    if db.scalar(select(Recipe).where(Recipe.project_id == body.project_id, Recipe.name == body.name)) is not None:
        from llmworks_sdk import Conflict

        raise Conflict(f"this project already has a recipe named '{body.name}': add a version to it "
                       "(POST /api/curation/recipes/{id}/versions) or choose another name", field=("body", "name"))
    r = Recipe(project_id=body.project_id, name=body.name, description=body.description, latest_version=1,
               created_by=auth.user_id)
    db.add(r)
    db.flush()
    db.add(RecipeVersion(recipe_id=r.id, project_id=r.project_id, version=1, steps=steps, message=body.message,
                         created_by=auth.user_id))
    db.flush()
    audit(db, request, "curation.recipe.created", principal=auth, project_id=r.project_id, target_kind="curation_recipe",
          target_id=r.id, name=r.name)
    return recipe_out(db, r, versions=True)


@router.get("/recipes", response_model=Page[RecipeOut], summary="List recipes")
def list_recipes(db: DB, auth: Auth, paging: Paging, project_id: int | None = None) -> dict[str, Any]:
    q = scope_to_projects(select(Recipe).order_by(Recipe.id.desc()), auth, Recipe.project_id, project_id, db=db)
    return paginate(db, q, paging, lambda r: recipe_out(db, r))


@router.get("/recipes/{recipe_id}", response_model=RecipeDetail, summary="A recipe with all its versions")
def get_recipe(recipe_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return recipe_out(db, load_in_project(db, auth, Recipe, recipe_id, what="recipe"), versions=True)


@router.post("/recipes/{recipe_id}/versions", status_code=201, response_model=RecipeDetail,
             summary="Save a new version of a recipe")
def add_version(recipe_id: int, body: RecipeVersionIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    r = load_in_project(db, auth, Recipe, recipe_id, "annotator", what="recipe")
    steps = _validated(k, body, r.project_id)
    for _attempt in range(3):
        try:
            number = r.latest_version + 1
            db.add(RecipeVersion(recipe_id=r.id, project_id=r.project_id, version=number, steps=steps,
                                 message=body.message, created_by=auth.user_id))
            r.latest_version = number
            from llmworks_sdk.db import utcnow

            r.updated_at = utcnow()
            db.flush()
            break
        except IntegrityError:
            db.rollback()
            r = load_in_project(db, auth, Recipe, recipe_id, "annotator", what="recipe")
    audit(db, request, "curation.recipe.versioned", principal=auth, project_id=r.project_id, target_kind="curation_recipe",
          target_id=r.id, version=r.latest_version)
    return recipe_out(db, r, versions=True)


def _recipe_version(db: Any, auth: Any, recipe_id: int, version: int | None, minimum: str = "viewer") -> RecipeVersion:
    r = load_in_project(db, auth, Recipe, recipe_id, minimum, what="recipe")
    number = version or r.latest_version
    rv = db.scalar(select(RecipeVersion).where(RecipeVersion.recipe_id == r.id, RecipeVersion.version == number))
    if rv is None:
        raise NotFound(f"recipe '{r.name}' has no version {number} (latest: {r.latest_version})",
                       field=("body", "recipe_version"))
    return rv


# ------------------------------------------------------------------ preview
@router.post("/preview", response_model=CurationPreviewOut,
             summary="What each step would remove, change or add on a sample of a dataset version, row by row")
def preview(body: CurationPreviewIn, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    version = service.source_version(k, db, auth, body.dataset_version_id, ("body", "dataset_version_id"))
    auth.require_project(version.project_id, "annotator", what="dataset version")
    if body.recipe_id is not None:
        if body.steps is not None or body.yaml is not None:
            raise Invalid("give either 'recipe_id' or the steps ('steps' / 'yaml'), not both", field=("body", "recipe_id"))
        rv = _recipe_version(db, auth, body.recipe_id, body.recipe_version)
        if rv.project_id != version.project_id:
            raise Invalid("the recipe and the dataset version are in different projects", field=("body", "recipe_id"))
        raw = list(rv.steps)
    else:
        raw, _loc = _steps_of(body)
    db.commit()  # no transaction held while the steps run
    return service.preview(k, auth, version, raw, sample=body.sample, seed=body.seed)


# ------------------------------------------------------------------ runs
@router.post("/runs", status_code=201, response_model=CurationRunOut,
             summary="Run a recipe on a dataset version (a job that creates a new dataset version with lineage)")
def create_run(body: CurationRunIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    version = service.source_version(k, db, auth, body.dataset_version_id, ("body", "dataset_version_id"))
    auth.require_project(version.project_id, "annotator", what="dataset version")
    rv = _recipe_version(db, auth, body.recipe_id, body.recipe_version)
    if rv.project_id != version.project_id:
        raise Invalid("the recipe and the dataset version are in different projects: copy the recipe into the dataset's "
                      "project", field=("body", "recipe_id"))
    parse_steps(k, list(rv.steps), project_id=version.project_id, loc=("body", "recipe_id"))  # still valid here?
    run = CurationRun(project_id=version.project_id, recipe_version_id=rv.id, source_version_id=version.id,
                      output_name=body.output_name or version.name, status="queued", created_by=auth.user_id, stats=[])
    db.add(run)
    db.flush()
    job = jobs.enqueue(k, "curation.run", {"run_id": run.id}, project_id=run.project_id, user_id=auth.user_id,
                       title=f"curate {version.name} v{version.version}", session=db)
    run.job_id = job.id
    audit(db, request, "curation.run.created", principal=auth, project_id=run.project_id, target_kind="curation_run",
          target_id=run.id)
    db.flush()
    return run_out(db, run)


@router.get("/runs", response_model=Page[CurationRunOut], summary="List recipe runs")
def list_runs(db: DB, auth: Auth, paging: Paging, project_id: int | None = None,
              recipe_id: int | None = None) -> dict[str, Any]:
    q = scope_to_projects(select(CurationRun).order_by(CurationRun.id.desc()), auth, CurationRun.project_id, project_id, db=db)
    if recipe_id is not None:
        q = q.where(CurationRun.recipe_version_id.in_(select(RecipeVersion.id).where(RecipeVersion.recipe_id == recipe_id)))
    return paginate(db, q, paging, lambda r: run_out(db, r))


@router.get("/runs/{run_id}", response_model=CurationRunOut, summary="A recipe run with its per-step statistics")
def get_run(run_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    return run_out(db, load_in_project(db, auth, CurationRun, run_id, what="curation run"))


@router.get("/runs/{run_id}/decisions", response_model=Page[CurationEventOut],
            summary="Per row: what each step removed, changed or added, and why")
def run_decisions(run_id: int, db: DB, auth: Auth, k: KernelDep, offset: int = Query(0, ge=0),
                  limit: int = Query(100, ge=1, le=1000), action: str | None = Query(None, pattern="^(removed|changed|added)$"),
                  step: str | None = Query(None, max_length=64)) -> dict[str, Any]:
    run = load_in_project(db, auth, CurationRun, run_id, what="curation run")
    return service.read_decisions(k, run, offset, limit, action, step)


# ------------------------------------------------------------------ languages
@router.get("/dataset-versions/{version_id}/languages", response_model=LanguageStatsOut,
            summary="Language and script distribution of a dataset version's rows")
def version_languages(version_id: int, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    version = service.source_version(k, db, auth, version_id, ("path", "version_id"))
    return service.language_stats(k, db, version)


@router.post("/fertility", response_model=FertilityOut, openapi_extra=VIEWER,
             summary="Tokenizer fertility (tokens per word) per language of a dataset version, per model")
def fertility(body: FertilityIn, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    version = service.source_version(k, db, auth, body.dataset_version_id, ("body", "dataset_version_id"))
    return service.fertility(k, db, version, body.models, body.max_rows)


@router.post("/detect", response_model=CurationDetectOut, openapi_extra=VIEWER, summary="Detect the language of texts")
def detect(body: CurationDetectIn, auth: Auth) -> dict[str, Any]:
    codes = check_codes(body.languages, ("body", "languages")) if body.languages else None
    if sum(len(t) for t in body.texts) > 2_000_000:
        raise Invalid("at most 2,000,000 characters in all", field=("body", "texts"))
    return {"items": [g.__dict__ for g in detector(codes).detect(body.texts)]}


# ------------------------------------------------------------------ model language tags
def tags_out(m: ModelLanguages) -> dict[str, Any]:
    return {"id": m.id, "project_id": m.project_id, "model": m.model, "languages": list(m.languages),
            "updated_at": m.updated_at.isoformat()}


@router.get("/model-languages", response_model=Page[ModelLanguagesOut], summary="Language tags of models")
def list_model_languages(db: DB, auth: Auth, paging: Paging, project_id: int | None = None,
                         model: str | None = Query(None, max_length=255)) -> dict[str, Any]:
    q = scope_to_projects(select(ModelLanguages).order_by(ModelLanguages.id), auth, ModelLanguages.project_id, project_id, db=db)
    if model is not None:
        q = q.where(ModelLanguages.model == model)
    return paginate(db, q, paging, tags_out)


@router.put("/model-languages", response_model=ModelLanguagesOut, summary="Set the language tags of a model in a project")
def set_model_languages(body: ModelLanguagesIn, request: Request, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id, "maintainer")
    codes = list(check_codes(body.languages, ("body", "languages"), min_count=0)) if body.languages else []
    from llmworks_sdk.services import ModelRegistry, get_service

    registry = get_service(k, ModelRegistry)
    if registry is not None:
        try:
            _ref, owner = registry.resolve(db, body.model, principal=auth, project_id=body.project_id)
        except (LookupError, FileNotFoundError, ValueError) as exc:
            raise Invalid(f"model '{body.model}' cannot be resolved: {exc}", field=("body", "model")) from None
        if owner is not None and owner != body.project_id:
            auth.require_project(owner, "viewer", what="model")
    m = db.scalar(select(ModelLanguages).where(ModelLanguages.project_id == body.project_id, ModelLanguages.model == body.model))
    from llmworks_sdk.db import utcnow

    if m is None:
        m = ModelLanguages(project_id=body.project_id, model=body.model, languages=codes, created_by=auth.user_id)
        db.add(m)
    else:
        m.languages, m.updated_at = codes, utcnow()
    db.flush()
    audit(db, request, "curation.model_languages.set", principal=auth, project_id=body.project_id,
          target_kind="model", target_id=None, model=body.model, languages=codes)
    return tags_out(m)


__all__ = ["router", "script_of"]
