"""Model folders: what ``ModelRef.path`` points at, inspected without loading weights.

Shared by the model registry and every backend (part of the plugin contract).

Parameter counts come from the config (the model is built on the ``meta`` device, which
allocates nothing) and fall back to the safetensors headers; licences come from the model
card's front matter. Works on any folder ``from_pretrained`` loads, on PEFT adapter folders
and on entries of the HF cache.
"""

from __future__ import annotations

import json
import logging
import struct
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from llmworks_sdk import Invalid
from llmworks_sdk.expressions import load_yaml

log = logging.getLogger(__name__)

#: config attributes that hold the context length, in order of preference
_CONTEXT_KEYS = ("max_position_embeddings", "n_positions", "n_ctx", "max_seq_len", "seq_length", "max_sequence_length")
_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".gguf", ".onnx")


class ModelInfo(BaseModel):
    """What llmworks shows about a model before loading it."""

    name: str
    path: str
    source: str = "folder"  # "folder" | "hf-cache"
    is_adapter: bool = False
    base_model: str | None = None  # adapters: base_model_name_or_path
    architecture: str | None = None  # e.g. "GPT2LMHeadModel"
    model_type: str | None = None  # e.g. "gpt2"
    parameters: int | None = None
    parameters_source: str | None = None  # "config" | "safetensors"
    context_length: int | None = None
    size_bytes: int = 0
    license: str | None = None
    has_tokenizer: bool = False
    torch_dtype: str | None = None
    adapter: dict[str, Any] | None = None  # r, lora_alpha, target_modules, peft_type


def read_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def read_front_matter(readme: Path) -> dict[str, Any]:
    """The YAML front matter of a model card (``---`` block at the top), or ``{}``."""
    try:
        text = readme.read_text(encoding="utf-8")
    except OSError:
        return {}
    if not text.startswith("---"):
        return {}
    end = text.find("\n---", 3)
    if end < 0:
        return {}
    try:  # the card comes with an uploaded model: bounded like any user YAML (no aliases, capped nodes)
        data = load_yaml(text[3:end], field=("model_card",))
    except Invalid:
        return {}
    return data if isinstance(data, dict) else {}


def is_model_folder(path: Path) -> bool:
    return (path / "config.json").is_file() or (path / "adapter_config.json").is_file()


def is_adapter_folder(path: str | Path) -> bool:
    return (Path(path) / "adapter_config.json").is_file()


def resolve_model_path(name_or_path: str | Path) -> Path:
    """A local folder as is; a hub id resolved to its snapshot in the local HF cache.

    Never downloads: a hub id that is not cached raises ``FileNotFoundError``.
    """
    path = Path(name_or_path).expanduser()
    if path.is_dir():
        return path
    return resolve_hub_id(str(name_or_path))


def resolve_hub_id(repo_id: str) -> Path:
    """The snapshot folder of a hub model in the local HF cache (never a local path, never a download)."""
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(repo_id, local_files_only=True))
    except Exception as exc:  # LocalEntryNotFoundError, HFValidationError, ...
        raise FileNotFoundError(f"{repo_id!r} is neither a model folder nor a model in the local Hugging Face cache") from exc


