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


def session_models_dir(tmp_path_factory: Any, model_dir: Path) -> Path:
    """A kernel models folder (``LLMWORKS_MODELS_DIR``) whose ``llmworks-demo-tiny`` is ``model_dir``."""
    from llmworks_torch.demo import DEMO_MODEL_NAME

    folder = Path(tmp_path_factory.getbasetemp()) / "llmworks-models"
    link = folder / DEMO_MODEL_NAME
    if not link.exists():
        folder.mkdir(parents=True, exist_ok=True)
        link.symlink_to(Path(model_dir), target_is_directory=True)
    return folder


def extract_tar_gz(folder: Path, into: Path) -> Path:
    """Archive ``folder`` as tar.gz and unpack it under ``into`` (what a downloaded export goes through)."""
    import tarfile

    into.mkdir(parents=True, exist_ok=True)
    archive = into / f"{folder.name}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    with tarfile.open(archive) as tar:
        tar.extractall(into / "unpacked", filter="data")
    return into / "unpacked" / folder.name


def session_lora_adapter(tmp_path_factory: Any, model_dir: Path) -> Path:
    """A LoRA adapter (random, non-zero) on the GPT-2 demo model, saved once per pytest session."""
    folder = Path(tmp_path_factory.getbasetemp()) / f"llmworks-lora-{Path(model_dir).name}"
    if not (folder / "adapter_config.json").is_file():
        import torch
        from llmworks_onnx.export import load_causal_lm
        from peft import LoraConfig, get_peft_model

        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(1)
            config = LoraConfig(r=4, lora_alpha=8, target_modules=["c_attn"], fan_in_fan_out=True, init_lora_weights=False)
            get_peft_model(load_causal_lm(model_dir), config).save_pretrained(folder)
    return folder


def collect(stream: Any) -> tuple[list[Any], str | None]:
    """All tokens of a backend's ``stream`` and the finish reason it returned."""
    tokens = []
    while True:
        try:
            tokens.append(next(stream))
        except StopIteration as done:
            return tokens, done.value


def assert_same_generation(a: tuple[list[Any], str | None], b: tuple[list[Any], str | None], atol: float = 1e-3) -> None:
    """Two ``collect`` results agree: ids, text, finish reason, ranks and alternatives
    exactly; log-probs and entropies within ``atol``."""
    import pytest

    (ta, fa), (tb, fb) = a, b
    assert [t.token_id for t in ta] == [t.token_id for t in tb]
    assert [t.token for t in ta] == [t.token for t in tb]
    assert fa == fb
    for x, y in zip(ta, tb, strict=True):
        assert x.logprob == pytest.approx(y.logprob, abs=atol)
        assert x.entropy == pytest.approx(y.entropy, abs=atol)
        assert x.rank == y.rank
        assert [alt.token_id for alt in x.top] == [alt.token_id for alt in y.top]
        assert [alt.token for alt in x.top] == [alt.token for alt in y.top]
        assert [alt.logprob for alt in x.top] == pytest.approx([alt.logprob for alt in y.top], abs=atol)
