"""Run an exported causal LM with ONNX Runtime and a key/value cache.

The format of an llmworks ONNX export (``llmworks_onnx.json`` + ``model.onnx``) and its runtime,
shared by the backends that run exports (the onnx plugin's "onnxruntime", the triton plugin's
Python-backend models). This module needs only the standard library, numpy and onnxruntime, and
imports nothing from llmworks: the Triton model repository ships a copy of it next to
``model.py`` so the server needs no llmworks package.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

MANIFEST_NAME = "llmworks_onnx.json"
MODEL_NAME = "model.onnx"


@dataclass(frozen=True)
class OnnxManifest:
    """What an exported folder holds: graph inputs/outputs and the cache layout."""

    format: int
    opset: int
    model_type: str
    num_layers: int
    num_kv_heads: int
    head_dim: int
    vocab_size: int
    context_length: int
    eos_token_ids: list[int] = field(default_factory=list)
    bos_token_id: int | None = None
    inputs: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    source_key: str | None = None
    max_abs_diff: float | None = None

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), indent=2)

    @classmethod
    def from_json(cls, text: str) -> OnnxManifest:
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in json.loads(text).items() if k in known})

    def write(self, folder: Path) -> Path:
        path = Path(folder) / MANIFEST_NAME
        path.write_text(self.to_json() + "\n")
        return path

    @classmethod
    def read(cls, folder: Path) -> OnnxManifest:
        return cls.from_json((Path(folder) / MANIFEST_NAME).read_text())

    def replace(self, **changes: Any) -> OnnxManifest:
        return dataclasses.replace(self, **changes)

    @property
    def past_names(self) -> list[str]:
        return [n for n in self.inputs if n.startswith("past_key_values.")]


def is_exported(folder: Path) -> bool:
    return (Path(folder) / MANIFEST_NAME).is_file() and (Path(folder) / MODEL_NAME).is_file()


def default_providers() -> list[str]:
    """CUDA first when this onnxruntime build has it, CPU always."""
    import onnxruntime as ort

    available = ort.get_available_providers()
    return [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in available]


@dataclass
class KVCache:
    """Past keys/values of one sequence (batch 1 or more) and how many positions they hold."""

    tensors: list[np.ndarray]
    length: int = 0


class OnnxCausalLM:
    """An ONNX Runtime session over an exported folder."""

    def __init__(self, folder: Path, *, providers: list[str] | None = None, threads: int = 0) -> None:
        import onnxruntime as ort

        self.folder = Path(folder)
        self.manifest = OnnxManifest.read(self.folder)
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(
            str(self.folder / MODEL_NAME), sess_options=options, providers=providers or default_providers()
        )
        self.providers = self.session.get_providers()
        self._graph_inputs = {i.name for i in self.session.get_inputs()}

    @property
    def memory_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.folder.iterdir() if p.is_file())

    def new_cache(self, batch: int = 1) -> KVCache:
        m = self.manifest
        empty = np.zeros((batch, m.num_kv_heads, 0, m.head_dim), dtype=np.float32)
        return KVCache([empty] * len(m.past_names), 0)

    def forward(self, input_ids: np.ndarray, cache: KVCache) -> tuple[np.ndarray, KVCache]:
        """Logits ``[batch, new, vocab]`` for ``input_ids`` ``[batch, new]`` after ``cache``;
        returns them with the cache extended by the new positions."""
        input_ids = np.asarray(input_ids, dtype=np.int64)
        batch, new = input_ids.shape
        total = cache.length + new
        feed: dict[str, np.ndarray] = {
            "input_ids": input_ids,
            "attention_mask": np.ones((batch, total), dtype=np.int64),
            "position_ids": np.broadcast_to(np.arange(cache.length, total, dtype=np.int64), (batch, new)).copy(),
        }
        feed.update(zip(self.manifest.past_names, cache.tensors, strict=True))
        feed = {k: v for k, v in feed.items() if k in self._graph_inputs}
        logits, *present = self.session.run(None, feed)
        return logits, KVCache(present, total)

    def logits_fn(self) -> Any:
        """A stateful ``feed(token_ids) -> last-position logits`` for one sequence."""
        cache = self.new_cache()

        def feed(token_ids: list[int]) -> np.ndarray:
            nonlocal cache
            logits, cache = self.forward(np.asarray([token_ids], dtype=np.int64), cache)
            return logits[0, -1]

        return feed
