"""JSON Schema → Python and TypeScript type expressions (the subset OpenAPI 3.0/3.1 documents use).

One walk over the schema (refs, unions, nullability, enums, arrays, maps); a small dialect per
language spells the result.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sdk_gen.naming import ts_prop
from sdk_gen.spec import ref_key

Namer = Callable[[str], str]  # component key -> type name


def _members(schema: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The alternatives of a union schema (anyOf/oneOf, a type list), or None."""
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            return [m if isinstance(m, dict) else {} for m in schema[key]]
    if isinstance(schema.get("type"), list):
        rest = {k: v for k, v in schema.items() if k != "type"}
        return [{**rest, "type": t} for t in schema["type"]]
    return None


def is_nullable(schema: dict[str, Any]) -> bool:
    if schema.get("nullable") is True or schema.get("type") == "null":
        return True
    members = _members(schema)
    return bool(members) and any(is_nullable(m) for m in members)


def _literal_values(schema: dict[str, Any]) -> list[Any] | None:
    values = schema.get("enum")
    if isinstance(values, list) and values and all(isinstance(v, str | int) and not isinstance(v, bool) for v in values):
        return values
    return None


class Dialect:
    """How one language spells the types the walk finds (this base spells Python)."""

    any = "Any"
    null = "None"
    string = "str"
    integer = "int"
    number = "float"
    boolean = "bool"
    file = "bytes"

    def literal(self, values: list[Any]) -> str:
        return "Literal[" + ", ".join(json.dumps(v) for v in values) + "]"

    def array(self, inner: str) -> str:
        return f"list[{inner}]"

    def mapping(self, inner: str) -> str:
        return f"dict[str, {inner}]"

    def inline_object(self, schema: dict[str, Any], render: Callable[[Any], str]) -> str:
        return self.mapping(self.any)


class TypeScriptDialect(Dialect):
    any = "unknown"
    null = "null"
    string = "string"
    integer = "number"
    number = "number"
    boolean = "boolean"
    file = "Blob"

    def literal(self, values: list[Any]) -> str:
        return " | ".join(json.dumps(v) for v in values)

    def array(self, inner: str) -> str:
        return f"Array<{inner}>"

    def mapping(self, inner: str) -> str:
        return f"Record<string, {inner}>"

    def inline_object(self, schema: dict[str, Any], render: Callable[[Any], str]) -> str:
        """An object with named properties: a type literal."""
        required = set(schema.get("required") or [])
        members = [f"{ts_prop(k)}{'' if k in required else '?'}: {render(v)}" for k, v in schema["properties"].items()]
        addl = schema.get("additionalProperties")
        if addl is True or isinstance(addl, dict):
            members.append("[key: string]: unknown")
        return "{ " + "; ".join(members) + " }"


def render_type(schema: dict[str, Any] | None, name_of: Namer, dialect: Dialect, *, file_as: str | None = None) -> str:
    """The type of ``schema`` in ``dialect``; ``file_as`` replaces binary strings (uploads)."""
    def again(s: Any) -> str:
        return render_type(s, name_of, dialect, file_as=file_as)

    if not isinstance(schema, dict) or not schema:
        return dialect.any
    key = ref_key(schema)
    if key is not None:
        return name_of(key)
    members = _members(schema)
    if members is not None:
        parts = [again(m) for m in members]
        if dialect.any in parts:
            return dialect.any
        if schema.get("nullable") is True:
            parts.append(dialect.null)
        return " | ".join(dict.fromkeys(parts))
    if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
        return again(schema["allOf"][0])
    if "const" in schema:
        const = schema["const"]
        return dialect.literal([const]) if isinstance(const, str | int) and not isinstance(const, bool) else dialect.any
    base = _base(schema, dialect, again, file_as)
    return f"{base} | {dialect.null}" if schema.get("nullable") is True and base not in (dialect.any, dialect.null) else base


def _base(schema: dict[str, Any], dialect: Dialect, again: Callable[[Any], str], file_as: str | None) -> str:
    t = schema.get("type")
    values = _literal_values(schema)
    if values is not None:
        return dialect.literal(values)
    if t == "string":
        binary = schema.get("format") == "binary" or "contentMediaType" in schema
        return (file_as or dialect.file) if binary else dialect.string
    simple = {"integer": dialect.integer, "number": dialect.number, "boolean": dialect.boolean, "null": dialect.null}
    if t in simple:
        return simple[t]
    if t == "array":
        return dialect.array(again(schema.get("items")))
    if t == "object" or "properties" in schema or "additionalProperties" in schema:
        if schema.get("properties"):
            return dialect.inline_object(schema, again)
        addl = schema.get("additionalProperties")
        return dialect.mapping(again(addl) if isinstance(addl, dict) and addl else dialect.any)
    return dialect.any


PYTHON = Dialect()
TYPESCRIPT = TypeScriptDialect()


def py_type(schema: dict[str, Any] | None, name_of: Namer, *, file_as: str | None = None) -> str:
    return render_type(schema, name_of, PYTHON, file_as=file_as)


def ts_type(schema: dict[str, Any] | None, name_of: Namer, *, file_as: str | None = None) -> str:
    return render_type(schema, name_of, TYPESCRIPT, file_as=file_as)
