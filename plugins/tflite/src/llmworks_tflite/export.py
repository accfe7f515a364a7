"""TensorFlow Lite export of a decoder model, verified with the LiteRT interpreter.

Route chosen (tried on this stack, December 2026, Python 3.11, torch 2.13, transformers 5.23):

* **litert-torch 0.10** (and ai-edge-torch, its old name) cannot be installed next to llmworks:
  it needs litert-converter → xdsl 0.28, which pins ``typing-extensions<4.13`` while the
  project's stack (pydantic, torch, fastapi) is pinned to 4.16.
* **ONNX → TF → TFLite with onnx2tf**: onnx2tf 2.x needs Python ≥ 3.12; 1.29.24 pins
  ``requests==2.32.5`` and ``tensorflow==2.19`` (installable only with ``--no-deps`` next to
  TensorFlow 2.21) and then fails on the exported GPT-2 graph (its LayerNormalization op
  builds a ``tf.constant`` of the wrong shape with the dynamo exporter's opset-18 graph; the
  TorchScript exporter cannot export ``aten::diff`` that transformers 5 uses).
* **What works**: the decoder's forward written once in TensorFlow ops from the PyTorch
  weights (LoRA adapters merged with peft first), traced as a ``tf.function`` with a static
  sequence length and converted by TensorFlow 2.21's own ``TFLiteConverter``; LiteRT
  (``ai-edge-litert``) runs the ``.tflite``. Architectures: GPT-2 (the demo model and the GPT-2
  family); others are refused with a 422 naming what is supported.

The graph: input ``input_ids`` int32 ``[1, seq_len]`` (right-pad shorter prompts: the model is
causal, so the logits of position i depend on positions ≤ i only), output ``logits`` float32
``[1, seq_len, vocab]``. ``seq_len`` is ``LLMWORKS_TFLITE_SEQ_LEN`` (default 64, at most the
model's context).
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmworks_sdk import Invalid, PluginMissingDependency

TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.json", "merges.txt")
#: the logits of the .tflite must match PyTorch's within this (float32 on both sides)
ATOL = 1e-4


def _deps() -> Any:
    try:
        import tensorflow as tf
        from ai_edge_litert.interpreter import Interpreter  # noqa: F401
    except ImportError as exc:
        raise PluginMissingDependency(
            "TensorFlow Lite export needs TensorFlow and LiteRT: install llmworks-tflite "
            "(pip install llmworks-tflite, which brings tensorflow-cpu and ai-edge-litert)") from exc
    return tf


def load_merged(model_dir: Path, adapter_dir: Path | None) -> Any:
    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    if adapter_dir is not None:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, str(adapter_dir)).merge_and_unload()
    return model.eval()


def gpt2_function(model: Any, seq_len: int) -> Any:
    """A ``tf.function`` computing GPT-2's logits from ``input_ids`` [1, seq_len] (int32)."""
    tf = _deps()
    import numpy as np

    cfg = model.config
    if cfg.model_type != "gpt2":
        raise Invalid(f"TFLite export supports GPT-2 decoders; this model is '{cfg.model_type}'", field=("query", "format"))
    if getattr(cfg, "scale_attn_by_inverse_layer_idx", False) or getattr(cfg, "reorder_and_upcast_attn", False):
        raise Invalid("TFLite export does not support scale_attn_by_inverse_layer_idx / reorder_and_upcast_attn")
    act = cfg.activation_function
    if act not in ("gelu_new", "gelu", "gelu_pytorch_tanh", "relu"):
        raise Invalid(f"TFLite export does not support the activation '{act}'")
    sd = {k: v.detach().cpu().numpy().astype(np.float32) for k, v in model.state_dict().items()}
    prefix = "transformer." if "transformer.wte.weight" in sd else ""

    def w(name: str) -> Any:
        return tf.constant(sd[prefix + name])

    wte, wpe = w("wte.weight"), w("wpe.weight")
    lm_head = tf.constant(sd["lm_head.weight"]) if "lm_head.weight" in sd else wte
    heads, dim, eps = cfg.n_head, cfg.n_embd, cfg.layer_norm_epsilon
    head_dim = dim // heads
    layers = [{k: w(f"h.{i}.{k}") for k in (
        "ln_1.weight", "ln_1.bias", "attn.c_attn.weight", "attn.c_attn.bias", "attn.c_proj.weight", "attn.c_proj.bias",
        "ln_2.weight", "ln_2.bias", "mlp.c_fc.weight", "mlp.c_fc.bias", "mlp.c_proj.weight", "mlp.c_proj.bias")}
        for i in range(cfg.n_layer)]
    ln_f_w, ln_f_b = w("ln_f.weight"), w("ln_f.bias")
    mask = tf.constant(np.triu(np.full((seq_len, seq_len), np.finfo(np.float32).min, dtype=np.float32), 1))
    positions = tf.range(seq_len)

    def ln(x: Any, g: Any, b: Any) -> Any:
        mean = tf.reduce_mean(x, axis=-1, keepdims=True)
        var = tf.reduce_mean(tf.square(x - mean), axis=-1, keepdims=True)
        return (x - mean) * tf.math.rsqrt(var + eps) * g + b

    def activation(x: Any) -> Any:
        if act == "relu":
            return tf.nn.relu(x)
        if act == "gelu":
            return tf.nn.gelu(x, approximate=False)
        return 0.5 * x * (1.0 + tf.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))

    def heads_of(x: Any) -> Any:
        return tf.transpose(tf.reshape(x, (1, seq_len, heads, head_dim)), (0, 2, 1, 3))

    @tf.function(input_signature=[tf.TensorSpec((1, seq_len), tf.int32, name="input_ids")])
    def forward(input_ids: Any) -> Any:
        h = tf.gather(wte, input_ids) + tf.gather(wpe, positions)[None]
        for p in layers:
            a = ln(h, p["ln_1.weight"], p["ln_1.bias"])
            qkv = tf.matmul(a, p["attn.c_attn.weight"]) + p["attn.c_attn.bias"]
            q, k, v = tf.split(qkv, 3, axis=-1)
            q, k, v = heads_of(q), heads_of(k), heads_of(v)
            att = tf.matmul(q, k, transpose_b=True) / float(np.sqrt(head_dim)) + mask
            out = tf.matmul(tf.nn.softmax(att, axis=-1), v)
            out = tf.reshape(tf.transpose(out, (0, 2, 1, 3)), (1, seq_len, dim))
            h = h + tf.matmul(out, p["attn.c_proj.weight"]) + p["attn.c_proj.bias"]
            m = ln(h, p["ln_2.weight"], p["ln_2.bias"])
            m = activation(tf.matmul(m, p["mlp.c_fc.weight"]) + p["mlp.c_fc.bias"])
            h = h + tf.matmul(m, p["mlp.c_proj.weight"]) + p["mlp.c_proj.bias"]
        h = ln(h, ln_f_w, ln_f_b)
        return {"logits": tf.matmul(h, lm_head, transpose_b=True)}

    return forward


