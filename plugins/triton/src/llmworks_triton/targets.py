"""The "triton" export target (``register_export_targets``): a model repository."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from llmworks_sdk.errors import Invalid, LlmworksError

from llmworks_triton.repository import export_model_repository, model_name_for

REPOSITORY_README = """# Triton model repository (llmworks)

Serve it with Triton Inference Server (Python backend; numpy and onnxruntime in its Python):

    tritonserver --model-repository=$PWD

`{name}` runs one decoding step per request, with the key/value cache of each sequence kept
on the server (Triton sequence batcher): send `INPUT_IDS` (int64 [1, n]: the prompt ids on
the first request with `sequence_start`, then one id per request) with a `sequence_id`; read
`LOGITS` (float32 [1, {vocab}], raw logits of the last position) and choose the next token
on the client; end with `sequence_end`. Config parameter `{manifest}` holds the
vocabulary size, EOS/BOS ids and context length. The tokenizer is in `{name}/1/`.
{extra}"""

ONNX_NOTE = """
`{name}_onnx` is the same graph on Triton's onnxruntime backend (GPU instances): stateless,
the client sends `past_key_values.*` and receives `present.*` itself.
"""


def gpu_available() -> bool:
    """Whether NVML sees a GPU on this machine (False when the driver or nvidia-ml-py is missing)."""
    try:
        import pynvml

        pynvml.nvmlInit()
    except Exception:  # noqa: BLE001 - no library, no driver: no GPU
        return False
    try:
        return pynvml.nvmlDeviceGetCount() > 0
    finally:
        pynvml.nvmlShutdown()


@dataclass(frozen=True)
class TritonExportTarget:
    """``gpu``: GPU instances and the extra onnxruntime-backend model (default: when this
    machine has a GPU)."""

    cache_dir: Path | None = None
    gpu: bool | None = None
    name: str = "triton"
    description: str = "Triton Inference Server model repository (Python backend running ONNX Runtime with a KV cache)"
    media_type: str = "application/gzip"

    def export(self, model_path: Path, out_dir: Path, *, adapter_path: Path | None = None) -> Path:
        from llmworks_triton.repository import MANIFEST_PARAMETER

        gpu = gpu_available() if self.gpu is None else self.gpu
        name = model_name_for(Path(adapter_path or model_path).name)
        try:
            repo = export_model_repository(
                model_path, Path(out_dir) / "triton-repository", model_name=name, adapter_dir=adapter_path,
                cache_dir=self.cache_dir, gpu=gpu, onnxruntime_backend=gpu,
            )
        except LlmworksError:
            raise
        except Exception as exc:  # noqa: BLE001 - an architecture torch.onnx cannot export is the user's to know
            raise Invalid(f"this model cannot be exported for Triton: {type(exc).__name__}: {exc}", field=("query", "format")) from exc
        extra = ONNX_NOTE.format(name=name) if repo.onnx_model_name else ""
        (repo.path / "README.md").write_text(
            REPOSITORY_README.format(name=name, vocab=repo.manifest.vocab_size, manifest=MANIFEST_PARAMETER, extra=extra)
        )
        return repo.path
