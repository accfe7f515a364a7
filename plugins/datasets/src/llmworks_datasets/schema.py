"""Row shapes ("kinds") of a dataset and the row checker shared by every format.

A dataset is one of four kinds, recognised by its columns (the most specific first):

========================  =========================================================
kind                      required columns
========================  =========================================================
``chat``                  ``messages``: a non-empty list of ``{"role", "content"}``
``preference``            ``prompt``, ``chosen``, ``rejected`` (DPO-style pairs)
``prompt-completion``     ``prompt``, ``completion``
``text``                  ``text``
========================  =========================================================

The first valid row decides the kind of the whole file (of all members of a zip); every
later row must have the same required columns ("mixed schemas" otherwise). Required values
must be non-empty strings; other columns are kept as they are and typed in the schema.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from llmworks_sdk import RowProblem

KINDS: dict[str, tuple[str, ...]] = {
    "chat": ("messages",),
    "preference": ("prompt", "chosen", "rejected"),
    "prompt-completion": ("prompt", "completion"),
    "text": ("text",),
}
EXPECTED = "'text'; 'prompt' and 'completion'; 'prompt', 'chosen' and 'rejected'; or 'messages' (a list of {role, content})"
ROLES = frozenset({"system", "user", "assistant", "tool", "developer"})


@dataclass
class Problem(RowProblem):
    """A :class:`~llmworks_sdk.RowProblem` that also names the zip member it comes from.
    ``line`` 0 is a problem of the whole file (empty, unreadable)."""

    file: str | None = None

    def message(self) -> str:
        where = f"{self.file}: " if self.file else ""
        where += f"line {self.line}" if self.line else "file"
        return f"{where}{f', field {self.field}' if self.field else ''}: {self.reason}"

    def to_error(self) -> dict[str, Any]:
        """The 422 ``errors`` item: ``loc``/``msg`` for the UI, plus line, field, reason, file."""
        return {"loc": ["body", "file"], "msg": self.message(), "line": self.line, "field": self.field,
                "reason": self.reason, "file": self.file}


class Raw(NamedTuple):
    """One record as a format parsed it: its 1-based line (or row), the parsed value and,
    when the record was one UTF-8 JSON text already (a jsonl line), those bytes."""

    line: int
    row: Any
    file: str | None = None
    source: bytes | None = None


class Header(NamedTuple):
    """The column names of a tabular file (csv header, parquet schema), before its rows."""

    columns: tuple[str, ...]
    line: int = 1
    file: str | None = None


Record = Raw | Header | Problem


def kind_of(columns: Iterable[str]) -> str | None:
    cols = set(columns)
    for kind, fields in KINDS.items():
        if cols.issuperset(fields):
            return kind
    return None


def type_name(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "list"
    return "object" if isinstance(v, dict) else type(v).__name__


def _fields(kind: str) -> str:
    return ", ".join(KINDS[kind])


class RowChecker:
    """Validates rows one by one, decides the kind and collects the types of extra columns."""

    def __init__(self) -> None:
        self.kind: str | None = None
        self._required: tuple[str, ...] = ()
        self._required_set: frozenset[str] = frozenset()
        self.rows = 0
        self.extra_types: dict[str, set[str]] = {}
        self._skipped_file: tuple[str | None] | None = None

    # ------------------------------------------------------------------ tabular headers
    def header(self, h: Header) -> Problem | None:
        """Check a csv/parquet header once; a bad header skips that file's rows."""
        kind = kind_of(h.columns)
        if kind is None:
            self._skipped_file = (h.file,)
            found = ", ".join(h.columns) or "none"
            return Problem(h.line, f"wrong column names ({found}); expected {EXPECTED}", None, h.file)
        if self.kind is not None and kind != self.kind and not set(KINDS[self.kind]) <= set(h.columns):
            self._skipped_file = (h.file,)
            return Problem(h.line, self._mixed(kind), None, h.file)
        if self.kind is None:
            self.kind, self._required, self._required_set = kind, KINDS[kind], frozenset(KINDS[kind])
        self._skipped_file = None
        return None

    # ------------------------------------------------------------------ rows
    def check(self, raw: Raw) -> tuple[dict[str, Any] | None, list[Problem]]:
        """The row when it is valid, else None and its problems."""
        if self._skipped_file is not None and self._skipped_file == (raw.file,):
            return None, []
        row = raw.row
        if not isinstance(row, dict):
            return None, [Problem(raw.line, f"a row must be an object with named fields, got {type_name(row)}", None, raw.file)]
        kind, required = self.kind, self._required
        if kind is None or not row.keys() >= self._required_set:
            # first row, or a row without the established columns: which shape is it?
            found = kind_of(row)
            if found is None:
                return None, self._missing(raw, row)
            if kind is not None:
                return None, [Problem(raw.line, self._mixed(found), None, raw.file)]
            kind, required = self.kind, self._required = found, KINDS[found]
            self._required_set = frozenset(required)
        if kind == "chat" or not _non_empty_strings(row, required):
            problems = [Problem(raw.line, reason, field, raw.file) for field, reason in _value_problems(kind, row)]
            if problems:
                return None, problems
        if len(row) > len(required):
            for k, v in row.items():
                if k not in required:
                    self.extra_types.setdefault(k, set()).add(type_name(v))
        self.rows += 1
        return row, []

    def _mixed(self, kind: str) -> str:
        return (f"mixed schemas: this row has {_fields(kind)} (a '{kind}' row) but the earlier rows are "
                f"'{self.kind}' rows ({_fields(self.kind or kind)}); use one shape per dataset")

    def _missing(self, raw: Raw, row: Mapping[str, Any]) -> list[Problem]:
        found = ", ".join(map(str, row)) or "none"
        if self.kind is not None:
            why = f"missing: the earlier rows are '{self.kind}' rows ({_fields(self.kind)}); this row has {found}"
            return [Problem(raw.line, why, f, raw.file) for f in KINDS[self.kind] if f not in row]
        overlap = {k: len(set(f) & row.keys()) for k, f in KINDS.items()}
        best = max(overlap, key=lambda k: overlap[k])
        if overlap[best] == 0:
            return [Problem(raw.line, f"wrong column names ({found}); expected {EXPECTED}", None, raw.file)]
        return [Problem(raw.line, f"missing (a '{best}' row needs {_fields(best)})", f, raw.file)
                for f in KINDS[best] if f not in row]

    # ------------------------------------------------------------------ schema
    def schema(self) -> dict[str, Any]:
        kind = self.kind or "text"
        cols: list[dict[str, Any]] = [
            {"name": f, "type": "messages" if f == "messages" else "string", "required": True} for f in KINDS[kind]
        ]
        for name, types in self.extra_types.items():
            nullable = "null" in types
            named = sorted(types - {"null"}) or ["null"]
            cols.append({"name": name, "type": "|".join(named), "required": False, "nullable": nullable})
        return {"kind": kind, "columns": cols}


