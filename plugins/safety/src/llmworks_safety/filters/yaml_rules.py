"""Filters declared in YAML by project maintainers (``POST /api/safety/yaml-filters``), registered
at run time like the YAML metrics. A document holds one filter or several (``filters: [...]``)::

    filters:
      - name: ticket_ids               # lower-case letters, digits, _ ; the toggle key
        type: regex                    # RE2 syntax: linear time, no backtracking
        pattern: 'TCK-\\d{6}'
        ignore_case: true
        action: redact                 # allow | warn | redact | block (default block)
        label: "<TICKET>"              # replacement when redacted (default <NAME>)
        message: internal ticket ids are not shared
        stages: [input, output]        # default both
      - name: competitors
        type: keywords
        keywords: [acme corp, globex]
        whole_words: true              # default true
        action: block
        message: we do not discuss competitors

Patterns are compiled with RE2 (``google-re2``) under a memory cap: a pattern that would
backtrack catastrophically elsewhere runs in linear time here, and one whose automaton is too
large is refused when saved. Matching runs on the normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from llmworks_sdk import Invalid
from llmworks_sdk.expressions import compile_regex, load_yaml
from llmworks_sdk.safety import ACTIONS, STAGES, FilterContext, Finding

from llmworks_safety.filters.wordlists import WordMatcher, parse_pack

NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
MAX_FILTERS = 50
MAX_KEYWORDS = 5000
FIELDS = {
    "regex": {"pattern", "ignore_case"},
    "keywords": {"keywords", "whole_words", "case_sensitive"},
}
COMMON = {"name", "type", "action", "label", "message", "stages", "description"}


@dataclass
class YamlFilter:
    """One declared rule; satisfies :class:`llmworks_sdk.safety.SafetyFilter`."""

    name: str
    type: str
    spec: dict[str, Any]
    default_action: str = "block"
    message: str = ""
    label: str | None = None
    stages: tuple[str, ...] = STAGES
    description: str = ""
    default_threshold: float | None = None
    source: str = "yaml"
    cost: int = 1
    _regex: Any = field(default=None, repr=False)
    _matcher: WordMatcher | None = field(default=None, repr=False)
    _substrings: Any = field(default=None, repr=False)

    def available(self) -> tuple[bool, str]:
        return True, ""

    def compile(self, loc: list[Any]) -> None:
        if self.type == "regex":
            self._regex = compile_regex(self.spec["pattern"], ignore_case=bool(self.spec.get("ignore_case")),
                                        field=[*loc, "pattern"])
        else:
            kws = self.spec["keywords"]
            if self.spec.get("whole_words", True):
                self._matcher = WordMatcher([parse_pack({"name": "kw", "words": kws, "type": self.name.upper()},
                                                        source=f"filters[{loc[-1]}].keywords")])
            else:
                alternation = "|".join(re.escape(k) for k in kws)
                self._substrings = compile_regex(f"(?:{alternation})", ignore_case=not self.spec.get("case_sensitive"),
                                                 field=[*loc, "keywords"])

    def check(self, text: str, ctx: FilterContext) -> list[Finding]:
        norm = ctx.normalized
        spans: list[tuple[int, int]] = []
        if self._regex is not None:
            spans = [(m.start(), m.end()) for m in self._regex.finditer(norm.text) if m.end() > m.start()]
        elif self._substrings is not None:
            spans = [(m.start(), m.end()) for m in self._substrings.finditer(norm.text)]
        elif self._matcher is not None:
            spans = [(a, b) for a, b, _, _ in self._matcher.find(norm.text, self.name)]
        out = []
        for a, b in spans:
            start, end = norm.span(a, b)
            out.append(Finding(self.name, self.name.upper(), start, end, 1.0, f"yaml:{self.name}",
                               self.message or f"matches the rule '{self.name}'", label=self.label))
        return out

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "action": self.default_action, "message": self.message,
                "stages": list(self.stages), **self.spec}


def _check_type(value: Any, kind: type, loc: list[Any], errors: list[dict[str, Any]], what: str) -> bool:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        errors.append({"loc": loc, "msg": f"{what} must be a {kind.__name__}"})
        return False
    return True


def parse_document(text: str, *, reserved: set[str] | frozenset[str] = frozenset()) -> list[YamlFilter]:
    """The filters of a YAML document; raises ``Invalid`` with one error per problem."""
    data = load_yaml(text, field=("body", "yaml"))
    items: Any = data.get("filters") if isinstance(data, Mapping) and "filters" in data else [data]
    if not isinstance(items, list) or not items:
        raise Invalid("the YAML document must be a filter mapping or 'filters: [...]'", field=("body", "yaml"))
    if len(items) > MAX_FILTERS:
        raise Invalid(f"at most {MAX_FILTERS} filters per document (got {len(items)})", field=("body", "yaml", "filters"))
    errors: list[dict[str, Any]] = []
    out: list[YamlFilter] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        loc: list[Any] = ["body", "yaml", "filters", i]
        if not isinstance(item, Mapping):
            errors.append({"loc": loc, "msg": "each filter is a mapping with 'name' and 'type'"})
            continue
        name, kind = item.get("name"), item.get("type")
        if not isinstance(name, str) or not NAME.match(name):
            errors.append({"loc": [*loc, "name"], "msg": "name: lower-case letters, digits and _, starting with a letter"})
            continue
        if name in reserved or name in seen:
            errors.append({"loc": [*loc, "name"], "msg": f"the filter name '{name}' is already taken; choose another"})
            continue
        seen.add(name)
        if kind not in FIELDS:
            errors.append({"loc": [*loc, "type"], "msg": f"type must be one of {sorted(FIELDS)}"})
            continue
        unknown = set(item) - COMMON - FIELDS[kind]
        if unknown:
            errors.append({"loc": [*loc, sorted(unknown)[0]], "msg": f"unknown field(s) for type {kind}: {sorted(unknown)}"})
            continue
        action = item.get("action", "block")
        if action not in ACTIONS:
            errors.append({"loc": [*loc, "action"], "msg": f"action must be one of {list(ACTIONS)}"})
            continue
        stages = item.get("stages", list(STAGES))
        if not isinstance(stages, list) or not stages or any(s not in STAGES for s in stages):
            errors.append({"loc": [*loc, "stages"], "msg": "stages: a non-empty list of 'input' and 'output'"})
            continue
        spec: dict[str, Any] = {}
        if kind == "regex":
            if not _check_type(item.get("pattern"), str, [*loc, "pattern"], errors, "pattern"):
                continue
            spec = {"pattern": item["pattern"], "ignore_case": bool(item.get("ignore_case", False))}
        else:
            kws = item.get("keywords")
            if not isinstance(kws, list) or not kws or not all(isinstance(k, str) and k.strip() for k in kws):
                errors.append({"loc": [*loc, "keywords"], "msg": "keywords: a non-empty list of non-empty strings"})
                continue
            if len(kws) > MAX_KEYWORDS:
                errors.append({"loc": [*loc, "keywords"], "msg": f"at most {MAX_KEYWORDS} keywords"})
                continue
            spec = {"keywords": kws, "whole_words": bool(item.get("whole_words", True)),
                    "case_sensitive": bool(item.get("case_sensitive", False))}
        for key in ("label", "message", "description"):
            if key in item and not isinstance(item[key], str):
                errors.append({"loc": [*loc, key], "msg": f"{key} must be a string"})
        f = YamlFilter(name, kind, spec, action, str(item.get("message", "")), item.get("label"),
                       tuple(stages), str(item.get("description", "")))
        try:
            f.compile(loc)
        except Invalid as exc:
            errors.extend(exc.errors or [{"loc": loc, "msg": exc.detail}])
            continue
        out.append(f)
    if errors:
        raise Invalid(f"{errors[0]['msg']} ({len(errors)} problem(s) in the YAML)", errors=errors)
    return out
