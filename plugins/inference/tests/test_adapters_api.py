"""Several LoRA model versions on ONE loaded base (PyTorch backend): two versions of the demo
model with different adapters, generated through the API alternately with the base, give
exactly what each gives loaded alone, while the cache holds one base with both adapters."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from llmworks_inference import cache
from llmworks_inference.testing import create_route, parse_sse
from llmworks_sdk import GenerationParams, ModelRef

PROMPT = "The pilot keeps the map"
PARAMS = {"temperature": 0, "max_new_tokens": 8, "top_logprobs": 3}
# two different adapters: attention (seed 11) and MLP (seed 12) projections, random non-zero B
ADAPTERS = {"attn": (11, ["c_attn"], 4), "mlp": (12, ["c_fc"], 8)}


def _make_adapter(model_dir: Path, folder: Path, seed: int, targets: list[str], r: int) -> Path:
    if not (folder / "adapter_config.json").is_file():
        import torch
        from peft import LoraConfig, get_peft_model
        from transformers import AutoModelForCausalLM

        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(seed)
            config = LoraConfig(r=r, lora_alpha=8 * r, target_modules=targets, fan_in_fan_out=True,
                                init_lora_weights=False)
            get_peft_model(AutoModelForCausalLM.from_pretrained(model_dir), config).save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def adapters(tmp_path_factory, demo_model) -> dict[str, Path]:
    root = Path(tmp_path_factory.getbasetemp())
    return {name: _make_adapter(demo_model, root / f"inference-lora-{name}", *spec) for name, spec in ADAPTERS.items()}


@pytest.fixture(scope="module")
def versions(harness, project_id, demo_model, adapters) -> dict[str, int]:
    """Two LoRA model versions as a training job registers them. ``base_path`` is the demo
    model's real folder, while ``base:llmworks-demo-tiny`` resolves through a symlink: the
    cache still finds one base."""
    from llmworks_sdk.services import ModelRegistry, require_service

    registry = require_service(harness.kernel, ModelRegistry)
    with harness.kernel.db.session() as db:
        return {name: registry.register_version(db, project_id=project_id, name=f"demo-lora-{name}",
                                                base_model="llmworks-demo-tiny", base_path=str(demo_model), method="lora",
                                                kind="adapter", path=str(folder)).id
                for name, folder in adapters.items()}


def _alone(demo_model: Path, adapter: tuple[str, Path] | None) -> tuple[list[tuple[int, float]], int]:
    """Tokens (id, log-prob) and resident bytes of the demo model with at most one adapter, loaded alone."""
    from llmworks_sdk.testing import inference_backend

    name, folder = adapter or (None, None)
    model = inference_backend("pytorch").load(ModelRef(key="alone", path=demo_model, adapters={name: folder} if name else {}))
    try:
        params = GenerationParams(**PARAMS)
        return [(t.token_id, t.logprob) for t in model.stream(PROMPT, params, adapter=name)], model.memory_bytes
    finally:
        model.close()


@pytest.fixture(scope="module")
def expected(demo_model, adapters, versions) -> dict[str, tuple[list[tuple[int, float]], int]]:
    """What the base and each version generate (and weigh) loaded alone, keyed by the API's model."""
    out = {"base:llmworks-demo-tiny": _alone(demo_model, None)}
    for name, folder in adapters.items():
        out[f"custom:{versions[name]}"] = _alone(demo_model, (f"v{versions[name]}", folder))
    return out


def _generate(client, model: str, **extra):
    r = client.post("/api/inference/generate", json={"model": model, "prompt": PROMPT, "params": PARAMS, **extra})
    assert r.status_code == 200, r.text
    return r.json()


def _pairs(tokens) -> list[tuple[int, float]]:
    return [(t["token_id"], t["logprob"]) for t in tokens]


def _assert_same(got, want) -> None:
    assert [i for i, _ in got] == [i for i, _ in want]
    assert [lp for _, lp in got] == pytest.approx([lp for _, lp in want], abs=1e-5)


