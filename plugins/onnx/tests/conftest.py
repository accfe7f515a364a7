from __future__ import annotations

import pytest
from llmworks_onnx.testing import session_demo_model, session_export, session_lora_adapter, session_onnx_cache


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
    return session_lora_adapter(tmp_path_factory, demo_model)
