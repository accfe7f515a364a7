"""Suites written in YAML: the built-in ones (``suites/*.yaml`` in this package) and a project's own
(``POST /api/plugins/responsible/suites``), parsed by the same loader.

    name: stereotype-pairs-en
    kind: stereotype_pairs            # or group_generation, toxicity_prompts
    language: en
    description: ...
    categories:
      gender:
        groups:                        # each group's terms, paired by position across groups
          women: [woman, girl, mother]
          men: [man, boy, father]
        templates:                     # pairs: the stereotyped group and the group it is contrasted with
          - {text: "The {group} was too emotional to lead.", stereotype: women, contrast: men}
        # group_generation: templates are prompts: ["The {group} worked as"]
    prompts:                           # toxicity_prompts only
      - {text: "He looked at me and said", category: insult}

Every ``{group}`` in a template is replaced by one term of a group; a pair's two sentences use
the terms at the same position of the two groups, so they differ only in the group term. Errors
name the place in the document (``categories.gender.templates[2].stereotype``) and what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from llmworks_sdk import Invalid
from llmworks_sdk.evalsuites import SUITE_KINDS, SuiteItem

NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
KEY = re.compile(r"^[\w][\w -]{0,62}$", re.UNICODE)
SLOT = "{group}"
MAX_YAML_BYTES = 256 * 1024
MAX_ITEMS = 5000
MAX_TEXT = 1000
BUILTIN_DIR = Path(__file__).parent / "suites"


class SuiteError(Invalid):
    """422 for a suite definition; ``errors`` carry the path inside the YAML document."""


@dataclass
class YamlSuite:
    name: str
    kind: str
    language: str
    description: str
    groups: dict[str, tuple[str, ...]]
    _items: list[SuiteItem] = field(default_factory=list, repr=False)
    source: str = "builtin"

    def items(self) -> list[SuiteItem]:
        return list(self._items)


def _fail(path: str, msg: str, loc: tuple[str, ...]) -> SuiteError:
    return SuiteError(f"{path}: {msg}", errors=[{"loc": [*loc, *path.replace("]", "").replace("[", ".").split(".")],
                                                 "msg": msg}])


def _text(value: Any, path: str, loc: tuple[str, ...]) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, "must be a non-empty string", loc)
    if len(value) > MAX_TEXT:
        raise _fail(path, f"is {len(value)} characters long; at most {MAX_TEXT}", loc)
    return value.strip()


def parse_suite(text: str, *, source: str = "project", loc: tuple[str, ...] = ("body", "yaml")) -> YamlSuite:
    """Parse and validate a YAML suite definition; ``SuiteError`` (422) says what to fix and where."""
    if len(text.encode()) > MAX_YAML_BYTES:
        raise SuiteError(f"the suite definition is over {MAX_YAML_BYTES // 1024} KiB; split it into several suites",
                         field=loc)
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SuiteError(f"not valid YAML: {exc}", field=loc) from None
    if not isinstance(doc, dict):
        raise SuiteError("a suite definition is a YAML mapping with name, kind, categories (or prompts)", field=loc)
    name = doc.get("name")
    if not isinstance(name, str) or not NAME.match(name):
        raise _fail("name", "must be lower-case letters, digits and dashes (at most 63), e.g. 'my-gender-pairs'", loc)
    kind = doc.get("kind")
    if kind not in SUITE_KINDS:
        raise _fail("kind", f"must be one of {', '.join(SUITE_KINDS)}; got {kind!r}", loc)
    language = str(doc.get("language") or "en")
    if not re.match(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", language):
        raise _fail("language", f"must be a language tag such as 'en' or 'hi'; got {language!r}", loc)
    description = str(doc.get("description") or "")[:2000]
    unknown = sorted(set(doc) - {"name", "kind", "language", "description", "categories", "prompts"})
    if unknown:
        raise _fail(unknown[0], "unknown key; a suite has name, kind, language, description, categories, prompts", loc)
    if kind == "toxicity_prompts":
        items, groups = _prompts(doc, loc)
    else:
        items, groups = _categories(doc, kind, loc)
    if not items:
        raise SuiteError("the suite has no items", field=loc)
    if len(items) > MAX_ITEMS:
        raise SuiteError(f"the suite expands to {len(items)} items; at most {MAX_ITEMS}", field=loc)
    return YamlSuite(name, kind, language, description, groups, items, source)


def _prompts(doc: Mapping[str, Any], loc: tuple[str, ...]) -> tuple[list[SuiteItem], dict[str, tuple[str, ...]]]:
    prompts = doc.get("prompts")
    if "categories" in doc:
        raise _fail("categories", "a toxicity_prompts suite lists 'prompts', not categories", loc)
    if not isinstance(prompts, list) or not prompts:
        raise _fail("prompts", "must be a non-empty list of {text, category}", loc)
    items, cats = [], {}
    for i, p in enumerate(prompts):
        entry = p if isinstance(p, dict) else {"text": p}
        text = _text(entry.get("text"), f"prompts[{i}].text", loc)
        category = str(entry.get("category") or "general")
        if not KEY.match(category):
            raise _fail(f"prompts[{i}].category", "must be a short name (letters, digits, spaces, dashes)", loc)
        cats.setdefault(category, (category,))
        items.append(SuiteItem(f"p{i}", category, category, text))
    return items, cats


def _categories(doc: Mapping[str, Any], kind: str, loc: tuple[str, ...]) -> tuple[list[SuiteItem], dict[str, tuple[str, ...]]]:
    cats = doc.get("categories")
    if "prompts" in doc:
        raise _fail("prompts", f"a {kind} suite has 'categories' with groups and templates, not prompts", loc)
    if not isinstance(cats, dict) or not cats:
        raise _fail("categories", "must map each category (gender, religion, ...) to its groups and templates", loc)
    items: list[SuiteItem] = []
    groups_out: dict[str, tuple[str, ...]] = {}
    for cat, body in cats.items():
        where = f"categories.{cat}"
        if not isinstance(cat, str) or not KEY.match(cat):
            raise _fail(where, "a category name is a short word (letters, digits, dashes)", loc)
        if not isinstance(body, dict):
            raise _fail(where, "must have 'groups' and 'templates'", loc)
        groups = body.get("groups")
        if not isinstance(groups, dict) or len(groups) < 2:
            raise _fail(f"{where}.groups", "must name at least two groups, each with its list of terms", loc)
        terms: dict[str, list[str]] = {}
        for g, ts in groups.items():
            gpath = f"{where}.groups.{g}"
            if not isinstance(g, str) or not KEY.match(g):
                raise _fail(gpath, "a group name is a short word", loc)
            if isinstance(ts, str):
                ts = [ts]
            if not isinstance(ts, list) or not ts:
                raise _fail(gpath, f"group '{g}' has no terms: list the words that name it, e.g. [woman, girl]", loc)
            terms[g] = [_text(t, f"{gpath}[{j}]", loc) for j, t in enumerate(ts)]
        templates = body.get("templates")
        if not isinstance(templates, list) or not templates:
            raise _fail(f"{where}.templates", "must be a non-empty list of templates with {group}", loc)
        groups_out[cat] = tuple(terms)
        for t_i, tpl in enumerate(templates):
            tpath = f"{where}.templates[{t_i}]"
            if kind == "stereotype_pairs":
                items.extend(_pairs(cat, tpl, terms, tpath, t_i, loc))
            else:
                text = _text(tpl.get("text") if isinstance(tpl, dict) else tpl, tpath, loc)
                if SLOT not in text:
                    raise _fail(tpath, f"a template needs the slot {SLOT} where the group term goes", loc)
                for g, ts in terms.items():
                    for j, term in enumerate(ts):
                        items.append(SuiteItem(f"{cat}-{t_i}-{g}-{j}", cat, g, text.replace(SLOT, term)))
    return items, groups_out


def _pairs(cat: str, tpl: Any, terms: dict[str, list[str]], tpath: str, t_i: int,
           loc: tuple[str, ...]) -> list[SuiteItem]:
    if not isinstance(tpl, dict):
        raise _fail(tpath, "a pair template is {text, stereotype, contrast}", loc)
    text = _text(tpl.get("text"), f"{tpath}.text", loc)
    if SLOT not in text:
        raise _fail(f"{tpath}.text", f"needs the slot {SLOT} where the group term goes", loc)
    out = []
    roles = {}
    for role in ("stereotype", "contrast"):
        g = tpl.get(role)
        if g not in terms:
            known = ", ".join(terms)
            raise _fail(f"{tpath}.{role}", f"names group {g!r}, which has no terms in categories.{cat}.groups "
                                            f"(groups: {known}); add its terms or fix the name", loc)
        roles[role] = g
    s, c = roles["stereotype"], roles["contrast"]
    if s == c:
        raise _fail(f"{tpath}.contrast", "must be another group than the stereotyped one", loc)
    if len(terms[s]) != len(terms[c]):
        raise _fail(f"categories.{cat}.groups.{c}", f"group '{c}' has {len(terms[c])} terms and '{s}' has "
                                                     f"{len(terms[s])}: pairs take the terms at the same position, "
                                                     "so give both groups the same number of terms (a missing group term?)", loc)
    for j, (ts, tc) in enumerate(zip(terms[s], terms[c], strict=True)):
        out.append(SuiteItem(f"{cat}-{t_i}-{j}", cat, s, text.replace(SLOT, ts), text.replace(SLOT, tc), c))
    return out


def builtin_suites() -> list[YamlSuite]:
    """The suites shipped with the plugin (generated from the templates in ``suites/*.yaml``)."""
    return [parse_suite(p.read_text(encoding="utf-8"), source="builtin", loc=("suite", p.name))
            for p in sorted(BUILTIN_DIR.glob("*.yaml"))]
