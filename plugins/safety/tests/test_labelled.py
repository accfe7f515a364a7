"""Precision and recall floors on the labelled set (see the plugin README for the figures and why
these floors)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("safety_labelled", Path(__file__).with_name("labelled.py"))
labelled = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(labelled)
evaluate, rows = labelled.evaluate, labelled.rows

FLOOR = 0.95
TRICKS_RECALL_FLOOR = 0.90


@pytest.fixture(scope="module")
def results():
    return evaluate()


def test_the_set_is_large_and_mixed():
    data = rows()
    assert len(data) >= 200
    assert {r["lang"] for r in data} == {"en", "hi"}
    assert sum(r["pii"] for r in data) >= 50 and sum(r["offensive"] for r in data) >= 50
    assert sum(not r["pii"] and not r["offensive"] for r in data) >= 50
    assert len({r["trick"] for r in data}) >= 8


@pytest.mark.parametrize("name", ["pii", "offensive"])
def test_floors(results, name):
    by = results["filters"][name]
    for part in ("all", "en", "hi"):
        assert by[part]["precision"] >= FLOOR, (name, part, by[part], by["errors"])
        assert by[part]["recall"] >= FLOOR, (name, part, by[part], by["errors"])
    assert by["tricks"]["recall"] >= TRICKS_RECALL_FLOOR, (name, by["tricks"], by["errors"])
