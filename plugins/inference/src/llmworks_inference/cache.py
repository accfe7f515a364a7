"""The loaded-model cache: one per kernel, LRU under a memory budget, thread-safe.

    from llmworks_inference.cache import get_loaded, lease

    model = get_loaded(kernel, "pytorch", ref)          # load once, then served from memory
    with lease(kernel, "pytorch", ref) as model:        # pinned: not closed while in use
        for token in model.stream(prompt, params): ...

Models are keyed by ``(backend name, ModelRef.key)``, except on a backend that switches LoRA
adapters per request (``supports_adapters``) and whose loaded model can take one more adapter
in place (``LoadedModel.add_adapter(name, folder)``, the PyTorch backend): there every ref
with the same base folder and load options shares ONE loaded base, keyed
``base@<resolved folder>[?<options as JSON>]``. The first request that names an adapter
attaches it (``add_adapter``); later requests only switch to it (``stream(..., adapter=name)``),
and a request without adapter runs the base. Two refs that give the same adapter name for
different folders cannot share: the second gets a model of its own (keyed by its
``ModelRef.key``), as does every ref on a backend whose models cannot take adapters in place
(ONNX Runtime and Triton merge each adapter into a graph of its own at load).

After each load or attached adapter, least recently used models are evicted until the
resident total (``LoadedModel.memory_bytes``, which grows with each adapter) fits the budget
(``LLMWORKS_INFERENCE_MEMORY_BUDGET_MB``). A model that is pinned by a lease when it is
evicted leaves the cache at once but is closed only when its last lease ends. A model larger
than the whole budget is still served (alone) and counted in ``stats()["over_budget"]``.
Two threads asking for the same model (or adapter) load it once; loads of different models
run in parallel.
"""

from __future__ import annotations

import json
import logging
import os
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
    #: adapters attached to a shared base: name -> resolved folder
    adapters: dict[str, str] = field(default_factory=dict)
    #: ``ModelRef.key`` of every ref this entry served
    refs: set[str] = field(default_factory=set)


def base_key(ref: ModelRef) -> str:
    """Cache key of the shared base of ``ref``: its resolved folder and load options."""
    key = f"base@{_folder(ref.path)}"
    if ref.options:
        key += f"?{json.dumps(ref.options, sort_keys=True, default=str)}"
    return key


def _folder(path: Any) -> str:
    return os.path.realpath(os.fspath(path))


def _missing(entry: _Entry, wanted: dict[str, str]) -> dict[str, str] | None:
    """The adapters of ``wanted`` that ``entry`` lacks; None when a name is taken by another folder."""
    if any(entry.adapters.get(name, folder) != folder for name, folder in wanted.items()):
        return None
    return {name: folder for name, folder in wanted.items() if name not in entry.adapters}


