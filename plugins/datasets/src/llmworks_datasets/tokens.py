"""Token statistics of a version for a tokenizer (``transformers.AutoTokenizer`` from a local
folder), cached per (version, tokenizer files).

``model`` names the tokenizer: a base model (``base:<name>`` or a bare name: a folder in the
models folder, or anything the ``ModelRegistry`` service (llmworks-models) knows when the registry
plugin is installed), a custom model version (``custom:<id>``, its base's tokenizer), or an
absolute folder on the server (administrators only).

Tokens of a row: ``text``; ``prompt + completion``; the longer of ``prompt + chosen`` and
``prompt + rejected``; chat messages rendered by the tokenizer's chat template (one
``role: content`` line per message when it has none). Special tokens are included.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from llmworks_sdk import Forbidden, Invalid, NotFound, PluginMissingDependency
from llmworks_sdk.services import ModelRegistry, get_service

from llmworks_datasets.rowstore import _Lru

TOKENIZER_FILES = (
    "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "added_tokens.json", "vocab.json",
    "vocab.txt", "merges.txt", "tokenizer.model", "spiece.model", "sentencepiece.bpe.model", "chat_template.jinja",
    "chat_template.json",
)
MODEL_FIELD = ("query", "model")
_tokenizers = _Lru(2)


def tokenizer_folder(kernel: Any, db: Any, auth: Any, model: str, project_id: int | None = None) -> Path:
    """The folder holding the tokenizer of ``model`` (a model name looked up for ``project_id``,
    the dataset's project); checks the caller may use it."""
    model = model.strip()
    if not model:
        raise Invalid("name a tokenizer: a base model name or a model folder", field=MODEL_FIELD)
    if Path(model).is_absolute():
        if not auth.is_admin:
            raise Forbidden("only administrators may name a folder on the server; use a base model name (base:<name>)")
        folder = Path(model)
    else:
        folder = _registered_folder(kernel, db, auth, model, project_id)
    if not folder.is_dir():
        raise NotFound(f"model '{model}' has no folder on the server", field=MODEL_FIELD)  # no server paths in answers
    if not any((folder / f).is_file() for f in TOKENIZER_FILES):
        raise Invalid(f"model '{model}' holds no tokenizer files (tokenizer.json, tokenizer_config.json, ...)", field=MODEL_FIELD)
    return folder


def _registered_folder(kernel: Any, db: Any, auth: Any, model: str, project_id: int | None) -> Path:
    name = model.removeprefix("base:")
    root = Path(kernel.settings.models_path).resolve()
    registry = get_service(kernel, ModelRegistry)
    if registry is not None:
        try:
            ref, owner = registry.resolve(db, model, principal=auth, project_id=project_id)
        except (LookupError, FileNotFoundError, ValueError) as exc:
            missing: Exception | None = exc
        else:
            if owner is not None:
                auth.require_project(owner, what="model")
            return Path(ref.path)
    else:
        missing = None
    if "/" not in name and "\\" not in name and name not in (".", "..") and (root / name).is_dir():
        return root / name  # a folder of the models folder holding a tokenizer alone (no model)
    if missing is None:  # base models and model versions are the model registry's
        raise NotFound(f"unknown model '{model}': put its folder in the models folder (or install llmworks-models)",
                       field=MODEL_FIELD)
    raise NotFound(str(missing), field=MODEL_FIELD) from None


def tokenizer_key(folder: Path) -> str:
    """A hash of the tokenizer files: the cache key (changes when the tokenizer changes)."""
    h = hashlib.sha256()
    for name in TOKENIZER_FILES:
        p = folder / name
        if p.is_file():
            h.update(name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def load_tokenizer(folder: Path, key: str) -> Any:
    try:
        from transformers import AutoTokenizer
    except ImportError:
        raise PluginMissingDependency("token statistics need transformers: pip install 'llmworks-datasets[tokens]'") from None

    def make() -> Any:
        try:
            return AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        except Exception as exc:  # noqa: BLE001 - any loader error is the folder's problem, say so
            message = str(exc).replace(str(folder), "<model folder>")
            raise Invalid(f"cannot load the tokenizer of this model: {type(exc).__name__}: {message[:300]}",
                          field=MODEL_FIELD) from None

    return _tokenizers.get(key, make)


def _texts(row: dict[str, Any], kind: str, tokenizer: Any) -> list[str]:
    if kind == "chat":
        if getattr(tokenizer, "chat_template", None):
            return [tokenizer.apply_chat_template(row["messages"], tokenize=False)]
        return ["\n".join(f"{m['role']}: {m['content']}" for m in row["messages"])]
    if kind == "preference":
        return [row["prompt"] + row["chosen"], row["prompt"] + row["rejected"]]
    if kind == "prompt-completion":
        return [row["prompt"] + row["completion"]]
    return [row["text"]]


def token_lengths(tokenizer: Any, rows: Iterator[dict[str, Any]], kind: str, batch_rows: int = 512,
                  batch_chars: int = 8 * 1024 * 1024) -> np.ndarray:
    """Tokens per row (uint32), in row order; rows are streamed and tokenised in batches of at
    most ``batch_rows`` rows and ``batch_chars`` characters (a batch of huge rows stays small)."""
    templated = kind == "chat" and bool(getattr(tokenizer, "chat_template", None))
    out: list[int] = []
    batch: list[list[str]] = []
    chars = 0

    def flush() -> None:
        nonlocal chars
        chars = 0
        flat = [t for texts in batch for t in texts]
        ids = tokenizer(flat, add_special_tokens=not templated)["input_ids"]
        i = 0
        for texts in batch:
            out.append(max(len(ids[j]) for j in range(i, i + len(texts))))
            i += len(texts)
        batch.clear()

    for row in rows:
        texts = _texts(row, kind, tokenizer)
        batch.append(texts)
        chars += sum(len(t) for t in texts)
        if len(batch) >= batch_rows or chars >= batch_chars:
            flush()
    if batch:
        flush()
    return np.asarray(out, dtype=np.uint32)


def summarize(lengths: np.ndarray, validation: np.ndarray, max_length: int | None) -> dict[str, Any]:
    """Statistics of per-row token counts; ``validation`` marks the validation rows."""
    def part(x: np.ndarray) -> dict[str, Any]:
        if not len(x):
            return {"rows": 0, "total_tokens": 0}
        return {"rows": int(len(x)), "total_tokens": int(x.sum(dtype=np.uint64))}

    n = len(lengths)
    out: dict[str, Any] = {
        "rows": n,
        "tokens_per_row": {
            "min": int(lengths.min()) if n else 0,
            "mean": round(float(lengths.mean()), 2) if n else 0.0,
            "p95": round(float(np.percentile(lengths, 95)), 2) if n else 0.0,
            "max": int(lengths.max()) if n else 0,
        },
        "total_tokens": int(lengths.sum(dtype=np.uint64)),
        "splits": {"train": part(lengths[~validation]), "validation": part(lengths[validation])},
        "max_length": max_length,
        "rows_over_max_length": int((lengths > max_length).sum()) if max_length else None,
    }
    return out


def model_max_length(tokenizer: Any) -> int | None:
    m = getattr(tokenizer, "model_max_length", None)
    return int(m) if isinstance(m, int) and 0 < m < 10_000_000 else None
