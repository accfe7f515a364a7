"""Export a trained model version as a folder or a streamed archive.

Formats (each folder loads back with ``from_pretrained``):

- ``adapter``: the PEFT adapter folder and the tokenizer (LoRA/QLoRA versions only);
- ``merged``: the adapter merged into its base (``merge_and_unload``) and saved with
  ``save_pretrained``; a fully fine-tuned version is saved as it is;
- ``safetensors``: the full weights as one ``model.safetensors`` (optionally cast to
  float16/bfloat16) with config, generation config and tokenizer; adapters are merged first.

``stream_archive`` writes a folder as tar.gz or zip in chunks from a background thread, so a
web response can send a multi-gigabyte archive without holding it in memory or on disk.
"""

from __future__ import annotations

import gzip
import queue
import shutil
import tarfile
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import torch

from llmworks_torch.loading import load_causal_lm, load_tokenizer
from llmworks_torch.model_info import is_adapter_folder, read_front_matter

ExportFormat = Literal["adapter", "merged", "safetensors"]
ArchiveFormat = Literal["tar.gz", "zip"]
EXPORT_FORMATS: tuple[str, ...] = ("adapter", "merged", "safetensors")
_DTYPES = {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}
_CHUNK = 1 << 20


class ExportError(ValueError):
    """The model version cannot be exported in the requested format."""


def _merged_model(model_dir: Path, base_model: str | Path | None, dtype: torch.dtype):
    model, tokenizer = load_causal_lm(model_dir, base_model=base_model, dtype=dtype)
    if is_adapter_folder(model_dir):
        model = model.merge_and_unload()
    return model, tokenizer


def export_folder(
    model_dir: str | Path,
    fmt: ExportFormat,
    out_dir: str | Path,
    *,
    base_model: str | Path | None = None,
    dtype: str = "float32",
) -> Path:
    """Write the ``fmt`` export of ``model_dir`` (adapter or full model folder) into ``out_dir``."""
    model_dir, out = Path(model_dir), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "adapter":
        if not is_adapter_folder(model_dir):
            raise ExportError("this model version is a full model, not an adapter; export it as 'merged' or 'safetensors'")
        shutil.copytree(model_dir, out, dirs_exist_ok=True)
        if not (out / "tokenizer_config.json").is_file():
            load_tokenizer(model_dir, base_model).save_pretrained(out)
        return out
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if dtype not in _DTYPES:
        raise ExportError(f"dtype must be one of {', '.join(_DTYPES)}")
    model, tokenizer = _merged_model(model_dir, base_model, _DTYPES[dtype])
    if fmt == "merged":
        model.save_pretrained(out)
    else:
        from safetensors.torch import save_model

        model.config.save_pretrained(out)
        if model.generation_config is not None:
            model.generation_config.save_pretrained(out)
        save_model(model, str(out / "model.safetensors"), metadata={"format": "pt"})
    tokenizer.save_pretrained(out)
    license_ = read_front_matter(model_dir / "README.md").get("license", "other")
    (out / "README.md").write_text(
        f"---\nlicense: {license_}\nlibrary_name: transformers\ntags:\n- llmworks\n- {fmt}\n---\n\n"
        f"# {model_dir.name} ({fmt} export)\n\nExported by llmworks; load with `AutoModelForCausalLM.from_pretrained`.\n",
        encoding="utf-8",
    )
    return out


class _QueueWriter:
    """A write-only file object whose bytes a consumer reads from a bounded queue."""

    def __init__(self, q: queue.Queue, chunk: int):
        self.q, self.chunk, self.buf, self.pos = q, chunk, bytearray(), 0

    def write(self, data: bytes) -> int:
        self.buf += data
        self.pos += len(data)
        while len(self.buf) >= self.chunk:
            self.q.put(bytes(self.buf[: self.chunk]))
            del self.buf[: self.chunk]
        return len(data)

    def tell(self) -> int:
        return self.pos

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if self.buf:
            self.q.put(bytes(self.buf))
            self.buf.clear()


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def stream_archive(
    folder: str | Path, archive: ArchiveFormat = "tar.gz", *, root_name: str | None = None, chunk_size: int = _CHUNK
) -> Iterator[bytes]:
    """Yield a tar.gz or zip archive of ``folder`` in chunks (members under ``root_name/``)."""
    folder = Path(folder)
    root = root_name or folder.name
    q: queue.Queue = queue.Queue(maxsize=8)
    done = object()
    errors: list[BaseException] = []
    cancelled = threading.Event()

    def produce() -> None:
        writer = _QueueWriter(q, chunk_size)
        try:
            if archive == "tar.gz":
                # weights barely compress: level 1 keeps the stream fast
                with (
                    gzip.GzipFile(fileobj=writer, mode="wb", compresslevel=1, mtime=0) as gz,
                    tarfile.open(fileobj=gz, mode="w|") as tar,
                ):
                    for f in _files(folder):
                        if cancelled.is_set():
                            return
                        tar.add(f, arcname=f"{root}/{f.relative_to(folder).as_posix()}")
            elif archive == "zip":
                with zipfile.ZipFile(writer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
                    for f in _files(folder):
                        if cancelled.is_set():
                            return
                        zf.write(f, arcname=f"{root}/{f.relative_to(folder).as_posix()}")
            else:
                raise ExportError(f"archive must be 'tar.gz' or 'zip', not {archive!r}")
            writer.close()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the consumer
            errors.append(exc)
        finally:
            q.put(done)

    thread = threading.Thread(target=produce, name="llmworks-archive", daemon=True)
    thread.start()
    try:
        while True:
            item = q.get()
            if item is done:
                break
            yield item
        if errors:
            raise errors[0]
    finally:
        cancelled.set()
        while thread.is_alive():  # unblock a producer waiting on a full queue
            try:
                q.get(timeout=0.1)
            except queue.Empty:
                pass
        thread.join()


def export_archive(
    model_dir: str | Path,
    fmt: ExportFormat,
    archive: ArchiveFormat = "tar.gz",
    *,
    base_model: str | Path | None = None,
    dtype: str = "float32",
    name: str | None = None,
    chunk_size: int = _CHUNK,
) -> Iterator[bytes]:
    """Export ``model_dir`` in ``fmt`` and stream it as an archive; the temporary folder is removed after."""
    model_dir = Path(model_dir)
    with tempfile.TemporaryDirectory(prefix="llmworks-export-") as tmp:
        folder = export_folder(model_dir, fmt, Path(tmp) / "export", base_model=base_model, dtype=dtype)
        yield from stream_archive(folder, archive, root_name=name or f"{model_dir.name}-{fmt}", chunk_size=chunk_size)


__all__ = ["EXPORT_FORMATS", "ExportError", "export_archive", "export_folder", "stream_archive"]
