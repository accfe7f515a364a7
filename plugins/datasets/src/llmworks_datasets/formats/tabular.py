"""Tabular formats: ``.csv`` / ``.tsv`` (a header row, UTF-8) and ``.parquet`` (pyarrow).

The column names decide the kind (``text``; ``prompt``, ``completion``; ...). In csv a
``messages`` column holds the chat as a JSON list; in Parquet it is a list of structs.
Other columns are kept: csv values as strings, Parquet values as JSON values (dates as
ISO 8601 strings, decimals as numbers, binary as UTF-8 text or base64).
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import decimal
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from llmworks_datasets.formats.base import BuiltinFormat
from llmworks_datasets.formats.text import bounded_lines, too_long
from llmworks_datasets.schema import Header, Problem, Raw, Record
from llmworks_datasets.settings import DatasetSettings


def _header_problems(columns: tuple[str, ...], line: int, file: str | None) -> list[Problem]:
    seen: set[str] = set()
    out = []
    for i, c in enumerate(columns, 1):
        if not c:
            out.append(Problem(line, f"column {i} has no name: name every column", None, file))
        elif c in seen:
            out.append(Problem(line, f"duplicate column name {c!r}", c, file))
        seen.add(c)
    return out


class CsvFormat(BuiltinFormat):
    name = "csv"
    extensions = (".csv",)
    delimiter = ","
    description = "Comma-separated values with a header row: text; prompt, completion; or messages (JSON)"

    def stream_records(self, fh: IO[bytes], file: str | None = None) -> Iterator[Record]:
        limit = DatasetSettings().max_row_bytes
        csv.field_size_limit(min(limit, sys.maxsize))  # a field never exceeds a row
        reader = csv.reader(_decoded_lines(fh, limit), delimiter=self.delimiter)
        last = 0  # physical lines consumed so far: a record starts on the next one
        try:
            header = next(reader, None)
            if header is None:
                return
            columns = tuple(h.strip() for h in header)
            if problems := _header_problems(columns, 1, file):
                yield from problems
                return
            yield Header(columns, 1, file)
            last = reader.line_num
            for cells in reader:
                line, last = last + 1, reader.line_num
                if not cells or (len(cells) == 1 and not cells[0].strip() and len(columns) > 1):
                    continue  # blank line
                if len(cells) != len(columns):
                    yield Problem(line, f"expected {len(columns)} fields like the header, got {len(cells)}", None, file)
                    continue
                row: dict[str, Any] = dict(zip(columns, cells, strict=True))
                if "messages" in row:
                    try:
                        row["messages"] = json.loads(row["messages"]) if row["messages"] else None
                    except json.JSONDecodeError as exc:
                        yield Problem(line, f"not a JSON list of {{role, content}}: {exc.msg}", "messages", file)
                        continue
                yield Raw(line, row, file)
        except UnicodeDecodeError:
            yield Problem(last + 1, "not UTF-8 text near this line: save the file as UTF-8", None, file)
        except _LineTooLong as exc:
            yield too_long(exc.line, limit, file)
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                yield too_long(last + 1, limit, file, "field")
            else:
                yield Problem(last + 1, f"malformed CSV: {exc}", None, file)


class _LineTooLong(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


def _decoded_lines(fh: IO[bytes], limit: int) -> Iterator[str]:
    """UTF-8 (BOM stripped) lines with their breaks, each at most ``limit`` bytes (else _LineTooLong)."""
    for n, raw in bounded_lines(fh, limit):
        if raw is None:
            raise _LineTooLong(n)
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        yield raw.decode("utf-8")


class TsvFormat(CsvFormat):
    name = "tsv"
    extensions = (".tsv",)
    delimiter = "\t"
    description = "Tab-separated values with a header row (like csv)"


def _jsonable(v: Any) -> Any:
    if v is None or isinstance(v, str | bool | int | float):
        return v
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_jsonable(x) for x in v]
    if isinstance(v, dt.date | dt.time | dt.datetime):
        return v.isoformat()
    if isinstance(v, dt.timedelta):
        return v.total_seconds()
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, bytes):
        try:
            return v.decode("utf-8")
        except UnicodeDecodeError:
            return base64.b64encode(v).decode("ascii")
    return str(v)


class ParquetFormat(BuiltinFormat):
    name = "parquet"
    extensions = (".parquet", ".pq")
    description = "Apache Parquet: columns text; prompt, completion; or messages (list of {role, content})"
    batch_rows = 2048
    random_access = True

    def records(self, path: Path, file: str | None = None) -> Iterator[Record]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            pf = pq.ParquetFile(path)
            columns = tuple(pf.schema_arrow.names)
        except (pa.ArrowException, OSError, ValueError) as exc:
            yield Problem(0, f"not a readable Parquet file: {exc}", None, file)
            return
        if problems := _header_problems(columns, 0, file):
            yield from problems
            return
        if pf.metadata.num_rows == 0:
            return
        yield Header(columns, 0, file)
        n = 0
        try:
            for batch in pf.iter_batches(batch_size=self.batch_rows):
                for row in batch.to_pylist():
                    n += 1
                    yield Raw(n, {k: _jsonable(v) for k, v in row.items()}, file)
        except (pa.ArrowException, OSError, ValueError) as exc:
            yield Problem(n + 1, f"unreadable Parquet data: {exc}", None, file)
