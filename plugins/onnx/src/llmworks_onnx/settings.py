"""Settings of the onnx plugin, from ``LLMWORKS_ONNX_*`` environment variables."""

from __future__ import annotations

from pathlib import Path

from llmworks_sdk.settings import llmworks_home
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class OnnxSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LLMWORKS_ONNX_", extra="ignore")

    cache: Path | None = Field(
        None, description="Folder of ONNX exports, one per content key (default <LLMWORKS_HOME>/onnx-cache)."
    )
    threads: int = Field(0, ge=0, description="ONNX Runtime intra-op threads per session (0: ONNX Runtime decides).")
    providers: list[str] | None = Field(
        None, description="Execution providers in order (default: CUDA when this onnxruntime build has it, then CPU)."
    )

    @property
    def cache_dir(self) -> Path:
        return self.cache or llmworks_home() / "onnx-cache"
