"""The .NET SDK: C# 7.0 sources (netstandard2.0: HttpClient and a generated JSON reader/writer, no
NuGet package), one class per tag with an ``...Async`` method per operation, model classes from the
component schemas, a ``.csproj`` and a ``.nuspec``. The code compiles with Mono's ``mcs`` as well as
with the .NET SDK."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sdk_gen.naming import camel, pascal, unique
from sdk_gen.render import render_tree
from sdk_gen.spec import Api, Model, Operation, ref_key

CS_KEYWORDS = set("""abstract as base bool break byte case catch char checked class const continue decimal default
delegate do double else enum event explicit extern false finally fixed float for foreach goto if implicit in int
interface internal is lock long namespace new null object operator out override params private protected public
readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try typeof uint
ulong unchecked unsafe ushort using virtual void volatile while""".split())
# type names of the runtime (and of the client) a model must not take
RUNTIME_NAMES = {
    "Json", "JsonNameAttribute", "JsonName", "Model", "ApiException", "ApiProblem", "BadRequestException",
    "UnauthorizedException", "ForbiddenException", "NotFoundException", "ConflictException",
    "PayloadTooLargeException", "UnsupportedMediaTypeException", "InvalidRequestException", "RateLimitedException",
    "ServerException", "SseEvent", "SseStream", "FileUpload", "IPage", "RawPage", "Pager", "RequestSpec", "HttpCore",
    "Models", "System", "Task", "List", "Dictionary", "Object", "String",
}
# members of the Model base class (and of object) a property must not take
MODEL_MEMBERS = {"AdditionalProperties", "ReadJson", "ToJson", "Get", "GetType", "ToString", "Equals", "GetHashCode",
                 "MemberwiseClone", "Finalize"}
VALUE_TYPES = {"long", "double", "bool", "int"}


def xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def summary(text: str, indent: int) -> str:
    """A /// <summary> block for ``text``."""
    pad = " " * indent
    lines = [xml(line.rstrip()) for line in text.strip().splitlines()] or [""]
    return "\n".join([f"{pad}/// <summary>", *[f"{pad}/// {line}".rstrip() for line in lines], f"{pad}/// </summary>"])


def q(text: str) -> str:
    """A C# string literal (JSON escapes are valid C# escapes for what we emit)."""
    return json.dumps(text, ensure_ascii=True)


def cs_ident(name: str) -> str:
    return "@" + name if name in CS_KEYWORDS else name


class Types:
    """JSON Schema → C# type names. Models are classes (reference types); integers, numbers and
    booleans are ``long``/``double``/``bool`` (nullable where a value may be absent)."""

    def __init__(self, api: Api, names: dict[str, str], prefix: str):
        self.models = {m.key: m for m in api.models}
        self.names = names
        self.prefix = prefix

    def of(self, schema: Any, *, nullable: bool = True, file_as: str = "byte[]", depth: int = 0) -> str:
        def again(s: Any, nullable: bool = nullable) -> str:
            return self.of(s, nullable=nullable, file_as=file_as, depth=depth + 1)

        if not isinstance(schema, dict) or not schema or depth > 20:
            return "object"
        key = ref_key(schema)
        if key is not None:
            model = self.models.get(key)
            if model is None:
                return "object"
            if model.is_object:
                return self.prefix + self.names[key]
            return again(model.schema)  # an alias (enum, union...): its underlying type
        for union in ("anyOf", "oneOf"):
            if isinstance(schema.get(union), list):
                members = [m for m in schema[union] if isinstance(m, dict) and m.get("type") != "null"]
                return again(members[0]) if len(members) == 1 else "object"
        if isinstance(schema.get("type"), list):
            types = [t for t in schema["type"] if t != "null"]
            return again({**schema, "type": types[0]}) if len(types) == 1 else "object"
        if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
            return again(schema["allOf"][0])
        if "const" in schema:
            return "string" if isinstance(schema["const"], str) else "object"
        t = schema.get("type")
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            values = schema["enum"]
            if all(isinstance(v, str) for v in values):
                return "string"
            if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
                t = "integer"
        if t == "string":
            return file_as if schema.get("format") == "binary" or "contentMediaType" in schema else "string"
        simple = {"integer": "long", "number": "double", "boolean": "bool"}
        if t in simple:
            return simple[t] + ("?" if nullable else "")
        if t == "array":
            items = schema.get("items")
            nullable_items = isinstance(items, dict) and (items.get("nullable") is True or any(
                isinstance(m, dict) and m.get("type") == "null" for m in items.get("anyOf") or []))
            return f"global::System.Collections.Generic.List<{again(items, nullable_items)}>"
        if t == "object" or "properties" in schema or "additionalProperties" in schema:
            addl = schema.get("additionalProperties")
            if isinstance(addl, dict) and addl and not schema.get("properties"):
                return f"global::System.Collections.Generic.Dictionary<string, {again(addl, True)}>"
            return "global::System.Collections.Generic.Dictionary<string, object>"
        return "object"


