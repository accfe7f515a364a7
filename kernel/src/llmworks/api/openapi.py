"""The OpenAPI document: FastAPI's, plus the problem+json errors every operation can answer.

Routes declare their success answers (response models, or the media types of streams and
downloads); the error answers are the same everywhere, so they are added here once, each
referencing the ``ProblemDetails`` component, as ``application/problem+json``.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from llmworks_sdk.schemas import ERROR_STATUSES, PROBLEM_MEDIA_TYPE, ProblemDetails

REF_TEMPLATE = "#/components/schemas/{model}"
PROBLEM_REF = {"$ref": "#/components/schemas/ProblemDetails"}


def _add_problem_schemas(schemas: dict[str, Any]) -> None:
    schema = ProblemDetails.model_json_schema(ref_template=REF_TEMPLATE)
    for name, sub in schema.pop("$defs", {}).items():
        schemas.setdefault(name, sub)
    schemas["ProblemDetails"] = schema


def add_problem_responses(doc: dict[str, Any]) -> dict[str, Any]:
    """Give every operation of ``doc`` the 4xx answers of :data:`ERROR_STATUSES` as problem+json."""
    components = doc.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    _add_problem_schemas(schemas)
    for item in doc.get("paths", {}).values():
        for op in item.values():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            responses = op["responses"]
            for status, description in ERROR_STATUSES.items():
                if status == 413 and "requestBody" not in op:
                    continue
                entry = responses.get(str(status))
                if entry is not None and str(status) != "422":
                    # a route's own description wins; its body is still a problem
                    entry["content"] = {PROBLEM_MEDIA_TYPE: {"schema": PROBLEM_REF}}
                    continue
                responses[str(status)] = {"description": description,
                                          "content": {PROBLEM_MEDIA_TYPE: {"schema": PROBLEM_REF}}}
    # FastAPI's own 422 schema is replaced everywhere: drop it unless something still uses it
    if "HTTPValidationError" not in _refs(doc.get("paths", {})):
        schemas.pop("HTTPValidationError", None)
        if "ValidationError" not in _refs(schemas):
            schemas.pop("ValidationError", None)
    return doc


def _rename_refs(node: Any, names: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/") and ref.rsplit("/", 1)[1] in names:
            node["$ref"] = "#/components/schemas/" + names[ref.rsplit("/", 1)[1]]
        for v in node.values():
            _rename_refs(v, names)
    elif isinstance(node, list):
        for v in node:
            _rename_refs(v, names)


def tidy_generic_names(doc: dict[str, Any]) -> dict[str, Any]:
    """pydantic names ``Page[JobOut]`` ``Page_JobOut_``; use its title (``JobOutPage``) instead."""
    schemas = doc.get("components", {}).get("schemas", {})
    names: dict[str, str] = {}
    for key, schema in schemas.items():
        title = schema.get("title") if isinstance(schema, dict) else None
        if ("[" in key or key.endswith("_")) and isinstance(title, str) and title.isidentifier() \
                and title not in schemas and title not in names.values():
            names[key] = title
    if names:
        doc["components"]["schemas"] = {names.get(k, k): v for k, v in schemas.items()}
        _rename_refs(doc, names)
    return doc


def _refs(node: Any) -> set[str]:
    out: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            out.add(ref.rsplit("/", 1)[1])
        for v in node.values():
            out |= _refs(v)
    elif isinstance(node, list):
        for v in node:
            out |= _refs(v)
    return out


def build_openapi(app: FastAPI) -> dict[str, Any]:
    """The app's OpenAPI document (cached on the app like FastAPI's own)."""
    if app.openapi_schema is None:
        doc = get_openapi(
            title=app.title, version=app.version, openapi_version=app.openapi_version, summary=app.summary,
            description=app.description, terms_of_service=app.terms_of_service, contact=app.contact,
            license_info=app.license_info, routes=app.routes, webhooks=app.webhooks.routes, tags=app.openapi_tags,
            servers=app.servers, separate_input_output_schemas=app.separate_input_output_schemas,
        )
        app.openapi_schema = add_problem_responses(tidy_generic_names(doc))
    return app.openapi_schema


def install(app: FastAPI) -> None:
    app.openapi = lambda: build_openapi(app)  # type: ignore[method-assign]