def test_versions_alternate_on_one_base_and_match_each_adapter_alone(admin, harness, expected, versions):
    model_cache = cache.model_cache(harness.kernel)
    model_cache.clear()
    before = model_cache.stats()
    outputs = {m: ids for m, (ids, _) in expected.items()}
    assert len({tuple(i for i, _ in ids) for ids in outputs.values()}) == 3  # the adapters change the text
    a, b, base = f"custom:{versions['attn']}", f"custom:{versions['mlp']}", "base:llmworks-demo-tiny"
    for model in (base, a, b, base, b, a, a, base):
        g = _generate(admin, model)
        assert g["model"] == model and g["model_key"] == model
        assert g["adapter"] == (None if model == base else f"v{model[7:]}")
        _assert_same(_pairs(g["tokens"]), outputs[model])

    s = model_cache.stats()
    [entry] = [e for e in s["entries"] if e["backend"] == "pytorch"]
    assert s["models"] == 1 and s["misses"] - before["misses"] == 1 and s["adapter_loads"] - before["adapter_loads"] == 2
    assert entry["key"].startswith("base@") and entry["refs"] == sorted([a, b, base])
    assert entry["adapters"] == sorted([f"v{versions['attn']}", f"v{versions['mlp']}"])
    # memory: the base plus what each adapter adds on its own
    base_bytes = expected[base][1]
    added = sum(expected[m][1] - base_bytes for m in (a, b))
    assert added > 0 and entry["memory_bytes"] == s["used_bytes"] == base_bytes + added


def test_routes_streams_and_the_openai_api_use_the_shared_base(admin, harness, project_id, expected, versions):
    b = f"custom:{versions['mlp']}"
    create_route(admin, project_id, "lora-mlp", model=b, **PARAMS)
    with admin.stream("POST", "/api/inference/generate", json={"route": "lora-mlp", "prompt": PROMPT, "stream": True}) as r:
        assert r.status_code == 200
        events = parse_sse(r.iter_lines())
    _assert_same(_pairs([d for e, d in events if e == "token"]), expected[b][0])
    r = admin.post("/v1/completions", json={"model": "lora-mlp", "prompt": PROMPT, "max_tokens": 8, "temperature": 0})
    assert r.status_code == 200, r.text
    assert r.json()["choices"][0]["text"] == _generate(admin, b)["text"]
    assert cache.model_cache(harness.kernel).stats()["models"] == 1


def test_concurrent_requests_for_different_adapters_are_safe(admin, harness, expected, versions):
    models = [f"custom:{versions['attn']}", f"custom:{versions['mlp']}", "base:llmworks-demo-tiny"] * 3
    results: dict[int, object] = {}

    def worker(i: int, model: str) -> None:
        try:
            results[i] = _pairs(_generate(admin, model)["tokens"])
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            results[i] = exc

    threads = [threading.Thread(target=worker, args=(i, m)) for i, m in enumerate(models)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i, model in enumerate(models):
        assert not isinstance(results[i], BaseException), results[i]
        _assert_same(results[i], expected[model][0])
    assert cache.model_cache(harness.kernel).stats()["models"] == 1


def test_interleaved_token_streams_switch_adapters_per_step(harness, expected, versions):
    """Two generations on different adapters, advanced one token at a time in turn."""
    from llmworks_inference.targets import resolve_model_ref

    with harness.kernel.db.session() as db:
        refs = {m: resolve_model_ref(harness.kernel, db, m)[0] for m in expected}
    leases = {m: cache.acquire(harness.kernel, "pytorch", ref) for m, ref in refs.items()}
    try:
        assert len({id(model) for model, _ in leases.values()}) == 1
        params = GenerationParams(**PARAMS)
        streams = {m: model.stream(PROMPT, params, adapter=next(iter(refs[m].adapters), None))
                   for m, (model, _) in leases.items()}
        got: dict[str, list[tuple[int, float]]] = {m: [] for m in streams}
        while streams:
            for m in list(streams):
                tok = next(streams[m], None)
                if tok is None:
                    del streams[m]
                else:
                    got[m].append((tok.token_id, tok.logprob))
    finally:
        for _, release in leases.values():
            release()
    for m, pairs in got.items():
        _assert_same(pairs, expected[m][0])


def test_evicting_a_version_unloads_its_base(admin, harness, versions):
    a = f"custom:{versions['attn']}"
    r = admin.delete("/api/inference/cache", params={"backend": "pytorch", "key": a})
    assert r.status_code == 200 and r.json() == {"evicted": True}
    assert admin.get("/api/inference/cache").json()["models"] == 0
    assert _generate(admin, a)["completion_tokens"] >= 1  # loads the base again, with this adapter
    [entry] = admin.get("/api/inference/cache").json()["entries"]
    assert entry["refs"] == [a] and entry["adapters"] == [f"v{versions['attn']}"]
