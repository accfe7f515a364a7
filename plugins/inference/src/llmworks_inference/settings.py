"""Settings of the inference plugin, from ``LLMWORKS_INFERENCE_*`` environment variables."""

from __future__ import annotations

from typing import Any

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class InferenceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LLMWORKS_INFERENCE_", extra="ignore")

    memory_budget_mb: float = Field(
        4096, gt=0, description="Memory the loaded-model cache may hold (MB); least recently used models are evicted beyond it."
    )
    attention_results: int = Field(16, ge=1, description="Attention analyses kept in memory for stepping through layers and heads.")
    attention_store_mb: float = Field(256, gt=0, description="Memory those analyses may use together (MB).")
    attention_max_tokens: int = Field(256, ge=2, le=4096, description="Longest text (tokens) an attention request analyses.")
    default_backend: str = Field("pytorch", description="Backend used when a request names a model but no backend.")


def inference_settings(kernel: Any) -> InferenceSettings:
    """The settings, read once per kernel (on first use)."""
    settings = kernel.state.get("inference.settings")
    if settings is None:
        settings = kernel.state.setdefault("inference.settings", InferenceSettings())
    return settings
