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
from llmworks_datasets.settings import DatasetSettings

BOM = b"\xef\xbb\xbf"


def too_long(n: int, limit: int, file: str | None, what: str = "line") -> Problem:
    return Problem(n, f"the {what} is longer than {limit} bytes, the largest row allowed "
                      "(LLMWORKS_DATASETS_MAX_ROW_BYTES): split the example", None, file)


def bounded_lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line with its break) of each physical line, never holding more than
    ``limit`` + 2 bytes of one line: a longer line is read through and given as ``None``."""
    n = 0
    while True:
        raw = fh.readline(limit + 2)
        if not raw:
            return
        n += 1
        if len(raw) > limit and len(raw.rstrip(b"\r\n")) > limit:
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line in bounded chunks
                raw = fh.readline(1 << 20)
            yield n, None
            continue
        yield n, raw


def _lines(fh: IO[bytes], file: str | None) -> Iterator[tuple[int, bytes, str | None, Problem | None]]:
    """(line number, raw bytes without the line break, text, problem) of each non-blank line."""
    limit = DatasetSettings().max_row_bytes
    for n, raw in bounded_lines(fh, limit):
        if raw is None:
            yield n, b"", None, too_long(n, limit, file)
            continue
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
