"""Significance tests for A/B reports, in plain Python (no SciPy needed).

- :func:`welch_t_test`: two means with unequal variances (latency, tokens/s); p-value from
  Student's t with the Welch–Satterthwaite degrees of freedom, CI of the difference.
- :func:`two_proportion_z_test`: two rates (thumbs-up share); pooled z statistic, unpooled
  (Wald) CI of the difference.
- :func:`mann_whitney_u`: two samples of ordinal scores (1–5 ratings); normal approximation
  with tie and continuity corrections, CI of the mean difference from Welch's formula.

Student's t distribution uses the regularised incomplete beta function (Lentz's continued
fraction), accurate to ~1e-12, and the normal distribution comes from ``statistics.NormalDist``.
Every test returns its name, n, means, difference, CI, statistic, p-value and whether
``p < alpha``; with fewer than 2 observations per side the p-value is None and ``note`` says why.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from statistics import NormalDist
from typing import Any

_NORMAL = NormalDist()


# ------------------------------------------------------------------ distributions
def _betacf(a: float, b: float, x: float) -> float:
    tiny, eps = 1e-300, 1e-15
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 500):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < eps:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta function I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def t_two_sided_p(t: float, df: float) -> float:
    """P(|T| >= |t|) for Student's t with ``df`` degrees of freedom."""
    if math.isinf(df):
        return 2.0 * (1.0 - _NORMAL.cdf(abs(t)))
    return betainc(df / 2.0, 0.5, df / (df + t * t))


def t_quantile(q: float, df: float) -> float:
    """The ``q`` quantile (0.5 < q < 1) of Student's t, by bisection on the two-sided p-value."""
    target = 2.0 * (1.0 - q)
    lo, hi = 0.0, 1.0
    while t_two_sided_p(hi, df) > target:
        hi *= 2.0
    for _ in range(200):
        mid = (lo + hi) / 2.0
        if t_two_sided_p(mid, df) > target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2.0


# ------------------------------------------------------------------ summaries
def _mean_var(xs: Sequence[float]) -> tuple[float, float]:
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / (n - 1) if n > 1 else 0.0
    return mean, var


def describe(xs: Sequence[float], confidence: float = 0.95) -> dict[str, Any]:
    """n, mean, standard deviation and the t-based CI of the mean."""
    n = len(xs)
    if n == 0:
        return {"n": 0, "mean": None, "sd": None, "ci": None}
    mean, var = _mean_var(xs)
    if n < 2:
        return {"n": n, "mean": mean, "sd": None, "ci": None}
    half = t_quantile(0.5 + confidence / 2.0, n - 1) * math.sqrt(var / n)
    return {"n": n, "mean": mean, "sd": math.sqrt(var), "ci": [mean - half, mean + half]}


def _too_few(test: str, a: Sequence[float], b: Sequence[float], alpha: float) -> dict[str, Any] | None:
    if len(a) >= 2 and len(b) >= 2:
        return None
    means = [sum(x) / len(x) if x else None for x in (a, b)]
    return {"test": test, "n": [len(a), len(b)], "means": means, "difference": None, "ci": None,
            "statistic": None, "p_value": None, "alpha": alpha, "significant": False,
            "note": "needs at least 2 observations in each variant"}


def welch_t_test(a: Sequence[float], b: Sequence[float], *, alpha: float = 0.05) -> dict[str, Any]:
    """Welch's t-test of mean(b) - mean(a); CI at level 1 - alpha."""
    name = "Welch's t-test (two-sided)"
    if (few := _too_few(name, a, b, alpha)) is not None:
        return few
    (ma, va), (mb, vb) = _mean_var(a), _mean_var(b)
    sa, sb = va / len(a), vb / len(b)
    se = math.sqrt(sa + sb)
    diff = mb - ma
    if se == 0.0:
        df = float(len(a) + len(b) - 2)
        t, p = (0.0, 1.0) if diff == 0 else (math.copysign(math.inf, diff), 0.0)
    else:
        df = (sa + sb) ** 2 / ((sa**2 / (len(a) - 1) if sa else 0.0) + (sb**2 / (len(b) - 1) if sb else 0.0))
        t = diff / se
        p = t_two_sided_p(t, df)
    half = t_quantile(1 - alpha / 2, df) * se
    return {"test": name, "n": [len(a), len(b)], "means": [ma, mb], "difference": diff,
            "ci": [diff - half, diff + half], "statistic": t, "df": df, "p_value": p, "alpha": alpha,
            "significant": p < alpha}


def two_proportion_z_test(x1: int, n1: int, x2: int, n2: int, *, alpha: float = 0.05) -> dict[str, Any]:
    """z-test of p2 - p1 (pooled standard error), Wald CI of the difference."""
    name = "two-proportion z-test (two-sided)"
    if n1 < 2 or n2 < 2:
        rates = [x1 / n1 if n1 else None, x2 / n2 if n2 else None]
        return {"test": name, "n": [n1, n2], "means": rates, "difference": None, "ci": None, "statistic": None,
                "p_value": None, "alpha": alpha, "significant": False,
                "note": "needs at least 2 ratings in each variant"}
    p1, p2 = x1 / n1, x2 / n2
    pooled = (x1 + x2) / (n1 + n2)
    se0 = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    diff = p2 - p1
    if se0 == 0.0:
        z, p = 0.0, 1.0
    else:
        z = diff / se0
        p = 2.0 * (1.0 - _NORMAL.cdf(abs(z)))
    half = _NORMAL.inv_cdf(1 - alpha / 2) * math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
    return {"test": name, "n": [n1, n2], "means": [p1, p2], "difference": diff, "ci": [diff - half, diff + half],
            "statistic": z, "p_value": p, "alpha": alpha, "significant": p < alpha}


def mann_whitney_u(a: Sequence[float], b: Sequence[float], *, alpha: float = 0.05) -> dict[str, Any]:
    """Mann-Whitney U test (normal approximation with tie and continuity corrections)."""
    name = "Mann-Whitney U test (two-sided, normal approximation, tie-corrected)"
    if (few := _too_few(name, a, b, alpha)) is not None:
        return few
    n1, n2 = len(a), len(b)
    pooled = sorted([(x, 0) for x in a] + [(x, 1) for x in b])
    ranks = [0.0] * len(pooled)
    ties = 0.0
    i = 0
    while i < len(pooled):
        j = i
        while j + 1 < len(pooled) and pooled[j + 1][0] == pooled[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2.0 + 1.0
        size = j - i + 1
        ties += size**3 - size
        i = j + 1
    r1 = sum(r for r, (_, group) in zip(ranks, pooled, strict=True) if group == 0)
    u1 = r1 - n1 * (n1 + 1) / 2.0
    mu = n1 * n2 / 2.0
    n = n1 + n2
    sigma = math.sqrt(n1 * n2 / 12.0 * ((n + 1) - ties / (n * (n - 1))))
    if sigma == 0.0:
        z, p = 0.0, 1.0
    else:
        z = (u1 - mu - math.copysign(0.5, u1 - mu)) / sigma if u1 != mu else 0.0
        p = min(1.0, 2.0 * (1.0 - _NORMAL.cdf(abs(z))))
    welch = welch_t_test(a, b, alpha=alpha)
    return {"test": name, "n": [n1, n2], "means": welch["means"], "difference": welch["difference"],
            "ci": welch["ci"], "ci_method": "Welch t interval of the mean difference", "statistic": u1, "z": z,
            "p_value": p, "alpha": alpha, "significant": p < alpha}
