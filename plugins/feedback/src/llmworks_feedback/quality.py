"""A campaign's agreement figures and annotator quality, from its current answers.

Signals (each an :class:`~llmworks_feedback.agreement.Answer` list):

- ``rank.top``: the candidate ranked first (nominal, coded ``"c<id>"``) — Fleiss' kappa, nominal alpha, percent
  agreement; ``rank.position``: each candidate's 1-based position (unit: item × candidate) —
  ordinal and interval alpha.
- ``pairwise``: the preferred candidate of the pair or ``"tie"`` (nominal).
- ``score.<criterion>``: the 1-7 score of each candidate (unit: item × candidate) — ordinal and
  interval alpha, Fleiss' kappa with the seven values as categories, percent agreement.

Annotator quality uses the campaign's primary signal (``rank.top``, else ``pairwise``, else the
first criterion's scores with a tolerance of 1): agreement with the leave-one-out consensus,
accuracy on gold items, items answered, median seconds per item and the outlier flag of
:func:`~llmworks_feedback.agreement.annotator_quality`. Gold items count for gold accuracy only.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from typing import Any

from llmworks_feedback.agreement import Answer, annotator_quality, fleiss_kappa, krippendorff_alpha, pairwise_agreement


def signals(rows: list[Any], items: dict[int, Any], rubric: list[dict[str, Any]]) -> dict[str, list[Answer]]:
    """``rows``: current answer rows; ``items``: item id → item (``is_gold``, ``pair``)."""
    out: dict[str, list[Answer]] = defaultdict(list)
    for a in rows:
        secs = a.seconds
        if a.ranking:
            out["rank.top"].append(Answer(a.user_id, a.item_id, f"c{a.ranking[0]}", secs))
            for pos, cand in enumerate(a.ranking, start=1):
                out["rank.position"].append(Answer(a.user_id, f"{a.item_id}:{cand}", pos, secs))
        if a.preferred is not None or a.tie:
            out["pairwise"].append(Answer(a.user_id, a.item_id, "tie" if a.tie else f"c{a.preferred}", secs))
        for cand, per in (a.scores or {}).items():
            for crit in rubric:
                if crit["name"] in per:
                    out[f"score.{crit['name']}"].append(Answer(a.user_id, f"{a.item_id}:{cand}", int(per[crit["name"]]), secs))
    return out


def _round(x: float | None) -> float | None:
    return None if x is None else round(float(x), 6)


def agreement(sig: dict[str, list[Answer]], gold_items: set[Any]) -> list[dict[str, Any]]:
    figures = []
    for name, answers in sorted(sig.items()):
        regular = [a for a in answers if _item_of(a.item) not in gold_items]
        f: dict[str, Any] = {"signal": name, "answers": len(regular)}
        if name in ("rank.top", "pairwise"):
            f["alpha_nominal"] = _round(krippendorff_alpha(regular, "nominal")) if regular else None
            k = fleiss_kappa(regular)
            f["fleiss_kappa"], f["kappa_items"] = _round(k.kappa), k.items
            f["percent_agreement"] = _round(pairwise_agreement(regular))
        else:
            f["alpha_ordinal"] = _round(krippendorff_alpha(regular, "ordinal")) if regular else None
            f["alpha_interval"] = _round(krippendorff_alpha(regular, "interval")) if regular else None
            if name.startswith("score."):
                k = fleiss_kappa(regular)
                f["fleiss_kappa"], f["kappa_items"] = _round(k.kappa), k.items
            f["percent_agreement"] = _round(pairwise_agreement(regular))
        figures.append(f)
    return figures


def _item_of(unit: Any) -> Any:
    return int(str(unit).split(":")[0])


def primary(sig: dict[str, list[Answer]], rubric: list[dict[str, Any]]) -> tuple[str | None, float]:
    for name in ("rank.top", "pairwise"):
        if sig.get(name):
            return name, 0.0
    for crit in rubric:
        if sig.get(f"score.{crit['name']}"):
            return f"score.{crit['name']}", 1.0
    return None, 0.0


def annotators(sig: dict[str, list[Answer]], rubric: list[dict[str, Any]], items: dict[int, Any],
               names: dict[int, str]) -> dict[str, Any]:
    name, tolerance = primary(sig, rubric)
    if name is None:
        return {"signal": None, "annotators": []}
    gold: dict[Any, Any] = {}
    for item_id, item in items.items():
        if item.is_gold and item.gold_ranking:
            if name == "rank.top":
                gold[item_id] = f"c{item.gold_ranking[0]}"
            elif name == "pairwise" and item.pair:
                a, b = item.pair
                order = list(item.gold_ranking)
                gold[item_id] = f"c{a}" if order.index(a) < order.index(b) else f"c{b}"
    quality = annotator_quality(sig[name], gold, tolerance=tolerance)
    per_user_items: dict[Any, set[Any]] = defaultdict(set)
    per_user_secs: dict[Any, list[float]] = defaultdict(list)
    for a in sig[name]:
        per_user_items[a.annotator].add(_item_of(a.item))
        if a.seconds is not None:
            per_user_secs[a.annotator].append(a.seconds)
    out = []
    for q in quality:
        secs = per_user_secs[q.annotator]
        out.append({
            "user_id": q.annotator, "username": names.get(q.annotator, str(q.annotator)),
            "items": len(per_user_items[q.annotator]), "compared": q.compared,
            "consensus_agreement": _round(q.consensus_agreement), "gold_items": q.gold_items,
            "gold_accuracy": _round(q.gold_accuracy),
            "median_seconds": _round(statistics.median(secs)) if secs else None,
            "mean_seconds": _round(statistics.fmean(secs)) if secs else None,
            "outlier": q.outlier, "reasons": q.reasons,
        })
    return {"signal": name, "annotators": out}
