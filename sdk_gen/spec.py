"""Load an OpenAPI 3.x document and normalise it into what the SDK templates need.

The result (:class:`Api`) is language-neutral: operations grouped by tag, each with its
parameters, request body kind (JSON, multipart, raw bytes, text), response kind (JSON, SSE,
other) and whether it is paginated (``limit``/``offset`` query parameters); models from the
component schemas with their fields. Language targets add type names on top.
"""

from __future__ import annotations

import json
import re
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sdk_gen.naming import camel, pascal, py_ident, snake, ts_ident, unique

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"
# Names the generated code itself uses; a model with one of these names is renamed.
RESERVED_MODEL_NAMES = {
    "Any", "Literal", "Model", "Unset", "UNSET", "dataclass", "field", "ApiError", "HttpCore", "Page",
    "Paginator", "SseEvent", "EventStream", "Client", "LlmworksClient",
}


class SpecError(ValueError):
    """The document is not an OpenAPI 3 document this generator understands."""


@dataclass(kw_only=True)
class Field:
    """A named value: a model property, a parameter or a form field."""

    wire: str  # the name on the wire (JSON key, query/header name, form field)
    py: str  # its Python identifier
    ts: str  # its TypeScript identifier (or property key)
    schema: dict[str, Any]
    required: bool
    description: str = ""


@dataclass
class Model:
    key: str
    name: str
    schema: dict[str, Any]
    description: str = ""
    fields: list[Field] = field(default_factory=list)
    is_object: bool = True
    additional: bool = False  # explicit additionalProperties: extra keys are part of the model


@dataclass(kw_only=True)
class Param(Field):
    location: str  # path | query | header


@dataclass(kw_only=True)
class FormField(Field):
    is_file: bool


@dataclass
class Body:
    kind: str  # json | multipart | form | binary | text
    content_type: str
    schema: dict[str, Any]
    required: bool
    py: str = "body"
    ts: str = "body"
    fields: list[FormField] = field(default_factory=list)  # multipart / form only
    description: str = ""


@dataclass
class Response:
    kind: str  # json | sse | text | other | empty
    status: str
    schema: dict[str, Any] | None = None
    content_type: str = ""
    alternatives: list[str] = field(default_factory=list)  # kinds of every content type offered (json, sse, ...)


@dataclass
class Operation:
    op_id: str
    method: str
    path: str
    group: str
    py_name: str
    ts_name: str
    summary: str
    description: str
    params: list[Param]
    body: Body | None
    response: Response
    paginated: bool
    deprecated: bool = False

    @property
    def path_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "path"]

    @property
    def query_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "query"]

    @property
    def header_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "header"]

    @property
    def optional_params(self) -> list[Param]:
        return [p for p in self.params if p.location != "path" and not p.required]

    @property
    def required_kw_params(self) -> list[Param]:
        return [p for p in self.params if p.location != "path" and p.required]


@dataclass
class Group:
    tag: str
    py: str  # attribute on the Python client
    ts: str  # property on the TypeScript client
    class_name: str
    description: str = ""
    operations: list[Operation] = field(default_factory=list)


@dataclass
class Api:
    title: str
    version: str
    description: str
    openapi: str
    groups: list[Group]
    models: list[Model]
    model_names: dict[str, str]  # component key -> generated name

    @property
    def operations(self) -> list[Operation]:
        return [op for g in self.groups for op in g.operations]

    def operation(self, op_id: str) -> Operation | None:
        return next((op for op in self.operations if op.op_id == op_id), None)


