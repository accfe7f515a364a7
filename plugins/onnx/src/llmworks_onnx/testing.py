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
