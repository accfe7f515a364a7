"""Writing a Triton model repository (no server needed)."""

from __future__ import annotations

import filecmp

import llmworks_sdk.onnx_runtime
import pytest
from llmworks_sdk.onnx_runtime import OnnxManifest
from llmworks_triton.repository import (
    MANIFEST_PARAMETER,
    RUNTIME_COPY,
    export_model_repository,
    model_name_for,
    read_config,
)
from tritonclient.grpc import model_config_pb2 as mc


@pytest.fixture(scope="module")
def repo(tmp_path_factory, demo_model, onnx_cache):
    return export_model_repository(
        demo_model, tmp_path_factory.mktemp("repo"), model_name="demo", cache_dir=onnx_cache, onnxruntime_backend=True
    )


def test_layout_is_a_classic_model_repository(repo):
    version = repo.version_dir
    assert version == repo.path / "demo" / "1"
    for name in ("model.py", RUNTIME_COPY, "model.onnx", "llmworks_onnx.json", "tokenizer.json"):
        assert (version / name).is_file(), name
    assert filecmp.cmp(version / RUNTIME_COPY, llmworks_sdk.onnx_runtime.__file__, shallow=False)
    assert (repo.path / "demo" / "config.pbtxt").is_file()


def test_step_model_config(repo):
    config = read_config(repo.path / "demo")
    assert (config.name, config.backend, config.max_batch_size) == ("demo", "python", 1)
    assert [(i.name, i.data_type, list(i.dims)) for i in config.input] == [("INPUT_IDS", mc.TYPE_INT64, [-1])]
    vocab = repo.manifest.vocab_size
    assert [(o.name, list(o.dims)) for o in config.output] == [("LOGITS", [vocab]), ("CACHE_LENGTH", [1])]
    controls = {c.name: c.control[0].kind for c in config.sequence_batching.control_input}
    kinds = mc.ModelSequenceBatching.Control
    assert controls == {
        "START": kinds.CONTROL_SEQUENCE_START,
        "END": kinds.CONTROL_SEQUENCE_END,
        "CORRID": kinds.CONTROL_SEQUENCE_CORRID,
    }
    assert config.sequence_batching.oldest.max_candidate_sequences == 64
    assert config.instance_group[0].kind == mc.ModelInstanceGroup.KIND_CPU
    assert OnnxManifest.from_json(config.parameters[MANIFEST_PARAMETER].string_value) == repo.manifest


def test_optional_onnxruntime_backend_config(repo):
    assert repo.onnx_model_name == "demo_onnx"
    config = read_config(repo.path / "demo_onnx")
    assert config.platform == "onnxruntime_onnx" and config.max_batch_size == 0
    assert [i.name for i in config.input] == repo.manifest.inputs
    assert [o.name for o in config.output] == repo.manifest.outputs
    dims = {i.name: list(i.dims) for i in [*config.input, *config.output]}
    assert dims["logits"] == [-1, -1, repo.manifest.vocab_size] and dims["past_key_values.0.key"] == [-1, 2, -1, 32]
    assert sorted(p.name for p in (repo.path / "demo_onnx" / "1").iterdir()) == ["model.onnx"]


def test_rewriting_a_model_replaces_only_that_model(repo, demo_model, onnx_cache):
    (repo.version_dir / "stale.txt").write_text("old")
    again = export_model_repository(demo_model, repo.path, model_name="demo", cache_dir=onnx_cache, gpu=True)
    assert not (again.version_dir / "stale.txt").exists()
    assert read_config(repo.path / "demo").instance_group[0].kind == mc.ModelInstanceGroup.KIND_GPU
    assert (repo.path / "demo_onnx" / "config.pbtxt").is_file()


def test_model_names():
    assert model_name_for("model-version:12") == "model-version_12"
    assert model_name_for("base:tiny gpt/2") == "base_tiny_gpt_2"
    with pytest.raises(ValueError):
        export_model_repository("/nonexistent", "/tmp", model_name="bad name")