# --------------------------------------------------------------------------- loading
def load_document(source: str, *, timeout: float = 120.0) -> dict[str, Any]:
    """Read an OpenAPI JSON document from a URL (http/https) or a file path."""
    if re.match(r"^https?://", source):
        req = urllib.request.Request(source, headers={"Accept": "application/json"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - http(s) only, checked above
            text = resp.read().decode("utf-8")
    else:
        text = Path(source).read_text(encoding="utf-8")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SpecError(f"{source} is not JSON: {exc}") from exc
    if not isinstance(doc, dict) or not str(doc.get("openapi", "")).startswith("3."):
        raise SpecError(f"{source} is not an OpenAPI 3 document (no 'openapi: 3.x' field)")
    return doc


def _resolve(doc: dict[str, Any], obj: Any) -> Any:
    """Follow a local ``$ref`` (parameters, request bodies, responses); schemas stay refs."""
    seen = 0
    while isinstance(obj, dict) and "$ref" in obj and not obj["$ref"].startswith(SCHEMA_REF):
        ref = obj["$ref"]
        if not ref.startswith("#/"):
            raise SpecError(f"only local $refs are supported, not {ref}")
        node: Any = doc
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        obj = node
        seen += 1
        if seen > 32:
            raise SpecError(f"$ref cycle at {ref}")
    return obj


def ref_key(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return ref[len(SCHEMA_REF):] if isinstance(ref, str) and ref.startswith(SCHEMA_REF) else None


def is_file_schema(schema: dict[str, Any]) -> bool:
    """A binary string (``format: binary`` or ``contentMediaType`` set), or an array of them."""
    if not isinstance(schema, dict):
        return False
    if schema.get("type") == "array":
        return is_file_schema(schema.get("items") or {})
    return schema.get("type") == "string" and (schema.get("format") == "binary" or "contentMediaType" in schema)


def _media_kind(content_type: str) -> str:
    ct = content_type.split(";")[0].strip().lower()
    if ct == "application/json" or ct.endswith("+json"):
        return "json"
    if ct == "multipart/form-data":
        return "multipart"
    if ct == "application/x-www-form-urlencoded":
        return "form"
    if ct == "text/event-stream":
        return "sse"
    if ct.startswith("text/") or ct in ("application/yaml", "application/x-yaml", "application/xml"):
        return "text"
    return "binary"


# --------------------------------------------------------------------------- models
def _model_names(schemas: dict[str, Any]) -> dict[str, str]:
    """Class names for component keys. FastAPI names clashing models by module path
    (``pkg__routers__prompts__RunIn``); those become ``PromptsRunIn``."""
    def base(key: str) -> str:
        return key.split("__")[-1] if "__" in key else key

    counts: dict[str, int] = {}
    for key in schemas:
        b = pascal(base(key)) if not base(key).isidentifier() else base(key)
        counts[b] = counts.get(b, 0) + 1
    names: dict[str, str] = {}
    used: set[str] = set()
    for key in schemas:
        parts = key.split("__")
        b = parts[-1] if parts[-1].isidentifier() else pascal(parts[-1])
        if counts[b] > 1 and len(parts) > 1:
            b = pascal(parts[-2]) + b
        if b in RESERVED_MODEL_NAMES:
            b += "Model"
        names[key] = unique(b, used, suffix="")
    return names


def _build_model(key: str, name: str, schema: dict[str, Any]) -> Model:
    is_object = (schema.get("type") == "object" or "properties" in schema) and not any(
        k in schema for k in ("anyOf", "oneOf", "allOf", "enum"))
    model = Model(key=key, name=name, schema=schema, description=(schema.get("description") or "").strip(),
                  is_object=is_object)
    if not is_object:
        return model
    required = set(schema.get("required") or [])
    used_py: set[str] = {"additional_properties"}
    used_ts: set[str] = set()
    for wire, prop in (schema.get("properties") or {}).items():
        prop = prop if isinstance(prop, dict) else {}
        model.fields.append(Field(
            wire=wire,
            py=unique(py_ident(wire), used_py),
            ts=unique(wire, used_ts),
            schema=prop,
            required=wire in required,
            description=(prop.get("description") or "").strip(),
        ))
    addl = schema.get("additionalProperties")
    model.additional = addl is True or isinstance(addl, dict)
    return model


# --------------------------------------------------------------------------- operations
def _pick_body(doc: dict[str, Any], raw: dict[str, Any] | None, used_py: set[str], used_ts: set[str]) -> Body | None:
    if not raw:
        return None
    raw = _resolve(doc, raw)
    content: dict[str, Any] = raw.get("content") or {}
    if not content:
        return None
    kinds = {ct: _media_kind(ct) for ct in content}
    order = ["json", "multipart", "form", "binary", "text"]
    ct = sorted(content, key=lambda c: order.index(kinds[c]) if kinds[c] in order else 99)[0]
    kind = kinds[ct]
    schema = (content[ct] or {}).get("schema") or {}
    body = Body(kind=kind, content_type=ct, schema=schema, required=bool(raw.get("required")),
                description=(raw.get("description") or "").strip())
    if kind in ("multipart", "form"):
        props = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        for wire, prop in props.items():
            prop = prop if isinstance(prop, dict) else {}
            body.fields.append(FormField(
                wire=wire,
                py=unique(py_ident(wire), used_py),
                ts=unique(ts_ident(wire), used_ts),
                schema=prop,
                required=wire in required,
                is_file=is_file_schema(prop),
                description=(prop.get("description") or "").strip(),
            ))
    else:
        name = "content" if kind in ("binary", "text") else "body"
        body.py = unique(name, used_py)
        body.ts = unique("body", used_ts)
    return body


def _pick_response(doc: dict[str, Any], responses: dict[str, Any]) -> Response:
    codes = sorted((c for c in responses if str(c).startswith("2")), key=str)
    if not codes and "default" in responses:
        codes = ["default"]
    for code in codes:
        resp = _resolve(doc, responses[code]) or {}
        content = resp.get("content") or {}
        if not content:
            continue
        kinds = {ct: _media_kind(ct) for ct in content}
        # JSON first: an operation that also offers SSE streams only when the body asks for it
        # (e.g. "stream": true); call it through client.sse() for that
        for want in ("json", "sse", "text", "binary"):
            for ct, kind in kinds.items():
                if kind == want:
                    schema = (content[ct] or {}).get("schema")
                    return Response(kind="other" if want == "binary" else want, status=str(code), schema=schema,
                                    content_type=ct, alternatives=sorted(set(kinds.values())))
    if codes and all(not (_resolve(doc, responses[c]) or {}).get("content") for c in codes) and codes[0] == "204":
        return Response(kind="empty", status="204")
    return Response(kind="other", status=str(codes[0]) if codes else "200")


def _is_page(doc: dict[str, Any], schema: dict[str, Any] | None) -> bool:
    """Whether an answer can be a ``{items, total, limit, offset}`` page: undeclared or free-form
    answers can, a declared model only when it has an ``items`` array."""
    seen = 0
    while isinstance(schema, dict) and (key := ref_key(schema)) is not None and seen < 32:
        schema = ((doc.get("components") or {}).get("schemas") or {}).get(key)
        seen += 1
    if not isinstance(schema, dict) or not schema.get("properties"):
        return True
    return (schema["properties"].get("items") or {}).get("type") == "array"


def _tag_prefixes(tag: str) -> list[str]:
    return [snake(tag) + "_", tag + "_"]


def build_api(doc: dict[str, Any]) -> Api:
    """Normalise ``doc`` into an :class:`Api` (raises :class:`SpecError` on what it cannot map)."""
    schemas: dict[str, Any] = (doc.get("components") or {}).get("schemas") or {}
    names = _model_names(schemas)
    models = [_build_model(key, names[key], sch if isinstance(sch, dict) else {}) for key, sch in schemas.items()]

    tag_docs = {t.get("name"): (t.get("description") or "").strip() for t in doc.get("tags") or [] if isinstance(t, dict)}
    groups: dict[str, Group] = {}
    op_ids: set[str] = set()
    reserved_attrs = {"login", "logout", "paginate", "sse", "download", "close", "set_token", "request", "http"}
    used_group_py: set[str] = set(reserved_attrs)
    used_group_ts: set[str] = {camel(a) for a in reserved_attrs}

    for path, item in (doc.get("paths") or {}).items():
        item = _resolve(doc, item) or {}
        shared_params = item.get("parameters") or []
        for method in HTTP_METHODS:
            raw = item.get(method)
            if not isinstance(raw, dict):
                continue
            op_id = raw.get("operationId") or snake(f"{method}_{path}")
            if op_id in op_ids:
                raise SpecError(f"operationId '{op_id}' is used twice; every operation needs a unique one")
            op_ids.add(op_id)
            tag = (raw.get("tags") or ["default"])[0]
            if tag not in groups:
                groups[tag] = Group(
                    tag=tag,
                    py=unique(snake(tag), used_group_py),
                    ts=unique(camel(tag), used_group_ts),
                    class_name=pascal(tag) + "Api",
                    description=tag_docs.get(tag, ""),
                )
            group = groups[tag]

            # parameters: path-level ones, overridden by operation-level ones (same name + location)
            merged: dict[tuple[str, str], dict[str, Any]] = {}
            for p in [*shared_params, *(raw.get("parameters") or [])]:
                p = _resolve(doc, p)
                merged[(p["name"], p["in"])] = p
            used_py: set[str] = {"self"}
            used_ts: set[str] = set()
            params: list[Param] = []
            # path params first, in the order they appear in the path
            in_path = re.findall(r"{([^}]+)}", path)
            ordered = sorted(merged.values(), key=lambda p: (p["in"] != "path", in_path.index(p["name"])
                                                            if p["in"] == "path" and p["name"] in in_path else 0))
            for p in ordered:
                if p["in"] == "cookie":
                    continue  # cookies are the HTTP client's business
                wire = p["name"]
                params.append(Param(
                    wire=wire,
                    py=unique(py_ident(wire), used_py),
                    ts=unique(ts_ident(wire), used_ts),
                    location=p["in"],
                    schema=p.get("schema") or {},
                    required=bool(p.get("required")) or p["in"] == "path",
                    description=(p.get("description") or (p.get("schema") or {}).get("description") or "").strip(),
                ))
            body = _pick_body(doc, raw.get("requestBody"), used_py, used_ts)

            name = op_id
            for prefix in _tag_prefixes(tag):
                if op_id.startswith(prefix) and len(op_id) > len(prefix):
                    name = op_id[len(prefix):]
                    break
            py_name = py_ident(snake(name))
            query_names = {p.wire for p in params if p.location == "query"}
            response = _pick_response(doc, raw.get("responses") or {})
            group.operations.append(Operation(
                op_id=op_id,
                method=method.upper(),
                path=path,
                group=group.py,
                py_name=py_name,
                ts_name=camel(name),
                summary=(raw.get("summary") or "").strip(),
                description=(raw.get("description") or "").strip(),
                params=params,
                body=body,
                response=response,
                paginated=method == "get" and {"limit", "offset"} <= query_names and _is_page(doc, response.schema),
                deprecated=bool(raw.get("deprecated")),
            ))

    # method names must be unique inside a group
    for g in groups.values():
        seen_py: set[str] = set()
        seen_ts: set[str] = set()
        for op in g.operations:
            op.py_name = unique(op.py_name, seen_py)
            op.ts_name = unique(op.ts_name, seen_ts)

    info = doc.get("info") or {}
    return Api(
        title=info.get("title") or "API",
        version=str(info.get("version") or "0"),
        description=(info.get("description") or "").strip(),
        openapi=str(doc.get("openapi")),
        groups=list(groups.values()),
        models=models,
        model_names=names,
    )
