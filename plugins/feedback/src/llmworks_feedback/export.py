"""Turning a campaign's answers into training rows. The rules (also in the README):

Preference rows (``prompt``, ``chosen``, ``rejected``), per regular item (gold items are never
exported), from the current answers of the annotators kept (outliers are left out unless
``include_outliers``):

1. Votes per pair of candidates: a ranking gives one vote to the higher of every pair of
   candidates it orders; a pairwise answer gives one vote to the preferred candidate, a tie
   half a vote to each.
2. A pair is exported when it has at least ``min_votes`` votes and the winner's share is at
   least ``min_agreement`` (default 2/3): ties (share 1/2) and low-agreement pairs are dropped.
   Pairs whose two texts are identical, or with an empty text, are dropped (nothing to learn).
3. At most ``max_pairs_per_item`` pairs per item, the clearest first (highest share, then most
   votes, then the larger rank distance).

Reward rows (``prompt``, ``completion``, ``score`` in [0, 1]), one per candidate with answers:
the mean over annotators of the mean rubric score rescaled from 1-7 to 0-1 when the campaign
scores candidates; otherwise the mean of ``(n - position) / (n - 1)`` over rankings (1 for the
best of n, 0 for the worst), and for pairwise-only campaigns the share of votes won. Empty
candidates are left out.
A correction (task ``correct``) adds a reward row with score 1 and, with ``corrections_as_chosen``,
a preference row ``correction`` over the candidate it rewrites.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from itertools import combinations
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ExportRules(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_agreement: float = Field(2 / 3, gt=0.5, le=1, description="Share of votes the chosen candidate needs")
    min_votes: int = Field(1, ge=1, le=100, description="Votes a pair needs")
    max_pairs_per_item: int = Field(10, ge=1, le=64)
    include_outliers: bool = Field(False, description="Keep the answers of annotators flagged as outliers")
    corrections_as_chosen: bool = Field(True, description="A correction is preferred over the answer it rewrites")


def exported_answers(answers: list[Any], items: dict[int, Any], outliers: set[int], rules: ExportRules) -> list[Any]:
    """The answers an export reads: gold items are never exported, and the answers of the
    annotators in ``outliers`` (flagged by the quality figures) are left out unless
    ``rules.include_outliers``."""
    kept = [a for a in answers if not items[a.item_id].is_gold]
    return kept if rules.include_outliers else [a for a in kept if a.user_id not in outliers]


def preference_rows(items: dict[int, Any], cands: dict[int, Any], answers: list[Any], rules: ExportRules) -> list[dict[str, Any]]:
    votes: dict[int, dict[tuple[int, int], float]] = defaultdict(lambda: defaultdict(float))
    rows: list[dict[str, Any]] = []
    for a in answers:
        v = votes[a.item_id]
        if a.ranking:
            for i, j in combinations(a.ranking, 2):
                v[(int(i), int(j))] += 1
        if a.preferred is not None or a.tie:
            x, y = items[a.item_id].pair
            if a.tie:
                v[(x, y)] += 0.5
                v[(y, x)] += 0.5
            else:
                other = y if a.preferred == x else x
                v[(int(a.preferred), other)] += 1
        if rules.corrections_as_chosen and a.correction:
            base = cands.get(int(a.correction["candidate_id"]))
            if base is not None and a.correction["text"].strip() != base.text.strip():
                rows.append({"prompt": items[a.item_id].prompt, "chosen": a.correction["text"], "rejected": base.text,
                             "item_id": a.item_id, "share": 1.0, "votes": 1, "source": "correction"})
    for item_id, v in sorted(votes.items()):
        picked = []
        for x, y in {tuple(sorted(p)) for p in v}:
            n = v.get((x, y), 0.0) + v.get((y, x), 0.0)
            if n < rules.min_votes or n == 0:
                continue
            win, lose = (x, y) if v.get((x, y), 0) >= v.get((y, x), 0) else (y, x)
            share = v.get((win, lose), 0.0) / n
            if share < rules.min_agreement or cands[win].text == cands[lose].text or not cands[win].text.strip() \
                    or not cands[lose].text.strip():
                continue
            picked.append((share, n, win, lose))
        picked.sort(key=lambda t: (-t[0], -t[1], t[2], t[3]))
        for share, n, win, lose in picked[: rules.max_pairs_per_item]:
            rows.append({"prompt": items[item_id].prompt, "chosen": cands[win].text, "rejected": cands[lose].text,
                         "item_id": item_id, "share": round(share, 4), "votes": n, "source": "votes"})
    return rows


def reward_rows(items: dict[int, Any], cands: dict[int, Any], answers: list[Any], rubric: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_cand: dict[int, list[float]] = defaultdict(list)
    extra: list[dict[str, Any]] = []
    scored = any(a.scores for a in answers)
    for a in answers:
        if scored and a.scores:
            for cand, per in a.scores.items():
                vals = [per[c["name"]] for c in rubric if c["name"] in per]
                if vals:
                    by_cand[int(cand)].append((statistics.fmean(vals) - 1) / 6)
        elif not scored and a.ranking and len(a.ranking) > 1:
            n = len(a.ranking)
            for pos, cand in enumerate(a.ranking, start=1):
                by_cand[int(cand)].append((n - pos) / (n - 1))
        elif not scored and (a.preferred is not None or a.tie):
            x, y = items[a.item_id].pair
            by_cand[x].append(0.5 if a.tie else float(a.preferred == x))
            by_cand[y].append(0.5 if a.tie else float(a.preferred == y))
        if a.correction:
            extra.append({"prompt": items[a.item_id].prompt, "completion": a.correction["text"], "score": 1.0,
                          "item_id": a.item_id, "answers": 1})
    rows = [{"prompt": items[cands[c].item_id].prompt, "completion": cands[c].text, "score": round(statistics.fmean(v), 6),
             "item_id": cands[c].item_id, "answers": len(v)} for c, v in sorted(by_cand.items()) if cands[c].text.strip()]
    return rows + extra
