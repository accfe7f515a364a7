"""Text normalisation before matching, with offsets that point back into the original text.

    n = normalize("p\u200bayp\u0430l")      # zero-width space stripped, Cyrillic 'а' folded to 'a'
    n.text                                 # 'paypal'
    n.span(0, 6)                           # (0, 8): the span in the original text

Steps, applied per character cluster (a base character and its combining marks):

1. zero-width and bidirectional control characters are dropped (ZWSP, ZWNJ, ZWJ, word joiner,
   BOM, soft hyphen, LRM/RLM, LRE..RLO, LRI..PDI, Mongolian vowel separator, invisible
   operators) — they are what tricks like ``f\u200buck`` use; a right-to-left override run
   (RLO ... PDF) is reversed first, into the order a reader sees (``\u202ekcuf\u202c``);
2. Unicode NFKC (full-width letters, ligatures, mathematical alphanumerics, circled letters);
3. homoglyph folding: Cyrillic, Greek, Armenian and Cherokee letters that look like Latin ones
   become those Latin letters, but only inside a word that also holds a Latin letter or is
   made only of look-alikes (a Russian or Greek word of real letters keeps them: "привет" is
   left alone, "pаypаl" with Cyrillic 'а' is folded). Devanagari is never folded.

``lower()`` is not applied: matchers decide about case. Each character of the normalised text
knows the original span it came from, so a finding on the normalised text maps back exactly.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

#: characters removed before matching (invisible or direction controls)
INVISIBLE = frozenset(
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180E, 0x3164, 0xFEFF, 0xFFA0]
    + list(range(0x200B, 0x2010))    # ZWSP, ZWNJ, ZWJ, LRM, RLM
    + list(range(0x202A, 0x202F))    # LRE, RLE, PDF, LRO, RLO
    + list(range(0x2060, 0x2070))    # word joiner, invisible operators, LRI..PDI, deprecated format chars
    + list(range(0xFE00, 0xFE10))    # variation selectors
)

RLO, PDF = "\u202e", "\u202c"

#: look-alikes of Latin letters (Unicode confusables restricted to letters used in words)
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "к": "k", "м": "m", "н": "h",
    "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t", "у": "y", "х": "x", "ԝ": "w", "ѡ": "w", "ӏ": "l",
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M", "О": "O",
    "Р": "P", "Ѕ": "S", "Т": "T", "У": "Y", "Х": "X", "Ү": "Y", "ё": "e", "ї": "i", "ԁ": "d", "ɡ": "g",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "υ": "u", "χ": "x", "ϲ": "c",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ϳ": "j",
    # Armenian, Cherokee, Latin extensions that render like ASCII letters
    "օ": "o", "ս": "u", "ց": "g", "հ": "h", "Ꭺ": "A", "Ᏼ": "B", "Ꮯ": "C", "Ꭼ": "E", "Ꮋ": "H", "Ꮶ": "K",
    "Ꮇ": "M", "Ꮲ": "P", "Ꮪ": "S", "Ꭲ": "T", "ı": "i", "ȷ": "j", "ʏ": "y", "ᴀ": "a", "ʙ": "b", "ᴄ": "c",
    "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n",
    "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z",
}


@dataclass(frozen=True)
class Normalized:
    """The normalised ``text`` of ``original``; ``starts[j]``/``ends[j]`` is the original span of
    normalised character ``j``."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    reordered: bool = False

    @property
    def identity(self) -> bool:
        return self.text == self.original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the normalised span ``[start, end)`` (an empty span maps to a point)."""
        if self.identity:
            return start, end
        n = len(self.text)
        if n == 0:
            return 0, 0
        start = max(0, start)
        if end <= start:
            pos = self.starts[start] if start < n else len(self.original)
            return pos, pos
        end = min(end, n)
        if self.reordered:  # a right-to-left override run was put in display order: offsets are not monotonic
            return min(self.starts[start:end]), max(self.ends[start:end])
        return self.starts[start], self.ends[end - 1]


def _is_latin_letter(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z")


def _clusters(text: str) -> list[tuple[int, int]]:
    """Spans of base characters with their following combining marks."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        spans.append((i, j))
        i = j
    return spans


