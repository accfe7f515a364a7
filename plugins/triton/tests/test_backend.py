"""The "triton" backend over HTTP and gRPC against the session's Triton server."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from llmworks_sdk.backends import InferenceBackend, LoadedModel, ModelRef
from llmworks_sdk.errors import Invalid, Unavailable
from llmworks_sdk.generation import GenerationParams
from llmworks_sdk.testing import assert_same_generation, collect
from llmworks_triton.backend import TritonBackend
from llmworks_triton.client import StepClient, parse_url

GREEDY = GenerationParams(temperature=0, repetition_penalty=1.3, max_new_tokens=30, top_logprobs=4)


@pytest.fixture(scope="module")
def over_http(server, demo_ref):
    loaded = TritonBackend(url=server.http_url).load(demo_ref)
    yield loaded
    loaded.close()


@pytest.fixture(scope="module")
def over_grpc(server, demo_ref):
    loaded = TritonBackend(url=server.grpc_url).load(demo_ref)
    yield loaded
    loaded.close()


@pytest.fixture(scope="module")
def onnx_loaded(demo_ref, onnx_backend):
    return onnx_backend.load(demo_ref)


def test_it_is_an_inference_backend(managed_http, over_grpc):
    backend = TritonBackend()
    assert isinstance(backend, InferenceBackend) and backend.available() == (True, "")
    assert isinstance(managed_http, LoadedModel) and isinstance(over_grpc, LoadedModel)
    assert managed_http.context_length == 1024 and managed_http.memory_bytes > 100_000
    assert over_grpc.count_tokens("The cat reads") == managed_http.count_tokens("The cat reads") > 0


@pytest.mark.parametrize(
    "prompt, params",
    [
        ("The cat reads a book", GREEDY),
        ("", GREEDY.model_copy(update={"max_new_tokens": 8})),
        ("Does the pilot know", GREEDY.model_copy(update={"stop": [" the", "ook"], "max_new_tokens": 60})),
    ],
)
def test_http_and_grpc_give_the_same_tokens_as_onnxruntime(over_http, over_grpc, onnx_loaded, prompt, params):
    reference = collect(onnx_loaded.stream(prompt, params))
    assert_same_generation(collect(over_http.stream(prompt, params)), reference)
    assert_same_generation(collect(over_grpc.stream(prompt, params)), reference)


def test_seeded_sampling_is_the_same_over_both_protocols(over_http, over_grpc):
    params = GenerationParams(temperature=0.9, top_k=50, top_p=0.95, seed=3, max_new_tokens=25)
    http_ids = [t.token_id for t in collect(over_http.stream("The cat", params))[0]]
    assert http_ids == [t.token_id for t in collect(over_grpc.stream("The cat", params))[0]]
    assert len(set(http_ids)) > 5


def test_concurrent_streams_keep_their_own_cache(over_http, over_grpc):
    prompts = ["The cat", "A small dog", "The engineer builds", "Our teacher"]
    expected = [[t.token_id for t in collect(over_http.stream(p, GREEDY))[0]] for p in prompts]
    with ThreadPoolExecutor(4) as pool:
        jobs = [pool.submit(lambda lm, p: [t.token_id for t in collect(lm.stream(p, GREEDY))[0]], lm, p)
                for lm in (over_http, over_grpc) for p in prompts]
        assert [j.result() for j in jobs] == expected * 2


def test_finished_and_abandoned_sequences_are_released(server):
    client = StepClient(server.http_url, "model-version_1")
    try:
        sequence = client.sequence()
        sequence([5, 6, 7])
        sequence.close()
        with pytest.raises(Unavailable, match="START"):
            client.step(sequence.id, [8])
    finally:
        client.close()


def test_unknown_adapter_and_foreign_models_are_rejected(server, over_http, demo_model, demo_ref):
    with pytest.raises(Invalid, match="unknown adapter"):
        over_http.stream("The cat", GREEDY, adapter="nope")
    with pytest.raises(Unavailable, match="missing"):
        TritonBackend(url=server.http_url).load(ModelRef(key="missing", path=demo_model))
    with pytest.raises(Invalid):
        parse_url("ftp://somewhere")
    assert parse_url("grpc://h:1") == ("grpc", "h:1", False) and parse_url("h:2") == ("http", "h:2", False)


def test_managed_adapters_load_into_the_same_server(managed_backend, server, demo_model, tmp_path_factory, onnx_loaded):
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(2)
    adapter = tmp_path_factory.mktemp("lora")
    get_peft_model(
        AutoModelForCausalLM.from_pretrained(demo_model, dtype=torch.float32),
        LoraConfig(r=4, target_modules=["c_attn"], fan_in_fan_out=True, init_lora_weights=False),
    ).save_pretrained(adapter)
    pid = server.process.pid
    loaded = managed_backend.load(
        ModelRef(key="model-version:1", path=demo_model, adapters={"lora": adapter}, options={"protocol": "grpc"})
    )
    try:
        assert loaded.url == server.grpc_url and server.process.pid == pid  # no restart
        assert managed_backend.managed.models() == ["model-version_1", "model-version_1__lora"]
        base = collect(loaded.stream("The cat", GREEDY))
        assert_same_generation(base, collect(onnx_loaded.stream("The cat", GREEDY)))
        tuned = collect(loaded.stream("The cat", GREEDY, adapter="lora"))
        assert [t.token_id for t in tuned[0]] != [t.token_id for t in base[0]]
    finally:
        loaded.close()
    assert managed_backend.managed.models() == ["model-version_1"] and server.running()