@dataclass
class CsProperty:
    wire: str
    name: str
    type: str
    doc: str


@dataclass
class CsModel:
    model: Model
    name: str
    properties: list[CsProperty]
    page_item: str | None  # the item type when the model is a {items, total, ...} page
    doc: str


@dataclass
class CsParam:
    name: str
    type: str
    default: bool  # optional (= null)


@dataclass
class CsOperation:
    op: Operation
    name: str
    params: list[CsParam]
    return_type: str  # the T of Task<T>, or "" for Task
    fill: list[str]  # statements that fill `spec`
    call: str  # the expression returned
    doc: str
    stream_name: str | None  # a ...StreamAsync variant (JSON or SSE answers)
    pager: dict[str, Any] | None


def _model_names(api: Api) -> dict[str, str]:
    used: set[str] = set()
    out: dict[str, str] = {}
    for m in api.models:
        name = m.name if m.name not in RUNTIME_NAMES else m.name + "Model"
        out[m.key] = unique(name, used, suffix="")
    return out


def _model(m: Model, name: str, types: Types) -> CsModel:
    used = set(MODEL_MEMBERS) | {name}
    props: list[CsProperty] = []
    for f in m.fields:
        pname = unique(pascal(f.wire), used, suffix="Value")
        t = types.of(f.schema)
        doc = f.description or f.wire
        values = f.schema.get("enum") if isinstance(f.schema, dict) else None
        if isinstance(values, list) and values:
            doc += "\nOne of: " + ", ".join(str(v) for v in values) + "."
        if f.required:
            doc += "\nRequired."
        props.append(CsProperty(wire=f.wire, name=pname, type=t, doc=doc))
    page_item = None
    by_wire = {p.wire: p for p in props}
    items = by_wire.get("items")
    total = by_wire.get("total")
    prefix = "global::System.Collections.Generic.List<"
    if items and total and items.name == "Items" and total.name == "Total" and total.type == "long?" \
            and items.type.startswith(prefix):
        page_item = items.type[len(prefix):-1]
    doc = (m.description or m.name) + (f"\n\nSchema {m.key}." if m.key != m.name else "")
    return CsModel(model=m, name=name, properties=props, page_item=page_item, doc=doc)


