"""The Python SDK: a package with an httpx client, one class per tag, dataclass models."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from sdk_gen.render import render_tree
from sdk_gen.spec import Api, Field, FormField, Model, Operation, ref_key
from sdk_gen.types_map import Namer, py_type

FILE_INPUT = "FileInput"


@dataclass
class PyOperation:
    op: Operation
    signature: str
    return_type: str
    call: str
    doc: str


def q(text: str) -> str:
    """A double-quoted Python string literal."""
    return json.dumps(text)


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip().splitlines()]


def _doc_lines(text: str) -> list[str]:
    """Lines of ``text`` safe inside a triple-quoted string."""
    return [line.replace("\\", "\\\\").replace('"""', "'''") for line in _lines(text)]


def docstring(text: str, indent: int) -> str:
    """A triple-quoted docstring of ``text`` for a block indented by ``indent`` spaces."""
    lines = _doc_lines(text)
    if len(lines) <= 1:
        one = lines[0] if lines else ""
        return '"""' + one + (' """' if one.endswith('"') else '"""')
    pad = " " * indent
    return '"""' + lines[0] + "\n" + "\n".join(pad + line if line else "" for line in lines[1:]) + "\n" + pad + '"""'


def _optional(t: str) -> str:
    return t if t == "Any" or t.endswith("| None") or "None |" in t or t == "None" else f"{t} | None"


def _body_type(op: Operation, name_of: Namer) -> str:
    assert op.body is not None
    if op.body.kind == "json":
        t = py_type(op.body.schema, name_of)
        if ref_key(op.body.schema) is not None:
            t += " | dict[str, Any]"
        return t
    if op.body.kind == "binary":
        return FILE_INPUT
    return "str | bytes"


