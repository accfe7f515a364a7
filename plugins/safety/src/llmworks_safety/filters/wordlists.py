"""Word lists as YAML packs (one language each), matched word by word on the normalised text.

A pack::

    name: hi                         # pack name: the finding's rule is "wordlist:hi"
    language: hi
    description: Hindi (Devanagari and romanised) abuse
    type: PROFANITY                  # finding type (default PROFANITY)
    words:                           # one entry per word or phrase; a trailing * matches any ending
      - chutiya
      - madarchod*
      - "चूतिया"
      - "बहन चोद"                      # phrases: words separated by single spaces

Matching is case-insensitive, on whole words of the normalised text (zero-width characters,
homoglyphs and full-width forms already folded), also with common digit/symbol substitutions
undone ("sh1t", "@ss") and with letters spelled out with separators joined ("f.u.c.k",
"f u c k"). The work per text is linear: a dictionary lookup per word and per phrase window.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from llmworks_sdk import Invalid
from llmworks_sdk.safety import Finding

from llmworks_safety.normalize import LEET, LEET_CHARS, LEET_L, char_ranges

PACKS_DIR = Path(__file__).resolve().parent.parent / "packs"
MAX_WORDS = 20_000
MAX_PHRASE_WORDS = 4


def _is_word_char(ch: str) -> bool:
    if ch.isalnum() or ch in "_@$":
        return True
    cat = unicodedata.category(ch)
    return cat.startswith("M")  # Devanagari vowel signs and viramas belong to their word


@lru_cache(maxsize=1)
def word_run() -> re.Pattern[str]:
    """A run of :func:`_is_word_char` characters: ``\\w`` is ``str.isalnum()`` plus ``_``, and the
    combining marks (categories M*) are listed as ranges (built once, ~0.4 s). One C-level scan
    instead of a Python call per character."""
    marks = (cp for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp)).startswith("M"))
    return re.compile("[\\w@$" + char_ranges(marks) + "]+")


def words_of(text: str) -> list[tuple[int, int]]:
    """Spans of the words of ``text`` (letters, digits, combining marks, and the leet symbols @ $)."""
    return [m.span() for m in word_run().finditer(text)]


MAX_SPELLED = 24


def _spelled_out(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Every stretch of 3+ consecutive one-letter words of a run of them separated by one or two
    non-letters ("f.u.c.k", "f u c k"; in "a f u c k" the stretch "f u c k" is tried too)."""
    run: list[tuple[int, int]] = []
    for s in [*spans, (-1, -1)]:
        single = s[1] - s[0] == 1
        if single and run and s[0] - run[-1][1] <= 2 and len(run) < MAX_SPELLED:
            run.append(s)
            continue
        if len(run) >= 3:
            for i in range(len(run) - 2):
                for j in range(i + 3, len(run) + 1):
                    yield run[i][0], run[j - 1][1], "".join(text[a:b] for a, b in run[i:j])
        run = [s] if single else []


@dataclass
class WordPack:
    name: str
    language: str = ""
    description: str = ""
    type: str = "PROFANITY"
    exact: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    phrases: dict[int, set[str]] = field(default_factory=dict)   # word count -> phrases

    @property
    def size(self) -> int:
        return len(self.exact) + len(self.prefixes) + sum(len(p) for p in self.phrases.values())


def _key(word: str) -> str:
    from llmworks_safety.normalize import normalize

    return normalize(word).text.casefold()


def parse_pack(data: Mapping[str, Any], *, source: str = "pack") -> WordPack:
    """A :class:`WordPack` from a parsed YAML mapping; raises ``Invalid`` naming the problem."""
    if not isinstance(data, Mapping):
        raise Invalid(f"{source}: a word pack is a mapping with 'name' and 'words'")
    name = data.get("name")
    words = data.get("words")
    if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_-]{0,62}", name):
        raise Invalid(f"{source}: 'name' must be lower-case letters, digits, '-' or '_' (got {name!r})")
    if not isinstance(words, list) or not words:
        raise Invalid(f"{source}: 'words' must be a non-empty list of strings")
    if len(words) > MAX_WORDS:
        raise Invalid(f"{source}: at most {MAX_WORDS} words per pack (got {len(words)})")
    pack = WordPack(name, str(data.get("language", "")), str(data.get("description", "")),
                    str(data.get("type", "PROFANITY")).upper())
    for i, w in enumerate(words):
        if not isinstance(w, str) or not w.strip() or len(w) > 200:
            raise Invalid(f"{source}: words[{i}] must be a non-empty string of at most 200 characters")
        prefix = w.endswith("*")
        key = _key(w.rstrip("*").strip())
        parts = key.split()
        if not parts:
            raise Invalid(f"{source}: words[{i}] has no letters")
        if len(parts) > MAX_PHRASE_WORDS:
            raise Invalid(f"{source}: words[{i}]: phrases have at most {MAX_PHRASE_WORDS} words")
        if len(parts) > 1:
            pack.phrases.setdefault(len(parts), set()).add(" ".join(parts))
        elif prefix:
            pack.prefixes.add(parts[0])
        else:
            pack.exact.add(parts[0])
    return pack


