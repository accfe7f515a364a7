"""The loaded-model cache: one per kernel, LRU under a memory budget, thread-safe.

    from llmworks_inference.cache import get_loaded, lease

    model = get_loaded(kernel, "pytorch", ref)          # load once, then served from memory
    with lease(kernel, "pytorch", ref) as model:        # pinned: not closed while in use
        for token in model.stream(prompt, params): ...

Models are keyed by ``(backend name, ModelRef.key)``. After each load, least recently used
models are evicted until the resident total (``LoadedModel.memory_bytes``) fits the budget
(``LLMWORKS_INFERENCE_MEMORY_BUDGET_MB``). A model that is pinned by a lease when it is
evicted leaves the cache at once but is closed only when its last lease ends. A model larger
than the whole budget is still served (alone) and counted in ``stats()["over_budget"]``.
Two threads asking for the same model load it once; loads of different models run in parallel.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from llmworks_sdk import InferenceBackend, Invalid, LlmworksError, LoadedModel, ModelRef, Unavailable

log = logging.getLogger("llmworks.inference.cache")
STATE_KEY = "inference.cache"
_state_lock = threading.Lock()


@dataclass
class _Entry:
    key: tuple[str, str]
    model: Any
    memory_bytes: int
    load_seconds: float
    loaded_at: float = field(default_factory=time.time)
    last_used: float = field(default_factory=time.time)
    uses: int = 0
    pins: int = 0
    evicted: bool = False


class ModelCache:
    """LRU cache of loaded models under ``budget_bytes``."""

    def __init__(self, budget_bytes: int) -> None:
        self.budget_bytes = int(budget_bytes)
        self._lock = threading.RLock()
        self._entries: OrderedDict[tuple[str, str], _Entry] = OrderedDict()
        self._loading: dict[tuple[str, str], threading.Lock] = {}
        self._retired: list[_Entry] = []  # evicted while pinned: closed when the last lease ends
        self.hits = self.misses = self.evictions = self.load_failures = self.over_budget = 0
        self.load_seconds = 0.0

    # ---------------------------------------------------------------- public API
    def get(self, backend: InferenceBackend, ref: ModelRef) -> LoadedModel:
        """The loaded model (loading it on a miss), marked most recently used."""
        entry = self._acquire(backend, ref, pin=False)
        return entry.model

    def acquire(self, backend: InferenceBackend, ref: ModelRef) -> tuple[LoadedModel, Any]:
        """Pin a model without a ``with`` block (e.g. across a streamed response): returns
        ``(model, release)``; call ``release()`` exactly once."""
        entry = self._acquire(backend, ref, pin=True)
        done = threading.Event()

        def release() -> None:
            if not done.is_set():
                done.set()
                self._release(entry)

        return entry.model, release

    def evict(self, backend_name: str, model_key: str) -> bool:
        """Drop one model (closed now, or when its last lease ends); False when not cached."""
        with self._lock:
            entry = self._entries.pop((backend_name, model_key), None)
            if entry is None:
                return False
            self._retire(entry)
        return True

    def clear(self) -> None:
        with self._lock:
            for entry in list(self._entries.values()):
                self._retire(entry)
            self._entries.clear()

    def set_budget(self, budget_bytes: int) -> None:
        with self._lock:
            self.budget_bytes = int(budget_bytes)
            self._shrink(keep=None)

    def stats(self) -> dict[str, Any]:
        with self._lock:
            used = sum(e.memory_bytes for e in self._entries.values())
            now = time.time()
            return {
                "budget_bytes": self.budget_bytes,
                "used_bytes": used,
                "models": len(self._entries),
                "hits": self.hits,
                "misses": self.misses,
                "evictions": self.evictions,
                "load_failures": self.load_failures,
                "over_budget": self.over_budget,
                "load_seconds_total": round(self.load_seconds, 3),
                "pending_close": len(self._retired),
                # most recently used first
                "entries": [
                    {"backend": e.key[0], "key": e.key[1], "memory_bytes": e.memory_bytes,
                     "load_seconds": round(e.load_seconds, 3), "uses": e.uses, "in_use": e.pins,
                     "idle_seconds": round(now - e.last_used, 3)}
                    for e in reversed(self._entries.values())
                ],
            }

    # ---------------------------------------------------------------- internals
    def _acquire(self, backend: InferenceBackend, ref: ModelRef, *, pin: bool) -> _Entry:
        key = (backend.name, ref.key)
        with self._lock:
            entry = self._hit(key, pin)
            if entry is not None:
                return entry
            gate = self._loading.setdefault(key, threading.Lock())
        with gate:  # single flight per model; other models load in parallel
            with self._lock:
                entry = self._hit(key, pin)
                if entry is not None:
                    return entry
                self.misses += 1
            start = time.perf_counter()
            try:
                model = backend.load(ref)
            except Exception:
                with self._lock:
                    self.load_failures += 1
                    self._loading.pop(key, None)
                raise
            seconds = time.perf_counter() - start
            entry = _Entry(key, model, int(getattr(model, "memory_bytes", 0) or 0), seconds)
            with self._lock:
                self.load_seconds += seconds
                self._entries[key] = entry
                self._use(entry, pin)
                self._shrink(keep=key)
                self._loading.pop(key, None)
            log.info("loaded %s on %s in %.2f s (%d bytes)", ref.key, backend.name, seconds, entry.memory_bytes)
            return entry

    def _hit(self, key: tuple[str, str], pin: bool) -> _Entry | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        self.hits += 1
        self._entries.move_to_end(key)
        self._use(entry, pin)
        return entry

    @staticmethod
    def _use(entry: _Entry, pin: bool) -> None:
        entry.uses += 1
        entry.last_used = time.time()
        if pin:
            entry.pins += 1

    def _shrink(self, keep: tuple[str, str] | None) -> None:
        """Evict least recently used models (never ``keep``) until the total fits the budget."""
        total = sum(e.memory_bytes for e in self._entries.values())
        for key in list(self._entries):
            if total <= self.budget_bytes:
                break
            if key == keep:
                continue
            entry = self._entries.pop(key)
            total -= entry.memory_bytes
            self.evictions += 1
            log.info("evicting %s from %s (%d bytes) to fit the budget", key[1], key[0], entry.memory_bytes)
            self._retire(entry)
        if total > self.budget_bytes:
            self.over_budget += 1
            log.warning("loaded models use %d bytes, over the budget of %d bytes", total, self.budget_bytes)

    def _retire(self, entry: _Entry) -> None:
        entry.evicted = True
        if entry.pins:
            self._retired.append(entry)
        else:
            _close(entry)

    def _release(self, entry: _Entry) -> None:
        with self._lock:
            entry.pins -= 1
            if entry.evicted and entry.pins == 0 and entry in self._retired:
                self._retired.remove(entry)
                _close(entry)


def _close(entry: _Entry) -> None:
    try:
        entry.model.close()
    except Exception:  # noqa: BLE001 - a failing close must not break serving
        log.exception("closing %s failed", entry.key)


# -------------------------------------------------------------------- per-kernel access
def model_cache(kernel: Any) -> ModelCache:
    """The kernel's cache, created on first use with the configured budget."""
    cache = kernel.state.get(STATE_KEY)
    if cache is None:
        with _state_lock:
            cache = kernel.state.get(STATE_KEY)
            if cache is None:
                from llmworks_inference.settings import inference_settings

                cache = ModelCache(int(inference_settings(kernel).memory_budget_mb * 1024 * 1024))
                kernel.state[STATE_KEY] = cache
    return cache