def _fold_words(chars: list[str]) -> list[str]:
    """Fold look-alikes inside words that mix them with Latin letters or consist only of them."""
    out = list(chars)
    i, n = 0, len(chars)
    while i < n:
        if not chars[i].isalnum():
            i += 1
            continue
        j = i
        while j < n and chars[j].isalnum():
            j += 1
        word = chars[i:j]
        lookalike = [c in HOMOGLYPHS for c in word]
        if any(lookalike):
            latin = any(_is_latin_letter(c) for c in word)
            only = all(lookalike[k] or not word[k].isalpha() for k in range(len(word)))
            if latin or only:
                for k, c in enumerate(word):
                    if lookalike[k]:
                        out[i + k] = HOMOGLYPHS[c]
        i = j
    return out


def char_ranges(codepoints: Iterable[int]) -> str:
    """A regex character-class body matching exactly ``codepoints`` (ascending), as ranges."""
    out: list[str] = []
    start = prev = -2
    for cp in [*codepoints, -1]:
        if cp == prev + 1:
            prev = cp
            continue
        if start >= 0:
            out.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = cp
    return "".join(out)


@lru_cache(maxsize=1)
def _segments() -> re.Pattern[str]:
    """Group 1: a run of ASCII characters none of which is followed by a combining mark (each is a
    cluster of its own, and NFKC, the invisible set and the override controls leave it alone);
    otherwise one cluster as :func:`_clusters` makes them (built once, ~0.3 s)."""
    marks = char_ranges(cp for cp in range(sys.maxunicode + 1) if unicodedata.combining(chr(cp)))
    return re.compile(f"([\\x00-\\x7f]+)(?![{marks}])|.[{marks}]*", re.DOTALL)


_HOMOGLYPH_CHARS = frozenset(HOMOGLYPHS)


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching (see the module docstring); pure and thread-safe."""
    if text.isascii():
        return Normalized(text, text, (), ())
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    overrides: list[int] = []   # output positions where a right-to-left override (RLO) run starts
    runs: list[tuple[int, int]] = []
    for m in _segments().finditer(text):
        a, b = m.span()
        if m.lastindex:  # plain ASCII: copied as it is, each character its own span
            pieces += text[a:b]
            starts += range(a, b)
            ends += range(a + 1, b + 1)
            continue
        if text[a] == RLO:
            overrides.append(len(pieces))
        elif text[a] == PDF and overrides:
            runs.append((overrides.pop(), len(pieces)))
        cluster = "".join(c for c in text[a:b] if ord(c) not in INVISIBLE)
        if not cluster:
            continue
        folded = unicodedata.normalize("NFKC", cluster)
        for ch in folded:
            if ord(ch) in INVISIBLE:
                continue
            pieces.append(ch)
            starts.append(a)
            ends.append(b)
    for a in overrides:  # an override left open runs to the end of the text
        runs.append((a, len(pieces)))
    for a, b in runs:  # RLO shows its run reversed: match what a reader sees
        pieces[a:b], starts[a:b], ends[a:b] = pieces[a:b][::-1], starts[a:b][::-1], ends[a:b][::-1]
    if not _HOMOGLYPH_CHARS.isdisjoint(pieces):
        pieces = _fold_words(pieces)
    return Normalized(text, "".join(pieces), tuple(starts), tuple(ends), bool(runs))


#: digits and symbols used as letters ("sh1t", "@ss"); a 1:1 map so offsets are unchanged
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l"})
#: the same with 1 read as l ("bu11shit")
LEET_L = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l"})
LEET_CHARS = frozenset("013457@$!|")


def deleet(text: str) -> str:
    """Letters for digits/symbols used in their place (same length as ``text``)."""
    return text.translate(LEET)
