"""Attention maps: compact encodings and a small store to step through layers and heads.

A map is one ``[seq, seq]`` matrix (row = query position, column = key position), sent as
base64 of row-major bytes: ``float16`` (little-endian IEEE half) or ``uint8`` quantised with a
per-map ``scale`` (value ≈ byte × scale; max error scale / 2). An analysis (all layers and
heads of one text) is kept in memory under an id so a UI can fetch layer/head after layer/head
without running the model again.
"""

from __future__ import annotations

import base64
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from llmworks_sdk import Invalid, NotFound

Encoding = Literal["float16", "uint8"]


def encode_map(m: np.ndarray, encoding: Encoding) -> dict[str, Any]:
    m = np.asarray(m, dtype=np.float32)
    out: dict[str, Any] = {"encoding": encoding, "shape": list(m.shape)}
    if encoding == "float16":
        out["data"] = base64.b64encode(m.astype("<f2").tobytes()).decode("ascii")
        return out
    peak = float(m.max()) if m.size else 0.0
    scale = (peak / 255.0) if peak > 0 else 1.0 / 255.0
    q = np.clip(np.rint(m / scale), 0, 255).astype(np.uint8)
    out.update(scale=scale, data=base64.b64encode(q.tobytes()).decode("ascii"))
    return out


def decode_map(payload: dict[str, Any]) -> np.ndarray:
    """Inverse of :func:`encode_map` (for clients written in Python, and tests)."""
    raw = base64.b64decode(payload["data"])
    shape = tuple(payload["shape"])
    if payload["encoding"] == "float16":
        return np.frombuffer(raw, dtype="<f2").astype(np.float32).reshape(shape)
    return np.frombuffer(raw, dtype=np.uint8).astype(np.float32).reshape(shape) * float(payload["scale"])


@dataclass
class Analysis:
    id: str
    owner_id: int
    project_id: int | None
    model: str
    backend: str
    adapter: str | None
    token_ids: list[int]
    tokens: list[str]
    maps: np.ndarray  # [layers, heads, seq, seq]
    summary: list[dict[str, Any]]
    truncated: bool
    created: float = field(default_factory=time.time)

    @property
    def layers(self) -> int:
        return int(self.maps.shape[0])

    @property
    def heads(self) -> int:
        return int(self.maps.shape[1])

    def header(self) -> dict[str, Any]:
        return {"id": self.id, "model": self.model, "backend": self.backend, "adapter": self.adapter,
                "layers": self.layers, "heads": self.heads, "seq_len": len(self.tokens), "tokens": self.tokens,
                "token_ids": self.token_ids, "truncated": self.truncated}

    def head_summary(self) -> list[dict[str, Any]]:
        """Per (layer, head): for each position the earlier token it attends most, and the mean entropy."""
        out = []
        for h in self.summary:
            most = h["most_attended"]
            out.append({
                "layer": h["layer"], "head": h["head"], "mean_entropy": h["mean_entropy"],
                "most_attended": most,
                "most_attended_tokens": [None if j is None else self.tokens[j] for j in most],
            })
        return out

    def select(self, layer: int | None, head: int | None, encoding: Encoding) -> list[dict[str, Any]]:
        """Maps of one layer/head, one layer (all heads), one head in every layer, or all."""
        if layer is not None and not 0 <= layer < self.layers:
            raise Invalid(f"layer must be in 0..{self.layers - 1}; got {layer}", field=("query", "layer"))
        if head is not None and not 0 <= head < self.heads:
            raise Invalid(f"head must be in 0..{self.heads - 1}; got {head}", field=("query", "head"))
        layers = [layer] if layer is not None else range(self.layers)
        heads = [head] if head is not None else range(self.heads)
        return [{"layer": la, "head": he, **encode_map(self.maps[la, he], encoding)} for la in layers for he in heads]

    def page(self, layer: int | None, head: int | None, encoding: Encoding) -> dict[str, Any]:
        """Header, chosen maps, and where to step next (layer-major order)."""
        maps = self.select(layer, head, encoding)
        nav: dict[str, Any] = {}
        if layer is not None and head is not None:
            flat = layer * self.heads + head
            total = self.layers * self.heads
            nav = {"previous": None if flat == 0 else {"layer": (flat - 1) // self.heads, "head": (flat - 1) % self.heads},
                   "next": None if flat + 1 >= total else {"layer": (flat + 1) // self.heads, "head": (flat + 1) % self.heads}}
        return {**self.header(), "maps": maps, "navigation": nav,
                "head_summary": [h for h in self.head_summary()
                                 if (layer is None or h["layer"] == layer) and (head is None or h["head"] == head)]}


class AnalysisStore:
    """The last ``capacity`` analyses within ``max_bytes`` (LRU; the newest is always kept),
    each readable only by its owner (or an admin)."""

    def __init__(self, capacity: int, max_bytes: int) -> None:
        self.capacity = capacity
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, Analysis] = OrderedDict()
        self._lock = threading.Lock()

    def new_id(self) -> str:
        return f"att-{uuid.uuid4().hex[:20]}"

    def put(self, analysis: Analysis) -> None:
        with self._lock:
            self._items[analysis.id] = analysis
            while len(self._items) > 1 and (len(self._items) > self.capacity or
                                            sum(a.maps.nbytes for a in self._items.values()) > self.max_bytes):
                self._items.popitem(last=False)

    def get(self, analysis_id: str, auth: Any) -> Analysis:
        with self._lock:
            a = self._items.get(analysis_id)
            if a is not None:
                self._items.move_to_end(analysis_id)
        if a is None or (a.owner_id != auth.user_id and not auth.is_admin):
            raise NotFound(f"attention analysis '{analysis_id}' not found (analyses are kept in memory for a while only): "
                           "POST /api/inference/attention again")
        return a


_store_lock = threading.Lock()


def store(kernel: Any) -> AnalysisStore:
    s = kernel.state.get("inference.attention")
    if s is None:
        with _store_lock:
            s = kernel.state.get("inference.attention")
            if s is None:
                from llmworks_inference.settings import inference_settings

                settings = inference_settings(kernel)
                s = AnalysisStore(settings.attention_results, int(settings.attention_store_mb * 1024 * 1024))
                kernel.state["inference.attention"] = s
    return s
