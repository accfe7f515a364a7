"""A/B tests: sticky weighted assignment, per-request observations and the significance report.

Assignment is a pure function of the test id and the caller's key (a user or session id):
``sha256("<test id>:<key>")`` read as a number in [0, 1) falls into one variant's share of
the cumulative normalised weights. The same key always gets the same variant (as long as the
weights do not change), with no state to store, on every server process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from llmworks_sdk.db import utcnow
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_inference import stats
from llmworks_inference.models import ABObservation, ABTest, ABVariant


def key_hash(test_id: int, key: str) -> str:
    return hashlib.sha256(f"{test_id}:{key}".encode()).hexdigest()


def bucket(test_id: int, key: str) -> float:
    """A uniform number in [0, 1) fixed by (test id, key)."""
    return int(key_hash(test_id, key)[:16], 16) / float(1 << 64)


def choose_index(test_id: int, weights: Sequence[float], key: str) -> int:
    """Index of the variant that ``key`` is assigned to under ``weights`` (any positive scale)."""
    total = float(sum(weights))
    point = bucket(test_id, key) * total
    running = 0.0
    for i, w in enumerate(weights):
        running += w
        if point < running:
            return i
    return len(weights) - 1


def assign(test: ABTest, key: str) -> ABVariant:
    return test.variants[choose_index(test.id, [v.weight for v in test.variants], key)]


# ------------------------------------------------------------------ observations
def open_observation(kernel: Any, test_id: int, variant_id: int, key: str, user_id: int | None) -> int:
    """Record that a request was routed to a variant; its figures are filled by :func:`close_observation`."""
    with kernel.session() as s:
        obs = ABObservation(test_id=test_id, variant_id=variant_id, key_hash=key_hash(test_id, key), user_id=user_id)
        s.add(obs)
        s.flush()
        return obs.id


def close_observation(kernel: Any, observation_id: int, summary: dict[str, Any] | None, error: str | None = None) -> None:
    with kernel.session() as s:
        obs = s.get(ABObservation, observation_id)
        if obs is None:
            return
        if summary is not None:
            obs.latency_ms = summary.get("latency_ms")
            obs.time_to_first_token_ms = summary.get("time_to_first_token_ms")
            obs.tokens_per_second = summary.get("tokens_per_second")
            obs.completion_tokens = summary.get("completion_tokens")
        obs.error = error[:255] if error else None


def rate(obs: ABObservation, *, thumbs: str | None, rating: int | None) -> None:
    if thumbs is not None:
        obs.thumbs_up = thumbs == "up"
    if rating is not None:
        obs.rating = rating
    obs.rated_at = utcnow()


# ------------------------------------------------------------------ report
def _variant_figures(rows: list[ABObservation]) -> dict[str, Any]:
    served = [r for r in rows if r.latency_ms is not None]
    thumbs = [r.thumbs_up for r in rows if r.thumbs_up is not None]
    return {
        "requests": len(rows),
        "errors": sum(1 for r in rows if r.error),
        "latency_ms": stats.describe([r.latency_ms for r in served]),
        "time_to_first_token_ms": stats.describe([r.time_to_first_token_ms for r in served if r.time_to_first_token_ms is not None]),
        "tokens_per_second": stats.describe([r.tokens_per_second for r in served if r.tokens_per_second is not None]),
        "rating": stats.describe([float(r.rating) for r in rows if r.rating is not None]),
        "thumbs": {"n": len(thumbs), "up": sum(thumbs), "rate": (sum(thumbs) / len(thumbs)) if thumbs else None},
    }


def report(s: Session, test: ABTest) -> dict[str, Any]:
    """Per-variant figures and, for every variant after the first (the control), its tests against the control."""
    rows = s.scalars(select(ABObservation).where(ABObservation.test_id == test.id)).all()
    by_variant: dict[int, list[ABObservation]] = {v.id: [] for v in test.variants}
    for r in rows:
        by_variant.setdefault(r.variant_id, []).append(r)
    total_weight = sum(v.weight for v in test.variants) or 1.0
    variants = []
    for v in test.variants:
        mine = by_variant[v.id]
        variants.append({"id": v.id, "name": v.name, "route_id": v.route_id, "route": v.route.name,
                         "weight": v.weight, "share": v.weight / total_weight,
                         "observed_share": (len(mine) / len(rows)) if rows else None, **_variant_figures(mine)})
    comparisons = []
    control = test.variants[0] if test.variants else None
    for v in test.variants[1:]:
        a, b = by_variant[control.id], by_variant[v.id]
        lat = ([r.latency_ms for r in a if r.latency_ms is not None], [r.latency_ms for r in b if r.latency_ms is not None])
        tps = ([r.tokens_per_second for r in a if r.tokens_per_second is not None],
               [r.tokens_per_second for r in b if r.tokens_per_second is not None])
        thumbs = ([r.thumbs_up for r in a if r.thumbs_up is not None], [r.thumbs_up for r in b if r.thumbs_up is not None])
        ratings = ([float(r.rating) for r in a if r.rating is not None], [float(r.rating) for r in b if r.rating is not None])
        comparisons.append({
            "variant": v.name, "control": control.name,
            "latency_ms": stats.welch_t_test(*lat, alpha=test.alpha),
            "tokens_per_second": stats.welch_t_test(*tps, alpha=test.alpha),
            "thumbs_up_rate": stats.two_proportion_z_test(sum(thumbs[0]), len(thumbs[0]), sum(thumbs[1]), len(thumbs[1]),
                                                          alpha=test.alpha),
            "rating": stats.mann_whitney_u(*ratings, alpha=test.alpha),
        })
    return {
        "test_id": test.id, "name": test.name, "status": test.status, "alpha": test.alpha,
        "requests": len(rows), "control": control.name if control else None,
        "method": ("each variant is compared with the control (the first variant): Welch's t-test on latency and "
                   "tokens/s, a two-proportion z-test on the thumbs-up rate, a Mann-Whitney U test on 1-5 ratings; "
                   "differences are variant minus control, CIs at 1 - alpha"),
        "variants": variants,
        "comparisons": comparisons,
    }