def _non_empty_strings(row: Mapping[str, Any], fields: tuple[str, ...]) -> bool:
    for f in fields:
        v = row[f]
        if type(v) is not str or not v:
            return False
    return True


def _value_problems(kind: str, row: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    for f in KINDS[kind]:
        v = row[f]
        if f == "messages":
            yield from _message_problems(v)
        elif not isinstance(v, str):
            yield f, "is null" if v is None else f"must be a string, got {type_name(v)}"
        elif not v:
            yield f, "is empty"


def _message_problems(messages: Any) -> Iterator[tuple[str, str]]:
    if not isinstance(messages, list):
        yield "messages", f"must be a list of {{role, content}} objects, got {type_name(messages)}"
        return
    if not messages:
        yield "messages", "is empty"
        return
    for i, m in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(m, dict):
            yield where, f"must be an object with role and content, got {type_name(m)}"
            continue
        role, content = m.get("role"), m.get("content")
        if role is None:
            yield f"{where}.role", "missing"
        elif role not in ROLES:
            yield f"{where}.role", f"unknown role {role!r}; use one of {', '.join(sorted(ROLES))}"
        if content is None:
            yield f"{where}.content", "missing" if "content" not in m else "is null"
        elif not isinstance(content, str):
            yield f"{where}.content", f"must be a string, got {type_name(content)}"
        elif not content:
            yield f"{where}.content", "is empty"


def row_texts(row: Mapping[str, Any], kind: str) -> list[str]:
    """The text values of a row (what character and word statistics count)."""
    if kind == "chat":
        return [m["content"] for m in row["messages"]]
    return [row[f] for f in KINDS[kind]]


def content_key(row: Mapping[str, Any], kind: str, texts: list[str]) -> bytes:
    """Bytes that identify a row's training content (its required fields, not extra columns):
    equal keys are duplicate rows. ``texts`` is :func:`row_texts` of the row."""
    if kind == "chat":
        return "\x1e".join(f"{m['role']}\x1f{m['content']}" for m in row["messages"]).encode()
    return "\x1f".join(texts).encode()
