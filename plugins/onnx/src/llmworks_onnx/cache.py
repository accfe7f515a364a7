"""Exports cached by content: the same weights (and adapter) are exported once per machine."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from llmworks_sdk.onnx_runtime import is_exported

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def default_cache_dir() -> Path:
    """``$LLMWORKS_ONNX_CACHE``, else ``<LLMWORKS_HOME>/onnx-cache``."""
    from llmworks_onnx.settings import OnnxSettings

    return OnnxSettings().cache_dir


def _hash_tree(digest: hashlib._Hash, folder: Path) -> None:
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        digest.update(rel.as_posix().encode() + b"\0")
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        digest.update(b"\0")


def content_key(model_dir: Path, adapter_dir: Path | None = None) -> str:
    """A hex key over the export format and every file of the model (and adapter) folder."""
    from llmworks_onnx.export import EXPORT_FORMAT

    digest = hashlib.sha256(f"llmworks-onnx-export:{EXPORT_FORMAT}\0".encode())
    _hash_tree(digest, Path(model_dir))
    if adapter_dir is not None:
        digest.update(b"adapter\0")
        _hash_tree(digest, Path(adapter_dir))
    return digest.hexdigest()[:32]


def ensure_exported(
    model_dir: Path, *, adapter_dir: Path | None = None, cache_dir: Path | None = None
) -> Path:
    """The folder of an ONNX export of ``model_dir`` (+ ``adapter_dir``): ``model_dir`` itself
    when it already is one, else ``<cache_dir>/<content key>``, exported on first use."""
    model_dir = Path(model_dir)
    if adapter_dir is None and is_exported(model_dir):
        return model_dir
    key = content_key(model_dir, adapter_dir)
    target = Path(cache_dir or default_cache_dir()) / key
    with _locks_guard:
        lock = _locks.setdefault(key, threading.Lock())
    with lock:
        if not is_exported(target):
            from llmworks_onnx.export import export_onnx

            export_onnx(model_dir, target, adapter_dir=adapter_dir, source_key=key)
    return target



class OnnxExportsService:
    """The :class:`llmworks_sdk.services.OnnxExports` service: this module's cache, for the
    backends of other plugins (Triton) that serve exports."""

    def cache_dir(self) -> Path:
        return default_cache_dir()

    def ensure_exported(self, model_dir: Path, *, adapter_dir: Path | None = None, cache_dir: Path | None = None) -> Path:
        return ensure_exported(model_dir, adapter_dir=adapter_dir, cache_dir=cache_dir)
