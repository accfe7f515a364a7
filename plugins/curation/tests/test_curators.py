"""Each curator on the noisy dataset: what it removes or changes, and what it keeps, row by row."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from llmworks_curation.recipes import Context, parse_steps

pytestmark = pytest.mark.slow  # a real kernel, jobs in child processes, lingua and Presidio models

@pytest.fixture(scope="module")
def ALL(noisy) -> set[str]:
    return set(noisy.NAMES)


@pytest.fixture(scope="module")
def curate(harness, project_id, noisy_rows, noisy):
    NAMES = noisy.NAMES
    def run(step: str, rows: list[dict[str, Any]] | None = None, **params: Any) -> dict[str, Any]:
        (s,) = parse_steps(harness.kernel, [{"step": step, "params": params}], project_id=project_id)
        ctx = Context(harness.kernel, project_id, None, logging.getLogger("test"))
        decisions = s.obj.curate(rows or noisy_rows, s.params, ctx)
        assert len(decisions) == len(rows or noisy_rows)
        return {NAMES[i] if rows is None else i: d for i, d in enumerate(decisions)}

    return run


def removed(decisions: dict[Any, Any]) -> set[Any]:
    return {k for k, d in decisions.items() if d.action == "remove"}


def changed(decisions: dict[Any, Any]) -> set[Any]:
    return {k for k, d in decisions.items() if d.action == "change"}


def test_exact_dedupe(curate, noisy):
    idx = noisy.idx
    d = curate("exact_dedupe")
    assert removed(d) == {"exact_dup"}
    assert d["exact_dup"].details["duplicate_of"] == idx("en_fox")
    assert "exact duplicate of row 0" in d["exact_dup"].reason
    assert not changed(d)


def test_near_dedupe(curate, noisy):
    idx = noisy.idx
    d = curate("near_dedupe")
    assert removed(d) == {"near_b", "exact_dup"}  # the exact duplicate is also a near one
    assert d["near_b"].details["duplicate_of"] == idx("near_a")
    assert d["near_b"].rule == "near_duplicate" and "near-duplicate of row 2" in d["near_b"].reason
    strict = curate("near_dedupe", threshold=0.95, verify=True)
    assert "near_b" not in removed(strict)


def test_language_filter(curate):
    d = curate("language_filter", keep=["en"])
    # "ok" is too short to be English, and one sentence repeated 400 times reads as Dutch to the detector
    assert removed(d) == {"hindi_1", "hindi_2", "french", "short", "long"}
    for name in ("hindi_1", "hindi_2"):
        assert d[name].details["language"] == "hi" and "Devanagari" in d[name].reason
    assert d["french"].details["language"] == "fr"
    for name in ("en_fox", "near_a", "boilerplate", "pii", "toxic", "en_plain", "spaces"):
        assert d[name].action == "keep", (name, d[name])
    hi = curate("language_filter", keep=["hi"], tag=True)
    assert changed(hi) == {"hindi_1", "hindi_2"}
    assert hi["hindi_1"].row["language"] == "hi"
    assert {"en_fox", "french", "en_plain"} <= removed(hi)


def test_quality(curate, ALL):
    d = curate("quality")
    assert d["short"].rule == "min_words"
    assert d["long"].rule == "repeated_ngram"
    assert d["digits"].rule == "digit_ratio"
    assert d["symbols"].rule == "symbol_ratio"
    assert d["lorem"].rule == "stop_words"  # Latin placeholder text: no English stop word
    assert removed(d) == {"short", "long", "digits", "symbols", "lorem"}
    keep = ALL - removed(d)
    assert {"hindi_1", "hindi_2", "en_fox", "french", "en_plain"} <= keep  # Devanagari words are whole words
    assert curate("quality", rows=[{"text": "मौसम आज बहुत अच्छा है"}])[0].action == "keep"
    # stop words: a list of nouns is not running text
    nouns = curate("quality", rows=[{"text": "apple banana cherry grape melon peach plum kiwi lemon mango"}])[0]
    assert nouns.rule == "stop_words"


def test_boilerplate(curate):
    d = curate("boilerplate")
    assert removed(d) == {"lorem"}
    assert changed(d) == {"boilerplate"}
    new = d["boilerplate"].row["text"]
    assert "cookie" not in new and new.startswith("Knead the dough") and new.endswith("hot oven.")
    assert "boilerplate: cookie policy" in d["boilerplate"].reason


def test_length_in_tokens(curate):
    d = curate("length", unit="tokens", model="base:llmworks-demo-tiny", min=3, max=400)
    assert removed(d) == {"short", "long"}
    assert d["short"].rule == "too_short" and d["long"].rule == "too_long"
    words = curate("length", unit="words", min=2, max=500)
    assert removed(words) == {"short", "long"}
    assert words["long"].details["length"] == 2000 and words["short"].details["length"] == 1


def test_pii_through_the_safety_filter(curate):
    d = curate("pii")
    assert changed(d) == {"pii"}
    assert "john.doe@example.com" not in d["pii"].row["text"]
    assert d["pii"].row["text"].startswith("Please write to <") and d["pii"].row["text"].endswith("garden chairs.")
    assert not removed(d)
    assert removed(curate("pii", action="remove")) == {"pii"}


def test_toxicity_through_the_safety_filter(curate):
    d = curate("toxicity")
    assert removed(d) == {"toxic"}
    assert "offensive" in d["toxic"].reason


def test_normalize(curate):
    d = curate("normalize")
    assert changed(d) == {"spaces"}
    assert d["spaces"].row["text"] == "Hello world, this text has messy spacing in it."
    nfc = curate("normalize", rows=[{"text": "हिंदी"}, {"text": "cafe\u0301 ok"}])
    assert nfc[0].action == "keep" and nfc[1].row["text"] == "café ok"


def test_regex(curate, ALL):
    d = curate("regex", pattern=r"\d{4} \d{4}")
    assert removed(d) == {"digits"}
    keep = curate("regex", pattern=r"\p{Devanagari}", action="keep_matching")
    assert ALL - removed(keep) == {"hindi_1", "hindi_2"}
    rep = curate("regex", pattern=r"[\w.]+@[\w.]+", action="replace", replacement="<mail>")
    assert changed(rep) == {"pii"} and "<mail>" in rep["pii"].row["text"]


def test_every_row_has_a_known_fate(noisy):
    assert len(noisy.NOISY) == len(set(noisy.NAMES))
