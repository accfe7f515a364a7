"""Request and response models of ``/api/curation``."""

from __future__ import annotations

from typing import Any

from llmworks_sdk.schemas import ApiModel, Timestamp
from pydantic import BaseModel, ConfigDict, Field

NAME_PATTERN = r"^[\w][\w .\-]{0,127}$"
STEP_EXAMPLE = [{"step": "exact_dedupe"}, {"step": "near_dedupe", "params": {"threshold": 0.8}},
                {"step": "language_filter", "params": {"keep": ["en", "hi"]}}]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CurationStepsIn(_In):
    steps: list[Any] | None = Field(None, max_length=50, description="The steps: [{step, params}, ...]", examples=[STEP_EXAMPLE])
    yaml: str | None = Field(None, max_length=256 * 1024, description="Instead of 'steps': the recipe as YAML",
                             examples=["steps:\n  - exact_dedupe\n  - near_dedupe: {threshold: 0.8}\n"])


class RecipeIn(CurationStepsIn):
    project_id: int = Field(..., ge=1)
    name: str = Field(..., pattern=NAME_PATTERN, examples=["clean-hindi"])
    description: str = Field("", max_length=4000)
    message: str = Field("", max_length=255, description="What this version changes")


class RecipeVersionIn(CurationStepsIn):
    message: str = Field("", max_length=255)


class CurationPreviewIn(CurationStepsIn):
    dataset_version_id: int = Field(..., ge=1)
    recipe_id: int | None = Field(None, ge=1, description="Instead of steps/yaml: a saved recipe")
    recipe_version: int | None = Field(None, ge=1, description="With recipe_id: which version (default: the latest)")
    sample: int = Field(50, ge=1, le=500, description="Rows to preview")
    seed: int | None = Field(None, ge=0, le=2**31 - 1, description="Random sample with this seed (default: the first rows)")


class CurationRunIn(_In):
    recipe_id: int = Field(..., ge=1)
    recipe_version: int | None = Field(None, ge=1, description="Default: the recipe's latest version")
    dataset_version_id: int = Field(..., ge=1)
    output_name: str | None = Field(None, pattern=NAME_PATTERN, description="Dataset that receives the result (default: the source's dataset)")


class ModelLanguagesIn(_In):
    project_id: int = Field(..., ge=1)
    model: str = Field(..., min_length=1, max_length=255, examples=["custom:3"])
    languages: list[str] = Field(..., max_length=100, examples=[["hi", "en"]])


class CurationDetectIn(_In):
    texts: list[str] = Field(..., min_length=1, max_length=1000)
    languages: list[str] | None = Field(None, max_length=75)


class FertilityIn(_In):
    dataset_version_id: int = Field(..., ge=1)
    models: list[str] = Field(..., min_length=1, max_length=5, examples=[["base:llmworks-demo-tiny"]])
    max_rows: int = Field(1000, ge=1, le=20_000)


# ------------------------------------------------------------------ answers
class CurationStepOut(ApiModel):
    name: str
    kind: str = Field(..., description="curator or augmenter")
    description: str
    plugin: str
    available: bool
    reason: str
    params_schema: dict[str, Any]


class CurationStepList(ApiModel):
    items: list[CurationStepOut]


class RecipeVersionOut(ApiModel):
    id: int
    recipe_id: int
    version: int
    steps: list[Any]
    message: str
    created_by: int | None
    created_at: Timestamp


class RecipeOut(ApiModel):
    id: int
    project_id: int
    name: str
    description: str
    latest_version: int
    created_by: int | None
    created_at: Timestamp
    updated_at: Timestamp
    latest: RecipeVersionOut | None


class RecipeDetail(RecipeOut):
    versions: list[RecipeVersionOut]


class CurationStepStatsOut(ApiModel):
    step: str
    kind: str
    rows_in: int
    removed: int
    changed: int
    added: int
    rows_out: int
    rules: dict[str, int]
    notes: dict[str, Any]
    seconds: float


class CurationEventOut(ApiModel):
    step_index: int
    step: str
    action: str = Field(..., description="removed, changed or added")
    rule: str
    reason: str
    row: int | None
    added: int | None
    details: dict[str, Any]
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


class CurationPreviewRow(ApiModel):
    row: int = Field(..., description="The row's number in the dataset version")
    status: str = Field(..., description="kept, changed or removed")
    original: dict[str, Any]
    final: dict[str, Any] | None
    events: list[CurationEventOut]


class CurationPreviewOut(ApiModel):
    dataset_version_id: int
    sample: int
    rows_in_version: int | None
    seed: int | None
    steps: list[Any]
    stats: list[CurationStepStatsOut]
    rows: list[CurationPreviewRow]
    added: list[CurationEventOut]
    rows_out: int
    empty: bool
    message: str


class CurationRunOut(ApiModel):
    id: int
    project_id: int
    recipe_id: int
    recipe_name: str
    recipe_version: int
    source_version_id: int
    output_name: str
    output_version_id: int | None
    job_id: int | None
    status: str = Field(..., description="queued, running, succeeded, unchanged, empty or failed")
    message: str
    rows_in: int | None
    rows_out: int | None
    stats: list[CurationStepStatsOut]
    created_by: int | None
    created_at: Timestamp
    finished_at: Timestamp | None


class LanguageShare(ApiModel):
    language: str
    name: str
    rows: int
    share: float
    scripts: dict[str, int]


class ScriptShare(ApiModel):
    script: str
    rows: int
    share: float


class LanguageStatsOut(ApiModel):
    dataset_version_id: int
    rows: int
    sampled: int
    languages: list[LanguageShare]
    scripts: list[ScriptShare]
    detector: dict[str, Any]


class FertilityLanguage(ApiModel):
    language: str
    name: str
    rows: int
    words: int
    tokens: int
    tokens_per_word: float | None
    chars_per_token: float | None


class FertilityModel(ApiModel):
    model: str
    languages: list[FertilityLanguage]


class FertilityOut(ApiModel):
    dataset_version_id: int
    sampled: int
    models: list[FertilityModel]


class ModelLanguagesOut(ApiModel):
    id: int
    project_id: int
    model: str
    languages: list[str]
    updated_at: Timestamp


class CurationGuess(ApiModel):
    language: str
    name: str
    script: str
    confidence: float


class CurationDetectOut(ApiModel):
    items: list[CurationGuess]