def load_pack_file(path: Path) -> WordPack:
    from llmworks_sdk.expressions import load_yaml

    return parse_pack(load_yaml(path.read_text(encoding="utf-8"), max_nodes=100_000), source=path.name)


def builtin_packs() -> list[WordPack]:
    return [load_pack_file(p) for p in sorted(PACKS_DIR.glob("*.yaml"))]


class WordMatcher:
    """All packs in one lookup structure; :meth:`find` returns findings on the normalised text."""

    def __init__(self, packs: Iterable[WordPack]) -> None:
        self.packs = list(packs)
        self.exact: dict[str, WordPack] = {}
        self.prefixes: dict[str, WordPack] = {}
        self.phrases: dict[int, dict[str, WordPack]] = {}
        for p in self.packs:
            for w in p.exact:
                self.exact.setdefault(w, p)
            for w in p.prefixes:
                self.prefixes.setdefault(w, p)
            for n, phrases in p.phrases.items():
                for ph in phrases:
                    self.phrases.setdefault(n, {}).setdefault(ph, p)
        self.prefix_lengths = sorted({len(w) for w in self.prefixes})
        #: per phrase length, the first words of the phrases (and of their leet forms: a window is only
        #: joined and looked up when its first word, or that word with digits/symbols undone, is one)
        self.phrase_starts: dict[int, frozenset[str]] = {n: frozenset(ph.split(" ", 1)[0] for ph in table)
                                                          for n, table in self.phrases.items()}

    def _lookup(self, word: str) -> tuple[WordPack, str] | None:
        candidates = (word,) if LEET_CHARS.isdisjoint(word) else (word, word.translate(LEET), word.translate(LEET_L))
        for candidate in candidates:
            hit = self.exact.get(candidate)
            if hit is not None:
                return hit, candidate
            for n in self.prefix_lengths:
                if n > len(candidate):
                    break
                hit = self.prefixes.get(candidate[:n])
                if hit is not None:
                    return hit, candidate[:n] + "*"
        return None

    def find(self, text: str, filter_name: str) -> list[tuple[int, int, WordPack, str]]:
        """``(start, end, pack, matched entry)`` in the coordinates of ``text``."""
        folded = text.lower()
        if len(folded) != len(text):  # 'İ' lowers to two characters: keep offsets 1:1
            folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        spans = words_of(folded)
        hits: list[tuple[int, int, WordPack, str]] = []
        for a, b in spans:
            found = self._lookup(folded[a:b])
            if found:
                hits.append((a, b, found[0], found[1]))
        for a, b, joined in _spelled_out(folded, spans):
            found = self._lookup(joined)
            if found:
                hits.append((a, b, found[0], found[1]))
        for n, table in self.phrases.items():
            starts = self.phrase_starts[n]
            for i in range(len(spans) - n + 1):
                first = folded[spans[i][0]:spans[i][1]]
                if first not in starts and (LEET_CHARS.isdisjoint(first) or first.translate(LEET) not in starts):
                    continue
                window = spans[i:i + n]
                phrase = " ".join(folded[a:b] for a, b in window)
                hit = table.get(phrase) or table.get(phrase.translate(LEET))
                if hit is not None:
                    hits.append((window[0][0], window[-1][1], hit, phrase))
        return hits

    def findings(self, norm: Any, filter_name: str) -> list[Finding]:
        out = []
        for a, b, pack, _entry in self.find(norm.text, filter_name):
            start, end = norm.span(a, b)
            out.append(Finding(filter_name, pack.type, start, end, 1.0, f"wordlist:{pack.name}",
                               f"matches the {pack.language or pack.name} word list"))
        return out
