"""TensorFlow Lite export: a decoder (the demo GPT-2 with a LoRA adapter merged) exported to
``.tflite`` through the REST export route, run with the LiteRT interpreter, gives PyTorch's
logits. Tolerance: max |diff| <= 1e-4 and the same argmax at every position. Both sides compute
in float32; the .tflite does the same matmuls in another order (XNNPACK kernels), so each logit
carries rounding error of the order of n·eps·|x| (n = 64-wide dot products, eps = 6e-8, |x| ~ 1-10:
~1e-5 at most); 1e-4 leaves 10x room and is still 4 orders of magnitude below the logits' spread."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("tensorflow", reason="install llmworks-tflite (tensorflow-cpu, ai-edge-litert)")
pytest.importorskip("ai_edge_litert")


@pytest.fixture(scope="module")
def demo_model(tmp_path_factory) -> Path:
    from llmworks_sdk.testing import session_demo_model

    return session_demo_model(tmp_path_factory, "gpt2")


@pytest.fixture(scope="module")
def adapter(tmp_path_factory, demo_model) -> Path:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    folder = Path(tmp_path_factory.getbasetemp()) / "tflite-lora"
    if not (folder / "adapter_config.json").is_file():
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(5)
            config = LoraConfig(r=4, lora_alpha=32, target_modules=["c_attn", "c_fc"], fan_in_fan_out=True,
                                init_lora_weights=False)
            get_peft_model(AutoModelForCausalLM.from_pretrained(demo_model), config).save_pretrained(folder)
    return folder


def test_tflite_export_through_the_api_matches_pytorch(tmp_path, tmp_path_factory, demo_model, adapter):
    from llmworks_sdk.services import ModelRegistry, require_service
    from llmworks_sdk.testing import KernelHarness, session_models_dir
    from llmworks_tflite.export import ATOL, run_tflite

    models = session_models_dir(tmp_path_factory, demo_model)
    with KernelHarness(tmp_path / "home", env={"LLMWORKS_MODELS_DIR": str(models), "LLMWORKS_TFLITE_SEQ_LEN": "16"},
                       worker=False) as h:
        admin = h.login()
        with h.kernel.db.session() as db:
            vid = require_service(h.kernel, ModelRegistry).register_version(
                db, project_id=h.default_project_id(), name="lora-tflite", base_model="llmworks-demo-tiny",
                base_path=str(demo_model), method="lora", kind="adapter", path=str(adapter)).id
        formats = {f["name"] for f in admin.get("/api/training/export-formats").json()["items"]}
        assert "tflite" in formats
        r = admin.get(f"/api/models/custom/{vid}/export", params={"format": "tflite"})
        assert r.status_code == 200, r.text[:500]
    with tarfile.open(fileobj=io.BytesIO(r.content)) as tf:
        tf.extractall(tmp_path / "out", filter="data")
    model_file = next((tmp_path / "out").rglob("model.tflite"))
    assert (model_file.parent / "tokenizer.json").is_file() and "LiteRT" in (model_file.parent / "README.md").read_text()

    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    ref_model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(demo_model), str(adapter)).eval()
    vocab = ref_model.get_input_embeddings().num_embeddings
    ids = np.random.default_rng(1).integers(0, vocab, size=(1, 16))
    got = run_tflite(model_file, ids)
    with torch.inference_mode():
        ref = ref_model(input_ids=torch.tensor(ids)).logits.numpy()
    assert got.shape == ref.shape == (1, 16, vocab)
    assert np.abs(got - ref).max() <= ATOL
    assert (got.argmax(-1) == ref.argmax(-1)).all()
    base = AutoModelForCausalLM.from_pretrained(demo_model).eval()
    with torch.inference_mode():
        assert np.abs(base(input_ids=torch.tensor(ids)).logits.numpy() - got).max() > 10 * ATOL  # the adapter is in it


def test_unsupported_architecture_is_a_clear_4xx(tmp_path_factory):
    from llmworks_sdk import Invalid
    from llmworks_sdk.testing import session_demo_model
    from llmworks_tflite.export import TFLiteExportTarget

    llama = session_demo_model(tmp_path_factory, "llama")
    with pytest.raises(Invalid, match="supports GPT-2"):
        TFLiteExportTarget().export(llama, tmp_path_factory.mktemp("x"))
