"""The loaded-model LRU cache: budget, eviction order, pinning, single-flight loads, stats."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from llmworks_inference.cache import ModelCache
from llmworks_sdk import ModelRef

MB = 1024 * 1024


class FakeModel:
    context_length = 64

    def __init__(self, key: str, size: int) -> None:
        self.key, self.memory_bytes, self.closed = key, size, False

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def stream(self, prompt, params, *, adapter=None):
        yield from ()

    def close(self) -> None:
        self.closed = True


class FakeBackend:
    name = "fake"
    description = "test double"
    supports_attention = False
    supports_adapters = False

    def __init__(self, sizes: dict[str, int], delay: float = 0.0) -> None:
        self.sizes, self.delay, self.loads = sizes, delay, []
        self._lock = threading.Lock()

    def available(self):
        return True, ""

    def load(self, ref: ModelRef) -> FakeModel:
        with self._lock:
            self.loads.append(ref.key)
        time.sleep(self.delay)
        if ref.key == "broken":
            raise RuntimeError("weights are corrupt")
        return FakeModel(ref.key, self.sizes[ref.key])


def ref(key: str) -> ModelRef:
    return ModelRef(key=key, path=Path("/nowhere"))


def test_lru_eviction_under_the_budget():
    backend = FakeBackend({"a": 40 * MB, "b": 40 * MB, "c": 40 * MB})
    cache = ModelCache(100 * MB)
    a = cache.get(backend, ref("a"))
    b = cache.get(backend, ref("b"))
    assert cache.get(backend, ref("a")) is a  # hit; now b is least recently used
    c = cache.get(backend, ref("c"))
    assert b.closed and not a.closed and not c.closed
    s = cache.stats()
    assert [e["key"] for e in s["entries"]] == ["c", "a"]
    assert s["used_bytes"] == 80 * MB and s["budget_bytes"] == 100 * MB
    assert (s["hits"], s["misses"], s["evictions"]) == (1, 3, 1)
    assert backend.loads == ["a", "b", "c"]


def test_a_pinned_model_is_closed_only_when_released():
    backend = FakeBackend({"a": 60 * MB, "b": 60 * MB})
    cache = ModelCache(100 * MB)
    a, release = cache.acquire(backend, ref("a"))
    cache.get(backend, ref("b"))  # evicts a, which is in use
    assert not a.closed and cache.stats()["pending_close"] == 1
    release()
    release()  # idempotent
    assert a.closed and cache.stats()["pending_close"] == 0


def test_a_model_over_the_whole_budget_is_served_alone():
    backend = FakeBackend({"small": 10 * MB, "huge": 500 * MB})
    cache = ModelCache(100 * MB)
    small = cache.get(backend, ref("small"))
    huge = cache.get(backend, ref("huge"))
    assert small.closed and not huge.closed
    assert cache.stats()["over_budget"] == 1


def test_concurrent_requests_load_a_model_once():
    backend = FakeBackend({"a": MB, "b": MB}, delay=0.2)
    cache = ModelCache(100 * MB)
    got: list[object] = []

    def worker(key: str) -> None:
        got.append(cache.get(backend, ref(key)))

    threads = [threading.Thread(target=worker, args=("a" if i % 2 else "b",)) for i in range(8)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(backend.loads) == ["a", "b"]
    assert len({id(m) for m in got}) == 2
    assert time.perf_counter() - start < 0.39  # a and b loaded in parallel


def test_a_failed_load_is_counted_and_retried():
    backend = FakeBackend({})
    cache = ModelCache(100 * MB)
    for _ in range(2):
        with pytest.raises(RuntimeError):
            cache.get(backend, ref("broken"))
    assert backend.loads == ["broken", "broken"] and cache.stats()["load_failures"] == 2


def test_shrinking_the_budget_and_clearing():
    backend = FakeBackend({"a": 30 * MB, "b": 30 * MB})
    cache = ModelCache(100 * MB)
    a, b = cache.get(backend, ref("a")), cache.get(backend, ref("b"))
    cache.set_budget(40 * MB)
    assert a.closed and not b.closed
    assert cache.evict("fake", "b") and b.closed and not cache.evict("fake", "b")
    cache.get(backend, ref("a"))
    cache.clear()
    assert cache.stats()["models"] == 0


def test_the_budget_comes_from_the_environment(monkeypatch):
    from types import SimpleNamespace

    from llmworks_inference.cache import get_loaded, model_cache

    monkeypatch.setenv("LLMWORKS_INFERENCE_MEMORY_BUDGET_MB", "64")
    backend = FakeBackend({"a": 40 * MB, "b": 40 * MB})
    kernel = SimpleNamespace(state={}, registry=SimpleNamespace(inference_backends={"fake": backend}))
    assert model_cache(kernel).budget_bytes == 64 * MB
    a = get_loaded(kernel, "fake", ref("a"))
    assert get_loaded(kernel, "fake", ref("a")) is a
    get_loaded(kernel, "fake", ref("b"))
    assert a.closed and model_cache(kernel).stats()["models"] == 1


def test_get_loaded_errors_are_typed():
    from types import SimpleNamespace

    from llmworks_inference.cache import get_loaded
    from llmworks_sdk import Invalid, Unavailable

    kernel = SimpleNamespace(state={}, registry=SimpleNamespace(inference_backends={"fake": FakeBackend({})}))
    with pytest.raises(Invalid, match="unknown backend 'nope'; installed backends: fake"):
        get_loaded(kernel, "nope", ref("a"))
    with pytest.raises(Unavailable, match="could not load broken: RuntimeError: weights are corrupt"):
        get_loaded(kernel, "fake", ref("broken"))