class ModelCache:
    """LRU cache of loaded models under ``budget_bytes``."""

    def __init__(self, budget_bytes: int) -> None:
        self.budget_bytes = int(budget_bytes)
        self._lock = threading.RLock()
        self._entries: OrderedDict[tuple[str, str], _Entry] = OrderedDict()
        self._loading: dict[tuple[str, str], threading.Lock] = {}
        self._retired: list[_Entry] = []  # evicted while pinned: closed when the last lease ends
        self.hits = self.misses = self.evictions = self.load_failures = self.over_budget = 0
        self.adapter_loads = 0
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
        """Drop one model (closed now, or when its last lease ends); False when not cached.

        ``model_key`` is a cache key from :meth:`stats` or the ``ModelRef.key`` of a ref it
        served: a shared base goes with all its adapters."""
        with self._lock:
            keys = [(backend_name, model_key)] if (backend_name, model_key) in self._entries else [
                k for k, e in self._entries.items() if k[0] == backend_name and model_key in e.refs]
            for key in keys:
                self._retire(self._entries.pop(key))
        return bool(keys)

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
                "adapter_loads": self.adapter_loads,
                "over_budget": self.over_budget,
                "load_seconds_total": round(self.load_seconds, 3),
                "pending_close": len(self._retired),
                # most recently used first
                "entries": [
                    {"backend": e.key[0], "key": e.key[1], "memory_bytes": e.memory_bytes,
                     "load_seconds": round(e.load_seconds, 3), "uses": e.uses, "in_use": e.pins,
                     "idle_seconds": round(now - e.last_used, 3), "adapters": sorted(e.adapters),
                     "refs": sorted(e.refs)}
                    for e in reversed(self._entries.values())
                ],
            }

    # ---------------------------------------------------------------- internals
    def _acquire(self, backend: InferenceBackend, ref: ModelRef, *, pin: bool) -> _Entry:
        if getattr(backend, "supports_adapters", False):
            entry = self._acquire_shared(backend, ref, pin)
            if entry is not None:
                return entry
        return self._acquire_own(backend, ref, pin)

    def _acquire_own(self, backend: InferenceBackend, ref: ModelRef, pin: bool) -> _Entry:
        """The model of ``ref`` alone, keyed by ``ModelRef.key``."""
        key = (backend.name, ref.key)
        with self._lock:
            entry = self._hit(key, ref, pin)
            if entry is not None:
                return entry
            gate = self._loading.setdefault(key, threading.Lock())
        with gate:  # single flight per model; other models load in parallel
            with self._lock:
                entry = self._hit(key, ref, pin)
                if entry is not None:
                    return entry
                self.misses += 1
            return self._load(backend, ref, key, pin)

    def _acquire_shared(self, backend: InferenceBackend, ref: ModelRef, pin: bool) -> _Entry | None:
        """``ref`` served by the shared base of its folder and options, its adapters attached on
        first use; None when it cannot share (then a model of its own serves it)."""
        key, own = (backend.name, base_key(ref)), (backend.name, ref.key)
        wanted = {name: _folder(path) for name, path in ref.adapters.items()}
        while True:
            with self._lock:
                state, entry, missing = self._shared_state(key, own, wanted)
                if state == "own":
                    return None
                if state == "hit":
                    return self._hit(key, ref, pin)
                gate = self._loading.setdefault(key, threading.Lock())
            with gate:  # one load or adapter attach at a time per base
                with self._lock:
                    state, entry, missing = self._shared_state(key, own, wanted)
                    if state == "own":
                        return None
                    if state == "hit":
                        return self._hit(key, ref, pin)
                    if state == "load":
                        self.misses += 1
                    else:
                        self._hit(key, ref, True)  # pinned while its adapters are attached
                if state == "load":
                    # Loaded with the ref's own key and adapters: a model that cannot take more
                    # in place is kept under that key, exactly as without sharing.
                    return self._load(backend, ref, own, pin, shared_key=key, adapters=wanted)
                self._attach(entry, missing)
            if pin:
                return entry
            self._release(entry)
            if not entry.evicted:
                return entry
            # evicted (and closed) while its adapters were attached: load it again

    def _shared_state(self, key: tuple[str, str], own: tuple[str, str], wanted: dict[str, str]) -> tuple[str, Any, Any]:
        """Under the lock, what serves a ref on a shared base: ``("hit", entry, {})``,
        ``("attach", entry, missing adapters)``, ``("load", None, {})`` or ``("own", ...)``
        (a model of its own: its backend cannot attach in place, or an adapter name clashes)."""
        entry = self._entries.get(key)
        if entry is None:
            return ("own" if own in self._entries else "load"), None, {}
        missing = _missing(entry, wanted)
        if missing is None:
            return "own", entry, None
        return ("attach" if missing else "hit"), entry, missing

    def _attach(self, entry: _Entry, adapters: dict[str, str]) -> None:
        """Add ``adapters`` to a pinned shared base (under its gate), then account for their memory.
        A base whose attach failed may be half-changed: it is evicted, the next request reloads it."""
        try:
            for name, folder in adapters.items():
                start = time.perf_counter()
                entry.model.add_adapter(name, folder)
                seconds = time.perf_counter() - start
                with self._lock:
                    entry.adapters[name] = folder
                    entry.load_seconds += seconds
                    self.load_seconds += seconds
                    self.adapter_loads += 1
                log.info("attached adapter %s (%s) to %s on %s in %.2f s", name, folder, entry.key[1], entry.key[0], seconds)
        except BaseException:
            with self._lock:
                self.load_failures += 1
                if self._entries.get(entry.key) is entry:
                    self._retire(self._entries.pop(entry.key))
                self._loading.pop(entry.key, None)
            self._release(entry)
            raise
        with self._lock:
            entry.memory_bytes = int(getattr(entry.model, "memory_bytes", 0) or 0)
            if not entry.evicted:
                self._shrink(keep=entry.key)
            self._loading.pop(entry.key, None)

    def _load(self, backend: InferenceBackend, ref: ModelRef, key: tuple[str, str], pin: bool, *,
              shared_key: tuple[str, str] | None = None, adapters: dict[str, str] | None = None) -> _Entry:
        """Load ``ref`` under ``key`` or, when the model can take adapters in place, ``shared_key``."""
        gate = shared_key or key
        start = time.perf_counter()
        try:
            model = backend.load(ref)
        except Exception:
            with self._lock:
                self.load_failures += 1
                self._loading.pop(gate, None)
            raise
        seconds = time.perf_counter() - start
        entry = _Entry(key, model, int(getattr(model, "memory_bytes", 0) or 0), seconds)
        if shared_key is not None and callable(getattr(model, "add_adapter", None)):
            entry.key, entry.adapters = shared_key, dict(adapters or {})
        with self._lock:
            self.load_seconds += seconds
            self._entries[entry.key] = entry
            self._use(entry, ref, pin)
            self._shrink(keep=entry.key)
            self._loading.pop(gate, None)
        log.info("loaded %s on %s as %s in %.2f s (%d bytes)", ref.key, backend.name, entry.key[1], seconds,
                 entry.memory_bytes)
        return entry

    def _hit(self, key: tuple[str, str], ref: ModelRef, pin: bool) -> _Entry | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        self.hits += 1
        self._entries.move_to_end(key)
        self._use(entry, ref, pin)
        return entry

    @staticmethod
    def _use(entry: _Entry, ref: ModelRef, pin: bool) -> None:
        entry.uses += 1
        entry.last_used = time.time()
        entry.refs.add(ref.key)
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
