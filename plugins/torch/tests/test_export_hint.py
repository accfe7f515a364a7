"""A known export format whose optional plugin is not installed names the distribution to
install (``?format=tflite`` without llmworks-tflite), instead of "unknown export format"."""

from __future__ import annotations

from llmworks_sdk.services import ModelRegistry, require_service
from llmworks_sdk.testing import KernelHarness, session_models_dir


def test_tflite_without_its_plugin_says_what_to_install(tmp_path, tmp_path_factory, demo_model):
    models = session_models_dir(tmp_path_factory, demo_model)
    env = {"LLMWORKS_MODELS_DIR": str(models), "LLMWORKS_DISABLE_PLUGINS": "tflite"}
    with KernelHarness(tmp_path / "home", env=env, worker=False) as h:
        assert h.kernel.registry.get("export_targets", "tflite") is None
        admin = h.login()
        with h.kernel.db.session() as db:
            vid = require_service(h.kernel, ModelRegistry).register_version(
                db, project_id=h.default_project_id(), name="full", base_model="llmworks-demo-tiny",
                base_path=str(demo_model), method="full", kind="full", path=str(demo_model)).id
        r = admin.get(f"/api/models/custom/{vid}/export", params={"format": "tflite"})
        assert r.status_code == 422, r.text
        body = r.json()
        assert "install llmworks-tflite" in body["detail"] and body["errors"][0]["loc"] == ["query", "format"]
        r = admin.get(f"/api/models/custom/{vid}/export", params={"format": "gguf"})
        assert r.status_code == 422 and "unknown export format 'gguf'" in r.json()["detail"]
