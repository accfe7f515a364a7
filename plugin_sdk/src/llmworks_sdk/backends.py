"""Protocols for inference backends (``register_inference_backends``).

A backend turns a :class:`ModelRef` into a :class:`LoadedModel`; the kernel's inference
plugin caches loaded models under a memory budget (LRU) and calls ``stream`` per request.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from llmworks_sdk.generation import GeneratedToken, GenerationParams


@dataclass(frozen=True)
class ModelRef:
    """What to load.

    ``path`` is a folder that ``from_pretrained`` loads (a base model, or merged weights).
    ``adapters`` maps adapter names to PEFT adapter folders trained on that base; a backend
    that supports adapters keeps one base in memory and switches adapter per request.
    ``key`` identifies the loaded object in caches (e.g. ``"model-version:12"``).
    """

    key: str
    path: Path
    adapters: dict[str, Path] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class LoadedModel(Protocol):
    #: approximate resident size, used by the LRU memory budget
    memory_bytes: int
    #: maximum sequence length (prompt + generated tokens)
    context_length: int

    def count_tokens(self, text: str) -> int: ...

    def stream(
        self, prompt: str, params: GenerationParams, *, adapter: str | None = None
    ) -> Iterator[GeneratedToken]:
        """Yield generated tokens one by one; stop at EOS, a stop sequence or max_new_tokens."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class InferenceBackend(Protocol):
    #: unique name: "pytorch", "onnxruntime", "triton", ...
    name: str
    #: human description shown in the UI
    description: str
    #: whether LoadedModel.attentions(...) is available
    supports_attention: bool
    #: whether adapters can be switched per request on one loaded base
    supports_adapters: bool

    def available(self) -> tuple[bool, str]:
        """(True, "") when usable on this machine, else (False, reason to show users)."""
        ...

    def load(self, ref: ModelRef) -> LoadedModel: ...
