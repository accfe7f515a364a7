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
    # "ok" is too short to be English; "long" (one English sentence repeated 400 times) is English: the detector
    # reads each distinct sentence once (on 2,000 characters of the repeats lingua answers Dutch)
    assert removed(d) == {"hindi_1", "hindi_2", "french", "short"}
    for name in ("hindi_1", "hindi_2"):
        assert d[name].details["language"] == "hi" and "Devanagari" in d[name].reason
    assert d["french"].details["language"] == "fr"
    for name in ("en_fox", "near_a", "boilerplate", "pii", "toxic", "en_plain", "spaces", "long"):
        assert d[name].action == "keep", (name, d[name])
    tagged = curate("language_filter", keep=["en"], tag=True)
    assert tagged["long"].row["language"] == "en"
    # repeated lines and repeated sentences, English and Hindi: each judged as its distinct sentences
    rows = [{"text": "\n".join(["Please keep the door closed at all times."] * 300)},
            {"text": "It is raining today. " * 200 + "We stay at home."},
            {"text": "मुझे चाय पसंद है। " * 300}]
    assert [x.action for x in curate("language_filter", rows=rows, keep=["en"]).values()] == ["keep", "keep", "remove"]
    assert curate("language_filter", rows=rows[2:], keep=["hi"])[0].action == "keep"
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
    # the other rules, each triggered by a row made for it (and kept when the limit is moved past it)
    sentence = "The river runs to the sea and the farms grow wheat near it."
    rules = {
        "max_words": ({"text": sentence}, {"max_words": 5}),
        "mean_word_length": ({"text": "Incomprehensibilities notwithstanding, internationalisation characteristically "
                                      "overcomplicates electroencephalographically"}, {}),
        "alpha_words": ({"text": "the 12 34 56 78 the 90 11 22 the"}, {"max_digit_ratio": 1}),
        "duplicate_lines": ({"text": "\n".join([sentence, "Subscribe now to the letter.", "Subscribe now to the letter.",
                                                "Subscribe now to the letter."])}, {}),
    }
    for rule, (row, params) in rules.items():
        got = curate("quality", rows=[row], **params)[0]
        assert got.action == "remove" and got.rule == rule, (rule, got)
    assert curate("quality", rows=[{"text": sentence}])[0].action == "keep"
    assert curate("quality", rows=[rules["max_words"][0]], max_words=13)[0].action == "keep"
    mean = curate("quality", rows=[rules["mean_word_length"][0]])[0]
    assert "mean word length" in mean.reason and "outside [2.0, 12.0]" in mean.reason
    dup = curate("quality", rows=[rules["duplicate_lines"][0]])[0]
    assert dup.reason == "2 of 4 lines repeat an earlier line"
    assert curate("quality", rows=[rules["duplicate_lines"][0]], max_duplicate_line_fraction=0.5)[0].action == "keep"


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


@pytest.fixture
def without_safety(harness, monkeypatch):
    """The kernel as if llmworks-safety were not installed: no safety filter is registered."""
    real = harness.kernel.registry.get

    def get(bucket: str, name: str) -> Any:
        return None if bucket == "safety_filters" else real(bucket, name)

    monkeypatch.setattr(harness.kernel.registry, "get", get)


@pytest.mark.parametrize("step", ["pii", "toxicity"])
def test_pii_and_toxicity_without_the_safety_plugin(step, without_safety, harness, admin, project_id, noisy_version,
                                                    noisy_rows):
    from llmworks_curation.curators import Pii, Toxicity
    from llmworks_sdk import Unavailable

    want = f"step '{step}' uses the safety filter '{'pii' if step == 'pii' else 'offensive'}': install llmworks-safety"
    # validating a recipe: 503 naming the plugin to install
    with pytest.raises(Unavailable) as bad:
        parse_steps(harness.kernel, ["normalize", step], project_id=project_id)
    assert bad.value.status == 503 and bad.value.detail == want
    # a step already parsed (a saved recipe run after the plugin went away): the same
    obj = {"pii": Pii, "toxicity": Toxicity}[step]()
    ctx = Context(harness.kernel, project_id, None, logging.getLogger("test"))
    with pytest.raises(Unavailable) as gone:
        obj.curate(noisy_rows, obj.params_model(), ctx)
    assert gone.value.detail == want
    # through the API: a 503 problem naming llmworks-safety
    r = admin.post("/api/curation/preview", json={"dataset_version_id": noisy_version["id"], "steps": [step]})
    assert r.status_code == 503, r.text
    assert r.json()["detail"] == want and r.json()["status"] == 503


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
