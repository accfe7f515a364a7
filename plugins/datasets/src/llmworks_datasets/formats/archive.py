"""``.zip`` archives of dataset files: every member is read with the format of its extension,
and all members together form one dataset (one kind).

Safety, all decided from the central directory BEFORE any member is decompressed:
member names with ``..``, an absolute path, a drive letter or backslashes, symbolic links,
encrypted and nested archives are rejected; so are archives with too many members, a
member or a total uncompressed size over the limits, or a member whose declared
compression ratio exceeds the limit (zip bombs). While streaming, every member is
counted again against its declared size and the total (so lying headers cannot expand
further). Members are never written under their own names: text members stream from the
archive, Parquet members are copied to an anonymous temporary file.
Skipped: folders, ``__MACOSX/`` and ``._*`` resource forks, ``.DS_Store``.
"""

from __future__ import annotations

import io
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

from llmworks_datasets.formats.base import BuiltinFormat
from llmworks_datasets.schema import Problem, Record
from llmworks_datasets.settings import DatasetSettings

DRIVE = re.compile(r"^[A-Za-z]:")


class LimitExceeded(Exception):
    pass


class _Budget:
    def __init__(self, total_limit: int) -> None:
        self.total = 0
        self.limit = total_limit


class _Counted(io.RawIOBase):
    """A member stream that fails once it yields more than its declared size or the
    archive's total budget."""

    def __init__(self, raw: IO[bytes], name: str, limit: int, budget: _Budget) -> None:
        self.raw, self.name, self.limit, self.budget = raw, name, limit, budget
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        n = self.raw.readinto(b)  # type: ignore[attr-defined]
        self.count += n
        self.budget.total += n
        if self.count > self.limit:
            raise LimitExceeded(f"member expands beyond its declared/allowed size of {self.limit} bytes")
        if self.budget.total > self.budget.limit:
            raise LimitExceeded(f"the archive expands beyond {self.budget.limit} bytes in total")
        return n


def unsafe_name(name: str) -> str | None:
    """Why a member name is refused, or None."""
    if "\x00" in name:
        return "NUL character in the name"
    if "\\" in name:
        return "backslash in the name (use '/')"
    if name.startswith("/") or DRIVE.match(name):
        return "absolute path"
    if ".." in PurePosixPath(name).parts:
        return "path traversal ('..')"
    return None


def _skipped(name: str) -> bool:
    base = PurePosixPath(name).name
    return name.endswith("/") or name.startswith("__MACOSX/") or base.startswith("._") or base == ".DS_Store"


class ZipFormat(BuiltinFormat):
    name = "zip"
    extensions = (".zip",)
    description = "A zip of .txt, .jsonl, .csv, .tsv or .parquet files (one dataset)"

    def __init__(self, members: Iterable[Any], settings: DatasetSettings | None = None) -> None:
        self.members = {ext: f for f in members for ext in f.extensions}
        self.settings = settings or DatasetSettings()

    def plan(self, infos: list[zipfile.ZipInfo]) -> tuple[list[tuple[zipfile.ZipInfo, Any]], list[Problem]]:
        """The members to read with their format, or the reasons to refuse the archive."""
        s = self.settings
        problems: list[Problem] = []
        if len(infos) > s.zip_max_members:
            return [], [Problem(0, f"the archive has {len(infos)} entries; the limit is {s.zip_max_members}")]
        plan, total = [], 0
        for info in infos:
            name = info.filename
            if why := unsafe_name(name):
                problems.append(Problem(0, f"unsafe member name: {why}", None, name))
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                problems.append(Problem(0, "symbolic links are not allowed in the archive", None, name))
                continue
            if _skipped(name):
                continue
            if info.flag_bits & 0x1:
                problems.append(Problem(0, "encrypted members are not supported", None, name))
                continue
            ext = PurePosixPath(name).suffix.lower()
            if ext == ".zip":
                problems.append(Problem(0, "nested archives are not supported: unpack the inner zip", None, name))
                continue
            fmt = self.members.get(ext)
            if fmt is None:
                known = ", ".join(sorted(self.members))
                problems.append(Problem(0, f"unsupported file type {ext or '(none)'}; an archive may hold {known}", None, name))
                continue
            size = info.file_size
            total += size
            if size > s.zip_max_member_bytes:
                problems.append(Problem(0, f"expands to {size} bytes; the limit per member is {s.zip_max_member_bytes}", None, name))
            elif size >= s.zip_ratio_min_bytes and size > s.zip_max_ratio * max(info.compress_size, 1):
                ratio = size / max(info.compress_size, 1)
                problems.append(Problem(0, f"compression ratio {ratio:.0f}:1 exceeds {s.zip_max_ratio:.0f}:1 "
                                           f"({info.compress_size} bytes expand to {size}): refused as a possible zip bomb",
                                        None, name))
            plan.append((info, fmt))
        if total > s.zip_max_total_bytes:
            problems.insert(0, Problem(0, f"the archive expands to {total} bytes; the limit is {s.zip_max_total_bytes}"))
        if not problems and not plan:
            problems.append(Problem(0, "the archive holds no dataset files"))
        return plan, problems

    def records(self, path: Path, file: str | None = None) -> Iterator[Record]:
        try:
            zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            yield Problem(0, f"not a readable zip archive: {exc}", None, file)
            return
        with zf:
            plan, problems = self.plan(zf.infolist())
            if problems:
                yield from problems
                return
            budget = _Budget(self.settings.zip_max_total_bytes)
            for info, fmt in plan:
                limit = min(info.file_size, self.settings.zip_max_member_bytes)
                try:
                    with zf.open(info) as raw:
                        fh = io.BufferedReader(_Counted(raw, info.filename, limit, budget), 1024 * 1024)
                        if fmt.random_access:
                            yield from _via_file(fmt, fh, info.filename)
                        else:
                            yield from fmt.stream_records(fh, info.filename)
                except LimitExceeded as exc:
                    yield Problem(0, f"{exc}: refused as a possible zip bomb", None, info.filename)
                    return
                except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
                    yield Problem(0, f"corrupt or unsupported member: {exc}", None, info.filename)
                    return


def _via_file(fmt: Any, fh: IO[bytes], name: str) -> Iterator[Record]:
    """Formats that need random access (Parquet) read a private temporary copy."""
    with tempfile.NamedTemporaryFile(suffix=PurePosixPath(name).suffix) as tmp:
        shutil.copyfileobj(fh, tmp, 1024 * 1024)
        tmp.flush()
        yield from fmt.records(Path(tmp.name), name)
