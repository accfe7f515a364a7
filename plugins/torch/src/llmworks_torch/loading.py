"""Load any model folder, hub id or PEFT adapter folder with ``from_pretrained``."""

from __future__ import annotations

from pathlib import Path

import torch

from llmworks_torch.model_info import is_adapter_folder, read_json, resolve_model_path


def adapter_base(adapter_dir: str | Path, base_model: str | Path | None = None) -> Path:
    """The base model folder of an adapter: ``base_model`` if given, else its adapter_config's."""
    if base_model is not None:
        return resolve_model_path(base_model)
    name = read_json(Path(adapter_dir) / "adapter_config.json").get("base_model_name_or_path")
    if not name:
        raise FileNotFoundError(f"{adapter_dir} does not name its base model; pass base_model")
    return resolve_model_path(name)


def load_tokenizer(path: str | Path, base_model: str | Path | None = None):
    """The tokenizer saved with a model or adapter, else the base model's."""
    from transformers import AutoTokenizer

    folder = resolve_model_path(path)
    has_own = any((folder / f).is_file() for f in ("tokenizer.json", "tokenizer.model", "vocab.json", "tokenizer_config.json"))
    if has_own or not is_adapter_folder(folder):
        return AutoTokenizer.from_pretrained(folder)
    return AutoTokenizer.from_pretrained(adapter_base(folder, base_model))


def load_causal_lm(
    path: str | Path,
    *,
    base_model: str | Path | None = None,
    device: str = "cpu",
    dtype: torch.dtype = torch.float32,
    attn_implementation: str | None = None,
):
    """(model, tokenizer) in eval mode; an adapter folder comes back as a ``PeftModel`` on its base."""
    from transformers import AutoModelForCausalLM

    folder = resolve_model_path(path)
    kwargs = {"dtype": dtype}
    if attn_implementation:
        kwargs["attn_implementation"] = attn_implementation
    if is_adapter_folder(folder):
        from peft import PeftModel

        base = AutoModelForCausalLM.from_pretrained(adapter_base(folder, base_model), **kwargs)
        model = PeftModel.from_pretrained(base, str(folder))
    else:
        model = AutoModelForCausalLM.from_pretrained(folder, **kwargs)
    return model.to(device).eval(), load_tokenizer(folder, base_model)
