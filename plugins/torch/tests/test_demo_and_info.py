from __future__ import annotations

import hashlib
import json

from llmworks_sdk.demo import build_demo_model, demo_corpus
from llmworks_torch.model_info import (
    inspect_model,
    list_cached_models,
    list_model_folders,
    lora_target_modules,
    safetensors_parameter_count,
)
from transformers import AutoModelForCausalLM, AutoTokenizer


def _digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_demo_model_loads_back_with_auto_classes(demo_model):
    model = AutoModelForCausalLM.from_pretrained(demo_model)
    tokenizer = AutoTokenizer.from_pretrained(demo_model)
    assert model.config.model_type == "gpt2" and model.config.n_layer == 2
    assert len(tokenizer) == model.config.vocab_size <= 2048
    encoded = tokenizer("The colour of the sky is blue.")
    assert set(encoded) == {"input_ids", "attention_mask"}  # no token_type_ids
    assert tokenizer.decode(encoded["input_ids"]) == "The colour of the sky is blue."
    chat = tokenizer.apply_chat_template([{"role": "user", "content": "hi"}], tokenize=False, add_generation_prompt=True)
    assert chat.endswith("<|assistant|>\n") and tokenizer.eos_token in chat


def test_demo_model_is_deterministic(tmp_path):
    # a few pre-training steps, not cached: the training itself is deterministic
    a = build_demo_model(tmp_path / "a", arch="llama", seed=1, n_sentences=400, pretrain_steps=3, cache=False)
    b = build_demo_model(tmp_path / "b", arch="llama", seed=1, n_sentences=400, pretrain_steps=3, cache=False)
    assert _digest(a) == _digest(b)
    assert AutoModelForCausalLM.from_pretrained(a).config.model_type == "llama"
    assert demo_corpus(50, seed=2) == demo_corpus(50, seed=2) != demo_corpus(50, seed=3)


def test_inspect_model_without_loading_weights(demo_model):
    info = inspect_model(demo_model)
    model = AutoModelForCausalLM.from_pretrained(demo_model)
    assert info.architecture == "GPT2LMHeadModel" and info.model_type == "gpt2"
    assert info.parameters == sum(p.numel() for p in model.parameters())
    assert info.parameters == safetensors_parameter_count(demo_model)  # tied lm_head stored once
    assert info.parameters_source == "config"
    assert info.context_length == 1024
    assert info.license == "apache-2.0"
    assert info.size_bytes > 100_000 and info.has_tokenizer and not info.is_adapter


def test_adapter_folder_is_recognised(lora_run, demo_model):
    result, _ = lora_run
    info = inspect_model(result.output_dir)
    assert info.is_adapter and info.base_model == str(demo_model)
    assert info.adapter["r"] == 8 and sorted(info.adapter["target_modules"]) == ["c_attn", "c_fc", "c_proj"]
    assert info.parameters_source == "safetensors" and 0 < info.parameters < 50_000
    assert info.license == "apache-2.0"  # inherited from the base model card
    assert info.context_length == 1024  # from the base config


def test_list_models_in_folder_and_cache(demo_model, tmp_path):
    found = list_model_folders(demo_model.parent)
    assert [m.name for m in found] == ["demo-gpt2"]
    assert list_model_folders(tmp_path / "missing") == []
    assert list_cached_models(tmp_path / "no-cache") == []


def test_lora_target_modules(demo_model):
    assert lora_target_modules(demo_model) == ["c_attn", "c_fc", "c_proj", "lm_head", "wte"]
    meta = json.loads((demo_model / "llmworks_demo.json").read_text())
    assert meta["arch"] == "gpt2"