def backend_for(kernel: Any, backend_name: str) -> InferenceBackend:
    """The registered backend ``backend_name``, checked to be usable here (422 unknown, 503 unavailable)."""
    backends = kernel.registry.inference_backends
    backend = backends.get(backend_name)
    if backend is None:
        names = ", ".join(sorted(backends)) or "none (install llmworks-torch, llmworks-onnx or llmworks-triton)"
        raise Invalid(f"unknown backend '{backend_name}'; installed backends: {names}", field=("body", "backend"))
    try:
        ok, reason = backend.available()
    except Exception as exc:  # noqa: BLE001 - a broken probe means unavailable, not a 500
        ok, reason = False, f"{type(exc).__name__}: {exc}"
    if not ok:
        raise Unavailable(f"backend '{backend_name}' is not available on this server: {reason}", backend=backend_name,
                          reason=reason)
    return backend


@contextmanager
def _load_errors(backend_name: str, ref: ModelRef) -> Iterator[None]:
    """A model that fails to load becomes a 503 naming the backend, the model and the reason."""
    try:
        yield
    except LlmworksError:
        raise
    except Exception as exc:  # noqa: BLE001
        log.exception("loading %s on %s failed", ref.key, backend_name)
        raise Unavailable(f"backend '{backend_name}' could not load {ref.key}: {type(exc).__name__}: {exc}",
                          backend=backend_name, reason=str(exc)) from exc


def get_loaded(kernel: Any, backend_name: str, ref: ModelRef) -> LoadedModel:
    """The model ``ref`` loaded by backend ``backend_name``, from the kernel's LRU cache."""
    backend = backend_for(kernel, backend_name)
    with _load_errors(backend_name, ref):
        return model_cache(kernel).get(backend, ref)


@contextmanager
def lease(kernel: Any, backend_name: str, ref: ModelRef) -> Iterator[LoadedModel]:
    """Like :func:`get_loaded`, pinned for the duration of the block."""
    backend = backend_for(kernel, backend_name)
    with _load_errors(backend_name, ref):
        model, release = model_cache(kernel).acquire(backend, ref)
    try:
        yield model
    finally:
        release()


def acquire(kernel: Any, backend_name: str, ref: ModelRef) -> tuple[LoadedModel, Any]:
    """Pinned model and its ``release`` callable (for streamed responses)."""
    backend = backend_for(kernel, backend_name)
    with _load_errors(backend_name, ref):
        return model_cache(kernel).acquire(backend, ref)
