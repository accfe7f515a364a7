"""The "onnxruntime" backend against the PyTorch backend on the demo model."""

from __future__ import annotations

import pytest
from llmworks_onnx.backend import OnnxRuntimeBackend
from llmworks_onnx.testing import assert_same_generation, collect
from llmworks_sdk.backends import InferenceBackend, LoadedModel, ModelRef
from llmworks_sdk.errors import Invalid
from llmworks_sdk.generation import GenerationParams


@pytest.fixture(scope="module")
def torch_loaded(demo_model):
    from llmworks_sdk.testing import inference_backend

    return inference_backend("pytorch").load(ModelRef(key="demo", path=demo_model))


@pytest.fixture(scope="module")
def onnx_loaded(demo_model, onnx_cache):
    return OnnxRuntimeBackend(cache_dir=onnx_cache).load(ModelRef(key="demo", path=demo_model))


def test_it_is_an_inference_backend(onnx_loaded):
    backend = OnnxRuntimeBackend()
    assert isinstance(backend, InferenceBackend) and isinstance(onnx_loaded, LoadedModel)
    assert backend.available() == (True, "")
    assert onnx_loaded.providers == ["CPUExecutionProvider"]
    assert onnx_loaded.context_length == 1024 and onnx_loaded.memory_bytes > 100_000


@pytest.mark.parametrize(
    "prompt, params",
    [
        ("The cat reads a book", dict(max_new_tokens=40)),
        ("Does the pilot know where", dict(max_new_tokens=40, repetition_penalty=1.3, top_logprobs=8)),
        ("", dict(max_new_tokens=12, repetition_penalty=2.0)),
        ("The baker sells", dict(max_new_tokens=60, repetition_penalty=1.5, stop=["ook", " the"])),
    ],
)
def test_greedy_tokens_and_logprobs_match_pytorch(torch_loaded, onnx_loaded, prompt, params):
    p = GenerationParams(temperature=0, **params)
    assert_same_generation(collect(onnx_loaded.stream(prompt, p)), collect(torch_loaded.stream(prompt, p)))
    assert onnx_loaded.count_tokens(prompt) == torch_loaded.count_tokens(prompt)


def test_stop_sequences_end_the_stream_like_pytorch(torch_loaded, onnx_loaded):
    free, _ = collect(onnx_loaded.stream("The baker sells", GenerationParams(temperature=0, repetition_penalty=1.5)))
    text = "".join(t.token for t in free)
    stop = text[len(text) // 2 : len(text) // 2 + 3]
    p = GenerationParams(temperature=0, repetition_penalty=1.5, stop=[stop])
    ours = collect(onnx_loaded.stream("The baker sells", p))
    assert ours[1] == "stop" and "".join(t.token for t in ours[0]) == text[: text.index(stop)]
    assert_same_generation(ours, collect(torch_loaded.stream("The baker sells", p)))


def test_seeded_sampling_is_reproducible(onnx_loaded):
    p = GenerationParams(temperature=0.9, top_k=40, top_p=0.95, seed=7, max_new_tokens=30)
    first, _ = collect(onnx_loaded.stream("The cat", p))
    again, _ = collect(onnx_loaded.stream("The cat", p))
    other, _ = collect(onnx_loaded.stream("The cat", p.model_copy(update={"seed": 8})))
    assert [t.token_id for t in first] == [t.token_id for t in again] != [t.token_id for t in other]


def test_an_exported_folder_loads_without_exporting(demo_export):
    loaded = OnnxRuntimeBackend().load(ModelRef(key="exported", path=demo_export))
    tokens, finish = collect(loaded.stream("The cat", GenerationParams(temperature=0, max_new_tokens=3)))
    assert len(tokens) == 3 and finish == "length"


def test_adapters_are_chosen_per_request(demo_model, onnx_cache, lora_adapter):
    from llmworks_sdk.testing import inference_backend

    ref = ModelRef(key="demo+lora", path=demo_model, adapters={"lora": lora_adapter})
    onnx_loaded = OnnxRuntimeBackend(cache_dir=onnx_cache).load(ref)
    torch_loaded = inference_backend("pytorch").load(ref)
    p = GenerationParams(temperature=0, repetition_penalty=1.3, max_new_tokens=25)
    for adapter in (None, "lora"):
        assert_same_generation(
            collect(onnx_loaded.stream("The cat", p, adapter=adapter)),
            collect(torch_loaded.stream("The cat", p, adapter=adapter)),
        )
    with pytest.raises(Invalid):
        next(onnx_loaded.stream("The cat", p, adapter="missing"))


def test_status_hides_server_paths_from_non_admins():
    from llmworks_sdk.web import hide_server_paths

    status = {"binary": "/opt/triton/bin/tritonserver", "url": "http://127.0.0.1:8000", "managed": {"repository": "/home/x/tmp"},
              "providers": ["CPUExecutionProvider"], "version": "1.2"}
    out = hide_server_paths(status)
    assert out["binary"] == out["managed"]["repository"] == "<server path>"
    assert out["url"] == status["url"] and out["providers"] == status["providers"] and out["version"] == "1.2"
