"""Checking one answer against its campaign's tasks and the candidates of its item. Every
problem is a field error that says what to fix (422)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

SCALE = (1, 7)
TASKS = ("rank", "score", "pairwise", "correct")


class Correction(BaseModel):
    model_config = ConfigDict(extra="forbid")
    candidate_id: int = Field(..., description="The candidate the correction rewrites (the best one)")
    text: str = Field(..., min_length=1, max_length=8000)


class AnswerIn(BaseModel):
    """An annotator's answer to one assigned item; send the parts of the campaign's tasks."""

    model_config = ConfigDict(extra="forbid")
    ranking: list[int] | None = Field(None, max_length=64, description="rank: every candidate id, best first")
    scores: dict[str, dict[str, int]] | None = Field(
        None, description="score: {candidate id: {criterion: 1..7}} for every candidate and criterion")
    preferred: int | None = Field(None, description="pairwise: the preferred candidate of the pair (omit with tie)")
    tie: bool = Field(False, description="pairwise: neither is better")
    correction: Correction | None = Field(None, description="correct: the best answer, rewritten")
    seconds: float | None = Field(None, ge=0, le=86400, description="Time spent on the item (the UI measures it)")


def problems(answer: AnswerIn, tasks: list[str], rubric: list[dict[str, Any]], candidates: list[int],
             pair: list[int]) -> list[dict[str, Any]]:
    """Field errors of ``answer`` (empty when it is complete and valid)."""
    errs: list[dict[str, Any]] = []

    def err(loc: list[Any], msg: str) -> None:
        errs.append({"loc": ["body", *loc], "msg": msg, "type": "value_error"})

    known = set(candidates)
    if "rank" in tasks:
        if answer.ranking is None:
            err(["ranking"], f"rank every candidate, best first: send ranking with the ids {sorted(known)}")
        else:
            seen: set[int] = set()
            dupes = sorted({c for c in answer.ranking if c in seen or seen.add(c)})  # type: ignore[func-returns-value]
            unknown = sorted(set(answer.ranking) - known)
            missing = sorted(known - set(answer.ranking))
            if dupes:
                err(["ranking"], f"the ranking lists candidate(s) {dupes} more than once; rank each candidate once")
            if unknown:
                err(["ranking"], f"candidate(s) {unknown} are not candidates of this item; its candidates are {sorted(known)}")
            if missing:
                err(["ranking"], f"the ranking misses candidate(s) {missing}; rank all {len(known)} candidates")
    if "score" in tasks:
        names = [c["name"] for c in rubric]
        if answer.scores is None:
            err(["scores"], f"score every candidate on {', '.join(names)} (1-7)")
        else:
            given = {}
            for key, per in answer.scores.items():
                if not key.lstrip("-").isdigit() or int(key) not in known:
                    err(["scores", key], f"{key!r} is not a candidate of this item; its candidates are {sorted(known)}")
                    continue
                given[int(key)] = per
                for crit, value in per.items():
                    if crit not in names:
                        err(["scores", key, crit], f"unknown criterion {crit!r}; the rubric has {names}")
                    elif not SCALE[0] <= value <= SCALE[1]:
                        err(["scores", key, crit], f"score {value} is outside the rubric's range {SCALE[0]}-{SCALE[1]}")
                for crit in names:
                    if crit not in per:
                        err(["scores", key], f"candidate {key} has no score for {crit!r}")
            for c in sorted(known - set(given)):
                err(["scores"], f"candidate {c} has no scores; score every candidate")
    if "pairwise" in tasks and pair:
        if answer.tie and answer.preferred is not None:
            err(["preferred"], "send either preferred or tie, not both")
        elif not answer.tie and answer.preferred is None:
            err(["preferred"], f"pairwise: send the preferred candidate ({pair[0]} or {pair[1]}) or tie=true")
        elif answer.preferred is not None and answer.preferred not in pair:
            err(["preferred"], f"candidate {answer.preferred} is not in the compared pair {pair}")
    if "correct" in tasks:
        if answer.correction is None:
            err(["correction"], "rewrite the best answer: send correction {candidate_id, text}")
        elif answer.correction.candidate_id not in known:
            err(["correction", "candidate_id"], f"{answer.correction.candidate_id} is not a candidate of this item")
    return errs
