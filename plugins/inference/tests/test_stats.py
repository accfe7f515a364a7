"""The significance tests against closed forms and published values."""

from __future__ import annotations

import math
import random

import pytest
from llmworks_inference import stats


def test_t_distribution_matches_closed_forms():
    # df=1 is Cauchy: P(|T| > 1) = 1/2; df=2: P(|T| > t) = 1 - t / sqrt(2 + t^2)
    assert stats.t_two_sided_p(1.0, 1) == pytest.approx(0.5, abs=1e-12)
    for t in (0.3, 1.0, 2.5, 7.0):
        assert stats.t_two_sided_p(t, 2) == pytest.approx(1 - t / math.sqrt(2 + t * t), abs=1e-12)
    assert stats.t_two_sided_p(2.0, 10) == pytest.approx(0.0733880348, abs=1e-9)
    assert stats.t_quantile(0.975, 10) == pytest.approx(2.228138852, abs=1e-8)
    assert stats.t_quantile(0.975, 1e9) == pytest.approx(1.959963985, abs=1e-6)


def test_welch_t_test():
    r = stats.welch_t_test([1, 2, 3, 4, 5], [2, 4, 6, 8, 10])
    # Welch-Satterthwaite df = (2.5/5 + 10/5)^2 / ((0.5^2)/4 + (2^2)/4) = 6.25 / 1.0625
    assert r["df"] == pytest.approx(6.25 / 1.0625)
    assert r["statistic"] == pytest.approx(3 / math.sqrt(2.5))
    assert r["p_value"] == pytest.approx(stats.t_two_sided_p(3 / math.sqrt(2.5), 6.25 / 1.0625))
    assert r["ci"][0] < r["difference"] == 3.0 < r["ci"][1]
    assert r["significant"] is False and r["n"] == [5, 5]
    few = stats.welch_t_test([1.0], [2.0, 3.0])
    assert few["p_value"] is None and "at least 2" in few["note"]


def test_welch_detects_a_real_difference_and_not_a_null_one():
    rng = random.Random(1)
    a = [rng.gauss(100, 10) for _ in range(200)]
    b = [rng.gauss(110, 10) for _ in range(200)]
    c = [rng.gauss(100, 10) for _ in range(200)]
    assert stats.welch_t_test(a, b)["p_value"] < 1e-6
    assert stats.welch_t_test(a, c)["p_value"] > 0.05


def test_two_proportion_z_test():
    r = stats.two_proportion_z_test(30, 100, 45, 100)
    pooled = 75 / 200
    z = 0.15 / math.sqrt(pooled * (1 - pooled) * (2 / 100))
    assert r["statistic"] == pytest.approx(z)
    assert r["p_value"] == pytest.approx(math.erfc(z / math.sqrt(2)))
    assert r["significant"] is True


def test_mann_whitney_against_the_exact_permutation_distribution():
    a = [1, 2, 2, 3, 3, 3, 4, 2, 1, 3]
    b = [3, 4, 4, 5, 5, 3, 4, 5, 2, 4]
    r = stats.mann_whitney_u(a, b)
    # U from its definition: pairs (x in a, y in b) with x > y, ties counted 1/2
    u = sum((x > y) + 0.5 * (x == y) for x in a for y in b)
    assert r["statistic"] == pytest.approx(u)
    # Monte-Carlo permutation p-value of |U - mean| is close to the normal approximation
    rng = random.Random(0)
    pooled = a + b
    mean = len(a) * len(b) / 2
    extreme = 0
    trials = 4000
    for _ in range(trials):
        rng.shuffle(pooled)
        pa, pb = pooled[:10], pooled[10:]
        up = sum((x > y) + 0.5 * (x == y) for x in pa for y in pb)
        extreme += abs(up - mean) >= abs(u - mean)
    assert r["p_value"] == pytest.approx(extreme / trials, abs=0.01)
    assert r["significant"] is True


def test_describe():
    d = stats.describe([2.0, 4.0, 6.0])
    assert d["mean"] == 4.0 and d["sd"] == 2.0
    half = stats.t_quantile(0.975, 2) * 2.0 / math.sqrt(3)
    assert d["ci"] == pytest.approx([4.0 - half, 4.0 + half])
    assert stats.describe([])["mean"] is None
