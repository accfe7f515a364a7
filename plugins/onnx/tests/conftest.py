from __future__ import annotations

import pytest
import torch
from llmworks_onnx.export import load_causal_lm
from llmworks_onnx.testing import session_demo_model, session_export, session_onnx_cache


@pytest.fixture(scope="session")
def demo_model(tmp_path_factory):
    return session_demo_model(tmp_path_factory, "gpt2")


@pytest.fixture(scope="session")
def demo_export(tmp_path_factory, demo_model):
    return session_export(tmp_path_factory, demo_model)


@pytest.fixture(scope="session")
def onnx_cache(tmp_path_factory):
    return session_onnx_cache(tmp_path_factory)


@pytest.fixture(scope="session")
def lora_adapter(tmp_path_factory, demo_model):
    from peft import LoraConfig, get_peft_model

    torch.manual_seed(1)
    peft_model = get_peft_model(
        load_causal_lm(demo_model),
        LoraConfig(r=4, lora_alpha=8, target_modules=["c_attn"], fan_in_fan_out=True, init_lora_weights=False),
    )
    folder = tmp_path_factory.mktemp("lora")
    peft_model.save_pretrained(folder)
    return folder
