"""``/api/prompts``: the prompt playground's prompts, their immutable versions, rendering,
side-by-side runs over routes, and JSON/YAML export and import."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query, Request, Response
from llmworks_sdk import Conflict, GenerationParams, Invalid, LlmworksError, NotFound
from llmworks_sdk.db import utcnow
from llmworks_sdk.headers import content_disposition
from llmworks_sdk.pagination import Page, Paging, paginate
from llmworks_sdk.schemas import StatusOut
from llmworks_sdk.web import DB, Auth, KernelDep, audit
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from llmworks_inference import engine, prompting, sse
from llmworks_inference.api_models import PromptExport, PromptOut, PromptRunOut, PromptVersionOut, RenderOut
from llmworks_inference.models import Prompt, PromptVersion
from llmworks_inference.prompting import PromptContent
from llmworks_inference.schemas import ChatMessage
from llmworks_inference.scoping import get_in_project, in_my_projects
from llmworks_inference.targets import resolve_target

router = APIRouter(tags=["prompts"])
MEDIA = {"json": "application/json", "yaml": "application/yaml"}


def version_out(v: PromptVersion) -> dict[str, Any]:
    content = PromptContent.of_version(v)
    return {"version": v.version, "message": v.message, "created_at": v.created_at.isoformat(), "created_by": v.created_by,
            **content.model_dump(exclude={"params"}), "params": v.params,
            "template_variables": content.check()}


def prompt_out(p: Prompt, v: PromptVersion | None = None) -> dict[str, Any]:
    out = {"id": p.id, "project_id": p.project_id, "name": p.name, "description": p.description,
           "latest_version": p.latest_version, "created_at": p.created_at.isoformat(), "updated_at": p.updated_at.isoformat()}
    if v is not None:
        out["current"] = version_out(v)
    return out


class PromptIn(PromptContent):
    project_id: int
    name: str = Field(..., min_length=1, max_length=128, examples=["colour-question"])
    description: str = Field("", max_length=4000)
    message: str = Field("", max_length=255, description="Note for this version.")

    model_config = {"json_schema_extra": {"examples": [
        {"project_id": 1, "name": "colour-question", "template": "What colour is the {{ thing }}?",
         "system_prompt": "Answer in one sentence.", "variables": {"thing": "sky"}, "params": {"temperature": 0}},
    ]}}


class VersionIn(BaseModel):
    """A new version: the fields given replace the previous version's, the rest are kept
    (``params`` are merged field by field)."""

    mode: Literal["chat", "completion"] | None = None
    template: str | None = Field(None, max_length=200_000, description="Jinja2 template of the user message (kept if absent).")
    system_prompt: str | None = Field(None, max_length=200_000)
    variables: dict[str, Any] | None = None
    examples: list[prompting.Example] | None = Field(None, max_length=200)
    history: list[ChatMessage] | None = Field(None, max_length=500)
    params: dict[str, Any] | None = Field(None, description="Changed parameters; the others keep their saved values.")
    routes: list[str] | None = Field(None, max_length=20)
    message: str = Field("", max_length=255, description="Note for this version.")

    model_config = {"json_schema_extra": {"examples": [{"template": "Which colour is the {{ thing }}?",
                                                        "message": "wording"}]}}


class PromptPatch(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=128)
    description: str | None = Field(None, max_length=4000)


class RenderIn(BaseModel):
    variables: dict[str, Any] = Field(default_factory=dict, examples=[{"thing": "grass"}])
    version: int | None = Field(None, ge=1, description="Default: the latest version.")


class PromptRunIn(RenderIn):
    routes: list[str] = Field(default_factory=list, max_length=8,
                              description="Routes to run side by side (default: the prompt's saved routes).",
                              examples=[["bot-v1", "bot-v2"]])
    params: GenerationParams = Field(default_factory=GenerationParams, description="Overrides of the saved parameters.")
    session_key: str | None = Field(None, max_length=200)
    safety: dict[str, bool] | None = Field(None, max_length=64, description="Switch safety filters on or off for this request, e.g. "
                                   "{\"pii\": false}; filters the policy locks can be switched only by maintainers.",
                                   examples=[{"pii": False, "offensive": True}])


def _get(db: Session, auth: Any, prompt_id: int, minimum: str = "viewer") -> Prompt:
    return get_in_project(db, auth, Prompt, prompt_id, minimum, "prompt")


def _version(db: Session, p: Prompt, version: int | None) -> PromptVersion:
    number = version or p.latest_version
    v = db.scalar(select(PromptVersion).where(PromptVersion.prompt_id == p.id, PromptVersion.version == number))
    if v is None:
        raise NotFound(f"prompt '{p.name}' has no version {number} (latest: {p.latest_version})", field=("body", "version"))
    return v


def _name_free(db: Session, project_id: int, name: str) -> None:
    if db.scalar(select(Prompt).where(Prompt.project_id == project_id, Prompt.name == name)) is not None:
        raise Conflict(f"this project already has a prompt named '{name}'; choose another name", field=("body", "name"))


def _save(db: Session, p: Prompt, content: PromptContent, message: str, user_id: int | None) -> PromptVersion:
    content.check_on_save()
    p.latest_version += 1
    p.updated_at = utcnow()
    v = PromptVersion(prompt_id=p.id, version=p.latest_version, message=message, created_by=user_id, **content.stored())
    db.add(v)
    db.flush()
    return v


def _create(db: Session, auth: Any, project_id: int, name: str, description: str, content: PromptContent,
            message: str) -> tuple[Prompt, PromptVersion]:
    auth.require_project(project_id, "annotator")
    _name_free(db, project_id, name)
    content.check()
    p = Prompt(project_id=project_id, name=name, description=description, created_by=auth.user_id)
    db.add(p)
    db.flush()
    return p, _save(db, p, content, message, auth.user_id)


@router.get("", response_model=Page[PromptOut], summary="List prompts")
def list_prompts(db: DB, auth: Auth, paging: Paging, project_id: int | None = None) -> dict[str, Any]:
    q = select(Prompt).order_by(Prompt.id)
    q = in_my_projects(q, Prompt, auth, project_id)
    return paginate(db, q, paging, prompt_out)


@router.post("", status_code=201, response_model=PromptOut, summary="Create a prompt (its version 1)")
def create_prompt(body: PromptIn, request: Request, db: DB, auth: Auth) -> dict[str, Any]:
    content = PromptContent.model_validate(body.model_dump(include=set(PromptContent.model_fields), exclude_unset=True))
    p, v = _create(db, auth, body.project_id, body.name, body.description, content, body.message)
    audit(db, request, "prompt.created", principal=auth, project_id=p.project_id, target_kind="prompt", target_id=p.id)
    return prompt_out(p, v)


@router.post("/import", status_code=201, response_model=PromptOut, summary="Import an exported prompt (JSON or YAML body)",
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": {"$ref": "#/components/schemas/PromptExport"}},
                 "application/yaml": {"schema": {"type": "string"}}}}})
async def import_prompt(request: Request, db: DB, auth: Auth, project_id: int,
                        format: Literal["json", "yaml"] | None = None,
                        name: str | None = Query(None, min_length=1, max_length=128,
                                                 description="Import under this name instead of the document's.")) -> dict[str, Any]:
    await run_in_threadpool(auth.require_project, project_id, "annotator")  # before the body is read
    raw = await request.body()
    fmt = format or ("yaml" if "yaml" in request.headers.get("content-type", "") else "json")

    def create() -> dict[str, Any]:
        doc_name, description, content = prompting.parse_import(raw, fmt)
        p, v = _create(db, auth, project_id, name or doc_name, description, content, f"imported from {fmt.upper()}")
        audit(db, request, "prompt.imported", principal=auth, project_id=p.project_id, target_kind="prompt", target_id=p.id)
        return prompt_out(p, v)

    return await run_in_threadpool(create)


@router.get("/{prompt_id}", response_model=PromptOut, summary="Get a prompt with its latest (or a given) version")
def get_prompt(prompt_id: int, db: DB, auth: Auth, version: int | None = Query(None, ge=1)) -> dict[str, Any]:
    p = _get(db, auth, prompt_id)
    return prompt_out(p, _version(db, p, version))


@router.patch("/{prompt_id}", response_model=PromptOut, summary="Rename or describe a prompt (not versioned)")
def update_prompt(prompt_id: int, body: PromptPatch, db: DB, auth: Auth) -> dict[str, Any]:
    p = _get(db, auth, prompt_id, "annotator")
    if body.name is not None and body.name != p.name:
        _name_free(db, p.project_id, body.name)
        p.name = body.name
    if body.description is not None:
        p.description = body.description
    p.updated_at = utcnow()
    return prompt_out(p)


@router.delete("/{prompt_id}", response_model=StatusOut, summary="Delete a prompt and all its versions")
def delete_prompt(prompt_id: int, request: Request, db: DB, auth: Auth) -> dict[str, str]:
    p = _get(db, auth, prompt_id, "annotator")
    audit(db, request, "prompt.deleted", principal=auth, project_id=p.project_id, target_kind="prompt", target_id=p.id,
          name=p.name)
    db.delete(p)
    return {"status": "deleted"}


@router.get("/{prompt_id}/versions", response_model=Page[PromptVersionOut], summary="List the versions of a prompt (newest first)")
def list_versions(prompt_id: int, db: DB, auth: Auth, paging: Paging) -> dict[str, Any]:
    p = _get(db, auth, prompt_id)
    q = select(PromptVersion).where(PromptVersion.prompt_id == p.id).order_by(PromptVersion.version.desc())
    return paginate(db, q, paging, version_out)


@router.post("/{prompt_id}/versions", status_code=201, response_model=PromptOut, summary="Save: add a new immutable version")
def save_version(prompt_id: int, body: VersionIn, db: DB, auth: Auth) -> dict[str, Any]:
    p = _get(db, auth, prompt_id, "annotator")
    given = body.model_dump(include=set(PromptContent.model_fields), exclude_unset=True)
    given = {k: v for k, v in given.items() if v is not None}
    if not given:
        raise Invalid("give at least one field to change (template, system_prompt, variables, examples, history, "
                      "params, routes or mode)", field=("body",))
    content = prompting.inherit(PromptContent.of_version(_version(db, p, None)), given)
    return prompt_out(p, _save(db, p, content, body.message, auth.user_id))


@router.get("/{prompt_id}/versions/{version}", response_model=PromptVersionOut, summary="Get one version")
def get_version(prompt_id: int, version: int, db: DB, auth: Auth) -> dict[str, Any]:
    p = _get(db, auth, prompt_id)
    return version_out(_version(db, p, version))


@router.post("/{prompt_id}/render", response_model=RenderOut, summary="Render a version with variables (no model)",
             openapi_extra={"x-llmworks-min-role": "viewer"})
def render_prompt(prompt_id: int, body: RenderIn, db: DB, auth: Auth) -> dict[str, Any]:
    p = _get(db, auth, prompt_id)
    v = _version(db, p, body.version)
    return {"prompt_id": p.id, "version": v.version, **prompting.render(PromptContent.of_version(v), body.variables)}


@router.post("/{prompt_id}/run", response_model=None, responses={200: {"model": PromptRunOut}}, summary="Run a version on one or several routes side by side")
def run_prompt(prompt_id: int, body: PromptRunIn, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    p = _get(db, auth, prompt_id)
    v = _version(db, p, body.version)
    content = PromptContent.of_version(v)
    names = body.routes or content.routes
    if not names:
        raise Invalid("give 'routes' to run on (this prompt saves none)", field=("body", "routes"))
    rendered = prompting.render(content, body.variables)
    params = {**(v.params or {}), **body.params.model_dump(exclude_unset=True)}
    # plain names are the prompt's project's routes; '<project-slug>/<name>' reaches another project
    targets = [resolve_target(db, auth, route=n, project_id=None if "/" in n else p.project_id, key=body.session_key,
                              field_loc=("body", "routes", i)) for i, n in enumerate(names)]
    results = []
    for name, target in zip(names, targets, strict=True):
        source = {"messages": rendered["messages"]} if content.mode == "chat" else {"prompt": rendered["prompt"]}
        try:
            gen = engine.prepare(k, db, auth, target, params=params, safety=body.safety, source="prompt_run", **source)
            results.append({"route": name, "ok": True, "result": gen.run()})
        except LlmworksError as exc:  # one route failing does not hide the others' results
            results.append({"route": name, "ok": False, "error": exc.to_problem()})
    return sse.json_response({"prompt_id": p.id, "version": v.version, "rendered": rendered, "results": results})


# ---------------------------------------------------------------- export
@router.get("/{prompt_id}/export", summary="Export a version as JSON or YAML (with an OpenAI request body)",
            response_class=Response, responses={200: {"model": PromptExport, "description": "The export document (a file "
                                                      "download)", "content": {"application/yaml": {"schema": {"type": "string"}}}}})
def export_prompt(prompt_id: int, db: DB, auth: Auth, format: Literal["json", "yaml"] = "json",
                  version: int | None = Query(None, ge=1)) -> Response:
    p = _get(db, auth, prompt_id)
    v = _version(db, p, version)
    doc = prompting.export_doc(p.name, p.description, v.version, PromptContent.of_version(v))
    filename = f"{p.name}.v{v.version}.{format}"
    return Response(prompting.dump(doc, format), media_type=MEDIA[format],
                    headers={"Content-Disposition": content_disposition(filename)})
