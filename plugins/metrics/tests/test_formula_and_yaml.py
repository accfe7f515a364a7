"""Formulas are evaluated safely; YAML documents are validated with errors that say what to fix."""

from __future__ import annotations

import math

import pytest
from llmworks_metrics.formula import FormulaError, parse_formula
from llmworks_metrics.service import compute_metrics, resolve
from llmworks_metrics.text import text_metrics
from llmworks_metrics.yaml_metrics import YamlMetric, check_references, parse_document
from llmworks_sdk import Invalid, MetricResult


def test_formula_arithmetic_and_functions() -> None:
    f = parse_formula("0.5 * bleu / 100 + 0.5 * max(rougeL, 0.2) - abs(-1) ** 2 + sqrt(4) % 3")
    assert f.names == {"bleu", "rougeL"}
    assert f({"bleu": 40.0, "rougeL": 0.1}) == pytest.approx(0.2 + 0.1 - 1 + 2)
    assert math.isnan(parse_formula("a / b")({"a": 1.0, "b": 0.0}))
    assert math.isnan(parse_formula("exp(x)")({"x": 1e6}))  # overflow -> NaN, not an exception
    assert math.isnan(parse_formula("x + 1")({"x": None}))


@pytest.mark.parametrize("text, message", [
    ("__import__('os').system('id')", "unknown function"),
    ("bleu.__class__", "Attribute is not allowed"),
    ("[1, 2]", "List is not allowed"),
    ("'a' + 'b'", "only numbers"),
    ("lambda: 1", "Lambda is not allowed"),
    ("bleu if rouge1 else 0", "IfExp is not allowed"),
    ("bleu < 3", "Compare is not allowed"),
    ("max()", "one or more"),
    ("sqrt(x=1)", "positional"),
    ("1 +", "not a valid expression"),
    ("", "empty"),
    ("x" * 600, "at most 500"),
])
def test_formula_whitelist_rejects_everything_else(text: str, message: str) -> None:
    with pytest.raises(FormulaError, match=message):
        parse_formula(text)


def test_yaml_document_is_parsed_and_normalised() -> None:
    specs = parse_document("""
metrics:
  - name: cites
    type: regex_match_rate
    pattern: '\\[\\d+\\]'
  - name: covers
    type: keyword_coverage
    keywords: [refund, sorry]
  - name: longer
    type: length_ratio
  - name: combo
    type: formula
    formula: 0.5 * cites + 0.5 * covers
""")
    assert [s["name"] for s in specs] == ["cites", "covers", "longer", "combo"]
    assert specs[0]["field"] == "prediction" and specs[0]["ignore_case"] is False
    assert specs[2]["unit"] == "words" and specs[2]["higher_is_better"] is False
    assert specs[3]["requires"] == ["cites", "covers"]
    single = parse_document("name: one\ntype: regex_match_rate\npattern: x\n")
    assert single[0]["name"] == "one"


@pytest.mark.parametrize("text, loc, message", [
    ("metrics: [", ["body", "yaml"], "does not parse at line"),
    ("- 1\n- 2", ["body", "yaml"], "must be a mapping"),
    ("name: x\ntype: histogram\n", ["body", "yaml", "metrics", 0, "type"], "unknown type 'histogram'"),
    ("name: x\ntype: regex_match_rate\npattern: '(unclosed'\n", ["body", "yaml", "metrics", 0, "pattern"], "bad regular expression"),
    ("name: x\ntype: regex_match_rate\n", ["body", "yaml", "metrics", 0, "pattern"], "'pattern' is required"),
    ("name: Bad-Name\ntype: length_ratio\n", ["body", "yaml", "metrics", 0, "name"], "lower-case"),
    ("name: x\ntype: length_ratio\nunit: lines\n", ["body", "yaml", "metrics", 0, "unit"], "'words' or 'chars'"),
    ("name: x\ntype: keyword_coverage\nkeywords: []\n", ["body", "yaml", "metrics", 0, "keywords"], "non-empty list"),
    ("name: x\ntype: formula\nformula: open('f')\n", ["body", "yaml", "metrics", 0, "formula"], "unknown function"),
    ("name: x\ntype: length_ratio\ncolour: red\n", ["body", "yaml", "metrics", 0, "colour"], "unknown field"),
    ("metrics:\n  - {name: a, type: length_ratio}\n  - {name: a, type: length_ratio}\n",
     ["body", "yaml", "metrics", 1, "name"], "declared twice"),
])
def test_bad_documents_say_what_to_fix(text: str, loc: list, message: str) -> None:
    with pytest.raises(Invalid) as info:
        parse_document(text)
    assert message in info.value.detail or any(message in e["msg"] for e in info.value.errors)
    assert any(e["loc"] == loc for e in info.value.errors), info.value.errors


