"""The built-in filters one by one, and the bad inputs of the issue (RE2, YAML bombs, 1 MB texts)."""

from __future__ import annotations

import time

import pytest
from llmworks_safety.filters.length import LengthFilter
from llmworks_safety.filters.offensive import OffensiveFilter
from llmworks_safety.filters.pii import PiiFilter
from llmworks_safety.filters.toxicity import ToxicityFilter
from llmworks_safety.filters.wordlists import WordMatcher, builtin_packs, parse_pack
from llmworks_safety.filters.yaml_rules import parse_document
from llmworks_safety.normalize import normalize
from llmworks_safety.pipeline import Active, run, scan
from llmworks_sdk import Invalid
from llmworks_sdk.expressions import load_yaml
from llmworks_sdk.safety import FilterContext, SafetyFilter


def ctx(text, stage="input", **options):
    return FilterContext(stage, normalize(text), options)


def test_builtin_filters_satisfy_the_protocol():
    for f in (OffensiveFilter(), PiiFilter(), LengthFilter(), ToxicityFilter()):
        assert isinstance(f, SafetyFilter)


def test_hindi_packs_cover_devanagari_and_romanised():
    m = WordMatcher(builtin_packs())
    for text in ("tum chutiya ho", "तुम चूतिया हो", "kutte ki aulad", "कुत्ते की औलाद", "tum CHUTIYE ho"):
        assert m.find(normalize(text).text, "offensive"), text
    for text in ("mera saala kal aa raha hai", "kutta bhaunk raha hai", "Scunthorpe", "assess the class"):
        assert not m.find(normalize(text).text, "offensive"), text


def test_offensive_redacts_words_with_offsets_in_the_original():
    text = "you are a f\u200bucking idiot, तुम चूतिया हो"
    result = run([Active(OffensiveFilter(), "redact", 0.8)], text, "output")
    assert result.action == "redact"
    spans = [text[f.finding.start:f.finding.end] for f in result.flagged]
    assert "f\u200bucking" in spans and "चूतिया" in spans
    assert "fuck" not in result.text.replace("\u200b", "") and "चूतिया" not in result.text


def test_pii_entities_and_redaction_keep_offsets():
    text = ("Mail priya.sharma@example.com, call +91 98765 43210, card 4111 1111 1111 1111, "
            "IBAN DE89370400440532013000, ip 10.1.2.3, Aadhaar 2345 6789 0124, PAN ABCPE1234F. Barack Obama agrees.")
    result = run([Active(PiiFilter(), "redact", 0.4)], text, "input")
    kinds = {f.finding.type for f in result.flagged}
    assert {"EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP", "AADHAAR", "PAN", "PERSON"} <= kinds
    for f in result.flagged:
        assert text[f.finding.start:f.finding.end].strip() == text[f.finding.start:f.finding.end]
    for value in ("priya.sharma@example.com", "98765 43210", "4111 1111 1111 1111", "DE89370400440532013000",
                  "10.1.2.3", "2345 6789 0124", "ABCPE1234F", "Barack Obama"):
        assert value not in result.text
    assert result.text.startswith("Mail <EMAIL>, call <PHONE>, card <CREDIT_CARD>, IBAN <IBAN>, ip <IP>")


def test_pii_through_zero_width_characters():
    text = "write to p\u200briya@exa\u200bmple.com now"
    [f] = [x.finding for x in scan([Active(PiiFilter(), "redact", 0.4)], text, "input")[0]]
    assert f.type == "EMAIL" and text[f.start:f.end] == "p\u200briya@exa\u200bmple.com"


def test_samples_in_the_log_never_hold_a_value():
    text = "a@example.com and b@example.com"
    result = run([Active(PiiFilter(), "redact", 0.4)], text, "input")
    for f in result.public()["findings"]:
        assert "@example.com" not in f["sample"]


