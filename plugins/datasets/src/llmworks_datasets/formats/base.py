"""What the built-in formats share: ``records`` yields parsed records and problems in one
pass; ``read`` and ``validate`` (the :class:`~llmworks_sdk.DatasetFormat` protocol) and the
upload pipeline all run the same :class:`~llmworks_datasets.schema.RowChecker` over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from llmworks_sdk import Invalid, RowProblem

from llmworks_datasets.schema import Header, Problem, Raw, Record, RowChecker
from llmworks_datasets.settings import DatasetSettings

EMPTY = "the file holds no rows"


def checked(records: Iterator[Record], checker: RowChecker) -> Iterator[tuple[dict[str, Any], Raw] | Problem]:
    """Valid rows (with their record) and problems, in file order; a file without rows or
    problems is itself a problem (empty)."""
    problems = False
    limit = DatasetSettings().max_row_bytes
    for rec in records:
        if isinstance(rec, Problem):
            problems = True
            yield rec
        elif isinstance(rec, Header):
            if (p := checker.header(rec)) is not None:
                problems = True
                yield p
        elif row_size(rec.row, limit) > limit:  # formats that do not read lines (Parquet, plugins)
            problems = True
            yield Problem(rec.line, f"the row holds more than {limit} bytes of text, the largest row allowed "
                                    "(LLMWORKS_DATASETS_MAX_ROW_BYTES): split the example", None, rec.file)
        else:
            row, found = checker.check(rec)
            if row is None:
                problems = True
                yield from found
            else:
                yield row, rec
    if checker.rows == 0 and not problems:
        yield Problem(0, EMPTY)


def row_size(value: Any, stop: int) -> int:
    """Characters of text in ``value`` (strings, keys, numbers as about 8), stopping early past ``stop``."""
    total = 0
    todo = [value]
    while todo and total <= stop:
        v = todo.pop()
        if isinstance(v, str | bytes):
            total += len(v)
        elif isinstance(v, dict):
            total += sum(len(str(k)) for k in v)
            todo.extend(v.values())
        elif isinstance(v, list | tuple):
            todo.extend(v)
        else:
            total += 8
    return total


def records_of(fmt: Any, path: Path) -> Iterator[Record]:
    """Records of any registered format: built-in ones stream them; a third-party format that
    only implements the protocol is validated first, then read."""
    if hasattr(fmt, "records"):
        yield from fmt.records(path)
        return
    problems = fmt.validate(path)
    if problems:
        for p in problems:
            yield p if isinstance(p, Problem) else Problem(p.line, p.reason, p.field)
        return
    for i, row in enumerate(fmt.read(path), 1):
        yield Raw(i, row)


def problems_error(problems: list[Problem], *, more: bool = False) -> Invalid:
    first = problems[0].message()
    n = len(problems)
    detail = f"the file has {n}{'+' if more else ''} problem{'s' if n > 1 or more else ''}; the first: {first}"
    return Invalid(detail, errors=[p.to_error() for p in problems])


class BuiltinFormat:
    """Base of the built-in formats. ``records(path, file)`` yields the records of a file
    (``file`` names a zip member in problems). Formats that read a byte stream front to back
    also implement ``stream_records(fh, file)``, so zip members stream without extraction."""

    name: str = ""
    extensions: tuple[str, ...] = ()
    description: str = ""
    #: needs a seekable file (Parquet): zip members are copied to a temporary file first
    random_access: bool = False

    def stream_records(self, fh: IO[bytes], file: str | None = None) -> Iterator[Record]:
        raise NotImplementedError

    def records(self, path: Path, file: str | None = None) -> Iterator[Record]:
        with open(path, "rb") as fh:
            yield from self.stream_records(fh, file)

    # ---------------------------------------------------------------- DatasetFormat protocol
    def read(self, path: Path) -> Iterator[dict[str, Any]]:
        """Valid rows; raises ``Invalid`` (422) at the first problem."""
        for item in checked(self.records(path), RowChecker()):
            if isinstance(item, Problem):
                raise problems_error([item], more=True)
            yield item[0]

    def validate(self, path: Path, *, max_problems: int = 100) -> list[RowProblem]:
        out: list[RowProblem] = []
        for item in checked(self.records(path), RowChecker()):
            if isinstance(item, Problem):
                out.append(item)
                if len(out) >= max_problems:
                    break
        return out
