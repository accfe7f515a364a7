"""Write a model version as a classic Triton model repository.

```
<repo>/<name>/config.pbtxt          Python backend, sequence batcher (one request = one step)
<repo>/<name>/1/model.py            runs ONNX Runtime with a per-sequence key/value cache
<repo>/<name>/1/llmworks_onnx_runtime.py   copy of llmworks_sdk.onnx_runtime (numpy + onnxruntime only)
<repo>/<name>/1/model.onnx, llmworks_onnx.json, tokenizer.json, ...
<repo>/<name>_onnx/config.pbtxt     optional: the same graph on Triton's onnxruntime backend
<repo>/<name>_onnx/1/model.onnx       (stateless: the client sends past keys/values itself)
```

The step model takes ``INPUT_IDS`` (int64, the new tokens of one sequence) and the sequence
controls, and returns ``LOGITS`` (float32 ``[vocab]``, last position, raw) and
``CACHE_LENGTH``; sampling happens on the client with :mod:`llmworks_sdk.sampling`.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import llmworks_sdk.onnx_runtime
from google.protobuf import text_format
from llmworks_sdk.model_folders import link_or_copy
from llmworks_sdk.onnx_runtime import MODEL_NAME, OnnxManifest
from llmworks_sdk.services import OnnxExports, installed_service
from tritonclient.grpc import model_config_pb2 as mc

CONFIG_NAME = "config.pbtxt"
#: config parameter holding the export manifest (vocabulary, EOS/BOS, context length) for clients
MANIFEST_PARAMETER = "llmworks_onnx_manifest"
RUNTIME_COPY = "llmworks_onnx_runtime.py"
INPUT_IDS, LOGITS, CACHE_LENGTH = "INPUT_IDS", "LOGITS", "CACHE_LENGTH"
START, END, CORRID = "START", "END", "CORRID"
_NAME_OK = re.compile(r"^[A-Za-z0-9_.-]+$")


@dataclass(frozen=True)
class TritonRepository:
    path: Path
    model_name: str
    manifest: OnnxManifest
    #: name of the onnxruntime-backend model, when one was written
    onnx_model_name: str | None = None

    @property
    def version_dir(self) -> Path:
        return self.path / self.model_name / "1"


def model_name_for(key: str) -> str:
    """A Triton model name from any key (``model-version:12`` → ``model-version_12``); long
    keys keep a hash of the whole key so two of them cannot collide."""
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", key).strip("._") or "model"
    if len(name) > 80:
        name = f"{name[:60]}_{hashlib.sha256(key.encode()).hexdigest()[:16]}"
    return name


def step_model_config(
    name: str, manifest: OnnxManifest, *, instance_count: int = 1, gpu: bool = False,
    max_sequences: int = 64, idle_seconds: int = 300, threads: int = 0,
) -> mc.ModelConfig:
    """The Python-backend config: a sequence batcher feeds one step of one sequence at a time."""
    config = mc.ModelConfig(name=name, backend="python", max_batch_size=1)
    config.input.add(name=INPUT_IDS, data_type=mc.TYPE_INT64, dims=[-1])
    config.output.add(name=LOGITS, data_type=mc.TYPE_FP32, dims=[manifest.vocab_size])
    config.output.add(name=CACHE_LENGTH, data_type=mc.TYPE_INT64, dims=[1])
    batching = config.sequence_batching
    batching.max_sequence_idle_microseconds = idle_seconds * 1_000_000
    batching.oldest.max_candidate_sequences = max_sequences
    batching.oldest.max_queue_delay_microseconds = 0
    for control_name, kind in ((START, "CONTROL_SEQUENCE_START"), (END, "CONTROL_SEQUENCE_END")):
        control = batching.control_input.add(name=control_name).control.add()
        control.kind = mc.ModelSequenceBatching.Control.Kind.Value(kind)
        control.int32_false_true.extend([0, 1])
    corrid = batching.control_input.add(name=CORRID).control.add()
    corrid.kind = mc.ModelSequenceBatching.Control.CONTROL_SEQUENCE_CORRID
    corrid.data_type = mc.TYPE_UINT64
    config.instance_group.add(count=instance_count, kind=mc.ModelInstanceGroup.KIND_GPU if gpu else mc.ModelInstanceGroup.KIND_CPU)
    config.parameters[MANIFEST_PARAMETER].string_value = manifest.to_json()
    config.parameters["max_sequences"].string_value = str(max_sequences)
    config.parameters["threads"].string_value = str(threads)
    return config


def onnxruntime_model_config(name: str, manifest: OnnxManifest, *, gpu: bool = True) -> mc.ModelConfig:
    """Triton's onnxruntime backend on the exported graph itself (inputs/outputs as in ONNX)."""
    config = mc.ModelConfig(name=name, platform="onnxruntime_onnx", max_batch_size=0)
    kv_dims = [-1, manifest.num_kv_heads, -1, manifest.head_dim]
    for input_name in manifest.inputs:
        if input_name.startswith("past_key_values."):
            config.input.add(name=input_name, data_type=mc.TYPE_FP32, dims=kv_dims)
        else:
            config.input.add(name=input_name, data_type=mc.TYPE_INT64, dims=[-1, -1])
    for output_name in manifest.outputs:
        dims = [-1, -1, manifest.vocab_size] if output_name == "logits" else kv_dims
        config.output.add(name=output_name, data_type=mc.TYPE_FP32, dims=dims)
    config.instance_group.add(count=1, kind=mc.ModelInstanceGroup.KIND_GPU if gpu else mc.ModelInstanceGroup.KIND_CPU)
    return config


