"""Response models of the inference routes (OpenAPI schema, generated clients).

Generation answers are written by ``sse.json_response`` (no per-request validation: it is the hot
path); their models are declared in ``responses=`` so the schema still describes them."""

from __future__ import annotations

from typing import Any, Literal

from llmworks_sdk import GeneratedToken
from llmworks_sdk.schemas import ApiModel, ProblemDetails, Timestamp, sse_response
from pydantic import Field


# ---------------------------------------------------------------- generation
class TokenMetrics(ApiModel):
    mean_logprob: float | None
    min_logprob: float | None
    perplexity: float | None
    mean_entropy: float | None
    mean_rank: float | None


class ABAssignment(ApiModel):
    """The A/B test variant that served a request."""

    test_id: int
    test: str
    variant: str
    observation_id: int | None


class LanguageChoice(ApiModel):
    """How a language-aware route chose its model: the language detected in the prompt, the
    model that language maps to, or the route's own model as the fallback."""

    detected: str = Field(..., description="ISO 639-1 code ('und' when no language was found)")
    name: str
    script: str
    confidence: float
    model: str
    fallback: bool = Field(..., description="True when the route has no model for the detected language")


class GenerationSummary(ApiModel):
    """A generation without its tokens (the SSE ``done`` event)."""

    id: str
    route: str | None
    name: str | None
    project_id: int | None
    model: str
    model_key: str
    backend: str
    adapter: str | None
    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: Literal["eos", "stop", "length", "content_filter"] | None  # content_filter: a safety filter stopped it
    latency_ms: float | None
    time_to_first_token_ms: float | None
    tokens_per_second: float | None
    load_ms: float | None
    metrics: TokenMetrics
    params: dict[str, Any] = Field(..., description="The generation parameters used (route defaults + request)")
    ab: ABAssignment | None
    language: LanguageChoice | None = Field(None, description="Set when a language-aware route picked the model")


class GenerationOut(GenerationSummary):
    """A generation with every token's log-prob, rank, entropy and top alternatives."""

    tokens: list[GeneratedToken]


GENERATE_RESPONSES = {200: {"model": GenerationOut, "description": "The generation (JSON), or with stream=true Server-Sent "
                            "Events: `start`, one `token` (a GeneratedToken) per token, then `done` (a GenerationSummary) or "
                            "`error` (a ProblemDetails)",
                            "content": {**sse_response()[200]["content"]}}}


class TokenMap(ApiModel):
    """One attention map: base64 ``data`` of ``shape`` (float16, or uint8 × ``scale``)."""

    layer: int
    head: int
    encoding: Literal["float16", "uint8"]
    shape: list[int]
    data: str
    scale: float | None = None


class HeadSummary(ApiModel):
    layer: int
    head: int
    mean_entropy: float | None
    most_attended: list[int | None] = Field(..., description="Per position: the earlier position it attends most")
    most_attended_tokens: list[str | None]


class LayerHead(ApiModel):
    layer: int
    head: int


class AttentionNavigation(ApiModel):
    """Where to step next (only when one layer and head were asked for)."""

    previous: LayerHead | None = None
    next: LayerHead | None = None


class AttentionHeader(ApiModel):
    id: str
    model: str
    backend: str
    adapter: str | None
    layers: int
    heads: int
    seq_len: int
    tokens: list[str]
    token_ids: list[int]
    truncated: bool


class AttentionSummaryOut(AttentionHeader):
    head_summary: list[HeadSummary]


class AttentionPage(AttentionSummaryOut):
    maps: list[TokenMap]
    navigation: AttentionNavigation


class BackendOut(ApiModel):
    name: str
    description: str
    available: bool
    reason: str | None = Field(..., description="Why it is not usable here")
    supports_attention: bool
    supports_adapters: bool


class CacheEntry(ApiModel):
    backend: str
    key: str
    memory_bytes: int
    load_seconds: float
    uses: int
    in_use: int
    idle_seconds: float
    adapters: list[str]
    refs: list[str]


