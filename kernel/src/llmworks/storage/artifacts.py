"""Content-addressed artifact store.

Writes are streamed into a temporary file while their sha256 is computed; ``commit()``
publishes the blob atomically (``os.replace`` into ``blobs/ab/cd/<sha256>``), so no reader
ever sees a half-written file. The same bytes always give the same digest and are stored
once. Other stores (S3, ...) come from the ``register_artifact_stores`` hook.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlparse

from llmworks_sdk import PayloadTooLarge
from llmworks_sdk.artifacts import ArtifactStore, BlobInfo, BlobWriter

CHUNK = 1024 * 1024

__all__ = ["CHUNK", "ArtifactStore", "BlobInfo", "BlobWriter", "LocalArtifactStore", "open_store"]


def _owner_prefix() -> str:
    """``upload-<host>-<pid>-``: a startup sweep can tell an upload of a dead process from a live one."""
    host = re.sub(r"[^A-Za-z0-9.]", "_", socket.gethostname())[:64]
    return f"upload-{host}-{os.getpid()}-"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, not ours
    return True


class _LocalWriter:
    def __init__(self, store: LocalArtifactStore, max_bytes: int | None) -> None:
        self.store = store
        self.max_bytes = max_bytes
        self.hasher = hashlib.sha256()
        self.size = 0
        store.tmp_dir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=store.tmp_dir, prefix=_owner_prefix())
        self.path = Path(name)
        self.fh = os.fdopen(fd, "wb")
        self.done = False

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.max_bytes is not None and self.size > self.max_bytes:
            self.abort()
            raise PayloadTooLarge(
                f"upload exceeds the limit of {self.max_bytes} bytes; split the file or raise LLMWORKS_MAX_UPLOAD_BYTES"
            )
        self.hasher.update(data)
        self.fh.write(data)
        return len(data)

    def commit(self) -> BlobInfo:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        digest = self.hasher.hexdigest()
        final = self.store.blob_path(digest)
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            self.path.unlink(missing_ok=True)
        else:
            os.replace(self.path, final)
        self.done = True
        return BlobInfo(digest, self.size)

    def abort(self) -> None:
        if not self.done:
            self.done = True
            try:
                self.fh.close()
            finally:
                self.path.unlink(missing_ok=True)

    def __enter__(self) -> _LocalWriter:
        return self

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        if exc_type is not None:
            self.abort()


class LocalArtifactStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.url = f"file://{self.root}"
        self.blobs = self.root / "blobs"
        self.tmp_dir = self.root / "tmp"
        self.blobs.mkdir(parents=True, exist_ok=True)
        self.tmp_dir.mkdir(parents=True, exist_ok=True)

    def blob_path(self, digest: str) -> Path:
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValueError(f"not a sha256 digest: {digest!r}")
        return self.blobs / digest[:2] / digest[2:4] / digest

    def writer(self, *, max_bytes: int | None = None) -> _LocalWriter:
        return _LocalWriter(self, max_bytes)

    def put_stream(self, chunks: Iterator[bytes], *, max_bytes: int | None = None) -> BlobInfo:
        w = self.writer(max_bytes=max_bytes)
        try:
            for chunk in chunks:
                w.write(chunk)
        except BaseException:
            w.abort()
            raise
        return w.commit()

    def put_bytes(self, data: bytes) -> BlobInfo:
        return self.put_stream(iter([data]))

    def put_file(self, path: Path) -> BlobInfo:
        def chunks() -> Iterator[bytes]:
            with open(path, "rb") as fh:
                while block := fh.read(CHUNK):
                    yield block

        return self.put_stream(chunks())

    def open(self, digest: str) -> BinaryIO:
        return open(self.blob_path(digest), "rb")

    def exists(self, digest: str) -> bool:
        return self.blob_path(digest).exists()

    def size(self, digest: str) -> int:
        return self.blob_path(digest).stat().st_size

    def local_path(self, digest: str) -> Path | None:
        p = self.blob_path(digest)
        return p if p.exists() else None

    def delete(self, digest: str) -> None:
        self.blob_path(digest).unlink(missing_ok=True)

    def iter_blobs(self) -> Iterator[tuple[str, int, float]]:
        """Every stored blob as (digest, size in bytes, modification time)."""
        for p in self.blobs.glob("??/??/*"):
            if len(p.name) == 64 and p.is_file():
                st = p.stat()
                yield p.name, st.st_size, st.st_mtime

    def sweep_tmp(self, *, max_age_seconds: float = 24 * 3600) -> list[str]:
        """Remove what a crash left in ``tmp/``: uploads of this host whose process is gone,
        and anything older than ``max_age_seconds``. Returns the names removed."""
        host = re.sub(r"[^A-Za-z0-9.]", "_", socket.gethostname())[:64]
        mine = re.compile(rf"^upload-{re.escape(host)}-(\d+)-")
        now = time.time()
        removed = []
        for p in self.tmp_dir.iterdir() if self.tmp_dir.is_dir() else ():
            try:
                m = mine.match(p.name)
                stale = now - p.lstat().st_mtime > max_age_seconds
                if (m and int(m.group(1)) != os.getpid() and not _pid_alive(int(m.group(1)))) or stale:
                    if p.is_dir() and not p.is_symlink():
                        shutil.rmtree(p, ignore_errors=True)
                    else:
                        p.unlink(missing_ok=True)
                    removed.append(p.name)
            except OSError:
                continue
        return removed

    def scratch_dir(self, prefix: str = "work-") -> Path:
        """A private temporary folder inside the store (same filesystem: cheap renames)."""
        p = self.tmp_dir / f"{prefix}{uuid.uuid4().hex}"
        p.mkdir(parents=True)
        return p

    def publish_dir(self, src: Path, dest: Path) -> Path:
        """Atomically move a fully written folder into place (rename, never partial)."""
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists():
            shutil.rmtree(src, ignore_errors=True)
            return dest
        os.replace(src, dest)
        return dest


def open_store(url: str, factories: dict[str, Any] | None = None) -> Any:
    parsed = urlparse(url)
    scheme = parsed.scheme or "file"
    if scheme == "file":
        return LocalArtifactStore(Path(parsed.path if parsed.scheme else url))
    factory: Callable[..., Any] | None = None
    if factories and scheme in factories:
        factory = factories[scheme].create
    if factory is None:
        raise ValueError(f"no artifact store for scheme '{scheme}': install a plugin that registers it")
    return factory(url)
