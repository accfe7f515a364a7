"""Settings of the triton plugin, from ``LLMWORKS_TRITON_*`` environment variables."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from llmworks_sdk.settings import llmworks_home
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class TritonSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LLMWORKS_TRITON_", extra="ignore")

    url: str | None = Field(
        None, description="A running Triton server (http://host:8000 or grpc://host:8001); unset: manage a local one."
    )
    protocol: Literal["http", "grpc"] = Field("http", description="Protocol the backend uses with its managed server.")
    repository: Path | None = Field(
        None, description="Model repository of the managed server (default <LLMWORKS_HOME>/triton-repository)."
    )
    startup_timeout_s: float = Field(120.0, gt=0, description="How long the managed server may take to start.")

    @property
    def repository_dir(self) -> Path:
        return self.repository or llmworks_home() / "triton-repository"