def write_config(config: mc.ModelConfig, model_dir: Path) -> Path:
    path = model_dir / CONFIG_NAME
    path.write_text(text_format.MessageToString(config))
    return path


def read_config(model_dir: Path) -> mc.ModelConfig:
    return text_format.Parse((model_dir / CONFIG_NAME).read_text(), mc.ModelConfig())


def export_model_repository(
    model_dir: Path,
    repo_dir: Path,
    *,
    model_name: str = "llmworks",
    adapter_dir: Path | None = None,
    cache_dir: Path | None = None,
    exports: OnnxExports | None = None,
    instance_count: int = 1,
    gpu: bool = False,
    onnxruntime_backend: bool = False,
    max_sequences: int = 64,
    threads: int = 0,
) -> TritonRepository:
    """Write ``model_dir`` (+ ``adapter_dir`` merged) as model ``model_name`` of the Triton
    repository ``repo_dir`` (created if needed; other models in it are left alone).

    The ONNX export comes from the ``OnnxExports`` service (``exports``, default: the one an
    installed plugin provides, i.e. llmworks-onnx's cache), so ``model_dir`` may also be an
    exported folder. ``gpu`` puts the model instances on GPUs; ``onnxruntime_backend``
    also writes ``<model_name>_onnx`` for servers that have Triton's onnxruntime backend.
    """
    if not _NAME_OK.match(model_name):
        raise ValueError(f"invalid Triton model name {model_name!r}; use letters, digits, '_', '.', '-'")
    exports = exports or installed_service(OnnxExports)
    onnx_dir = exports.ensure_exported(Path(model_dir), adapter_dir=adapter_dir, cache_dir=cache_dir)
    manifest = OnnxManifest.read(onnx_dir)
    model_root = Path(repo_dir) / model_name
    if model_root.exists():
        shutil.rmtree(model_root)
    version = model_root / "1"
    version.mkdir(parents=True)
    for src in sorted(p for p in onnx_dir.iterdir() if p.is_file()):
        link_or_copy(src, version / src.name)
    shutil.copyfile(llmworks_sdk.onnx_runtime.__file__, version / RUNTIME_COPY)
    template = resources.files("llmworks_triton").joinpath("templates/model.py")
    (version / "model.py").write_text(template.read_text())
    write_config(
        step_model_config(
            model_name, manifest, instance_count=instance_count, gpu=gpu, max_sequences=max_sequences, threads=threads
        ),
        model_root,
    )
    onnx_name = None
    if onnxruntime_backend:
        onnx_name = f"{model_name}_onnx"
        onnx_root = Path(repo_dir) / onnx_name
        if onnx_root.exists():
            shutil.rmtree(onnx_root)
        (onnx_root / "1").mkdir(parents=True)
        for src in sorted(onnx_dir.glob(f"{MODEL_NAME}*")):  # the graph and its external data
            link_or_copy(src, onnx_root / "1" / src.name)
        write_config(onnxruntime_model_config(onnx_name, manifest, gpu=gpu), onnx_root)
    return TritonRepository(Path(repo_dir), model_name, manifest, onnx_name)
