"""Response models of ``/api/datasets`` (what the routes return, for the OpenAPI schema and the
generated clients)."""

from __future__ import annotations

from typing import Any

from llmworks_sdk.schemas import ApiModel, Timestamp
from pydantic import Field


class FormatOut(ApiModel):
    name: str
    extensions: list[str]
    description: str
    plugin: str


class SplitOut(ApiModel):
    validation_fraction: float
    seed: int
    train_rows: int
    validation_rows: int


class DatasetVersionOut(ApiModel):
    """An immutable dataset version."""

    id: int
    dataset_id: int
    project_id: int
    name: str
    version: int
    description: str
    filename: str
    format: str = Field(..., examples=["jsonl"])
    kind: str = Field(..., description="text, prompt-completion, chat or preference")
    digest: str = Field(..., description="SHA-256 of the uploaded file")
    size: int
    row_count: int
    columns: list[str]
    split: SplitOut
    created_by: int | None
    created_at: Timestamp


class DatasetVersionDetail(DatasetVersionOut):
    """A version with its schema, statistics and preview rows."""

    schema_: dict[str, Any] = Field(..., alias="schema")
    stats: dict[str, Any]
    preview: list[Any]


class DatasetVersionUploaded(DatasetVersionDetail):
    duplicate: bool = Field(..., description="True when the same bytes were uploaded before under this name")


class DatasetOut(ApiModel):
    id: int
    project_id: int
    name: str
    description: str
    latest_version: int
    created_by: int | None
    created_at: Timestamp
    updated_at: Timestamp
    latest: DatasetVersionOut | None


class DatasetRow(ApiModel):
    index: int = Field(..., description="Position of the row in the version")
    split: str = Field(..., description="train or validation")
    row: Any = Field(..., description="The row as stored (an object of the kind's columns, or text)")


class SplitTokens(ApiModel):
    rows: int
    total_tokens: int


class TokensPerRow(ApiModel):
    min: int
    mean: float
    p95: float
    max: int


class TokenStatsOut(ApiModel):
    version_id: int
    model: str
    tokenizer: str = Field(..., description="Short key of the tokenizer files")
    model_max_length: int | None
    cached: bool
    rows: int
    tokens_per_row: TokensPerRow
    total_tokens: int
    splits: dict[str, SplitTokens] = Field(..., description="train and validation")
    max_length: int | None
    rows_over_max_length: int | None


class DatasetDeleted(ApiModel):
    status: str = Field(..., examples=["deleted"])
    id: int
