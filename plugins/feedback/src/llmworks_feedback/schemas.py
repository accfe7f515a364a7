"""Request and answer models of the feedback API."""

from __future__ import annotations

from typing import Any, Literal

from llmworks_sdk import GenerationParams
from llmworks_sdk.schemas import ApiModel, Timestamp
from pydantic import BaseModel, ConfigDict, Field, model_validator

from llmworks_feedback.answers import Correction

Task = Literal["rank", "score", "pairwise", "correct"]
MAX_CANDIDATES = 8


class Criterion(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(..., min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_\- ]+$")
    description: str = Field("", max_length=500)


class GeneratorIn(BaseModel):
    """A model (with a backend) or an inference route of the project (an A/B test's variant is
    named by its route); ``generation`` settings override the route's."""

    model_config = ConfigDict(extra="forbid")
    label: str = Field(..., min_length=1, max_length=64, description="Shown to maintainers only, never to annotators")
    model: str | None = Field(None, min_length=1, max_length=256, description="base:<name>, custom:<id> or a model version id")
    route: str | None = Field(None, min_length=1, max_length=128, description="An inference route of the project")
    backend: str | None = Field(None, max_length=64, description="Inference backend (default pytorch; a route has its own)")
    generation: dict[str, Any] = Field(default_factory=dict, description="GenerationParams: max_new_tokens, temperature, ...")

    @model_validator(mode="after")
    def _one_source(self) -> GeneratorIn:
        if (self.model is None) == (self.route is None):
            raise ValueError(f"generator {self.label!r}: give either a model or a route")
        GenerationParams(**self.generation)  # checked now: a bad setting is a 422, not a failed job
        return self


class PromptsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    inline: list[str] | None = Field(None, min_length=1, max_length=1000)
    dataset_version_id: int | None = Field(None, ge=1)
    prompt_column: str | None = Field(None, max_length=128)
    split: Literal["train", "validation"] | None = None
    limit: int = Field(200, ge=1, le=1000)

    @model_validator(mode="after")
    def _one_source(self) -> PromptsIn:
        if (self.inline is None) == (self.dataset_version_id is None):
            raise ValueError("give either inline prompts or a dataset_version_id")
        if self.inline is not None and any(not p.strip() or len(p) > 8000 for p in self.inline):
            raise ValueError("inline prompts must be non-empty and at most 8000 characters")
        return self


class GoldIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    prompt: str = Field(..., min_length=1, max_length=8000)
    candidates: list[str] = Field(..., min_length=2, max_length=MAX_CANDIDATES)
    ranking: list[int] = Field(..., description="The known answer: indices into candidates, best first")

    @model_validator(mode="after")
    def _permutation(self) -> GoldIn:
        if sorted(self.ranking) != list(range(len(self.candidates))):
            raise ValueError(f"ranking must list every index 0..{len(self.candidates) - 1} once")
        return self


class CampaignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    project_id: int = Field(..., ge=1)
    name: str = Field(..., min_length=1, max_length=128)
    description: str = Field("", max_length=4000)
    tasks: list[Task] = Field(["rank"], min_length=1, max_length=4)
    rubric: list[Criterion] = Field(default_factory=list, max_length=10, description="Criteria scored 1-7 (task score)")
    generators: list[GeneratorIn] = Field(..., min_length=2, max_length=8)
    prompts: PromptsIn
    samples_per_prompt: int = Field(1, ge=1, le=8)
    annotators_per_item: int = Field(1, ge=1, le=50)
    annotators: list[str] = Field(..., min_length=1, max_length=200, description="Usernames of project members")
    gold_items: list[GoldIn] = Field(default_factory=list, max_length=200)
    seed: int = Field(0, ge=0, le=2**31 - 1)

    @model_validator(mode="after")
    def _consistent(self) -> CampaignIn:
        if len(set(self.tasks)) != len(self.tasks):
            raise ValueError("tasks lists a task twice")
        if "score" in self.tasks and not self.rubric:
            raise ValueError("the score task needs a rubric (at least one criterion)")
        if len({c.name for c in self.rubric}) != len(self.rubric):
            raise ValueError("rubric criteria must have different names")
        if len({g.label for g in self.generators}) != len(self.generators):
            raise ValueError("generators must have different labels")
        n = len(self.generators) * self.samples_per_prompt
        if n > MAX_CANDIDATES:
            raise ValueError(f"{len(self.generators)} generators × {self.samples_per_prompt} samples = {n} candidates "
                             f"per prompt; at most {MAX_CANDIDATES}")
        if self.annotators_per_item > len(set(self.annotators)):
            raise ValueError(f"annotators_per_item is {self.annotators_per_item} but only {len(set(self.annotators))} "
                             "annotators are named")
        return self


class CriterionOut(ApiModel):
    name: str
    description: str


class GeneratorOut(ApiModel):
    """A campaign's generator as created (maintainers only)."""

    label: str
    model: str | None
    route: str | None = None
    backend: str | None = None
    generation: dict[str, Any] = Field(default_factory=dict, description="GenerationParams overrides")


class AnnotatorRef(ApiModel):
    user_id: int
    username: str


class CampaignOut(ApiModel):
    id: int
    project_id: int
    name: str
    description: str
    tasks: list[str]
    rubric: list[CriterionOut]
    generators: list[GeneratorOut] | None = Field(None, description="Maintainers only")
    prompts: dict[str, Any]
    samples_per_prompt: int
    annotators_per_item: int
    annotators: list[AnnotatorRef]
    gold_items: int
    status: str
    error: str | None
    job_id: int | None
    items: int
    answered: int
    assignments: int
    done: int
    created_at: Timestamp


class CandidateView(ApiModel):
    id: int
    text: str
    generator: str | None = Field(None, description="Maintainers only")


class AnswerOut(ApiModel):
    id: int
    assignment_id: int
    item_id: int
    user_id: int
    username: str | None = Field(..., description="Shown to maintainers (history); null elsewhere")
    revision: int
    current: bool
    ranking: list[int] | None
    scores: dict[str, dict[str, int]] | None = Field(..., description="{candidate id: {criterion: 1..7}}")
    preferred: int | None
    tie: bool
    correction: Correction | None
    seconds: float | None
    created_at: Timestamp


class TaskView(ApiModel):
    """One assigned item as the annotator sees it: blind (no generator, no gold flag), candidates
    in this annotator's own order."""

    assignment_id: int
    campaign_id: int
    position: int
    prompt: str
    candidates: list[CandidateView]
    pair: list[int]
    status: str
    draft: dict[str, Any] | None = Field(..., description="The unfinished answer, as the annotation page saved it")
    answer: AnswerOut | None = Field(..., description="The current saved answer")


class AnnotationQueueOut(ApiModel):
    campaign_id: int
    name: str
    tasks: list[str]
    rubric: list[CriterionOut]
    total: int
    done: int
    skipped: int
    items: list[TaskView]


class TaskSummary(ApiModel):
    campaign_id: int
    project_id: int
    name: str
    tasks: list[str]
    status: str
    total: int
    done: int


class SavedOut(ApiModel):
    answer: AnswerOut
    done: int
    total: int


class DraftIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    draft: dict[str, Any] = Field(..., description="The unfinished answer, as the page keeps it")


class ItemOut(ApiModel):
    id: int
    position: int
    prompt: str
    is_gold: bool
    candidates: list[CandidateView]
    pair: list[int]
    answers: int
    assigned: int


class HistoryOut(ApiModel):
    item: ItemOut
    answers: list[AnswerOut]


class AnnotatorHistoryOut(ApiModel):
    user_id: int
    username: str
    answers: list[AnswerOut]


class AgreementOut(ApiModel):
    """Inter-annotator agreement on one signal (``rank.top``, ``pairwise``, ``score.<criterion>``, ...);
    the figures that do not apply to the signal's kind are null."""

    signal: str
    answers: int = Field(..., description="Answers on regular (not gold) items")
    alpha_nominal: float | None = None
    alpha_ordinal: float | None = None
    alpha_interval: float | None = None
    fleiss_kappa: float | None = None
    kappa_items: int | None = None
    percent_agreement: float | None = None


class AnnotatorQualityOut(ApiModel):
    user_id: int
    username: str
    items: int
    compared: int
    consensus_agreement: float | None
    gold_items: int
    gold_accuracy: float | None
    median_seconds: float | None
    mean_seconds: float | None
    outlier: bool
    reasons: list[str]


class QualityOut(ApiModel):
    campaign_id: int
    answers: int
    agreement: list[AgreementOut]
    annotator_signal: str | None
    annotators: list[AnnotatorQualityOut]


class FeedbackExportIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["preference", "reward"] = "preference"
    dataset_name: str | None = Field(None, min_length=1, max_length=128, description="Default: <campaign>-<kind>")
    rules: dict[str, Any] = Field(default_factory=dict, description="ExportRules: min_agreement, min_votes, ...")


class FeedbackExportOut(ApiModel):
    id: int
    campaign_id: int
    kind: str
    dataset_version_id: int
    dataset_id: int
    version: int
    rows: int
    duplicate: bool
    rules: dict[str, Any]
    created_at: Timestamp


class RewardScoreIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    project_id: int = Field(..., ge=1)
    reward_model: str = Field(..., max_length=256, description="custom:<id> of a model version trained with method 'reward'")
    prompt: str = Field(..., max_length=8000)
    responses: list[str] = Field(..., min_length=1, max_length=64)


class RewardScoreOut(ApiModel):
    scores: list[float]
    best: int


class RewardCompareIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reward_model: str = Field(..., max_length=256, description="custom:<id> of a model version trained with method 'reward'")


class RewardCompareOut(ApiModel):
    campaign_id: int
    reward_model: str
    generators: list[dict[str, Any]]
    versus: list[dict[str, Any]]
