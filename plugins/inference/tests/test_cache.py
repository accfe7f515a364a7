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


# ------------------------------------------------------------------ one base, several adapters
class FakeAdapterModel(FakeModel):
    """A base that takes adapters in place, each adding its own size (like the PyTorch backend)."""

    def __init__(self, key: str, size: int, adapters: dict[str, Path], adapter_size: int, fail: set[str]) -> None:
        super().__init__(key, size)
        self.adapter_size, self.fail = adapter_size, fail
        self.adapters: dict[str, str] = {}
        for name, path in adapters.items():
            self.add_adapter(name, path)

    def add_adapter(self, name: str, path) -> None:
        if name in self.fail:
            raise OSError(f"adapter {name} is unreadable")
        time.sleep(0.05)
        self.adapters[name] = str(path)
        self.memory_bytes += self.adapter_size


class FakeAdapterBackend(FakeBackend):
    supports_adapters = True

    def __init__(self, base_size: int = 40 * MB, adapter_size: int = 5 * MB, in_place: bool = True) -> None:
        super().__init__({})
        self.base_size, self.adapter_size, self.in_place, self.fail = base_size, adapter_size, in_place, set()

    def load(self, ref: ModelRef) -> FakeModel:
        with self._lock:
            self.loads.append(ref.key)
        if self.in_place:
            return FakeAdapterModel(ref.key, self.base_size, ref.adapters, self.adapter_size, self.fail)
        return FakeModel(ref.key, self.base_size + self.adapter_size * len(ref.adapters))


def lora(version: int, base: str = "/models/base") -> ModelRef:
    """A LoRA model version as the model registry resolves it."""
    return ModelRef(key=f"custom:{version}", path=Path(base), adapters={f"v{version}": Path(f"/adapters/{version}")})


def test_lora_versions_share_one_base_and_attach_adapters_lazily():
    backend = FakeAdapterBackend()
    cache = ModelCache(500 * MB)
    base = cache.get(backend, ModelRef(key="base:tiny", path=Path("/models/base")))
    assert cache.get(backend, lora(1)) is base and cache.get(backend, lora(2)) is base
    assert cache.get(backend, lora(1)) is base  # already attached
    assert backend.loads == ["base:tiny"] and base.adapters == {"v1": "/adapters/1", "v2": "/adapters/2"}
    s = cache.stats()
    assert (s["models"], s["misses"], s["hits"], s["adapter_loads"]) == (1, 1, 3, 2)
    [entry] = s["entries"]
    assert entry["key"] == "base@/models/base" and entry["adapters"] == ["v1", "v2"]
    assert entry["refs"] == ["base:tiny", "custom:1", "custom:2"]
    assert entry["memory_bytes"] == s["used_bytes"] == 50 * MB  # the base and its two adapters
    # other load options, another base folder or a merged version: models of their own
    other = cache.get(backend, ModelRef(key="custom:1?{}", path=Path("/models/base"), adapters=lora(1).adapters,
                                        options={"dtype": "bfloat16"}))
    merged = cache.get(backend, ModelRef(key="custom:3", path=Path("/models/merged-3")))
    assert len({id(base), id(other), id(merged)}) == 3 and cache.stats()["models"] == 3
    assert cache.evict("fake", "custom:2") and base.closed  # a served ref names its base
    assert not merged.closed and cache.stats()["models"] == 2


def test_an_attached_adapter_counts_against_the_budget():
    backend = FakeAdapterBackend(base_size=40 * MB, adapter_size=15 * MB)
    cache = ModelCache(100 * MB)
    other = cache.get(backend, ModelRef(key="base:other", path=Path("/models/other")))
    base = cache.get(backend, lora(1))  # 40 + 15
    assert not other.closed and cache.stats()["used_bytes"] == 95 * MB
    cache.get(backend, lora(2))  # 110 MB: the least recently used model goes
    assert other.closed and not base.closed
    s = cache.stats()
    assert (s["models"], s["used_bytes"], s["evictions"]) == (1, 70 * MB, 1)


def test_an_adapter_name_used_for_another_folder_gets_a_model_of_its_own():
    backend = FakeAdapterBackend()
    cache = ModelCache(500 * MB)
    shared = cache.get(backend, lora(1))
    clash = ModelRef(key="custom:9", path=Path("/models/base"), adapters={"v1": Path("/elsewhere/9")})
    own = cache.get(backend, clash)
    assert own is not shared and own.adapters == {"v1": "/elsewhere/9"} and shared.adapters == {"v1": "/adapters/1"}
    assert cache.get(backend, clash) is own and cache.get(backend, lora(1)) is shared
    assert sorted(e["key"] for e in cache.stats()["entries"]) == ["base@/models/base", "custom:9"]


def test_backends_that_cannot_attach_in_place_keep_a_model_per_version():
    backend = FakeAdapterBackend(in_place=False)
    cache = ModelCache(500 * MB)
    one, two = cache.get(backend, lora(1)), cache.get(backend, lora(2))
    assert one is not two and cache.get(backend, lora(1)) is one
    s = cache.stats()
    assert sorted(e["key"] for e in s["entries"]) == ["custom:1", "custom:2"]
    assert (s["misses"], s["hits"], s["adapter_loads"]) == (2, 1, 0) and backend.loads == ["custom:1", "custom:2"]


def test_concurrent_requests_attach_each_adapter_once():
    backend = FakeAdapterBackend()
    cache = ModelCache(500 * MB)
    got: list[object] = []
    versions = [1, 2, 3, 1, 2, 3, 1, 2]

    def worker(version: int) -> None:
        model, release = cache.acquire(backend, lora(version))
        got.append(model)
        release()

    threads = [threading.Thread(target=worker, args=(v,)) for v in versions]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(m) for m in got}) == 1 and len(backend.loads) == 1
    s = cache.stats()
    assert s["adapter_loads"] == 2 and s["entries"][0]["adapters"] == ["v1", "v2", "v3"]
    assert s["used_bytes"] == 55 * MB and s["entries"][0]["in_use"] == 0


def test_a_failed_attach_evicts_the_base_it_may_have_changed():
    backend = FakeAdapterBackend()
    cache = ModelCache(500 * MB)
    base = cache.get(backend, lora(1))
    backend.fail.add("v2")
    with pytest.raises(OSError, match="v2 is unreadable"):
        cache.get(backend, lora(2))
    assert base.closed and cache.stats()["models"] == 0 and cache.stats()["load_failures"] == 1
    backend.fail.clear()
    assert cache.get(backend, lora(2)) is not base and backend.loads == ["custom:1", "custom:2"]
