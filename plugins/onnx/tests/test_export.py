"""ONNX export with a key/value cache: logits against torch, cache against no cache, adapters."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from llmworks_onnx.cache import content_key, ensure_exported
from llmworks_onnx.export import load_causal_lm, torch_logits
from llmworks_onnx.testing import session_export
from llmworks_sdk.decoding import TextCodec, generate_tokens
from llmworks_sdk.generation import GenerationParams
from llmworks_sdk.onnx_runtime import MODEL_NAME, OnnxCausalLM, OnnxManifest, is_exported


@pytest.fixture(scope="module")
def lm(demo_export):
    return OnnxCausalLM(demo_export, providers=["CPUExecutionProvider"])


@pytest.fixture(scope="module")
def torch_model(demo_model):
    return load_causal_lm(demo_model)


def test_manifest_describes_the_graph(demo_export, demo_model):
    m = OnnxManifest.read(demo_export)
    vocab = json.loads((demo_model / "config.json").read_text())["vocab_size"]
    assert is_exported(demo_export) and (demo_export / "tokenizer.json").is_file()
    assert (m.opset, m.model_type, m.num_layers, m.num_kv_heads, m.head_dim) == (18, "gpt2", 2, 2, 32)
    assert m.vocab_size == vocab and m.context_length == 1024 and m.eos_token_ids == [0] and m.bos_token_id == 0
    assert m.inputs[:3] == ["input_ids", "attention_mask", "position_ids"] and len(m.past_names) == 4
    assert m.outputs == ["logits", "present.0.key", "present.0.value", "present.1.key", "present.1.value"]
    assert m.max_abs_diff is not None and m.max_abs_diff < 1e-4


def test_whole_sequence_logits_match_torch(lm, torch_model):
    ids = np.random.default_rng(3).integers(0, 512, size=(2, 40))
    logits, cache = lm.forward(ids, lm.new_cache(batch=2))
    for row in range(2):
        np.testing.assert_allclose(logits[row], torch_logits(torch_model, ids[row].tolist()), atol=1e-4)
    assert cache.length == 40 and cache.tensors[0].shape == (2, 2, 40, 32)


def test_cached_steps_match_torch_from_an_empty_past(lm, torch_model):
    ids = np.random.default_rng(4).integers(0, 512, size=30).tolist()
    expected = torch_logits(torch_model, ids)
    cache = lm.new_cache()
    assert cache.tensors[0].shape[2] == 0
    got, cache = lm.forward(np.array([ids[:1]]), cache)  # first step: past of length 0
    rows = [got[0, -1]]
    for token in ids[1:]:
        got, cache = lm.forward(np.array([[token]]), cache)
        rows.append(got[0, -1])
    np.testing.assert_allclose(np.stack(rows), expected, atol=1e-4)


def _no_cache_feed(lm):
    """Recompute the whole sequence at every step (the reference for the cached path)."""
    seq: list[int] = []

    def feed(token_ids):
        seq.extend(token_ids)
        logits, _ = lm.forward(np.array([seq]), lm.new_cache())
        return logits[0, -1]

    return feed


@pytest.mark.parametrize(
    "sampling", [dict(temperature=0), dict(temperature=0, repetition_penalty=1.3), dict(temperature=1.0, seed=0)]
)
def test_kv_cache_path_equals_no_cache_path(lm, sampling):
    m = lm.manifest
    # no EOS ids: the pre-trained demo model ends sentences, and this compares 40 steps of both paths
    codec = TextCodec.from_folder(lm.folder, eos_token_ids=[], bos_token_id=m.bos_token_id)
    params = GenerationParams(**sampling, max_new_tokens=40)
    prompt = codec.encode_prompt("The old farmer paints the door")
    cached = list(generate_tokens(lm.logits_fn(), codec, prompt, params, context_length=m.context_length))
    recomputed = list(generate_tokens(_no_cache_feed(lm), codec, prompt, params, context_length=m.context_length))
    assert [t.token_id for t in cached] == [t.token_id for t in recomputed]
    assert len(cached) == 40
    np.testing.assert_allclose([t.logprob for t in cached], [t.logprob for t in recomputed], atol=1e-4)
    if "seed" in sampling:
        assert len({t.token_id for t in cached}) > 10  # a real path through the vocabulary


def test_exports_are_cached_by_content(tmp_path_factory, demo_model, demo_export, onnx_cache, tmp_path):
    model_file = demo_export / MODEL_NAME
    before = model_file.stat().st_mtime_ns
    assert session_export(tmp_path_factory, demo_model) == demo_export
    assert model_file.stat().st_mtime_ns == before
    assert demo_export.parent == onnx_cache and demo_export.name == content_key(demo_model)
    assert ensure_exported(demo_export) == demo_export  # an export folder is used as is
    # different weights, different key
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(demo_model, copy)
    (copy / "README.md").write_text("changed")
    assert content_key(copy) != content_key(demo_model)


def test_adapter_is_merged_before_export(tmp_path_factory, demo_model, lora_adapter, demo_export):
    from peft import PeftModel

    folder = session_export(tmp_path_factory, demo_model, lora_adapter)
    assert folder != demo_export
    ids = np.random.default_rng(5).integers(0, 512, size=20).tolist()
    merged = PeftModel.from_pretrained(load_causal_lm(demo_model), lora_adapter).eval()
    with torch.no_grad():
        expected = merged(input_ids=torch.tensor([ids])).logits[0].numpy()
    got, _ = OnnxCausalLM(folder).forward(np.array([ids]), OnnxCausalLM(folder).new_cache())
    np.testing.assert_allclose(got[0], expected, atol=1e-4)
    base, _ = OnnxCausalLM(demo_export).forward(np.array([ids]), OnnxCausalLM(demo_export).new_cache())
    assert np.abs(base[0] - got[0]).max() > 1e-2  # the adapter changes the model


def test_llama_exports_too(tmp_path_factory):
    from llmworks_onnx.testing import session_demo_model

    model_dir = session_demo_model(tmp_path_factory, "llama")
    folder = session_export(tmp_path_factory, model_dir)
    m = OnnxManifest.read(folder)
    assert m.model_type == "llama" and m.max_abs_diff < 1e-4
    ids = np.random.default_rng(6).integers(0, 512, size=12).tolist()
    lm = OnnxCausalLM(folder)
    logits, cache = lm.forward(np.array([ids[:8]]), lm.new_cache())
    step, _ = lm.forward(np.array([ids[8:]]), cache)
    expected = torch_logits(load_causal_lm(model_dir), ids)
    np.testing.assert_allclose(np.concatenate([logits[0], step[0]]), expected, atol=1e-4)