def test_length_limits_in_chars_and_tokens():
    f = LengthFilter()
    [c] = f.check("x" * 120, FilterContext("input", normalize("x" * 120), {"max_input_chars": 100}))
    assert (c.start, c.end, c.rule) == (100, 120, "max_input_chars")
    count = lambda s: len(s.split())  # noqa: E731
    text = "one two three four five six"
    [t] = f.check(text, FilterContext("input", normalize(text), {"max_input_tokens": 4}, count))
    assert text[:t.start].split() == ["one", "two", "three", "four"] and t.rule == "max_input_tokens"
    assert f.check("short", FilterContext("output", normalize("short"), {"max_input_chars": 1})) == []


def test_detoxify_reports_absent_weights():
    ok, reason = ToxicityFilter().available()
    assert not ok and ("weights are absent" in reason or "not installed" in reason)
    flagged, runs = scan([Active(ToxicityFilter(), "warn", 0.7)], "hello", "input")
    assert flagged == [] and runs[0].status == "unavailable" and runs[0].reason == reason


def test_a_failing_filter_blocks():
    class Broken:
        name, description, stages, default_action, default_threshold = "broken", "", ("input",), "warn", None

        def available(self):
            return True, ""

        def check(self, text, ctx):
            raise RuntimeError("boom")

    result = run([Active(Broken(), "warn")], "text", "input")
    assert result.action == "block" and result.runs[0].status == "error"


# ------------------------------------------------------------------ YAML filters
DOC = """
filters:
  - name: ticket_ids
    type: regex
    pattern: 'TCK-\\d{6}'
    ignore_case: true
    action: redact
    label: "<TICKET>"
  - name: competitors
    type: keywords
    keywords: [acme corp, globex]
    action: block
    message: we do not discuss competitors
"""


def test_yaml_filters_regex_and_keywords():
    filters = {f.name: f for f in parse_document(DOC)}
    active = [Active(f, f.default_action) for f in filters.values()]
    r = run(active, "see tck-123456 and TCK-654321", "output")
    assert r.text == "see <TICKET> and <TICKET>"
    r = run(active, "we beat Acme\u200b Corp", "input")
    assert r.action == "block" and r.blocking[0].finding.message == "we do not discuss competitors"


def test_catastrophic_regex_runs_in_linear_time():
    [f] = parse_document("name: evil\ntype: regex\npattern: '(a+)+$'\n")
    text = "a" * 100_000 + "!"
    start = time.perf_counter()
    f.check(text, ctx(text))
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(("doc", "message"), [
    ("name: huge\ntype: regex\npattern: '((a{1000}){1000}){1000}'\n", "bad regular expression"),
    ("name: backref\ntype: regex\npattern: '(a)\\1'\n", "bad regular expression"),
    ("name: x\ntype: regex\n", "pattern must be"),
    ("name: Bad Name\ntype: regex\npattern: a\n", "name:"),
    ("name: x\ntype: magic\n", "type must be"),
    ("name: x\ntype: keywords\nkeywords: []\n", "keywords"),
    ("name: pii\ntype: regex\npattern: a\n", "already taken"),
    ("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n", "aliases"),
    ("[" * 200 + "]" * 200, ""),
])
def test_bad_yaml_filters_are_422(doc, message):
    with pytest.raises(Invalid) as exc:
        parse_document(doc, reserved={"pii"})
    assert message in exc.value.detail or any(message in e["msg"] for e in exc.value.errors)


def test_yaml_bomb_is_refused_quickly():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]")
    start = time.perf_counter()
    with pytest.raises(Invalid, match="aliases"):
        load_yaml("\n".join(lines))
    assert time.perf_counter() - start < 1.0


def test_word_pack_validation():
    with pytest.raises(Invalid, match="words"):
        parse_pack({"name": "x", "words": "nope"})
    pack = parse_pack({"name": "x", "words": ["foo*", "bar baz"]})
    assert pack.prefixes == {"foo"} and pack.phrases == {2: {"bar baz"}}


def test_one_megabyte_text_is_filtered_in_bounded_time():
    text = ("The quick brown fox jumps over the lazy dog. " * 23000)[:1_000_000]
    active = [Active(OffensiveFilter(), "block", 0.8), Active(LengthFilter(), "block", options={"max_input_chars": 100_000})]
    start = time.perf_counter()
    r = run(active, text, "input")
    assert r.action == "block" and r.blocking[0].finding.rule == "max_input_chars"
    assert time.perf_counter() - start < 30
