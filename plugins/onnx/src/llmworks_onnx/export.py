"""Export a causal LM folder to ONNX with past key/values as inputs and outputs.

The graph takes ``input_ids``, ``attention_mask`` (past + new positions), ``position_ids`` and
one ``past_key_values.<layer>.key|value`` tensor per layer (sequence length 0 on the first
step) and returns ``logits`` for the new positions plus ``present.<layer>.key|value``, so
generation feeds one token per step instead of recomputing the prefix.

Needs the ``export`` extra (torch, transformers, onnx, onnxscript; peft for adapters).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from llmworks_sdk.onnx_runtime import MODEL_NAME, OnnxCausalLM, OnnxManifest

#: bump when the graph's inputs/outputs change, so cached exports are rebuilt
EXPORT_FORMAT = 1


def _torch():
    try:
        import torch
        import transformers  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the environment
        from llmworks_sdk.errors import PluginMissingDependency

        raise PluginMissingDependency(
            "exporting to ONNX needs torch and transformers: pip install 'llmworks-onnx[export]'"
        ) from exc
    return torch


def load_causal_lm(model_dir: Path, adapter_dir: Path | None = None) -> Any:
    """Load ``model_dir`` in float32 on the CPU; merge ``adapter_dir`` (PEFT) into it if given."""
    torch = _torch()
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    if adapter_dir is not None:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, adapter_dir).merge_and_unload()
    model.config.use_cache = True
    return model.eval()


def _kv_wrapper(model: Any) -> Any:
    torch = _torch()
    from transformers import DynamicCache

    class KVWrapper(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, position_ids, past_key_values):
            cache = DynamicCache(config=self.model.config)
            for layer, i in enumerate(range(0, len(past_key_values), 2)):
                cache.update(past_key_values[i], past_key_values[i + 1], layer)
            out = self.model(
                input_ids=input_ids,
                attention_mask=attention_mask,
                position_ids=position_ids,
                past_key_values=cache,
                use_cache=True,
                return_dict=True,
            )
            present = []
            for layer in out.past_key_values.layers:
                present += [layer.keys, layer.values]
            return (out.logits, *present)

    return KVWrapper().eval()


def _kv_layout(model: Any) -> tuple[int, int, int]:
    """(layers, kv heads, head dim), read from a real forward so every architecture agrees."""
    torch = _torch()
    with torch.no_grad():
        out = model(input_ids=torch.zeros((1, 1), dtype=torch.long), use_cache=True)
    layers = out.past_key_values.layers
    _, heads, _, head_dim = layers[0].keys.shape
    return len(layers), int(heads), int(head_dim)


def _eos_ids(model: Any, tokenizer: Any) -> list[int]:
    """EOS ids of the generation config (else the model config) and of the tokenizer."""
    eos = getattr(getattr(model, "generation_config", None), "eos_token_id", None)
    if eos is None:
        eos = model.config.eos_token_id
    ids = set(eos if isinstance(eos, list | tuple) else [] if eos is None else [eos])
    if tokenizer.eos_token_id is not None:
        ids.add(tokenizer.eos_token_id)
    return sorted(int(i) for i in ids)


def _context_length(config: Any) -> int:
    for attr in ("max_position_embeddings", "n_positions", "n_ctx", "seq_length"):
        value = getattr(config, attr, None)
        if isinstance(value, int) and value > 0:
            return value
    return 2048


def export_onnx(
    model_dir: Path,
    out_dir: Path,
    *,
    adapter_dir: Path | None = None,
    opset: int = 18,
    verify: bool = True,
    atol: float = 1e-4,
    source_key: str | None = None,
) -> OnnxManifest:
    """Export ``model_dir`` (merged with ``adapter_dir`` if given) to ``out_dir``.

    Writes ``model.onnx`` (+ external data for large models), the tokenizer and
    ``llmworks_onnx.json`` (:class:`OnnxManifest`). With ``verify`` the ONNX logits are compared
    with torch on a prompt and on a cached step, and a ``ValueError`` is raised above ``atol``.
    The folder is written next to ``out_dir`` and renamed into place, so a crash never
    leaves a half export that looks complete.
    """
    torch = _torch()
    from transformers import AutoTokenizer

    model_dir, out_dir = Path(model_dir), Path(out_dir)
    model = load_causal_lm(model_dir, adapter_dir)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    num_layers, kv_heads, head_dim = _kv_layout(model)
    wrapper = _kv_wrapper(model)

    batch, past, seq = 2, 3, 2  # example sizes > 1 so torch.export keeps the dims symbolic
    past_kv = [torch.zeros((batch, kv_heads, past, head_dim)) for _ in range(2 * num_layers)]
    example = (
        torch.ones((batch, seq), dtype=torch.long),
        torch.ones((batch, past + seq), dtype=torch.long),
        torch.arange(past, past + seq, dtype=torch.long).expand(batch, seq).contiguous(),
        past_kv,
    )
    dyn = torch.export.Dim.DYNAMIC
    dynamic_shapes = (
        {0: dyn, 1: dyn},
        {0: dyn, 1: dyn},
        {0: dyn, 1: dyn},
        [{0: dyn, 2: dyn} for _ in past_kv],
    )
    kinds = [(i, kind) for i in range(num_layers) for kind in ("key", "value")]
    input_names = ["input_ids", "attention_mask", "position_ids", *(f"past_key_values.{i}.{k}" for i, k in kinds)]
    output_names = ["logits", *(f"present.{i}.{k}" for i, k in kinds)]

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    work.chmod(0o755)
    try:
        with torch.no_grad():
            program = torch.onnx.export(
                wrapper,
                example,
                dynamo=True,
                opset_version=opset,
                dynamic_shapes=dynamic_shapes,
                input_names=input_names,
                output_names=output_names,
                optimize=True,
                verbose=False,
            )
        program.save(str(work / MODEL_NAME), external_data=_needs_external_data(model))
        tokenizer.save_pretrained(work)
        manifest = OnnxManifest(
            format=EXPORT_FORMAT,
            opset=opset,
            model_type=str(model.config.model_type),
            num_layers=num_layers,
            num_kv_heads=kv_heads,
            head_dim=head_dim,
            vocab_size=int(model.config.get_text_config().vocab_size),
            context_length=_context_length(model.config),
            eos_token_ids=_eos_ids(model, tokenizer),
            bos_token_id=tokenizer.bos_token_id,
            inputs=input_names,
            outputs=output_names,
            source_key=source_key,
            max_abs_diff=None,
        )
        manifest.write(work)
        if verify:
            diff = verify_export(work, model, atol=atol)
            manifest = manifest.replace(max_abs_diff=diff)
            manifest.write(work)
        if out_dir.exists():
            shutil.rmtree(out_dir)
        work.rename(out_dir)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return manifest


def _needs_external_data(model: Any) -> bool:
    # protobuf caps one file at 2 GB
    return sum(p.numel() * p.element_size() for p in model.parameters()) > 1_800_000_000


def torch_logits(model: Any, token_ids: list[int]) -> np.ndarray:
    """Whole-sequence logits ``[len(token_ids), vocab]`` from torch, without a cache."""
    torch = _torch()
    with torch.no_grad():
        out = model(input_ids=torch.tensor([token_ids], dtype=torch.long), use_cache=False)
    return out.logits[0].float().numpy()


def verify_export(folder: Path, model: Any, *, atol: float = 1e-4) -> float:
    """Compare ONNX logits with torch on a prompt, then on two cached steps; return the
    largest absolute difference, raising ``ValueError`` when it exceeds ``atol``."""
    manifest = OnnxManifest.read(folder)
    rng = np.random.default_rng(0)
    ids = [int(i) for i in rng.integers(0, manifest.vocab_size, size=7)]
    expected = torch_logits(model, ids)
    lm = OnnxCausalLM(folder, providers=["CPUExecutionProvider"])
    cache = lm.new_cache()
    prefill, cache = lm.forward(np.array([ids[:5]], dtype=np.int64), cache)
    got = [prefill[0]]
    for token in ids[5:]:
        step, cache = lm.forward(np.array([[token]], dtype=np.int64), cache)
        got.append(step[0])
    diff = float(np.max(np.abs(np.concatenate(got, axis=0) - expected)))
    if not diff <= atol:
        raise ValueError(f"ONNX export of {folder} differs from torch by {diff:.3g} (> {atol:g})")
    return diff
