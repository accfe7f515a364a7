"""The evaluation metric ``reward_model``: a trained reward model (a model version of method
``reward``, see :mod:`llmworks_torch.preference`) scores each (prompt, prediction) of an
ordinary evaluation; the score is the mean, per example the reward model's output.

Which reward model is the evaluation's option::

    POST /api/evaluations {..., "metrics": ["reward_model"],
                           "metric_options": {"reward_model": {"reward_model": "custom:7"}}}

The version is checked when the evaluation is created (it exists, the caller sees it, it was
trained with method ``reward``, it belongs to the evaluation's project) and again in the job.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from llmworks_sdk import Invalid, MetricResult
from llmworks_sdk.services import ModelRegistry, require_service

OPTION = "reward_model"


def reward_version(session: Any, options: dict[str, Any], project_id: int, principal: Any = None) -> Any:
    """The reward model version ``options`` name (``Invalid`` when it cannot score here)."""
    loc = ("body", "metric_options", RewardModelMetric.name, OPTION)
    unknown = sorted(set(options) - {OPTION})
    if unknown:
        raise Invalid(f"unknown option(s) {unknown}; reward_model takes {{'{OPTION}': 'custom:<id>'}}",
                      field=loc[:-1])
    raw = str(options.get(OPTION) or "").removeprefix("custom:")
    if not raw.isdigit():
        raise Invalid("the reward_model metric needs metric_options {'reward_model': {'reward_model': 'custom:<id>'}}: "
                      "a model version trained with method 'reward'", field=loc)
    registry = require_service(session, ModelRegistry)
    version = registry.get_version(session, int(raw), principal=principal)
    if version.method != "reward":
        raise Invalid(f"model version {raw} was trained with method {version.method!r}, not 'reward'", field=loc)
    if version.project_id != project_id:
        raise Invalid(f"model version {raw} belongs to another project", field=loc)
    return version


class RewardModelMetric:
    name = "reward_model"
    kind = "text"
    higher_is_better = True
    description = ("Score of each prediction by a trained reward model (a model version of method 'reward'; "
                   "metric_options: {reward_model: 'custom:<id>'}): higher is preferred")

    def available(self) -> tuple[bool, str]:
        if importlib.util.find_spec("transformers") is None:
            return False, "transformers is not installed: pip install 'llmworks-torch'"
        return True, ""

    def check_options(self, options: dict[str, Any], *, session: Any, project_id: int, principal: Any) -> dict[str, Any]:
        return {OPTION: reward_version(session, options, project_id, principal).ref}

    def compute(self, predictions: list[str], references: list[str], *, prompts: list[str] | None = None,
                options: dict[str, Any] | None = None, kernel: Any = None, project_id: int | None = None,
                **_: Any) -> MetricResult:
        if not options or kernel is None or project_id is None:
            raise Invalid("the reward_model metric scores in an evaluation that names the reward model: "
                          "metric_options {'reward_model': {'reward_model': 'custom:<id>'}}")
        if not predictions:
            raise Invalid("reward_model: no predictions to score")
        from llmworks_torch.preference import reward_scores

        with kernel.db.session() as s:
            version = reward_version(s, options, project_id)
        prompts = prompts if prompts is not None else [""] * len(predictions)
        scores = reward_scores(version.path, list(zip(prompts, predictions, strict=True)))
        return MetricResult(sum(scores) / len(scores), scores, {"reward_model": version.ref})