class CacheStats(ApiModel):
    budget_bytes: int
    used_bytes: int
    models: int
    hits: int
    misses: int
    evictions: int
    load_failures: int
    adapter_loads: int
    over_budget: int
    load_seconds_total: float
    pending_close: int
    entries: list[CacheEntry] = Field(..., description="Most recently used first")


class EvictedOut(ApiModel):
    evicted: bool | Literal["all"] = Field(..., description="'all', or whether the model was cached")


# ---------------------------------------------------------------- routes
class RouteOut(ApiModel):
    id: int
    project_id: int
    name: str
    description: str
    model: str
    backend: str
    adapter: str | None
    params: dict[str, Any] = Field(..., description="The stored defaults (only the fields given)")
    options: dict[str, Any]
    languages: dict[str, str] = Field(..., description="Language-aware routing: ISO 639-1 code -> model ('model' is the fallback)")
    effective_params: dict[str, Any] = Field(..., description="Every generation parameter with its value")
    created_at: Timestamp
    updated_at: Timestamp


# ---------------------------------------------------------------- A/B tests
class ABVariantOut(ApiModel):
    id: int
    name: str
    route_id: int
    route: str
    weight: float
    share: float


class ABTestOut(ApiModel):
    id: int
    project_id: int
    name: str
    description: str
    status: str = Field(..., description="running or stopped")
    alpha: float
    created_at: Timestamp
    variants: list[ABVariantOut]


class AssignmentOut(ApiModel):
    test_id: int
    key: str
    bucket: float
    variant: str
    variant_id: int
    route: str


class FeedbackOut(ApiModel):
    observation_id: int
    variant: str | None
    thumbs_up: bool | None
    rating: int | None


class Described(ApiModel):
    n: int
    mean: float | None
    sd: float | None
    ci: list[float] | None


class Thumbs(ApiModel):
    n: int
    up: int
    rate: float | None


class ABVariantReport(ABVariantOut):
    observed_share: float | None
    requests: int
    errors: int
    latency_ms: Described
    time_to_first_token_ms: Described
    tokens_per_second: Described
    rating: Described
    thumbs: Thumbs


class SignificanceTest(ApiModel):
    test: str
    n: list[int]
    means: list[float | None]
    difference: float | None
    ci: list[float] | None
    statistic: float | None
    p_value: float | None
    alpha: float
    significant: bool
    df: float | None = None
    z: float | None = None
    ci_method: str | None = None
    note: str | None = None


class ABComparison(ApiModel):
    variant: str
    control: str
    latency_ms: SignificanceTest
    tokens_per_second: SignificanceTest
    thumbs_up_rate: SignificanceTest
    rating: SignificanceTest


class ABReport(ApiModel):
    test_id: int
    name: str
    status: str
    alpha: float
    requests: int
    control: str | None
    method: str
    variants: list[ABVariantReport]
    comparisons: list[ABComparison]


# ---------------------------------------------------------------- prompts
class PromptExample(ApiModel):
    input: str
    output: str


class PromptMessage(ApiModel):
    role: str
    content: str


class PromptVersionOut(ApiModel):
    version: int
    message: str
    created_at: Timestamp
    created_by: int | None
    mode: Literal["chat", "completion"]
    template: str
    system_prompt: str
    variables: dict[str, Any]
    examples: list[PromptExample]
    history: list[PromptMessage]
    params: dict[str, Any] = Field(..., description="The saved parameters (only the fields given)")
    routes: list[str]
    template_variables: list[str] = Field(..., description="Variables the templates read")


class PromptOut(ApiModel):
    id: int
    project_id: int
    name: str
    description: str
    latest_version: int
    created_at: Timestamp
    updated_at: Timestamp
    current: PromptVersionOut | None = Field(None, description="The latest (or asked-for) version; absent after a PATCH "
                                                               "and in lists")


