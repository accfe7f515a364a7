"""The "onnx" export target (``register_export_targets``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from llmworks_onnx.cache import default_cache_dir, ensure_exported
from llmworks_sdk.errors import Invalid, LlmworksError
from llmworks_sdk.model_folders import link_or_copy

EXPORT_README = """# ONNX export (llmworks)

`model.onnx` is a causal language model with a key/value cache (opset {opset}):

- inputs: `input_ids`, `attention_mask` (past + new positions), `position_ids`, and
  `past_key_values.<layer>.key|value` of shape [batch, {heads}, past, {head_dim}]
  (past = 0 on the first step);
- outputs: `logits` [batch, new, {vocab}] and `present.<layer>.key|value`.

`llmworks_onnx.json` describes the graph; the tokenizer files load with `tokenizers` or
transformers. llmworks' "onnxruntime" backend loads this folder as it is.
"""


@dataclass(frozen=True)
class OnnxExportTarget:
    """A folder with ``model.onnx`` (KV cache), the tokenizer and ``llmworks_onnx.json``."""

    cache_dir: Path | None = None
    name: str = "onnx"
    description: str = "ONNX graph with a key/value cache, tokenizer and manifest; loads back in the onnxruntime backend"
    media_type: str = "application/gzip"

    def export(self, model_path: Path, out_dir: Path, *, adapter_path: Path | None = None) -> Path:
        try:
            source = ensure_exported(model_path, adapter_dir=adapter_path, cache_dir=self.cache_dir or default_cache_dir())
        except LlmworksError:
            raise
        except Exception as exc:  # noqa: BLE001 - an architecture torch.onnx cannot export is the user's to know
            raise Invalid(f"this model cannot be exported to ONNX: {type(exc).__name__}: {exc}", field=("query", "format")) from exc
        folder = Path(out_dir) / "onnx"
        folder.mkdir(parents=True, exist_ok=True)
        for path in source.iterdir():
            if path.is_file():
                link_or_copy(path, folder / path.name)
        from llmworks_sdk.onnx_runtime import OnnxManifest

        m = OnnxManifest.read(folder)
        (folder / "README.md").write_text(
            EXPORT_README.format(opset=m.opset, heads=m.num_kv_heads, head_dim=m.head_dim, vocab=m.vocab_size)
        )
        return folder
