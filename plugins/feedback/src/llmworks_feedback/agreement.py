"""Agreement between annotators and the quality of each annotator.

Answers are ``Answer(annotator, item, value)`` records; one criterion at a time (a rubric
criterion's 1-7 scores, a pairwise choice, a rank position). The campaign figures:

- :func:`krippendorff_alpha`: Krippendorff's alpha (``nominal``, ``ordinal``, ``interval``,
  ``ratio``) with the ``krippendorff`` package; missing answers allowed.
- :func:`fleiss_kappa`: Fleiss' kappa for categorical choices (statsmodels), on the items
  that have the most common number of answers (Fleiss needs the same count per item);
  ``items`` says how many were used.
- :func:`pairwise_agreement`: the share of pairs of answers on the same item that are equal.

Per annotator (:func:`annotator_quality`): agreement with the leave-one-out consensus (the
mode of the other annotators' answers for categorical data, their median for scores; a
score agrees when within ``tolerance``), accuracy on gold items, items answered, median
seconds per item, and an outlier flag. Rule: an annotator with at least ``min_items``
compared items is an outlier when their consensus agreement is below ``floor`` or more than
``mads`` median absolute deviations (at least ``min_gap``) below the median of all
annotators, or when their gold accuracy on at least 3 gold items is below ``floor``.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

Level = Literal["nominal", "ordinal", "interval", "ratio"]


@dataclass(frozen=True)
class Answer:
    annotator: Hashable
    item: Hashable
    value: float | int | str
    seconds: float | None = None


def _matrix(answers: Sequence[Answer]) -> tuple[np.ndarray, list[Any]]:
    """Annotators × items reliability matrix (NaN where missing); categorical values are coded."""
    annotators = sorted({a.annotator for a in answers}, key=str)
    items = sorted({a.item for a in answers}, key=str)
    codes: dict[Any, float] = {}
    numeric = all(isinstance(a.value, int | float) and not isinstance(a.value, bool) for a in answers)
    m = np.full((len(annotators), len(items)), np.nan)
    ai = {a: i for i, a in enumerate(annotators)}
    ii = {t: i for i, t in enumerate(items)}
    for a in answers:
        v = float(a.value) if numeric else codes.setdefault(a.value, float(len(codes)))
        m[ai[a.annotator], ii[a.item]] = v
    return m, items


def krippendorff_alpha(answers: Sequence[Answer], level: Level = "interval") -> float | None:
    """Krippendorff's alpha of ``answers`` (None when fewer than two values are pairable or
    all values are equal, where alpha is undefined)."""
    import krippendorff

    m, _ = _matrix(answers)
    pairable = (np.sum(~np.isnan(m), axis=0) >= 2).sum()
    values = m[~np.isnan(m)]
    if pairable == 0 or len(set(values.tolist())) < 2:
        return None
    if level != "nominal" and not all(isinstance(a.value, int | float) for a in answers):
        raise ValueError(f"{level} alpha needs numeric answers")
    return float(krippendorff.alpha(reliability_data=m, level_of_measurement=level))


@dataclass(frozen=True)
class Kappa:
    kappa: float | None
    items: int
    raters_per_item: int


def fleiss_kappa(answers: Sequence[Answer]) -> Kappa:
    """Fleiss' kappa on the items with the most common number (≥ 2) of answers."""
    from statsmodels.stats.inter_rater import fleiss_kappa as sm_fleiss

    by_item: dict[Any, list[Any]] = defaultdict(list)
    for a in answers:
        by_item[a.item].append(a.value)
    counts = Counter(len(v) for v in by_item.values() if len(v) >= 2)
    if not counts:
        return Kappa(None, 0, 0)
    n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    rows = [v for v in by_item.values() if len(v) == n]
    categories = sorted({x for r in rows for x in r}, key=str)
    if len(categories) < 2:
        return Kappa(None, len(rows), n)
    table = np.array([[r.count(c) for c in categories] for r in rows])
    k = float(sm_fleiss(table, method="fleiss"))
    return Kappa(k if math.isfinite(k) else None, len(rows), n)