def test_unknown_metric_in_formula_and_cycles_are_refused() -> None:
    specs = parse_document("name: q\ntype: formula\nformula: bleu + nope\n")
    with pytest.raises(Invalid, match=r"unknown metric\(s\) \['nope'\]"):
        check_references(specs, ["bleu", "q"], {})
    a = parse_document("metrics:\n  - {name: a, type: formula, formula: b + 1}\n  - {name: b, type: formula, formula: a * 2}\n")
    with pytest.raises(Invalid, match="cycle: a -> b -> a"):
        check_references(a, ["a", "b"], {})
    # a cycle through a formula already stored in the project
    c = parse_document("name: c\ntype: formula\nformula: d\n")
    with pytest.raises(Invalid, match="cycle"):
        check_references(c, ["c", "d"], {"d": ["c"]})
    check_references(c, ["c", "d"], {"d": ["bleu"]})


def test_yaml_metrics_compute_per_example_and_formulas_combine_them() -> None:
    metrics = {m.name: m for m in text_metrics()}
    for spec in parse_document("""
metrics:
  - {name: cites, type: regex_match_rate, pattern: '\\[\\d+\\]'}
  - {name: covers, type: keyword_coverage, keywords: [Refund, sorry]}
  - {name: ratio, type: length_ratio, unit: words}
  - {name: combo, type: formula, formula: 0.5 * cites + 0.5 * covers}
"""):
        metrics[spec["name"]] = YamlMetric(spec)
    preds = ["sorry, a refund is on its way [1]", "no", "refunds are sorry things"]
    refs = ["we are sorry", "yes indeed", "x y"]
    assert resolve(metrics, ["combo"]) == ["cites", "covers", "combo"]
    out = compute_metrics(metrics, ["combo", "ratio"], preds, refs)
    assert out["cites"].per_example == [1.0, 0.0, 0.0]
    assert out["covers"].per_example == [1.0, 0.0, 0.5]  # whole words: "refunds" is not "refund"
    assert out["combo"].per_example == pytest.approx([1.0, 0.0, 0.25])
    assert out["combo"].score == pytest.approx(0.5 * (1 / 3) + 0.5 * 0.5)
    assert out["ratio"].per_example == pytest.approx([8 / 3, 0.5, 2.0])


def test_resolve_and_compute_errors() -> None:
    metrics = {m.name: m for m in text_metrics()}
    with pytest.raises(Invalid, match="unknown metric"):
        resolve(metrics, ["bleu", "zzz"])

    class Broken:
        name, kind, higher_is_better, description = "broken", "text", True, ""

        def compute(self, predictions, references, **kw):
            raise ZeroDivisionError("oops")

    class WrongLength(Broken):
        name = "short"

        def compute(self, predictions, references, **kw):
            return MetricResult(1.0, [1.0])

    metrics.update(broken=Broken(), short=WrongLength())
    with pytest.raises(Invalid, match="metric broken failed: ZeroDivisionError: oops"):
        compute_metrics(metrics, ["broken"], ["a"], ["b"])
    with pytest.raises(ValueError, match="1 per-example scores for 2 examples"):
        compute_metrics(metrics, ["short"], ["a", "b"], ["a", "b"])
