"""Limits of the datasets plugin, from environment variables ``LLMWORKS_DATASETS_*``.

The upload size limit itself is the kernel's ``LLMWORKS_MAX_UPLOAD_BYTES``.
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

GiB = 1024**3


class DatasetSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LLMWORKS_DATASETS_", extra="ignore")

    preview_rows: int = Field(20, ge=1, le=500, description="Rows kept as a version's preview.")
    max_problems: int = Field(100, ge=1, le=10_000, description="Row problems listed in a 422 answer.")
    default_validation_fraction: float = Field(0.1, ge=0, lt=1)
    # zip archives: checked on the central directory before any member is read, and again while streaming
    zip_max_members: int = Field(10_000, ge=1, description="Files in one zip archive.")
    zip_max_member_bytes: int = Field(4 * GiB, ge=1, description="Uncompressed size of one member.")
    zip_max_total_bytes: int = Field(8 * GiB, ge=1, description="Uncompressed size of all members together.")
    zip_max_ratio: float = Field(200.0, gt=1, description="Uncompressed/compressed size of a member (zip-bomb guard).")
    zip_ratio_min_bytes: int = Field(1024 * 1024, ge=0, description="Members smaller than this skip the ratio check.")
    token_batch_rows: int = Field(512, ge=1, description="Rows tokenized per batch for token statistics.")
    token_batch_chars: int = Field(8 * 1024 * 1024, ge=1, description="Characters tokenized per batch for token statistics.")
    max_row_bytes: int = Field(4 * 1024 * 1024, ge=1024, description="Largest row or line of an uploaded file (bytes).")
    page_max_bytes: int = Field(8 * 1024 * 1024, ge=1024, description="Largest rows page (bytes of stored rows).")