def _operation(op: Operation, types: Types, models: dict[str, CsModel], method_names: set[str]) -> CsOperation:
    used: set[str] = {"cancellationToken", "spec", "pageSize", "maxItems"}
    required: list[CsParam] = []
    optional: list[CsParam] = []
    fill: list[str] = []

    def param(wire_name: str, schema: Any, is_required: bool, *, file_as: str = "byte[]") -> str:
        name = cs_ident(unique(camel(wire_name), used))
        t = types.of(schema, nullable=not is_required, file_as=file_as)
        (required if is_required else optional).append(CsParam(name=name, type=t, default=not is_required))
        return name

    for p in op.path_params:
        fill.append(f"spec.PathParams[{q(p.wire)}] = {param(p.wire, p.schema, True)};")
    for p in [*op.query_params, *op.header_params]:
        name = param(p.wire, p.schema, p.required)
        fill.append(f"spec.{'AddQuery' if p.location == 'query' else 'Headers.Add'}({q(p.wire)}, {name});")
    b = op.body
    if b is not None and b.kind in ("multipart", "form"):
        for f in b.fields:
            name = param(f.wire, f.schema, f.required, file_as="FileUpload")
            fill.append(f"spec.AddForm({q(f.wire)}, {name});")
        fill.append("spec.IsForm = true;")
    elif b is not None and b.kind == "json":
        name = param("body", b.schema, b.required)
        fill.append(f"spec.JsonBody = {name};" + ("" if b.required else f" spec.HasJson = {name} != null;"))
        if b.required:
            fill.append("spec.HasJson = true;")
    elif b is not None and b.kind == "binary":
        name = param("content", {"type": "string", "format": "binary"}, b.required, file_as="FileUpload")
        fill += [f"spec.Content = {name};", f"spec.ContentType = {q(b.content_type)};"]
    elif b is not None:
        name = param("content", {"type": "string"}, b.required)
        fill += [f"spec.Text = {name};", f"spec.ContentType = {q(b.content_type)};"]

    r = op.response
    if r.kind == "sse":
        ret, call = "SseStream", "_http.SseAsync(spec, cancellationToken)"
    elif r.kind == "empty":
        ret, call = "", "_http.RequestEmptyAsync(spec, cancellationToken)"
    elif r.kind == "text":
        ret, call = "string", "_http.RequestTextAsync(spec, cancellationToken)"
    elif r.kind == "json":
        ret = types.of(r.schema)
        call = f"_http.RequestAsync<{ret}>(spec, cancellationToken)"
    else:
        ret, call = "byte[]", "_http.RequestBytesAsync(spec, cancellationToken)"

    name = unique(pascal(op.py_name) + "Async", method_names, suffix="_")
    stream_name = None
    if r.kind == "json" and op.body is not None and op.body.kind == "json" and _offers_sse(op):
        stream_name = unique(pascal(op.py_name) + "StreamAsync", method_names, suffix="_")

    pager = None
    if op.paginated:
        key = ref_key(r.schema or {})
        page_model = models.get(key) if key else None
        item = page_model.page_item if page_model is not None else None
        pager_name = unique(pascal(op.py_name) + "Pager", method_names, suffix="_")
        args = [p.name if p.name not in ("limit", "offset") else f"{p.name}: {'l' if p.name == 'limit' else 'o'}"
                for p in [*required, *optional]]
        # named arguments after positional ones are fine in C# 7.0 only at the end: name them all
        args = [f"{a}: {a}" if ":" not in a else a for a in args] + ["cancellationToken: cancellationToken"]
        pager = {
            "name": pager_name,
            "item": item or "object",
            "params": [p for p in [*required, *optional] if p.name not in ("limit", "offset")],
            "fetch": (f"async (l, o) => (IPage<{item}>)await {name}({', '.join(args)}).ConfigureAwait(false)" if item
                      else f"async (l, o) => (IPage<object>)RawPage.From(await {name}({', '.join(args)}).ConfigureAwait(false))"),
        }

    doc = op.summary or op.op_id
    if op.description:
        doc += "\n\n" + op.description
    doc += f"\n\n{op.method} {op.path} (operation {op.op_id})."
    if op.deprecated:
        doc += "\nDeprecated: the server marks this operation deprecated."
    return CsOperation(op=op, name=name, params=[*required, *optional], return_type=ret, fill=fill, call=call,
                       doc=doc, stream_name=stream_name, pager=pager)


def _offers_sse(op: Operation) -> bool:
    return bool(getattr(op.response, "alternatives", None)) and "sse" in op.response.alternatives


