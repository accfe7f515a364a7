"""Line-oriented formats: ``.txt`` (one example per line) and ``.jsonl`` (one JSON object per line).

``.txt``: every non-blank line is one ``{"text": line}`` row; blank lines are skipped, and the
line's own leading and trailing whitespace is kept apart from the line break. For examples
that span several lines use ``.jsonl`` (``{"text": "line 1\\nline 2"}``).

``.jsonl`` / ``.ndjson``: one JSON object per line, blank lines skipped, of one of the kinds in
:mod:`llmworks_datasets.schema` (``text``; ``prompt``/``completion``; ``messages``; ...).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from llmworks_datasets.formats.base import BuiltinFormat
from llmworks_datasets.schema import Problem, Raw, Record

BOM = b"\xef\xbb\xbf"


def _lines(fh: IO[bytes], file: str | None) -> Iterator[tuple[int, bytes, str | None, Problem | None]]:
    """(line number, raw bytes without the line break, text, problem) of each non-blank line."""
    for n, raw in enumerate(fh, 1):
        if raw.isspace():
            continue
        if n == 1 and raw.startswith(BOM):
            raw = raw[len(BOM):]
        raw = raw.rstrip(b"\r\n")
        try:
            yield n, raw, raw.decode("utf-8"), None
        except UnicodeDecodeError as exc:
            yield n, raw, None, Problem(n, f"not UTF-8 text (byte {exc.start + 1} of the line): save the file as UTF-8", None, file)


class TxtFormat(BuiltinFormat):
    name = "txt"
    extensions = (".txt",)
    description = "Plain text, one example per line (blank lines skipped): rows {text}"

    def stream_records(self, fh: IO[bytes], file: str | None = None) -> Iterator[Record]:
        for n, _, text, problem in _lines(fh, file):
            yield problem if problem is not None else Raw(n, {"text": text}, file)


class JsonlFormat(BuiltinFormat):
    name = "jsonl"
    extensions = (".jsonl", ".ndjson")
    description = "JSON Lines: one object per line with text; prompt and completion; or chat messages"

    def stream_records(self, fh: IO[bytes], file: str | None = None) -> Iterator[Record]:
        for n, raw, text, problem in _lines(fh, file):
            if problem is not None:
                yield problem
                continue
            try:
                row = json.loads(text)
            except json.JSONDecodeError as exc:
                yield Problem(n, f"malformed JSON: {exc.msg} at column {exc.colno}", None, file)
                continue
            except RecursionError:
                yield Problem(n, "malformed JSON: nested too deeply", None, file)
                continue
            yield Raw(n, row, file, raw)
