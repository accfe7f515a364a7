"""Test helpers shared by this plugin's tests and ``llmworks_triton``'s.

The demo model (``llmworks_sdk.demo``) and its ONNX export are built once per pytest run
under the session's base temporary folder, whichever test folder asks first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_onnx.cache import ensure_exported
from llmworks_sdk.testing import (  # noqa: F401 - re-exported
    assert_same_generation,
    collect,
    extract_tar_gz,
    session_demo_model,
    session_models_dir,
    session_onnx_cache,
)


def session_export(tmp_path_factory: Any, model_dir: Path, adapter_dir: Path | None = None) -> Path:
    """The ONNX export of ``model_dir`` (+ adapter), exported once per pytest session."""
    return ensure_exported(model_dir, adapter_dir=adapter_dir, cache_dir=session_onnx_cache(tmp_path_factory))


def session_lora_adapter(tmp_path_factory: Any, model_dir: Path) -> Path:
    """A LoRA adapter (random, non-zero) on the GPT-2 demo model, saved once per pytest session."""
    folder = Path(tmp_path_factory.getbasetemp()) / f"llmworks-lora-{Path(model_dir).name}"
    if not (folder / "adapter_config.json").is_file():
        import torch
        from llmworks_onnx.export import load_causal_lm
        from peft import LoraConfig, get_peft_model

        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(1)
            config = LoraConfig(r=4, lora_alpha=8, target_modules=["c_attn"], fan_in_fan_out=True, init_lora_weights=False)
            get_peft_model(load_causal_lm(model_dir), config).save_pretrained(folder)
    return folder
