"""A trained reward model (a model version of method ``reward``: a sequence-classification
head with one output) as a signal: it scores (prompt, response) pairs, and compares the
generators of a campaign (an A/B signal: mean reward per generator and how often each one's
candidates out-score the others' on the same prompt). The scoring is the SDK's ``RewardScorer``
service (provided by llmworks-torch)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

from llmworks_sdk import Invalid
from llmworks_sdk.services import ModelRegistry, RewardScorer, require_service

MAX_PAIRS = 4000


def reward_model_folder(db: Any, kernel: Any, auth: Any, ref: str, project_id: int) -> Path:
    raw = ref.removeprefix("custom:")
    if not raw.isdigit():
        raise Invalid("reward_model must be custom:<id> of a model version trained with method 'reward'",
                      field=("body", "reward_model"))
    version = require_service(kernel, ModelRegistry).get_version(db, int(raw), principal=auth, minimum="annotator")
    if version.method != "reward":
        raise Invalid(f"model version {raw} was trained with method {version.method!r}, not 'reward'",
                      field=("body", "reward_model"))
    if version.project_id != project_id:
        raise Invalid(f"model version {raw} belongs to another project", field=("body", "reward_model"))
    return Path(version.path)


def score(kernel: Any, folder: Path, pairs: Sequence[tuple[str, str]]) -> list[float]:
    """Scores from the ``RewardScorer`` service (llmworks-torch; 503 naming it when missing)."""
    return list(require_service(kernel, RewardScorer).score(folder, pairs))


def compare_generators(prompts: dict[int, str], candidates: list[Any], scores: list[float]) -> dict[str, Any]:
    """Mean reward per generator and, per pair of generators, the share of same-prompt candidate
    pairs the first one wins (ties count half)."""
    per_gen: dict[str, list[float]] = defaultdict(list)
    by_item: dict[int, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for c, s in zip(candidates, scores, strict=True):
        per_gen[c.generator].append(s)
        by_item[c.item_id][c.generator].append(s)
    gens = sorted(per_gen)
    versus = []
    for a, b in combinations(gens, 2):
        wins = n = 0.0
        for gs in by_item.values():
            for x in gs.get(a, []):
                for y in gs.get(b, []):
                    n += 1
                    wins += 1.0 if x > y else 0.5 if x == y else 0.0
        versus.append({"a": a, "b": b, "pairs": int(n), "a_wins": round(wins / n, 6) if n else None})
    return {"generators": [{"generator": g, "candidates": len(per_gen[g]), "mean_reward": round(sum(per_gen[g]) / len(per_gen[g]), 6)}
                           for g in gens], "versus": versus}