def pairwise_agreement(answers: Sequence[Answer], tolerance: float = 0.0) -> float | None:
    """Share of pairs of answers on the same item that agree (equal, or within ``tolerance``
    for numbers); None without any pair."""
    by_item: dict[Any, list[Any]] = defaultdict(list)
    for a in answers:
        by_item[a.item].append(a.value)
    agree = total = 0
    for values in by_item.values():
        for i in range(len(values)):
            for j in range(i + 1, len(values)):
                total += 1
                agree += _agrees(values[i], values[j], tolerance)
    return agree / total if total else None


def _agrees(a: Any, b: Any, tolerance: float) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(float(a) - float(b)) <= tolerance
    return bool(a == b)


def _consensus(values: list[Any]) -> Any:
    if all(isinstance(v, int | float) for v in values):
        return statistics.median(values)
    counts = Counter(values).most_common()
    if len(counts) > 1 and counts[0][1] == counts[1][1]:
        return None  # a tie among the others: no consensus
    return counts[0][0]


@dataclass
class AnnotatorQuality:
    annotator: Hashable
    items: int
    compared: int
    consensus_agreement: float | None
    gold_items: int
    gold_accuracy: float | None
    median_seconds: float | None
    outlier: bool = False
    reasons: list[str] = field(default_factory=list)


def annotator_quality(
    answers: Sequence[Answer],
    gold: Mapping[Hashable, Any] | None = None,
    *,
    tolerance: float = 0.0,
    floor: float = 0.5,
    mads: float = 2.0,
    min_gap: float = 0.15,
    min_items: int = 5,
) -> list[AnnotatorQuality]:
    """Per-annotator figures and outlier flags (see the module docstring for the rule)."""
    gold = gold or {}
    by_item: dict[Any, list[Answer]] = defaultdict(list)
    by_annotator: dict[Any, list[Answer]] = defaultdict(list)
    for a in answers:
        by_item[a.item].append(a)
        by_annotator[a.annotator].append(a)
    out = []
    for annotator, mine in sorted(by_annotator.items(), key=lambda kv: str(kv[0])):
        agree = compared = gold_n = gold_ok = 0
        for a in mine:
            if a.item in gold:
                gold_n += 1
                gold_ok += _agrees(a.value, gold[a.item], tolerance)
                continue
            others = [o.value for o in by_item[a.item] if o.annotator != annotator]
            if not others:
                continue
            c = _consensus(others)
            if c is None:
                continue
            compared += 1
            agree += _agrees(a.value, c, tolerance)
        secs = [a.seconds for a in mine if a.seconds is not None]
        out.append(AnnotatorQuality(
            annotator=annotator, items=len(mine), compared=compared,
            consensus_agreement=agree / compared if compared else None,
            gold_items=gold_n, gold_accuracy=gold_ok / gold_n if gold_n else None,
            median_seconds=statistics.median(secs) if secs else None,
        ))
    rates = [q.consensus_agreement for q in out if q.consensus_agreement is not None and q.compared >= min_items]
    if rates:
        med = statistics.median(rates)
        mad = statistics.median([abs(r - med) for r in rates])
        for q in out:
            if q.consensus_agreement is None or q.compared < min_items:
                continue
            if q.consensus_agreement < floor:
                q.reasons.append(f"agrees with the others on {q.consensus_agreement:.0%} of items (< {floor:.0%})")
            elif med - q.consensus_agreement > max(min_gap, mads * mad):
                q.reasons.append(f"agreement {q.consensus_agreement:.0%} far below the median {med:.0%}")
    for q in out:
        if q.gold_accuracy is not None and q.gold_items >= 3 and q.gold_accuracy < floor:
            q.reasons.append(f"gold accuracy {q.gold_accuracy:.0%} (< {floor:.0%})")
        q.outlier = bool(q.reasons)
    return out


def answers_from(rows: Iterable[Mapping[str, Any]]) -> list[Answer]:
    """``Answer`` records from dicts with ``annotator``, ``item``, ``value`` (and ``seconds``)."""
    return [Answer(r["annotator"], r["item"], r["value"], r.get("seconds")) for r in rows]
