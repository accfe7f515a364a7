"""Response models of ``/api/safety`` (OpenAPI schema, generated clients)."""

from __future__ import annotations

from typing import Any

from llmworks_sdk.schemas import ApiModel, Timestamp
from pydantic import Field


class SafetyFilterOut(ApiModel):
    name: str
    kind: str = Field(..., description="registered (a plugin's) or yaml (the project's)")
    description: str
    stages: list[str] = Field(..., description="input and/or output")
    default_action: str
    default_threshold: float | None
    available: bool
    reason: str | None = Field(..., description="Why it cannot run here")
    options: dict[str, Any] = Field(..., description="JSON schema of the filter's options")


class SafetyPolicyOut(ApiModel):
    id: int
    project_id: int
    name: str
    description: str
    scope: str = Field(..., description="project, route or ab_test")
    target: str | None = Field(..., description="The route or A/B test (scope route / ab_test)")
    filters: dict[str, Any] = Field(..., description="filter name -> its settings (enabled, action, threshold, locked, ...)")
    window_chars: int
    enabled: bool
    created_by: int | None
    created_at: Timestamp
    updated_at: Timestamp


class SafetyYamlFilterOut(ApiModel):
    id: int
    project_id: int
    name: str
    yaml: str
    filters: list[str] = Field(..., description="The filters the document declares")
    created_by: int | None
    created_at: Timestamp
    updated_at: Timestamp


class SafetyFinding(ApiModel):
    filter: str
    type: str
    start: int
    end: int
    score: float
    rule: str | None
    message: str | None
    action: str
    sample: str = Field(..., description="The text around the finding, every finding's value replaced by its label")


class SafetyFilterRun(ApiModel):
    name: str
    latency_ms: float
    findings: int
    status: str
    reason: str | None = None


class SafetyCheckOut(ApiModel):
    action: str = Field(..., description="allow, warn, redact or block")
    findings: list[SafetyFinding]
    filters: list[SafetyFilterRun]
    latency_ms: float
    text: str = Field(..., description="The text after redaction")
    stage: str


class SafetyDecisionOut(ApiModel):
    id: int
    project_id: int | None
    generation_id: str
    source: str
    route: str | None
    ab_test: str | None
    policy_id: int | None
    policy: str | None
    user_id: int | None
    action: str
    input_action: str
    output_action: str
    flagged: bool
    filters: list[str]
    toggles: dict[str, Any]
    input: dict[str, Any]
    output: dict[str, Any]
    finish_reason: str | None
    latency_ms: float
    error: str | None
    created_at: Timestamp
    reviewed: bool = Field(..., description="Someone looked at this generation on the review page")
    reviewed_by: int | None
    reviewed_at: Timestamp | None
    review_note: str