def link_or_copy(src: Path, dst: Path) -> None:
    """Hard-link ``src`` to ``dst`` when both are on one file system (model files can be large),
    else copy; ``dst`` is replaced if it exists."""
    import os
    import shutil

    dst.unlink(missing_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def folder_size(path: Path) -> int:
    """Bytes on disk under ``path`` (symlinks of the HF cache followed to their blobs)."""
    total = 0
    for f in path.rglob("*"):
        try:
            if f.is_file():
                total += f.stat().st_size
        except OSError:
            continue
    return total


def context_length_of(config: dict[str, Any]) -> int | None:
    for key in _CONTEXT_KEYS:
        value = config.get(key)
        if isinstance(value, int) and value > 0:
            return value
    text_config = config.get("text_config")
    if isinstance(text_config, dict):
        return context_length_of(text_config)
    return None


def safetensors_parameter_count(folder: Path) -> int | None:
    """Sum of tensor sizes from the headers of every ``*.safetensors`` file (no data read)."""
    files = sorted(folder.glob("*.safetensors"))
    if not files:
        return None
    total = 0
    for f in files:
        with f.open("rb") as fh:
            (n,) = struct.unpack("<Q", fh.read(8))
            header = json.loads(fh.read(n))
        for name, meta in header.items():
            if name == "__metadata__":
                continue
            count = 1
            for dim in meta["shape"]:
                count *= dim
            total += count
    return total


def meta_model(folder: Path):
    """The model built from its config on the meta device (no memory, no weights read)."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    config = AutoConfig.from_pretrained(folder)
    with torch.device("meta"):  # unlike accelerate's init_empty_weights, keeps tied weights tied
        return AutoModelForCausalLM.from_config(config)


@lru_cache(maxsize=64)
def _config_parameter_count(folder: str, mtime: float) -> int:
    model = meta_model(Path(folder))
    return sum(p.numel() for p in model.parameters())  # parameters() yields tied weights once


def parameter_count(folder: str | Path) -> tuple[int | None, str | None]:
    """(count, source) where source is "config" or "safetensors"; (None, None) if unknown."""
    folder = Path(folder)
    if not is_adapter_folder(folder):
        try:
            return _config_parameter_count(str(folder), (folder / "config.json").stat().st_mtime), "config"
        except Exception as exc:  # noqa: BLE001 - unknown architecture, remote code, ...
            log.debug("config parameter count failed for %s: %s", folder, exc)
    try:
        count = safetensors_parameter_count(folder)
    except (OSError, ValueError, KeyError, struct.error) as exc:
        log.debug("safetensors header count failed for %s: %s", folder, exc)
        count = None
    return (count, "safetensors") if count is not None else (None, None)


def inspect_model(name_or_path: str | Path, *, name: str | None = None, source: str = "folder") -> ModelInfo:
    """Describe a model folder, an adapter folder or a cached hub model."""
    folder = resolve_model_path(name_or_path)
    card = read_front_matter(folder / "README.md")
    info = ModelInfo(
        name=name or (str(name_or_path) if not Path(name_or_path).is_dir() else folder.name),
        path=str(folder),
        source=source,
        size_bytes=folder_size(folder),
        has_tokenizer=any((folder / f).is_file() for f in ("tokenizer.json", "tokenizer.model", "vocab.json")),
    )
    license_ = card.get("license")
    if is_adapter_folder(folder):
        adapter = read_json(folder / "adapter_config.json")
        info.is_adapter = True
        info.base_model = adapter.get("base_model_name_or_path")
        info.adapter = {
            k: adapter.get(k) for k in ("peft_type", "r", "lora_alpha", "lora_dropout", "target_modules", "task_type")
        }
        base_config = read_json(folder / "config.json")
        if not base_config and info.base_model:
            try:
                base_config = read_json(resolve_model_path(info.base_model) / "config.json")
            except FileNotFoundError:
                base_config = {}
        config = base_config
    else:
        config = read_json(folder / "config.json")
    architectures = config.get("architectures") or []
    info.architecture = architectures[0] if architectures else None
    info.model_type = config.get("model_type")
    info.context_length = context_length_of(config)
    info.torch_dtype = config.get("dtype") or config.get("torch_dtype")
    info.license = license_ or config.get("license")
    info.parameters, info.parameters_source = parameter_count(folder)
    return info


def _candidate_folders(root: Path, depth: int) -> Iterable[Path]:
    if is_model_folder(root):
        yield root
        return
    if depth == 0:
        return
    try:
        children = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return
    for child in children:
        yield from _candidate_folders(child, depth - 1)


def list_model_folders(root: str | Path, *, depth: int = 2) -> list[ModelInfo]:
    """Every model or adapter folder under ``root`` (``root/name`` or ``root/org/name``)."""
    root = Path(root).expanduser()
    if not root.is_dir():
        return []
    out = []
    for folder in _candidate_folders(root, depth):
        try:
            out.append(inspect_model(folder, name=str(folder.relative_to(root)) if folder != root else folder.name))
        except Exception as exc:  # noqa: BLE001 - a broken folder must not hide the others
            log.warning("skipping model folder %s: %s", folder, exc)
    return out


def list_cached_models(cache_dir: str | Path | None = None) -> list[ModelInfo]:
    """Models in the local Hugging Face cache (newest revision of each); [] if there is no cache."""
    from huggingface_hub import scan_cache_dir
    from huggingface_hub.errors import CacheNotFound

    try:
        cache = scan_cache_dir(cache_dir)
    except CacheNotFound:
        return []
    except OSError as exc:
        log.warning("cannot scan the Hugging Face cache: %s", exc)
        return []
    out = []
    for repo in sorted(cache.repos, key=lambda r: r.repo_id):
        if repo.repo_type != "model" or not repo.revisions:
            continue
        revision = max(repo.revisions, key=lambda r: r.last_modified)
        snapshot = Path(revision.snapshot_path)
        if not is_model_folder(snapshot):
            continue
        try:
            info = inspect_model(snapshot, name=repo.repo_id, source="hf-cache")
        except Exception as exc:  # noqa: BLE001 - one broken cache entry must not hide the others
            log.warning("skipping cached model %s: %s", repo.repo_id, exc)
            continue
        info.size_bytes = revision.size_on_disk
        out.append(info)
    return out
