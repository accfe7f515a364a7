"""The validated rows of a version, in the artifact store next to the original file.

- rows blob: one JSON object per line, in file order (whatever the upload's format);
- index blob: ``b"LWROWS01"``, the row count ``n`` (uint64), ``n + 1`` byte offsets into the
  rows blob and ``n`` 64-bit content hashes (all little-endian uint64).

Both are content-addressed like every blob, so versions with the same rows share them.
Any page of rows is one seek per row; the split is recomputed from the hashes (cached).
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from threading import Lock
from typing import Any

import numpy as np

from llmworks_datasets.splits import validation_mask

MAGIC = b"LWROWS01"
FLUSH = 1024 * 1024
LE_U64 = np.dtype("<u8")
LE_U32 = np.dtype("<u4")


def row_hash(key: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "little")


class RowsWriter:
    """Streams rows into a rows blob and collects the index; ``commit`` publishes both."""

    def __init__(self, artifacts: Any) -> None:
        self.artifacts = artifacts
        self.rows = artifacts.writer()
        self.offsets = array("Q", [0])
        self.keys = array("Q")
        self.pos = 0
        self._buf: list[bytes] = []
        self._buffered = 0

    def add(self, line: bytes, key: bytes) -> None:
        """``line``: the row's JSON, ending with a newline; ``key``: its content key."""
        self._buf.append(line)
        self._buffered += len(line)
        self.pos += len(line)
        self.offsets.append(self.pos)
        self.keys.append(row_hash(key))
        if self._buffered >= FLUSH:
            self._flush()

    def _flush(self) -> None:
        if self._buf:
            self.rows.write(b"".join(self._buf))
            self._buf, self._buffered = [], 0

    def key_array(self) -> np.ndarray:
        return np.frombuffer(self.keys, dtype=np.uint64)

    def commit(self) -> tuple[Any, Any]:
        self._flush()
        rows = self.rows.commit()
        w = self.artifacts.writer()
        try:
            w.write(MAGIC + np.array([len(self.keys)], dtype=LE_U64).tobytes())
            w.write(np.frombuffer(self.offsets, dtype=np.uint64).astype(LE_U64).tobytes())
            w.write(self.key_array().astype(LE_U64).tobytes())
        except BaseException:
            w.abort()
            raise
        return rows, w.commit()

    def abort(self) -> None:
        self.rows.abort()


@dataclass(frozen=True)
class RowIndex:
    offsets: np.ndarray
    keys: np.ndarray

    @property
    def n(self) -> int:
        return len(self.keys)


class _Lru:
    def __init__(self, size: int) -> None:
        self.size, self.items, self.lock = size, OrderedDict[Any, Any](), Lock()

    def get(self, key: Any, make: Any) -> Any:
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        value = make()
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


_indexes = _Lru(16)
_masks = _Lru(32)


def load_index(artifacts: Any, digest: str) -> RowIndex:
    def make() -> RowIndex:
        with artifacts.open(digest) as fh:
            data = fh.read()
        if data[:8] != MAGIC:
            raise ValueError(f"blob {digest} is not a datasets row index")
        n = int(np.frombuffer(data, dtype=LE_U64, count=1, offset=8)[0])
        offsets = np.frombuffer(data, dtype=LE_U64, count=n + 1, offset=16)
        keys = np.frombuffer(data, dtype=LE_U64, count=n, offset=16 + 8 * (n + 1))
        return RowIndex(offsets, keys)

    return _indexes.get((artifacts.url, digest), make)


def split_mask(artifacts: Any, index_digest: str, fraction: float, seed: int) -> np.ndarray:
    """True for validation rows (cached per index, fraction and seed)."""
    return _masks.get((artifacts.url, index_digest, fraction, seed),
                      lambda: validation_mask(load_index(artifacts, index_digest).keys, fraction, seed))


def read_rows(artifacts: Any, rows_digest: str, index: RowIndex, positions: Iterable[int]) -> list[dict[str, Any]]:
    """The rows at ``positions`` (0-based row numbers), one seek each."""
    out = []
    with artifacts.open(rows_digest) as fh:
        for p in positions:
            start, end = int(index.offsets[p]), int(index.offsets[p + 1])
            fh.seek(start)
            out.append(json.loads(fh.read(end - start)))
    return out


def iter_blob_rows(artifacts: Any, rows_digest: str, mask: np.ndarray | None = None, want: bool = True) -> Iterator[dict[str, Any]]:
    """Every row in order; with ``mask``, only rows whose mask value is ``want``."""
    with artifacts.open(rows_digest) as fh:
        for i, line in enumerate(fh):
            if mask is None or bool(mask[i]) == want:
                yield json.loads(line)
