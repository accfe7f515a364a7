"""The "onnx-zoo" target: a folder in the ONNX Model Zoo's layout that onnxruntime validates,
whose logits match PyTorch's (adapter merged)."""

from __future__ import annotations

import io
import tarfile
import time

import pytest
from llmworks_deploy.testing import register_versions

pytestmark = pytest.mark.slow


def test_onnx_zoo_folder(harness, admin, project_id, demo_model, adapters, tmp_path):
    version = register_versions(harness, project_id, demo_model, {"mlp": adapters["mlp"]})["mlp"]
    r = admin.post("/api/plugins/deploy/deployments", json={"project_id": project_id, "name": "zoo-mlp", "target": "onnx-zoo",
                                                            "model": f"custom:{version}"})
    assert r.status_code == 201, r.text
    end = time.monotonic() + 400
    while time.monotonic() < end:
        d = admin.get(f"/api/plugins/deploy/deployments/{r.json()['id']}").json()
        if d["state"] in ("completed", "failed"):
            break
        time.sleep(0.5)
    assert d["state"] == "completed", admin.get(f"/api/plugins/deploy/deployments/{d['id']}/logs").json()["text"]
    blob = admin.get(f"/api/plugins/deploy/deployments/{d['id']}/artifact").content
    with tarfile.open(fileobj=io.BytesIO(blob)) as tf:
        tf.extractall(tmp_path, filter="data")
    folder = tmp_path / "zoo-mlp"
    names = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    assert {"model.onnx", "README.md", "test_data_set_0/input_0.pb", "test_data_set_0/output_0.pb"} <= names
    # the zoo's check, run here on the downloaded folder
    from llmworks_deploy.targets.onnx_zoo import _read, validate_zoo_folder

    assert validate_zoo_folder(folder)["checker"] == "passed"
    readme = (folder / "README.md").read_text()
    assert "| opset |" in readme and "input_ids" in readme and "LoRA adapter merged" in readme
    # the test data's logits are the PyTorch model's (base + adapter)
    import numpy as np
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    feed = dict(_read(p) for p in (folder / "test_data_set_0").glob("input_*.pb"))
    logits = dict(_read(p) for p in (folder / "test_data_set_0").glob("output_*.pb"))["logits"]
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(demo_model), str(adapters["mlp"])).eval()
    with torch.inference_mode():
        ref = model(input_ids=torch.tensor(feed["input_ids"])).logits.numpy()
    assert np.abs(ref - logits).max() < 1e-4