def signature(params: list[CsParam], *, extra: tuple[str, ...] = ()) -> str:
    parts = [f"{p.type} {p.name}" + (" = null" if p.default else "") for p in params]
    parts += list(extra)
    parts.append("CancellationToken cancellationToken = default(CancellationToken)")
    return ", ".join(parts)


def generate(api: Api, out: Path, *, namespace: str = "Llmworks.Client", package_id: str | None = None) -> list[Path]:
    """Write the .NET SDK into ``out`` (``<Namespace>.csproj``, ``.nuspec``, ``README.md``, ``src/*.cs``)."""
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*(\.[A-Z][A-Za-z0-9]*)*", namespace):
        raise ValueError(f"{namespace!r} is not a C# namespace like 'Llmworks.Client'")
    names = _model_names(api)
    model_types = Types(api, names, prefix="")
    models = {m.key: _model(m, names[m.key], model_types) for m in api.models if m.is_object}
    types = Types(api, names, prefix="M.")
    # page item types in the client file need the M. prefix
    client_models = {k: CsModel(model=v.model, name=v.name, properties=v.properties,
                                page_item=_prefixed(v.page_item, set(names.values())), doc=v.doc)
                     for k, v in models.items()}
    groups = []
    used_groups: set[str] = {"Http", "Token", "LoginAsync", "RequestAsync", "SseAsync", "DownloadAsync", "Dispose",
                             pascal(api.title) + "Client"}
    for g in api.groups:
        method_names: set[str] = set()
        ops = [_operation(op, types, client_models, method_names) for op in g.operations]
        groups.append({"group": g, "prop": unique(pascal(g.py), used_groups, suffix="Api"),
                       "class_name": pascal(g.py) + "Api", "ops": ops})
    client_class = pascal(api.title) + "Client"
    login = _login(api, groups, models, names)
    context = {
        "api": api,
        "namespace": namespace,
        "package_id": package_id or namespace,
        "version": api.version,
        "models": list(models.values()),
        "groups": groups,
        "client_class": client_class,
        "login": login,
        "summary": summary,
        "signature": signature,
        "xml": xml,
        "q": q,
        "operation_count": len(api.operations),
    }
    files = {
        f"{namespace}.csproj": "csharp/project.csproj.j2",
        f"{namespace}.nuspec": "csharp/package.nuspec.j2",
        "README.md": "csharp/README.md.j2",
        "src/Runtime.cs": "csharp/Runtime.cs.j2",
        "src/Models.cs": "csharp/Models.cs.j2",
        "src/Client.cs": "csharp/Client.cs.j2",
    }
    return render_tree(files, out, context)


def _prefixed(item: str | None, model_names: set[str]) -> str | None:
    if item is None:
        return None
    return re.sub(r"(?<![\w.:])([A-Za-z_]\w*)", lambda m: "M." + m[1] if m[1] in model_names else m[1], item)


def _login(api: Api, groups: list[dict[str, Any]], models: dict[str, CsModel], names: dict[str, str]) -> dict[str, str] | None:
    """What the convenience LoginAsync(username, password) calls, when the schema allows it."""
    op = api.operation("auth_login")
    if op is None or op.body is None or op.body.kind != "json":
        return None
    body_key, ret_key = ref_key(op.body.schema), ref_key(op.response.schema or {})
    body, ret = models.get(body_key or ""), models.get(ret_key or "")
    if body is None or ret is None:
        return None
    bprops = {p.wire: p.name for p in body.properties}
    rprops = {p.wire: p.name for p in ret.properties}
    if not {"username", "password"} <= set(bprops) or "token" not in rprops:
        return None
    group = next(g for g in groups if g["group"].py == op.group)
    method = next(o for o in group["ops"] if o.op.op_id == op.op_id)
    return {"group": group["prop"], "method": method.name, "body": "M." + body.name, "ret": "M." + ret.name,
            "username": bprops["username"], "password": bprops["password"], "token": rprops["token"]}
