"""The artifact store: content-addressed blobs (sha256), written as a stream and committed
atomically. Reach it as ``kernel.artifacts`` (see :class:`llmworks_sdk.kernel.Kernel`).

    writer = kernel.artifacts.writer(max_bytes=kernel.settings.max_upload_bytes)
    try:
        for chunk in chunks:
            writer.write(chunk)          # PayloadTooLarge past max_bytes
    except BaseException:
        writer.abort()
        raise
    blob = writer.commit()               # BlobInfo(digest, size); same bytes → same digest
    with kernel.artifacts.open(blob.digest) as fh:
        ...

Other stores (S3, ...) come from the ``register_artifact_stores`` hook and implement
:class:`ArtifactStore`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol


@dataclass(frozen=True)
class BlobInfo:
    """A stored blob: its hex sha256 ``digest`` and ``size`` in bytes."""

    digest: str
    size: int


class BlobWriter(Protocol):
    """A blob being written: ``write`` chunks, then ``commit`` (publish) or ``abort``."""

    size: int

    def write(self, data: bytes) -> int: ...

    def commit(self) -> BlobInfo: ...

    def abort(self) -> None: ...


class ArtifactStore(Protocol):
    """Interface every artifact store implements."""

    url: str

    def writer(self, *, max_bytes: int | None = None) -> BlobWriter: ...

    def put_stream(self, chunks: Iterator[bytes], *, max_bytes: int | None = None) -> BlobInfo: ...

    def put_bytes(self, data: bytes) -> BlobInfo: ...

    def put_file(self, path: Path) -> BlobInfo: ...

    def open(self, digest: str) -> BinaryIO: ...

    def exists(self, digest: str) -> bool: ...

    def size(self, digest: str) -> int: ...

    def local_path(self, digest: str) -> Path | None:
        """A local file path for the blob when the store has one (read-only!), else None."""
        ...

    def delete(self, digest: str) -> None: ...

    def scratch_dir(self, prefix: str = "work-") -> Path:
        """A private temporary folder for work in progress (the caller removes it)."""
        ...

    # optional: ``iter_blobs() -> Iterator[tuple[digest, size, mtime]]`` lists every blob
    # (disk usage and the cleanup of unreferenced blobs need it; stores without it skip those)


__all__ = ["ArtifactStore", "BlobInfo", "BlobWriter"]
