"""The "onnxruntime" inference backend."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import Any

from llmworks_onnx.cache import ensure_exported
from llmworks_onnx.settings import OnnxSettings
from llmworks_sdk.backends import ModelRef
from llmworks_sdk.decoding import TextCodec, generate_tokens
from llmworks_sdk.errors import Invalid
from llmworks_sdk.generation import FinishReason, GeneratedToken, GenerationParams
from llmworks_sdk.onnx_runtime import OnnxCausalLM, default_providers, is_exported


class OnnxLoadedModel:
    """One exported graph per variant: the base model and each adapter merged into it."""

    def __init__(self, variants: dict[str | None, OnnxCausalLM]) -> None:
        self.variants = variants
        base = variants[None]
        self.codec = TextCodec.from_folder(
            base.folder, eos_token_ids=base.manifest.eos_token_ids, bos_token_id=base.manifest.bos_token_id
        )
        self.context_length = base.manifest.context_length
        self.memory_bytes = sum(lm.memory_bytes for lm in variants.values())
        self.providers = base.providers

    def count_tokens(self, text: str) -> int:
        return self.codec.count(text)

    def stream(
        self, prompt: str, params: GenerationParams, *, adapter: str | None = None
    ) -> Generator[GeneratedToken, None, FinishReason]:
        if adapter not in self.variants:
            names = ", ".join(sorted(n for n in self.variants if n)) or "none"
            raise Invalid(f"unknown adapter {adapter!r}; this model has: {names}", field=("body", "adapter"))
        lm = self.variants[adapter]
        return generate_tokens(
            lm.logits_fn(), self.codec, self.codec.encode_prompt(prompt), params, context_length=self.context_length
        )

    def close(self) -> None:
        self.variants.clear()


class OnnxRuntimeBackend:
    """Runs ONNX exports with ONNX Runtime (CUDA when this onnxruntime build has it, else CPU).

    ``ModelRef.path`` is either an exported folder (``llmworks_onnx.json`` + ``model.onnx``) or a
    ``from_pretrained`` folder, exported on first use into a cache keyed by content. Options:
    ``cache_dir`` (export cache), ``providers`` (ONNX Runtime providers, in order), ``threads``.
    """

    name = "onnxruntime"
    description = "ONNX Runtime with a key/value cache; models are exported to ONNX on first use"
    supports_attention = False
    supports_adapters = True  # each adapter is merged into its own exported graph at load

    def __init__(self, cache_dir: Path | None = None, *, providers: list[str] | None = None, threads: int | None = None) -> None:
        """Arguments left out come from :class:`~llmworks_onnx.settings.OnnxSettings` (``LLMWORKS_ONNX_*``)."""
        settings = OnnxSettings()
        self.cache_dir = Path(cache_dir) if cache_dir else settings.cache_dir
        self.providers = providers if providers is not None else settings.providers
        self.threads = threads if threads is not None else settings.threads

    def available(self) -> tuple[bool, str]:
        try:
            import onnxruntime  # noqa: F401
        except ImportError as exc:
            return False, f"onnxruntime is not importable ({exc}); pip install llmworks-onnx"
        return True, ""

    def load(self, ref: ModelRef) -> OnnxLoadedModel:
        cache_dir = ref.options.get("cache_dir", self.cache_dir)
        providers = ref.options.get("providers", self.providers)
        threads = int(ref.options.get("threads", self.threads))
        sources: dict[str | None, Path | None] = {None: None, **ref.adapters}
        variants = {
            name: OnnxCausalLM(
                ensure_exported(ref.path, adapter_dir=adapter, cache_dir=cache_dir),
                providers=providers,
                threads=threads,
            )
            for name, adapter in sources.items()
        }
        return OnnxLoadedModel(variants)

    def status(self) -> dict[str, Any]:
        """ONNX Runtime's version and providers, and what the export cache holds."""
        ok, reason = self.available()
        out: dict[str, Any] = {"available": ok, "reason": reason, "cache_dir": str(self.cache_dir)}
        if ok:
            import onnxruntime as ort

            out.update(
                onnxruntime=ort.__version__,
                device=ort.get_device(),
                available_providers=ort.get_available_providers(),
                providers=self.providers or default_providers(),
            )
        exports = [p for p in self.cache_dir.iterdir() if is_exported(p)] if self.cache_dir.is_dir() else []
        out["cached_exports"] = len(exports)
        out["cached_bytes"] = sum(f.stat().st_size for p in exports for f in p.iterdir() if f.is_file())
        return out
