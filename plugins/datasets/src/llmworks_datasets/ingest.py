"""One pass over an uploaded file: validate every row, write the validated rows and their
index, and compute the schema, statistics and preview. Nothing is published unless the
whole file is valid."""

from __future__ import annotations

import json
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from llmworks_datasets.formats.base import checked, problems_error, records_of
from llmworks_datasets.rowstore import RowsWriter
from llmworks_datasets.schema import Problem, RowChecker, content_key, row_texts

PREVIEW_CHARS = 1000


@dataclass
class Ingested:
    kind: str
    schema: dict[str, Any]
    row_count: int
    stats: dict[str, Any]
    preview: list[dict[str, Any]]
    rows_digest: str
    index_digest: str
    keys: np.ndarray


def _summary(values: array) -> dict[str, Any]:
    a = np.frombuffer(values, dtype=np.uint64) if len(values) else np.zeros(1, dtype=np.uint64)
    return {"min": int(a.min()), "mean": round(float(a.mean()), 2), "max": int(a.max()), "total": int(a.sum())}


def _clip(v: Any) -> Any:
    if isinstance(v, str):
        return v if len(v) <= PREVIEW_CHARS else v[:PREVIEW_CHARS] + "…"
    if isinstance(v, list):
        return [_clip(x) for x in v]
    if isinstance(v, dict):
        return {k: _clip(x) for k, x in v.items()}
    return v


def ingest(fmt: Any, path: Path, artifacts: Any, *, preview_rows: int = 20, max_problems: int = 100) -> Ingested:
    """Validate and store the rows of ``path``; raise ``Invalid`` (422) listing up to
    ``max_problems`` row problems, with nothing published."""
    checker = RowChecker()
    writer = RowsWriter(artifacts)
    problems: list[Problem] = []
    more = False
    chars, words = array("Q"), array("Q")
    preview: list[dict[str, Any]] = []
    try:
        for item in checked(records_of(fmt, path), checker):
            if isinstance(item, Problem):
                problems.append(item)
                if len(problems) >= max_problems:
                    more = True
                    break
                continue
            if problems:
                continue  # only look for more problems now
            row, rec = item
            kind = checker.kind or "text"
            texts = row_texts(row, kind)
            chars.append(sum(map(len, texts)))
            words.append(sum(map(len, map(str.split, texts))))
            if len(preview) < preview_rows:
                preview.append(_clip(row))
            line = rec.source if rec.source is not None else json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode()
            writer.add(line + b"\n", content_key(row, kind, texts))
        if problems:
            raise problems_error(problems, more=more)
        keys = writer.key_array().copy()
        rows, index = writer.commit()
    except BaseException:
        writer.abort()
        raise
    n = len(keys)
    schema = checker.schema()
    schema["format"] = getattr(fmt, "name", "")
    stats = {
        "rows": n,
        "chars_per_row": _summary(chars),
        "words_per_row": _summary(words),
        "duplicate_rows": int(n - len(np.unique(keys))),
        "empty_rows": words.count(0),  # whitespace-only rows
    }
    return Ingested(schema["kind"], schema, n, stats, preview, rows.digest, index.digest, keys)
