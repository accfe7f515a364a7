"""Request and response models of ``/api/responsible``."""

from __future__ import annotations

from typing import Any, Literal

from llmworks_sdk.schemas import ApiModel, Timestamp
from pydantic import BaseModel, ConfigDict, Field


class MeasureOut(ApiModel):
    name: str
    description: str
    needs: str
    higher_is_better: bool
    per_group: bool
    ideal: float | None
    threshold_range: list[float]
    default_threshold: float | None


class SuiteOut(ApiModel):
    name: str
    kind: str
    language: str
    description: str
    source: str
    groups: dict[str, list[str]]
    measures: list[MeasureOut]
    items: int


class SuiteItemOut(ApiModel):
    id: str
    category: str
    group: str
    text: str
    counter: str | None
    counter_group: str | None


class SuiteDetail(SuiteOut):
    item_list: list[SuiteItemOut]
    yaml: str | None


class SuiteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    project_id: int = Field(..., ge=1)
    yaml: str = Field(..., min_length=1, max_length=262_144, description="The suite definition in YAML (see the plugin's README)")


class SettingsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    project_id: int = Field(..., ge=1)
    thresholds: dict[str, float] = Field(default_factory=dict, description="{'measure': v}, {'suite:measure': v}, or per category {'measure@category': v} / "
                                             "{'suite:measure@category': v}; the most specific key wins")
    gate_enabled: bool = False
    gate_suites: list[str] = Field(default_factory=list, max_length=50)
    flag_threshold: float = Field(0.5, ge=0.0, le=1.0, description="Flag generations whose toxicity reaches this")
    judge_by: Literal["interval", "value"] = Field("interval", description=(
        "interval: a measure fails when its whole confidence interval is beyond the threshold; value: when its estimate is"))


class SettingsOut(ApiModel):
    project_id: int
    thresholds: dict[str, float]
    gate_enabled: bool
    gate_suites: list[str]
    flag_threshold: float
    judge_by: str


class ScorecardIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    project_id: int = Field(..., ge=1)
    suite: str = Field(..., min_length=1, max_length=64)
    model: str = Field(..., min_length=1, max_length=255, examples=["base:llmworks-demo-tiny", "custom:3"])
    backend: str = Field("pytorch", min_length=1, max_length=64)
    seed: int = Field(0, ge=0, le=2**31 - 1)
    samples: int | None = Field(None, ge=1, le=25, description="Continuations per prompt (toxicity prompts: k, default 5; "
                                                                "group generation default 1)")
    max_items: int | None = Field(None, ge=1, le=5000, description="Score a seeded sample of this many items")
    max_new_tokens: int = Field(24, ge=1, le=512)
    temperature: float = Field(1.0, ge=0.0, le=5.0)
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    batch_size: int = Field(16, ge=1, le=256, description="Sentences per forward pass (stereotype pairs)")
    scorer: str = Field("toxicity", min_length=1, max_length=64, description="The metric that scores toxicity (0-1)")


class CellOut(ApiModel):
    measure: str
    category: str | None
    group: str | None
    value: float | None
    ci: list[float | None] | None
    n: int
    threshold: float | None
    passed: bool | None
    flagged: int
    high: str | None
    low: str | None


class ScorecardSourceOut(ApiModel):
    """What a scorecard evaluated (a lineage edge into it)."""

    kind: str = Field(..., examples=["model_version"])
    id: str
    relation: str = Field(..., examples=["evaluated"])


class ScorecardOut(ApiModel):
    id: int
    project_id: int
    suite: str
    suite_kind: str
    model: str
    model_version_id: int | None
    backend: str
    settings: dict[str, Any]
    status: str
    error: str | None
    job_id: int | None
    thresholds: dict[str, float | None]
    passed: bool | None
    items: int
    flagged: int
    cells: list[CellOut]
    bootstrap: dict[str, Any] | None
    lineage: list[ScorecardSourceOut]
    created_at: Timestamp
    finished_at: Timestamp | None


class ScorecardCompareRow(ApiModel):
    measure: str
    category: str | None
    group: str | None
    a: CellOut | None
    b: CellOut | None
    delta: float | None
    intervals_overlap: bool | None


class ScorecardCompareOut(ApiModel):
    a: ScorecardOut
    b: ScorecardOut
    rows: list[ScorecardCompareRow]


class ScorecardSampleOut(ApiModel):
    id: int
    scorecard_id: int
    project_id: int
    item_id: str
    sample_index: int
    category: str
    group: str
    prompt: str
    output: str
    scores: dict[str, Any]
    flagged: bool
    flag_reasons: list[str]
    verdict: str | None
    correction: str | None
    reviewed_by: int | None
    reviewed_at: Timestamp | None
    link: str


class SampleReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    verdict: Literal["harmful", "acceptable"]
    correction: str | None = Field(None, max_length=20_000, description="A better response (for harmful generations)")


class CorrectionExportIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    project_id: int = Field(..., ge=1)
    name: str = Field(..., pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", description="Dataset name (a new version is added)")
    format: Literal["sft", "preference"] = Field("sft", description="sft: prompt/completion; preference: prompt/chosen/rejected")
    scorecard_ids: list[int] | None = Field(None, max_length=200, description="Only corrections of these scorecards")


class CorrectionExportOut(ApiModel):
    id: int
    project_id: int
    dataset_version_id: int
    dataset_name: str
    format: str
    rows: int
    scorecard_ids: list[int]
    sample_ids: list[int]
    duplicate: bool
    created_at: Timestamp


class GateFailureOut(ApiModel):
    """One reason a model does not pass the release gate: a suite without a finished scorecard
    (``reason``), or a failing cell of its latest scorecard (``measure`` ... ``scorecard_id``)."""

    suite: str
    link: str = Field(..., description="The UI page that shows it")
    reason: str | None = None
    measure: str | None = None
    category: str | None = None
    group: str | None = None
    value: float | None = None
    ci: list[float | None] | None = None
    threshold: float | None = None
    scorecard_id: int | None = None


class OverrideOut(ApiModel):
    id: int
    project_id: int
    model: str
    target: str
    reason: str
    failing: list[GateFailureOut]
    created_by: int | None
    created_at: Timestamp


class GateCheckIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    project_id: int = Field(..., ge=1)
    model: str = Field(..., min_length=1, max_length=255)


class GateCheckOut(ApiModel):
    project_id: int
    model: str
    gate_enabled: bool
    gate_suites: list[str]
    passes: bool
    failing: list[GateFailureOut]
