"""Agreement figures against the krippendorff package, statsmodels and hand computations on
fixed annotation tables; a noisy annotator is flagged."""

from __future__ import annotations

import math
import random

import krippendorff
import numpy as np
import pytest
from llmworks_feedback.agreement import (
    Answer,
    annotator_quality,
    fleiss_kappa,
    krippendorff_alpha,
    pairwise_agreement,
)

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the example with missing data
TABLE = [
    [None, None, None, None, None, 3, 4, 1, 2, 1, 1, 3, 3, None, 3],
    [1, None, 2, 1, 3, 3, 4, 3, None, None, None, None, None, None, None],
    [None, None, 2, 1, 3, 4, 4, None, 2, 1, 1, 3, 3, None, 4],
]


def table_answers(table):
    return [Answer(f"a{r}", f"i{c}", v) for r, row in enumerate(table) for c, v in enumerate(row) if v is not None]


def test_alpha_equals_the_package_and_the_published_figures():
    answers = table_answers(TABLE)
    data = np.array([[np.nan if v is None else v for v in row] for row in TABLE], dtype=float)
    for level in ("nominal", "ordinal", "interval"):
        assert krippendorff_alpha(answers, level) == pytest.approx(krippendorff.alpha(reliability_data=data, level_of_measurement=level))
    assert krippendorff_alpha(answers, "nominal") == pytest.approx(0.691, abs=1e-3)  # published value
    assert krippendorff_alpha(answers, "interval") == pytest.approx(0.811, abs=1e-3)


def test_two_raters_three_items_by_hand():
    # rater A: 1 1 2, rater B: 1 2 2. Coincidences o11=2, o12=o21=1, o22=2, n=6, n1=n2=3:
    # Do = 2/6, De = 2*3*3/(6*5) = 0.6, alpha = 1 - (1/3)/0.6 = 4/9.
    answers = [Answer("A", 1, "x"), Answer("A", 2, "x"), Answer("A", 3, "y"),
               Answer("B", 1, "x"), Answer("B", 2, "y"), Answer("B", 3, "y")]
    assert krippendorff_alpha(answers, "nominal") == pytest.approx(4 / 9)
    # Fleiss: P_i = 1, 0, 1 -> P = 2/3; p_x = p_y = 1/2 -> Pe = 1/2; kappa = (2/3 - 1/2) / (1/2) = 1/3
    k = fleiss_kappa(answers)
    assert k.kappa == pytest.approx(1 / 3) and k.items == 3 and k.raters_per_item == 2
    assert pairwise_agreement(answers) == pytest.approx(2 / 3)


def test_undefined_figures_are_none():
    same = [Answer("A", 1, 3), Answer("B", 1, 3)]
    assert krippendorff_alpha(same) is None
    assert fleiss_kappa(same).kappa is None
    assert pairwise_agreement([Answer("A", 1, 3)]) is None


def test_noisy_annotator_is_flagged_and_gold_accuracy_counted():
    rng = random.Random(0)
    truth = {i: rng.choice("AB") for i in range(40)}
    gold = {i: truth[i] for i in range(5)}
    answers = []
    for who in ("ann", "bob", "cat", "dan"):
        for i, t in truth.items():
            answers.append(Answer(who, i, t if rng.random() > 0.05 else ("A" if t == "B" else "B"), seconds=3.0))
    answers += [Answer("noisy", i, rng.choice("AB"), seconds=0.5) for i in truth]
    quality = {q.annotator: q for q in annotator_quality(answers, gold)}
    assert quality["noisy"].outlier, quality["noisy"]
    assert not any(quality[w].outlier for w in ("ann", "bob", "cat", "dan"))
    assert quality["ann"].gold_items == 5 and quality["ann"].items == 40
    assert quality["noisy"].median_seconds == 0.5
    alpha = krippendorff_alpha(answers, "nominal")
    assert alpha is not None and 0.3 < alpha < 1 and not math.isnan(alpha)
