"""Identifier helpers shared by the Python and TypeScript targets."""

from __future__ import annotations

import keyword
import re

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^0-9A-Za-z]+")

# Names a generated parameter or field must not take in Python (keywords, and the builtins the
# generated code annotates with).
PY_RESERVED = set(keyword.kwlist) | {
    "self", "cls", "str", "int", "float", "bool", "bytes", "list", "dict", "object",
    # names the generated modules use at class level (a field called `field` would shadow it)
    "field", "dataclass", "Any", "Literal", "Model", "Unset", "UNSET", "additional_properties", "cast",
}
JS_IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def words(name: str) -> list[str]:
    """Split ``name`` (snake, kebab, camel, spaces, dots) into lower-case words."""
    spaced = _WORD_BOUNDARY.sub(" ", name)
    return [w.lower() for w in _NON_WORD.split(spaced) if w]


def snake(name: str) -> str:
    out = "_".join(words(name)) or "value"
    return f"n{out}" if out[0].isdigit() else out


def camel(name: str) -> str:
    ws = words(name) or ["value"]
    out = ws[0] + "".join(w[:1].upper() + w[1:] for w in ws[1:])
    return f"n{out}" if out[0].isdigit() else out


def pascal(name: str) -> str:
    out = "".join(w[:1].upper() + w[1:] for w in words(name)) or "Value"
    return f"N{out}" if out[0].isdigit() else out


def py_ident(wire: str) -> str:
    """A Python identifier for a JSON/wire name: kept when already valid, else snake-cased;
    keywords and builtins get a trailing underscore."""
    ident = wire if wire.isidentifier() and wire.isascii() else snake(wire)
    return ident + "_" if ident in PY_RESERVED else ident


def ts_ident(wire: str) -> str:
    """A JavaScript identifier for a wire name (kept when valid, else snake-cased like Python)."""
    return wire if JS_IDENT.match(wire) else snake(wire)


def ts_prop(wire: str) -> str:
    """A property key for a TypeScript type literal: quoted when not an identifier."""
    return wire if JS_IDENT.match(wire) else '"' + wire.replace("\\", "\\\\").replace('"', '\\"') + '"'


def unique(name: str, used: set[str], suffix: str = "_") -> str:
    """``name``, or ``name`` plus ``suffix`` (then a counter) when already in ``used``; records it."""
    out = name
    n = 1
    while out in used:
        out = f"{name}{suffix}" if n == 1 else f"{name}{suffix}{n}"
        n += 1
    used.add(out)
    return out
