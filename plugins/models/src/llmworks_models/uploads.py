"""Safe extraction of an uploaded model archive (tar, tar.gz or zip).

Refused: members with absolute paths, ``..`` or that resolve outside the destination, links,
devices and other special files; more than ``max_files`` members; more than ``max_bytes``
uncompressed in total (checked while writing, not trusted from the headers) and a
compression ratio above ``max_ratio`` (archive bombs).
"""

from __future__ import annotations

import shutil
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO

_COPY = 1 << 20


class UnsafeArchive(ValueError):
    """The archive is malformed, too big, or tries to write outside its folder."""


def _safe_name(name: str) -> PurePosixPath:
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or not path.parts or any(p in ("..", "") for p in path.parts) or ":" in path.parts[0]:
        raise UnsafeArchive(f"unsafe member path {name!r}")
    return path


def _members(archive: Path) -> Iterator[tuple[PurePosixPath, bool, IO[bytes] | None]]:
    """(path, is_dir, stream) of every member; anything but files and folders is refused."""
    if zipfile.is_zipfile(archive):
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                mode = (info.external_attr >> 16) & 0o170000
                if mode and mode not in (0o100000, 0o040000):
                    raise UnsafeArchive(f"{info.filename!r} is a link or special file")
                if info.is_dir():
                    yield _safe_name(info.filename.rstrip("/")), True, None
                else:
                    with zf.open(info) as fh:
                        yield _safe_name(info.filename), False, fh
        return
    try:
        tar = tarfile.open(archive, mode="r:*")
    except tarfile.TarError as exc:
        raise UnsafeArchive(f"not a zip or tar archive: {exc}") from exc
    with tar:
        for member in tar:
            if member.isdir():
                yield _safe_name(member.name.rstrip("/")), True, None
            elif member.isfile():
                fh = tar.extractfile(member)
                yield _safe_name(member.name), False, fh
            else:
                raise UnsafeArchive(f"{member.name!r} is a link or special file")


def safe_extract(
    archive: str | Path, dest: str | Path, *, max_bytes: int, max_files: int = 10_000, max_ratio: float = 200.0
) -> Path:
    """Extract ``archive`` into the new folder ``dest``; on any problem nothing is left behind."""
    archive, dest = Path(archive), Path(dest)
    compressed = max(archive.stat().st_size, 1)
    dest.mkdir(parents=True)
    root = dest.resolve()
    total = files = 0
    try:
        for rel, is_dir, stream in _members(archive):
            files += 1
            if files > max_files:
                raise UnsafeArchive(f"more than {max_files} files in the archive")
            target = (root / rel).resolve()
            if not target.is_relative_to(root) or target == root:
                raise UnsafeArchive(f"member {str(rel)!r} escapes the destination")
            if is_dir:
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "xb") as out:
                while chunk := stream.read(_COPY):
                    total += len(chunk)
                    if total > max_bytes:
                        raise UnsafeArchive(f"the archive unpacks to more than {max_bytes} bytes")
                    if total > 64 * _COPY and total / compressed > max_ratio:
                        raise UnsafeArchive(f"compression ratio above {max_ratio:g}: refusing a possible archive bomb")
                    out.write(chunk)
    except FileExistsError as exc:
        shutil.rmtree(dest, ignore_errors=True)
        raise UnsafeArchive(f"duplicate member {exc.filename!r}") from exc
    except (UnsafeArchive, zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as exc:
        shutil.rmtree(dest, ignore_errors=True)
        raise exc if isinstance(exc, UnsafeArchive) else UnsafeArchive(f"cannot read the archive: {exc}") from exc
    return dest


def model_root(folder: Path) -> Path:
    """The model folder inside an extracted archive: the folder itself or its single sub-folder."""
    if (folder / "config.json").is_file() or (folder / "adapter_config.json").is_file():
        return folder
    children = [p for p in folder.iterdir() if not p.name.startswith(".")]
    if len(children) == 1 and children[0].is_dir():
        return model_root(children[0])
    raise UnsafeArchive("the archive holds no model: expected config.json at its top or in its single folder")
