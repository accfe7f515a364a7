"""The PyTorch inference backend (``register_inference_backends``); torch loads with the first model."""

from __future__ import annotations

from typing import Any


class TorchBackend:
    """Loads models with transformers on CPU or CUDA (see :mod:`llmworks_torch.generation`)."""

    name = "pytorch"
    description = "PyTorch (transformers): streaming, log-probs, attention maps, LoRA adapters per request"
    supports_attention = True
    supports_adapters = True
    #: loaded models give token log-likelihoods of whole texts (``token_scores``), see llmworks_sdk.backends
    supports_token_scores = True

    def available(self) -> tuple[bool, str]:
        try:
            import torch  # noqa: F401
            import transformers  # noqa: F401
        except ImportError as exc:
            return False, f"torch/transformers cannot be imported ({exc}): pip install llmworks-torch"
        return True, ""

    def load(self, ref: Any) -> Any:
        from llmworks_torch.generation import TorchLoadedModel

        return TorchLoadedModel(ref)
