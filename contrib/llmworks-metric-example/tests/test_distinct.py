from __future__ import annotations

import pytest
from llmworks_metric_example import plugin
from llmworks_metric_example.distinct import DistinctN, ngrams
from llmworks_sdk import Metric


def test_the_plugin_registers_distinct_1_and_2() -> None:
    got: list = []
    plugin.register_metrics(got.append)
    assert [m.name for m in got] == ["distinct_1", "distinct_2"]
    for m in got:
        assert isinstance(m, Metric) and m.kind == "text" and m.higher_is_better


def test_values_by_hand() -> None:
    preds = ["the cat the cat", "A dog", ""]
    # unigrams: the, cat, the, cat, a, dog -> 4 distinct of 6
    r1 = DistinctN(1).compute(preds, ["", "", ""])
    assert r1.score == pytest.approx(4 / 6)
    assert r1.per_example == pytest.approx([2 / 4, 1.0, 0.0])
    # bigrams: (the cat) (cat the) (the cat) (a dog) -> 3 distinct of 4
    r2 = DistinctN(2).compute(preds, ["", "", ""])
    assert r2.score == pytest.approx(3 / 4)
    assert r2.per_example == pytest.approx([2 / 3, 1.0, 0.0])
    assert r2.details == {"ngrams": 4, "unique": 3}
    assert ngrams("x", 2) == []
    with pytest.raises(ValueError):
        DistinctN(0)