def convert(model: Any, seq_len: int) -> bytes:
    tf = _deps()
    fn = gpt2_function(model, seq_len)
    converter = tf.lite.TFLiteConverter.from_concrete_functions([fn.get_concrete_function()], fn)
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS]
    return bytes(converter.convert())


def run_tflite(path: Path, input_ids: Any) -> Any:
    """Logits of ``input_ids`` [1, seq_len] from the .tflite, with the LiteRT interpreter."""
    import numpy as np
    from ai_edge_litert.interpreter import Interpreter

    it = Interpreter(model_path=str(path))
    it.allocate_tensors()
    inp, out = it.get_input_details()[0], it.get_output_details()[0]
    it.set_tensor(inp["index"], np.asarray(input_ids, dtype=np.int32))
    it.invoke()
    return it.get_tensor(out["index"])


def verify(path: Path, model: Any, seq_len: int, seed: int = 0) -> dict[str, Any]:
    """Run the .tflite on LiteRT and PyTorch on the same random ids; compare the logits."""
    import numpy as np
    import torch

    ids = np.random.default_rng(seed).integers(0, model.config.vocab_size, size=(1, seq_len))
    got = run_tflite(path, ids)
    with torch.inference_mode():
        ref = model(input_ids=torch.tensor(ids)).logits.numpy()
    diff = float(np.abs(got - ref).max())
    same_argmax = bool((got.argmax(-1) == ref.argmax(-1)).all())
    if diff > ATOL or not same_argmax:
        raise RuntimeError(f"the .tflite logits differ from PyTorch's: max |diff| {diff:.3g} (tolerance {ATOL}), "
                           f"same argmax at every position: {same_argmax}")
    return {"max_abs_diff": diff, "same_argmax": same_argmax, "tolerance": ATOL, "logits_max_abs": float(np.abs(ref).max())}


README = """# TensorFlow Lite export (llmworks)

`model.tflite` is the decoder (LoRA adapters merged) for LiteRT / TensorFlow Lite:

- input `input_ids`: int32 `[1, {seq_len}]` (right-pad shorter prompts: the model is causal,
  read the logits at the last real position);
- output `logits`: float32 `[1, {seq_len}, {vocab}]`.

Verified at export with the LiteRT interpreter against PyTorch on the same ids: max |diff|
{diff:.3g} (tolerance {tol}), same argmax at every position. The tokenizer files turn text into
ids (`tokenizers` or transformers).
"""


@dataclass(frozen=True)
class TFLiteExportTarget:
    name: str = "tflite"
    description: str = "TensorFlow Lite (.tflite) decoder for mobile and edge, verified with LiteRT against PyTorch"
    media_type: str = "application/gzip"

    def export(self, model_path: Path, out_dir: Path, *, adapter_path: Path | None = None) -> Path:
        _deps()
        model = load_merged(Path(model_path), Path(adapter_path) if adapter_path else None)
        context = int(getattr(model.config, "n_positions", 1024))
        seq_len = min(int(os.environ.get("LLMWORKS_TFLITE_SEQ_LEN", "64")), context)
        folder = Path(out_dir) / "tflite"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "model.tflite").write_bytes(convert(model, seq_len))
        check = verify(folder / "model.tflite", model, seq_len)
        for name in TOKENIZER_FILES:
            if (Path(model_path) / name).is_file():
                shutil.copy2(Path(model_path) / name, folder / name)
        (folder / "tflite.json").write_text(json.dumps({"seq_len": seq_len, "vocab_size": model.config.vocab_size,
                                                        "inputs": ["input_ids"], "outputs": ["logits"], **check}, indent=2))
        (folder / "README.md").write_text(README.format(seq_len=seq_len, vocab=model.config.vocab_size,
                                                        diff=check["max_abs_diff"], tol=ATOL))
        return folder
