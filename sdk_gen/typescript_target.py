"""The TypeScript SDK: an ES module over `fetch`, one class per tag, interfaces from the schemas."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sdk_gen.naming import pascal, ts_prop
from sdk_gen.render import render_tree
from sdk_gen.spec import Api, Field, Operation
from sdk_gen.types_map import Namer, is_nullable, ts_type

TYPESCRIPT_VERSION = "7.0.2"


@dataclass
class TsOperation:
    op: Operation
    args_type: str | None  # the type literal of the single `args` parameter, None when there is none
    args_optional: bool
    return_type: str
    call: str
    doc: str


def jsdoc(text: str, indent: int) -> str:
    """A /** ... */ comment of ``text`` for a block indented by ``indent`` spaces."""
    lines = [line.rstrip().replace("*/", "*\\/") for line in text.strip().splitlines()]
    pad = " " * indent
    if not lines:
        return ""
    if len(lines) == 1:
        return f"/** {lines[0]} */"
    return "/**\n" + "\n".join(f"{pad} * {line}".rstrip() for line in lines) + f"\n{pad} */"


def _q(text: str) -> str:
    return json.dumps(text)


def _args_type(op: Operation, name_of: Namer) -> tuple[str | None, bool]:
    """The type literal of the single ``args`` parameter (None when the operation takes nothing)
    and whether ``args`` may be left out (nothing in it is required)."""
    members: list[str] = []
    required = False
    for p in op.params:
        t = ts_type(p.schema, name_of)
        if not p.required and not is_nullable(p.schema) and t != "unknown":
            t += " | null"  # null and undefined both mean "not sent"
        members.append(f"{ts_prop(p.ts)}{'' if p.required else '?'}: {t}")
        required = required or p.required
    b = op.body
    if b is not None and b.kind in ("multipart", "form"):
        for f in b.fields:
            members.append(f"{ts_prop(f.ts)}{'' if f.required else '?'}: {ts_type(f.schema, name_of, file_as='Blob')}")
            required = required or f.required
    elif b is not None:
        t = ts_type(b.schema, name_of) if b.kind == "json" else ("BinaryInput" if b.kind == "binary" else "string")
        members.append(f"{ts_prop(b.ts)}{'' if b.required else '?'}: {t}")
        required = required or b.required
    return ("{ " + "; ".join(members) + " }" if members else None), not required


def _call(op: Operation, ret: str) -> str:
    """The body of the arrow function: one call into the runtime's HttpCore."""
    def acc(ident: str) -> str:
        return f"args.{ident}" if ident.isidentifier() else f"args[{_q(ident)}]"

    def mapping(items: list[tuple[str, str]]) -> str:
        return "{ " + ", ".join(f"{_q(wire)}: {acc(ident)}" for wire, ident in items) + " }"

    spec = [f"method: {_q(op.method)}", f"path: {_q(op.path)}"]
    for key, params in (("pathParams", op.path_params), ("query", op.query_params), ("headers", op.header_params)):
        if params:
            spec.append(f"{key}: {mapping([(p.wire, p.ts) for p in params])}")
    b = op.body
    if b is not None and b.kind in ("multipart", "form"):
        spec.append(f"form: {mapping([(f.wire, f.ts) for f in b.fields])}")
    elif b is not None and b.kind == "json":
        spec.append(f"json: {acc(b.ts)}")
    elif b is not None:
        spec += [f"body: {acc(b.ts)}", f"contentType: {_q(b.content_type)}"]
    if op.response.kind != "sse":
        spec.append(f"expect: {_q({'json': 'json', 'text': 'text', 'empty': 'empty'}.get(op.response.kind, 'any'))}")
    body = "{\n" + "".join(f"      {s},\n" for s in spec) + "    }"
    return f"this.#http.sse({body})" if op.response.kind == "sse" else f"this.#http.request<{ret}>({body})"


def _doc(op: Operation, group_ts: str) -> str:
    doc = [op.summary or op.op_id]
    if op.description:
        doc += ["", op.description]
    doc += ["", f"`{op.method} {op.path}` (operation `{op.op_id}`)."]
    if op.paginated:
        doc.append(f"Paginated: `client.paginate(client.{group_ts}.{op.ts_name}, {{}})` walks every page.")
    if op.response.kind == "sse":
        doc.append("Resolves to an open SseStream: `for await (const ev of stream)`; `stream.close()` hangs up.")
    if op.deprecated:
        doc += ["", "@deprecated the server marks this operation deprecated."]
    doc += [f"@param args.{p.ts} {p.description.splitlines()[0]}" for p in op.params if p.description]
    return jsdoc("\n".join(doc), 2)


def _operation(op: Operation, group_ts: str, name_of: Namer) -> TsOperation:
    r = op.response
    ret = {"sse": "SseStream", "empty": "void", "text": "string"}.get(r.kind) or (
        ts_type(r.schema, name_of) if r.kind == "json" else "unknown")
    args_type, optional = _args_type(op, name_of)
    return TsOperation(op=op, args_type=args_type, args_optional=optional, return_type=ret, call=_call(op, ret),
                       doc=_doc(op, group_ts))


def _field_line(f: Field, name_of: Namer) -> str:
    t = ts_type(f.schema, name_of)
    return f"{ts_prop(f.ts)}{'' if f.required else '?'}: {t};"


def generate(api: Api, out: Path, *, package: str = "llmworks-client") -> list[Path]:
    """Write the TypeScript SDK into ``out`` (``package.json``, ``tsconfig.json``, ``src/*.ts``)."""
    def name_of(key: str) -> str:
        return "models." + api.model_names[key]

    def model_name(key: str) -> str:
        return api.model_names[key]

    ops = {op.op_id: _operation(op, g.ts, name_of) for g in api.groups for op in g.operations}
    login = api.operation("auth_login")
    if login is not None:
        ret = ops[login.op_id].return_type
        fields = {f.wire for m in api.models if "models." + m.name == ret for f in m.fields}
        if not ret.startswith("Record<") and "token" not in fields:
            login = None  # the convenience login() needs the token from the answer
    client_class = pascal(api.title) + "Client"
    context = {
        "api": api,
        "package": package,
        "groups": api.groups,
        "ops": ops,
        "object_models": [m for m in api.models if m.is_object],
        "alias_models": [(m, ts_type(m.schema, model_name)) for m in api.models if not m.is_object],
        "field_line": lambda f: _field_line(f, model_name),
        "jsdoc": jsdoc,
        "login": login,
        "client_class": client_class,
        "paginated": [op for op in api.operations if op.paginated],
        "typescript_version": TYPESCRIPT_VERSION,
    }
    files = {
        "package.json": "typescript/package.json.j2",
        "tsconfig.json": "typescript/tsconfig.json.j2",
        "src/runtime.ts": "typescript/runtime.ts.j2",
        "src/models.ts": "typescript/models.ts.j2",
        "src/client.ts": "typescript/client.ts.j2",
        "src/index.ts": "typescript/index.ts.j2",
        "README.md": "typescript/README.md.j2",
    }
    return render_tree(files, out, context)
