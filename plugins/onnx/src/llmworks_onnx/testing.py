"""Test helpers shared by this plugin's tests and ``llmworks_triton``'s.

The demo model (``llmworks_torch.demo``) and its ONNX export are built once per pytest run
under the session's base temporary folder, whichever test folder asks first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_onnx.cache import ensure_exported


def session_demo_model(tmp_path_factory: Any, arch: str = "gpt2") -> Path:
    """The tiny demo model of ``arch``, built once per pytest session."""
    from llmworks_torch.demo import build_demo_model

    folder = Path(tmp_path_factory.getbasetemp()) / f"llmworks-demo-{arch}"
    if not (folder / "config.json").is_file():
        build_demo_model(folder, arch=arch)
    return folder


def session_onnx_cache(tmp_path_factory: Any) -> Path:
    return Path(tmp_path_factory.getbasetemp()) / "llmworks-onnx-cache"


def session_export(tmp_path_factory: Any, model_dir: Path, adapter_dir: Path | None = None) -> Path:
    """The ONNX export of ``model_dir`` (+ adapter), exported once per pytest session."""
    return ensure_exported(model_dir, adapter_dir=adapter_dir, cache_dir=session_onnx_cache(tmp_path_factory))