def _uses_model(t: str, model_names: set[str]) -> bool:
    return any(tok in model_names for tok in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", t))


def _return_type(op: Operation, name_of: Namer) -> str:
    r = op.response
    if r.kind == "sse":
        return "EventStream"
    if r.kind == "empty":
        return "None"
    if r.kind == "text":
        return "str"
    if r.kind == "json":
        return py_type(r.schema, name_of)
    return "Any"


def _form_fields(op: Operation) -> list[FormField]:
    return op.body.fields if op.body is not None and op.body.kind in ("multipart", "form") else []


def _signature(op: Operation, ret: str, name_of: Namer) -> str:
    """Path parameters and the body positionally, everything else keyword-only."""
    args: list[str] = ["self"]
    args += [f"{p.py}: {py_type(p.schema, name_of)}" for p in op.path_params]
    if op.body is not None and op.body.kind not in ("multipart", "form"):
        bt = _body_type(op, name_of)
        args.append(f"{op.body.py}: {bt}" if op.body.required else f"{op.body.py}: {_optional(bt)} = None")
    form = _form_fields(op)
    kw = [f"{p.py}: {py_type(p.schema, name_of)}" for p in op.required_kw_params]
    kw += [f"{f.py}: {py_type(f.schema, name_of, file_as=FILE_INPUT)}" for f in form if f.required]
    kw += [f"{p.py}: {_optional(py_type(p.schema, name_of))} = None" for p in op.optional_params]
    kw += [f"{f.py}: {_optional(py_type(f.schema, name_of, file_as=FILE_INPUT))} = None" for f in form if not f.required]
    if kw:
        args += ["*", *kw]
    one_line = f"def {op.py_name}(" + ", ".join(args) + f") -> {ret}:"
    if len(one_line) <= 110:
        return one_line
    return f"def {op.py_name}(\n" + "".join(f"        {a},\n" for a in args) + f"    ) -> {ret}:"


def _call(op: Operation, ret: str, model_names: set[str]) -> str:
    """The body of the method: one call into the runtime's HttpCore."""
    def mapping(items: list[tuple[str, str]]) -> str:
        return "{" + ", ".join(f"{q(wire)}: {ident}" for wire, ident in items) + "}"

    args = [q(op.method), q(op.path)]
    for keyword, params in (("path_params", op.path_params), ("query", op.query_params), ("headers", op.header_params)):
        if params:
            args.append(f"{keyword}={mapping([(p.wire, p.py) for p in params])}")
    b = op.body
    if b is not None and b.kind == "json":
        args.append(f"json={b.py}" if b.required else f"json=UNSET if {b.py} is None else {b.py}")
    elif b is not None and b.kind in ("binary", "text"):
        args += [f"{'content' if b.kind == 'binary' else 'text'}={b.py}", f"content_type={q(b.content_type)}"]
    elif b is not None:
        args.append(f"files={mapping([(f.wire, f.py) for f in b.fields if f.is_file])}")
        args.append(f"data={mapping([(f.wire, f.py) for f in b.fields if not f.is_file])}")

    if op.response.kind == "sse":
        fn = "sse"
    else:
        fn = "request"
        args.append(f"expect={q({'json': 'json', 'text': 'text', 'empty': 'empty'}.get(op.response.kind, 'any'))}")
        if op.response.kind == "json" and _uses_model(ret, model_names):
            args.append(f"into={ret}")
    invoke = f"self._http.{fn}(\n" + "".join(f"            {a},\n" for a in args) + "        )"
    if ret == "None":
        return f"{invoke}\n        return None"
    if ret in ("Any", "EventStream"):
        return f"return {invoke}"
    return f"return cast({q(ret)}, {invoke})"


def _doc(op: Operation) -> str:
    doc = _lines(op.summary or op.op_id)
    if op.description:
        doc += [""] + _lines(op.description)
    doc += ["", f"``{op.method} {op.path}`` (operation ``{op.op_id}``)."]
    if op.paginated:
        doc += [f"Paginated: ``client.paginate(client.{op.group}.{op.py_name}, ...)`` walks every page."]
    if op.response.kind == "sse":
        doc += ["Returns an open :class:`EventStream` of :class:`SseEvent` (close it, or use ``with``)."]
    if op.deprecated:
        doc += ["", ".. deprecated:: the server marks this operation deprecated."]
    upload = "a path (streamed from disk), an open binary file, or bytes"
    params_doc = [(p.py, p.description) for p in op.params if p.description]
    for f in _form_fields(op):
        text = f"{f.description} ({upload})" if f.is_file and f.description else (upload if f.is_file else f.description)
        if text:
            params_doc.append((f.py, text))
    if op.body is not None and op.body.kind == "binary":
        params_doc.append((op.body.py, upload))
    if params_doc:
        doc.append("")
        doc += [f":param {name}: {' '.join(_lines(text))}" for name, text in params_doc]
    return docstring("\n".join(doc), 8)


def _operation(op: Operation, name_of: Namer, model_names: set[str]) -> PyOperation:
    ret = _return_type(op, name_of)
    return PyOperation(op=op, signature=_signature(op, ret, name_of), return_type=ret,
                       call=_call(op, ret, model_names), doc=_doc(op))


def _isort(names: set[str]) -> list[str]:
    """isort's order-by-type: CONSTANTS, then Classes, then functions."""
    return sorted(names, key=lambda n: (0 if n.isupper() else 1 if n[:1].isupper() else 2, n))


def _field_line(f: Field, name_of: Namer) -> str:
    t = py_type(f.schema, name_of)
    meta = f'metadata={{"json": {q(f.wire)}}}'
    if f.required:
        return f"{f.py}: {t} = field({meta})"
    if t != "Any":
        t = f"{t} | Unset"
    return f"{f.py}: {t} = field(default=UNSET, {meta})"


def _alias_order(models: list[Model], name_of: Namer) -> list[tuple[Model, str]]:
    """Non-object component schemas as type aliases, each after the aliases it uses (a cycle
    of aliases is emitted as found)."""
    aliases = {m.name: (m, py_type(m.schema, name_of)) for m in models if not m.is_object}
    done: list[tuple[Model, str]] = []
    visited: set[str] = set()

    def visit(name: str) -> None:
        if name in visited:
            return
        visited.add(name)
        model, expr = aliases[name]
        for tok in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", expr):
            if tok in aliases:
                visit(tok)
        done.append((model, expr))

    for name in aliases:
        visit(name)
    return done


def generate(api: Api, out: Path, *, package: str = "llmworks_client", dist_name: str | None = None) -> list[Path]:
    """Write the Python SDK into ``out`` (``out/<package>/...`` plus ``pyproject.toml``)."""
    def name_of(key: str) -> str:
        return api.model_names[key]

    model_names = set(api.model_names.values())
    ops = {op.op_id: _operation(op, name_of, model_names) for op in api.operations}
    code = " ".join(p.signature + p.call for p in ops.values())
    tokens = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", code))
    used_models = sorted(tokens & model_names)
    typing_names = _isort({"Any"} | {n for n in ("Literal", "cast") if n in tokens})
    runtime_names = _isort({"UNSET", "EventStream", "FileInput", "HttpCore", "Paginator"})
    login = api.operation("auth_login")
    login_token = ""
    if login is not None:
        ret = ops[login.op_id].return_type
        fields = {f.wire for m in api.models if m.name == ret for f in m.fields}
        if ret.startswith("dict["):
            login_token = 'answer["token"]'
        elif "token" in fields:
            login_token = "answer.token"
        else:
            login = None  # the convenience login() needs the token from the answer
    context = {
        "api": api,
        "package": package,
        "dist_name": dist_name or package.replace("_", "-"),
        "groups": api.groups,
        "ops": ops,
        "object_models": [m for m in api.models if m.is_object],
        "aliases": _alias_order(api.models, name_of),
        "field_line": lambda f: _field_line(f, name_of),
        "doc_lines": _doc_lines,
        "docstring": docstring,
        "login": login,
        "login_token": login_token,
        "login_return": ops[login.op_id].return_type if login is not None else "",
        "used_models": used_models,
        "typing_names": typing_names,
        "runtime_names": runtime_names,
        "paginated": [op for op in api.operations if op.paginated],
        "sse_ops": [op for op in api.operations if op.response.kind == "sse"],
        "upload_ops": [op for op in api.operations if op.body is not None and op.body.kind in ("multipart", "binary")],
    }
    files = {
        f"{package}/__init__.py": "python/__init__.py.j2",
        f"{package}/_runtime.py": "python/_runtime.py.j2",
        f"{package}/errors.py": "python/errors.py.j2",
        f"{package}/models.py": "python/models.py.j2",
        f"{package}/client.py": "python/client.py.j2",
        f"{package}/py.typed": None,
        "pyproject.toml": "python/pyproject.toml.j2",
        "README.md": "python/README.md.j2",
    }
    return render_tree(files, out, context)
