"""Model folders (from :mod:`llmworks_sdk.model_folders`) plus what only PyTorch training
needs: the linear layers LoRA can target."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from llmworks_sdk.model_folders import (  # noqa: F401 - re-exported for this plugin's modules
    ModelInfo,
    context_length_of,
    folder_size,
    inspect_model,
    is_adapter_folder,
    is_model_folder,
    list_cached_models,
    list_model_folders,
    meta_model,
    parameter_count,
    read_front_matter,
    read_json,
    resolve_hub_id,
    resolve_model_path,
    safetensors_parameter_count,
)


def linear_module_names(model) -> list[str]:
    """Distinct short names of the linear layers of ``model`` usable as LoRA targets.

    Covers ``torch.nn.Linear`` and GPT-2's ``Conv1D``; leaves out the output embedding.
    """
    import torch
    from transformers.pytorch_utils import Conv1D

    output = model.get_output_embeddings()
    names = set()
    for full_name, module in model.named_modules():
        if module is output:
            continue
        if isinstance(module, (torch.nn.Linear, Conv1D)) or type(module).__name__.startswith("Linear"):
            names.add(full_name.rsplit(".", 1)[-1])
    return sorted(names)


def uses_conv1d(model) -> bool:
    """Whether the model's linear layers are GPT-2 style ``Conv1D`` (LoRA needs ``fan_in_fan_out``)."""
    from transformers.pytorch_utils import Conv1D

    return any(isinstance(m, Conv1D) for m in model.modules())


@lru_cache(maxsize=64)
def _lora_targets(folder: str, mtime: float) -> tuple[str, ...]:
    return tuple(linear_module_names(meta_model(Path(folder))))


def embedding_module_names(model) -> list[str]:
    """Short names of the input and output embeddings (``wte``/``embed_tokens``, ``lm_head``):
    PEFT puts LoRA on them too (each token's embedding moves in a low-rank subspace), which a
    small base model needs to learn new associations of particular words."""
    names = set()
    for module in (model.get_input_embeddings(), model.get_output_embeddings()):
        if module is None:
            continue
        for full_name, candidate in model.named_modules():
            if candidate is module:
                names.add(full_name.rsplit(".", 1)[-1])
                break
    return sorted(names)


@lru_cache(maxsize=32)
def _embedding_targets(folder: str, _mtime: float) -> tuple[str, ...]:
    return tuple(embedding_module_names(meta_model(Path(folder))))


def lora_target_modules(name_or_path: str | Path) -> list[str]:
    """Module names of a base model that LoRA can target (built on meta, no weights): its linear
    layers, then its input and output embeddings."""
    folder = resolve_model_path(name_or_path)
    mtime = (folder / "config.json").stat().st_mtime
    return list(_lora_targets(str(folder), mtime)) + [n for n in _embedding_targets(str(folder), mtime)
                                                      if n not in _lora_targets(str(folder), mtime)]