class OpenAIRequest(ApiModel):
    endpoint: str = Field(..., examples=["/v1/chat/completions"])
    body: dict[str, Any] = Field(..., description="An OpenAI-style request body for the prompt")
    note: str | None = None


class PromptExport(ApiModel):
    """The portable form of one prompt version (what ``POST /api/prompts/import`` reads back)."""

    format: str
    name: str
    description: str
    version: int
    mode: Literal["chat", "completion"]
    template: str
    system_prompt: str
    variables: dict[str, Any]
    examples: list[PromptExample]
    history: list[PromptMessage]
    params: dict[str, Any]
    routes: list[str]
    openai_request: OpenAIRequest


class RenderedPrompt(ApiModel):
    messages: list[PromptMessage]
    prompt: str
    variables: dict[str, Any]


class RenderOut(RenderedPrompt):
    prompt_id: int
    version: int


class PromptRunResult(ApiModel):
    route: str
    ok: bool
    result: GenerationOut | None = None
    error: ProblemDetails | None = None


class PromptRunOut(ApiModel):
    prompt_id: int
    version: int
    rendered: RenderedPrompt
    results: list[PromptRunResult]


# ---------------------------------------------------------------- OpenAI-compatible
class OpenAIExtension(ApiModel):
    """llmworks details carried along in OpenAI answers (clients ignore unknown fields)."""

    route: str | None
    backend: str
    model: str
    latency_ms: float | None
    time_to_first_token_ms: float | None
    tokens_per_second: float | None
    metrics: TokenMetrics
    ab: ABAssignment | None
    language: LanguageChoice | None = None


class OpenAIUsage(ApiModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class OpenAITopLogprob(ApiModel):
    token: str
    logprob: float | None
    bytes: list[int]


class OpenAITokenLogprob(OpenAITopLogprob):
    top_logprobs: list[OpenAITopLogprob]


class OpenAIChatLogprobs(ApiModel):
    content: list[OpenAITokenLogprob]
    refusal: str | None


class OpenAIAssistantMessage(ApiModel):
    role: Literal["assistant"]
    content: str
    refusal: str | None


class OpenAIChatChoice(ApiModel):
    index: int
    message: OpenAIAssistantMessage
    logprobs: OpenAIChatLogprobs | None
    finish_reason: str


class OpenAIChatCompletion(ApiModel):
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    system_fingerprint: str | None
    choices: list[OpenAIChatChoice]
    usage: OpenAIUsage
    llmworks: OpenAIExtension


class OpenAICompletionLogprobs(ApiModel):
    tokens: list[str]
    token_logprobs: list[float | None]
    top_logprobs: list[dict[str, float]] | None
    text_offset: list[int]


class OpenAICompletionChoice(ApiModel):
    text: str
    index: int
    logprobs: OpenAICompletionLogprobs | None
    finish_reason: str


class OpenAICompletion(ApiModel):
    id: str
    object: Literal["text_completion"]
    created: int
    model: str
    system_fingerprint: str | None
    choices: list[OpenAICompletionChoice]
    usage: OpenAIUsage
    llmworks: OpenAIExtension


class OpenAIModelKind(ApiModel):
    kind: Literal["route", "ab_test", "base_model", "model_version"]
    name: str | None = Field(None, description="A model version's or base model's name")
    project_id: int | None = Field(None, description="The owning project (null: a shared base model)")


class OpenAIModel(ApiModel):
    id: str = Field(..., description="What 'model' names: a route or A/B test name, 'base:<name>' or 'custom:<id>'")
    object: Literal["model"]
    created: int
    owned_by: str = Field(..., description="The project's slug ('llmworks' for a shared base model)")
    llmworks: OpenAIModelKind


class OpenAIModelList(ApiModel):
    object: Literal["list"]
    data: list[OpenAIModel]


def openai_responses(model: type[ApiModel], chunk: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"model": model, "description": f"The completion (JSON), or with stream=true Server-Sent Events of {chunk} "
                  "objects ending with `data: [DONE]`", "content": {**sse_response()[200]["content"]}}}
