"""Response models of the tracking and evaluation routes (OpenAPI schema, generated clients)."""

from __future__ import annotations

from typing import Any

from llmworks_sdk.schemas import ApiModel, Timestamp
from pydantic import Field


# ----------------------------------------------------------------------------- experiments and runs
class ExperimentOut(ApiModel):
    id: int
    project_id: int
    name: str
    description: str
    archived: bool
    created_at: Timestamp | None
    created_by: int | None
    run_count: int | None


class MetricSummary(ApiModel):
    """One metric key of a run: the last value and the extremes (null when not finite)."""

    key: str
    last: float | None
    last_step: int | None
    min: float | None
    max: float | None
    count: int
    summary: bool = Field(..., description="Logged as a summary value (no series behind it)")


class RunOut(ApiModel):
    id: int
    project_id: int
    experiment_id: int
    experiment: str | None
    name: str
    status: str = Field(..., description="queued, running, finished, failed or cancelled")
    source: str = Field(..., description="training, api or evaluation")
    job_id: int | None
    favourite: bool
    archived: bool
    tags: list[str]
    notes: str
    params: dict[str, Any]
    summary: dict[str, Any]
    metrics: list[MetricSummary]
    created_by: int | None
    created_at: Timestamp | None
    updated_at: Timestamp | None
    ended_at: Timestamp | None
    duration_seconds: float | None


class RunDetail(RunOut):
    """A run with its full configuration."""

    config: dict[str, Any]


class TagsOut(ApiModel):
    tags: list[str]


class LogBatchOut(ApiModel):
    """How much a batch stored."""

    run_id: int
    points: int = Field(..., description="Metric points stored")
    params: int
    tags: int
    summary: int


class SeriesChart(ApiModel):
    """One metric series for a chart (downsampled with min/max buckets)."""

    key: str
    count: int = Field(..., description="Points logged")
    returned: int = Field(..., description="Points in this answer")
    non_finite: int
    downsampled: bool
    from_overview: bool
    x: list[float]
    y: list[float]
    step: list[int]
    wall_time: list[float]
    min: float | None
    max: float | None


class RunSeriesOut(ApiModel):
    run_id: int
    x: str = Field(..., description="step or wall_time")
    series: list[SeriesChart]


class ArtifactOut(ApiModel):
    id: int
    run_id: int
    name: str
    uri: str = Field(..., description="blob:<sha256>, model_version:<id>, a path or a URL")
    meta: dict[str, Any]
    created_at: Timestamp | None


# ----------------------------------------------------------------------------- compare
class ParamRow(ApiModel):
    key: str
    values: dict[str, Any] = Field(..., description="run id -> value")
    differs: bool


class ParamTable(ApiModel):
    keys: list[str]
    differing: list[str]
    rows: list[ParamRow]


class RunSeries(ApiModel):
    x: list[float | None]
    y: list[float | None]
    count: int


class AlignedSeries(ApiModel):
    x: list[float | None]
    values: dict[str, list[float | None]] = Field(..., description="run id -> values on the common x grid (null outside the run)")


class CompareSeries(ApiModel):
    key: str
    runs: dict[str, RunSeries] = Field(..., description="run id -> its own chart")
    aligned: AlignedSeries


class BenchmarkBar(ApiModel):
    metric: str
    higher_is_better: bool | None
    values: dict[str, float | None] = Field(..., description="run id -> last value")
    best_run_id: int | None


class CompareOut(ApiModel):
    runs: list[RunOut]
    x: str
    params: ParamTable
    series: list[CompareSeries]
    benchmarks: list[BenchmarkBar]


# ----------------------------------------------------------------------------- evaluations
class EvalDatasetOut(ApiModel):
    name: str
    description: str
    size: int
    suggested_metrics: list[str]
    sample: list[dict[str, Any]]


class EvaluationProgress(ApiModel):
    step: int | None
    total: int | None
    message: str | None


class MetricResultOut(ApiModel):
    """One metric's result in an evaluation."""

    score: float | None = Field(..., description="The aggregate score (null when not finite)")
    higher_is_better: bool
    kind: str = Field(..., description="text (scores predictions against references) or model (needs the model)")
    requested: bool = Field(..., description="Asked for (false: computed because a requested formula needs it)")
    details: dict[str, Any]
    worst: list[int] = Field(..., description="Indexes of the worst examples for this metric")


class EvaluationOut(ApiModel):
    id: int
    project_id: int
    name: str
    status: str = Field(..., description="queued, running, succeeded, failed or cancelled")
    job_id: int | None
    model: str
    dataset: dict[str, Any] = Field(..., description="The dataset spec (inline examples are counted, not repeated)")
    metrics: list[str]
    settings: dict[str, Any]
    results: dict[str, MetricResultOut] = Field(..., description="metric -> aggregate score and details")
    n_examples: int
    run_id: int | None
    error: str | None
    progress: EvaluationProgress | None
    created_by: int | None
    created_at: Timestamp
    finished_at: Timestamp | None


class EvaluationExampleOut(ApiModel):
    index: int
    prompt: str
    reference: str
    prediction: str
    scores: dict[str, float | None] = Field(..., description="metric -> score (null when not finite)")
