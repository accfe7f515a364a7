"""Metrics declared in YAML and registered at run time (``POST /api/metrics/yaml``).

A document holds one metric (a mapping) or several (``metrics: [...]``)::

    metrics:
      - name: cites_a_source          # lower-case letters, digits, _ ; unique in the project
        type: regex_match_rate        # share of predictions matching ``pattern``
        pattern: '\\[\\d+\\]'
        ignore_case: false
      - name: mentions_keywords
        type: keyword_coverage        # share of ``keywords`` found in each prediction
        keywords: [refund, apology]
        case_sensitive: false
      - name: length_vs_reference
        type: length_ratio            # len(prediction) / len(reference), in words or chars
        unit: words
      - name: quality
        type: formula                 # arithmetic over other metrics (see formula.py)
        formula: 0.5 * bleu / 100 + 0.5 * rougeL

Every metric may set ``description`` and ``higher_is_better``. Parsing uses the SDK's
bounded YAML loader (no aliases, node and depth caps); patterns are RE2 expressions
(linear-time matching, compile size capped: ``llmworks_sdk.expressions``), checked when the
document is saved and again when the metric is built. One computation of the metrics has one
time budget (``LLMWORKS_METRIC_TIMEOUT_SECONDS``) shared by all predictions.
:func:`parse_document` returns the specs or raises ``Invalid`` with one error per problem,
each located at ``["body", "yaml", "metrics", i, field]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from llmworks_sdk import Invalid, MetricResult
from llmworks_sdk.expressions import Deadline, compile_regex, load_yaml

from llmworks_metrics.base import BaseMetric, check_pairs, mean
from llmworks_metrics.formula import FormulaError, parse_formula

NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
MAX_DOCUMENT = 64 * 1024
MAX_METRICS = 50

TYPES: dict[str, dict[str, Any]] = {
    # type: {field: (python type, required, default)}
    "regex_match_rate": {"pattern": (str, True, None), "ignore_case": (bool, False, False),
                         "field": (str, False, "prediction")},
    "keyword_coverage": {"keywords": (list, True, None), "case_sensitive": (bool, False, False),
                         "whole_words": (bool, False, True)},
    "length_ratio": {"unit": (str, False, "words")},
    "formula": {"formula": (str, True, None)},
}
COMMON = {"name": (str, True, None), "type": (str, True, None), "description": (str, False, ""),
          "higher_is_better": (bool, False, None)}


def _loc(i: int, field: str | None = None) -> list[Any]:
    return ["body", "yaml", "metrics", i] + ([field] if field else [])


def _load(text: str) -> list[Any]:
    doc = load_yaml(text, field=("body", "yaml"), max_bytes=MAX_DOCUMENT)
    if isinstance(doc, Mapping) and "metrics" in doc:
        items = doc["metrics"]
        if not isinstance(items, list) or not items:
            raise Invalid("'metrics' must be a non-empty list of metric mappings", field=("body", "yaml", "metrics"))
    elif isinstance(doc, Mapping):
        items = [doc]
    else:
        raise Invalid("the YAML must be a mapping with 'name' and 'type', or a mapping with a 'metrics' list",
                      field=("body", "yaml"))
    if len(items) > MAX_METRICS:
        raise Invalid(f"the document declares {len(items)} metrics; at most {MAX_METRICS}", field=("body", "yaml", "metrics"))
    return items


def _check_fields(i: int, item: Mapping[str, Any], fields: dict[str, tuple[type, bool, Any]], errors: list[dict[str, Any]],
                  spec: dict[str, Any]) -> None:
    for field, (typ, required, default) in fields.items():
        if field not in item or item[field] is None:
            if required:
                errors.append({"loc": _loc(i, field), "msg": f"'{field}' is required for this metric"})
            elif default is not None:
                spec[field] = default
            continue
        value = item[field]
        if typ is bool and not isinstance(value, bool) or typ is not bool and not isinstance(value, typ):
            errors.append({"loc": _loc(i, field), "msg": f"'{field}' must be a {typ.__name__}, got {type(value).__name__}"})
            continue
        spec[field] = value


def _check_type_specific(i: int, spec: dict[str, Any], errors: list[dict[str, Any]]) -> None:
    kind = spec["type"]
    if kind == "regex_match_rate" and "pattern" in spec:
        try:
            compile_regex(spec["pattern"], ignore_case=bool(spec.get("ignore_case")), field=_loc(i, "pattern"))
        except Invalid as exc:
            errors.extend(exc.errors)
        if spec.get("field") not in ("prediction", "reference"):
            errors.append({"loc": _loc(i, "field"), "msg": "'field' must be 'prediction' or 'reference'"})
    elif kind == "keyword_coverage" and "keywords" in spec:
        kws = spec["keywords"]
        if not kws or not all(isinstance(k, str) and k.strip() for k in kws):
            errors.append({"loc": _loc(i, "keywords"), "msg": "'keywords' must be a non-empty list of non-empty strings"})
        elif len(kws) > 500:
            errors.append({"loc": _loc(i, "keywords"), "msg": "at most 500 keywords"})
        elif any(len(k) > 200 for k in kws):
            errors.append({"loc": _loc(i, "keywords"), "msg": "each keyword has at most 200 characters"})
    elif kind == "length_ratio" and spec.get("unit") not in ("words", "chars"):
        errors.append({"loc": _loc(i, "unit"), "msg": "'unit' must be 'words' or 'chars'"})
    elif kind == "formula" and "formula" in spec:
        try:
            spec["requires"] = sorted(parse_formula(spec["formula"]).names)
        except FormulaError as exc:
            errors.append({"loc": _loc(i, "formula"), "msg": str(exc)})


def parse_document(text: str) -> list[dict[str, Any]]:
    """Validate a YAML document and return one normalised spec per metric (no cross-metric checks:
    see :func:`check_references`)."""
    items = _load(text)
    errors: list[dict[str, Any]] = []
    specs: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            errors.append({"loc": _loc(i), "msg": "each metric must be a mapping with at least 'name' and 'type'"})
            continue
        spec: dict[str, Any] = {}
        _check_fields(i, item, COMMON, errors, spec)
        name, kind = spec.get("name"), spec.get("type")
        if isinstance(name, str) and not NAME.match(name):
            errors.append({"loc": _loc(i, "name"), "msg": f"name {name!r} must be lower-case letters, digits and _ "
                                                           "(starting with a letter, at most 63 characters)"})
        elif isinstance(name, str):
            if name in seen:
                errors.append({"loc": _loc(i, "name"), "msg": f"'{name}' is declared twice in this document"})
            seen.add(name)
        if kind is not None and kind not in TYPES:
            errors.append({"loc": _loc(i, "type"), "msg": f"unknown type {kind!r}; use one of {', '.join(TYPES)}"})
            continue
        if kind is None:
            continue
        unknown = sorted(set(item) - set(COMMON) - set(TYPES[kind]))
        if unknown:
            errors.append({"loc": _loc(i, unknown[0]), "msg": f"unknown field(s) {unknown} for type {kind}; allowed: "
                                                             f"{sorted(set(COMMON) | set(TYPES[kind]))}"})
        _check_fields(i, item, TYPES[kind], errors, spec)
        _check_type_specific(i, spec, errors)
        if spec.get("higher_is_better") is None:
            spec["higher_is_better"] = kind != "length_ratio"
        specs.append(spec)
    if errors:
        first = errors[0]
        where = ".".join(str(p) for p in first["loc"][2:])
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise Invalid(f"{where}: {first['msg']}{more}", errors=errors)
    return specs


def check_references(specs: Iterable[dict[str, Any]], known: Iterable[str], existing: Mapping[str, Iterable[str]]) -> None:
    """Formula metrics may only use known metrics and must not form a cycle.

    ``known``: every metric name available (plugins, the project's YAML metrics, this document).
    ``existing``: formula dependencies already stored (name → required names) that this
    document does not replace.
    """
    specs = list(specs)
    known = set(known)
    graph: dict[str, set[str]] = {n: set(d) for n, d in existing.items()}
    errors: list[dict[str, Any]] = []
    for i, spec in enumerate(specs):
        graph.pop(spec["name"], None)
        if spec["type"] != "formula":
            continue
        missing = [n for n in spec.get("requires", []) if n not in known]
        if missing:
            errors.append({"loc": _loc(i, "formula"), "msg": f"unknown metric(s) {missing} in the formula; known metrics: "
                                                             f"{', '.join(sorted(known))}"})
        graph[spec["name"]] = set(spec.get("requires", []))
    for i, spec in enumerate(specs):
        cycle = _cycle_from(spec["name"], graph)
        if cycle:
            errors.append({"loc": _loc(i, "formula" if spec["type"] == "formula" else "name"),
                           "msg": f"formulas form a cycle: {' -> '.join(cycle)}; a formula cannot depend on itself"})
            break
    if errors:
        raise Invalid(errors[0]["msg"] + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""), errors=errors)


def _cycle_from(start: str, graph: Mapping[str, set[str]]) -> list[str] | None:
    path: list[str] = []
    on_path: set[str] = set()
    done: set[str] = set()

    def visit(node: str) -> list[str] | None:
        if node in on_path:
            return path[path.index(node):] + [node]
        if node in done:
            return None
        path.append(node)
        on_path.add(node)
        for nxt in sorted(graph.get(node, ())):
            found = visit(nxt)
            if found:
                return found
        path.pop()
        on_path.discard(node)
        done.add(node)
        return None

    return visit(start)


# ------------------------------------------------------------------------------ metrics
class YamlMetric(BaseMetric):
    """A metric built from a validated spec; ``source`` is "yaml"."""

    source = "yaml"

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = dict(spec)
        self.name = spec["name"]
        self.type = spec["type"]
        self.higher_is_better = bool(spec.get("higher_is_better", True))
        self.description = spec.get("description") or _default_description(spec)
        self.requires = tuple(spec.get("requires", ()))
        if self.type == "formula":
            self.formula = parse_formula(spec["formula"])
        self._patterns: list[Any] = []
        if self.type == "regex_match_rate":
            self._patterns = [compile_regex(spec["pattern"], ignore_case=bool(spec.get("ignore_case")))]
        elif self.type == "keyword_coverage" and spec.get("whole_words", True):
            import re2

            fold = not spec.get("case_sensitive")
            self._patterns = [compile_regex(_WORD_EDGE_L + re2.escape(kw) + _WORD_EDGE_R, ignore_case=fold)
                              for kw in spec["keywords"]]

    def compute(self, predictions: list[str], references: list[str], **kwargs: Any) -> MetricResult:
        if self.type == "formula":
            return self._formula(kwargs.get("results") or {})
        check_pairs(self.name, predictions, references)
        deadline = kwargs.get("deadline") or Deadline(None, f"computing metric {self.name}")
        per = []
        for p, r in zip(predictions, references, strict=True):
            deadline.check()
            per.append(self._one(p, r))
        finite = [x for x in per if x == x]
        return MetricResult(mean(finite), per, {"scored": len(finite)})

    def _one(self, prediction: str, reference: str) -> float:
        s = self.spec
        if self.type == "regex_match_rate":
            text = prediction if s.get("field", "prediction") == "prediction" else reference
            return float(self._patterns[0].search(text) is not None)
        if self.type == "keyword_coverage":
            if s.get("whole_words", True):
                found = sum(p.search(prediction) is not None for p in self._patterns)
            else:
                text = prediction if s.get("case_sensitive") else prediction.lower()
                found = sum((kw if s.get("case_sensitive") else kw.lower()) in text for kw in s["keywords"])
            return found / len(s["keywords"])
        # length_ratio
        unit = s.get("unit", "words")
        ref_len = len(reference.split()) if unit == "words" else len(reference)
        pred_len = len(prediction.split()) if unit == "words" else len(prediction)
        return pred_len / ref_len if ref_len else float("nan")

    def _formula(self, results: Mapping[str, MetricResult]) -> MetricResult:
        missing = [n for n in self.requires if n not in results]
        if missing:
            raise Invalid(f"formula metric {self.name} needs the results of {missing}")
        score = self.formula({n: results[n].score for n in self.requires})
        per_lists = [results[n].per_example for n in self.requires]
        per = None
        if self.requires and all(p is not None for p in per_lists):
            n = len(per_lists[0])  # type: ignore[arg-type]
            if all(len(p) == n for p in per_lists):  # type: ignore[arg-type]
                per = [self.formula({name: pl[i] for name, pl in zip(self.requires, per_lists, strict=True)})  # type: ignore[index]
                       for i in range(n)]
        return MetricResult(score, per, {"formula": self.formula.text})


_WORD_EDGE_L = r"(?:^|[^\pL\pN\pM_])"  # RE2 has no look-behind: a keyword must not touch word characters
_WORD_EDGE_R = r"(?:[^\pL\pN\pM_]|$)"


def _default_description(spec: Mapping[str, Any]) -> str:
    t = spec["type"]
    if t == "regex_match_rate":
        return f"Share of {spec.get('field', 'prediction')}s matching /{spec['pattern']}/"
    if t == "keyword_coverage":
        return f"Share of the keywords {spec['keywords'][:5]} found in each prediction"
    if t == "length_ratio":
        return f"Prediction length / reference length ({spec.get('unit', 'words')})"
    return f"Formula: {spec['formula']}"
