"""Content-addressed artifact store.

Writes are streamed into a temporary file while their sha256 is computed; ``commit()``
publishes the blob atomically (``os.replace`` into ``blobs/ab/cd/<sha256>``), so no reader
ever sees a half-written file. The same bytes always give the same digest and are stored
once. Other stores (S3, ...) come from the ``register_artifact_stores`` hook.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol
from urllib.parse import urlparse

from llmworks_sdk import PayloadTooLarge

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BlobInfo:
    digest: str  # hex sha256
    size: int


class BlobWriter(Protocol):
    size: int

    def write(self, data: bytes) -> int: ...

    def commit(self) -> BlobInfo: ...

    def abort(self) -> None: ...


class ArtifactStore(Protocol):
    """Interface every artifact store implements."""

    url: str

    def writer(self, *, max_bytes: int | None = None) -> BlobWriter: ...

    def put_stream(self, chunks: Iterator[bytes], *, max_bytes: int | None = None) -> BlobInfo: ...

    def put_file(self, path: Path) -> BlobInfo: ...

    def open(self, digest: str) -> BinaryIO: ...

    def exists(self, digest: str) -> bool: ...

    def size(self, digest: str) -> int: ...

    def local_path(self, digest: str) -> Path | None:
        """A local file path for the blob when the store has one (read-only!), else None."""
        ...

    def delete(self, digest: str) -> None: ...


class _LocalWriter:
    def __init__(self, store: LocalArtifactStore, max_bytes: int | None) -> None:
        self.store = store
        self.max_bytes = max_bytes
        self.hasher = hashlib.sha256()
        self.size = 0
        store.tmp_dir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=store.tmp_dir, prefix="upload-")
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
