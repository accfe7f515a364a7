"""Text helpers every step shares: Unicode-aware words (Devanagari vowel signs and viramas
stay inside their word, which Python's ``re`` ``\\w`` does not do), scripts, normalisation."""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from collections import Counter
from functools import lru_cache

import regex

#: a word: letters with their combining marks (Devanagari matras, virama, nukta) and digits
WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*")
_SPACES = regex.compile(r"[^\S\n]+")
_BLANK_LINES = regex.compile(r"\n{3,}")
_CONTROL = regex.compile(r"[\p{Cc}\p{Cf}--[\n\t]]", flags=regex.V1)

SCRIPTS = ("Devanagari", "Latin", "Cyrillic", "Arabic", "Han", "Hiragana", "Katakana", "Hangul", "Bengali", "Tamil",
           "Telugu", "Gujarati", "Gurmukhi", "Kannada", "Malayalam", "Greek", "Hebrew", "Thai")
_SCRIPT_RE = {s: regex.compile(rf"\p{{Script={s}}}") for s in SCRIPTS}


def words(text: str) -> list[str]:
    """The words of ``text`` (Unicode letters + marks + digits)."""
    return WORD.findall(text)


def script_of(text: str, sample: int = 2000) -> str:
    """The script most letters of ``text`` are written in (``"Common"`` when it has none)."""
    counts: Counter[str] = Counter()
    for ch in text[:sample]:
        if not ch.isalpha() and unicodedata.category(ch)[0] != "M":
            continue
        for name, pat in _SCRIPT_RE.items():
            if pat.match(ch):
                counts[name] += 1
                break
        else:
            counts["Other"] += 1
    return counts.most_common(1)[0][0] if counts else "Common"


def normalize_unicode(text: str, form: str = "NFC", *, collapse_spaces: bool = True, strip_controls: bool = True) -> str:
    """Unicode normal form ``form``, invisible control/format characters removed (zero-width
    spaces, bidi controls), runs of spaces and tabs collapsed, 3+ newlines to 2, ends stripped."""
    out = unicodedata.normalize(form, text)
    if strip_controls:
        out = _CONTROL.sub("", out)
    if collapse_spaces:
        out = _SPACES.sub(" ", out)
        out = "\n".join(line.strip() for line in out.split("\n"))
        out = _BLANK_LINES.sub("\n\n", out)
    return out.strip()


@lru_cache(maxsize=1)
def _punct_table() -> dict[int, str]:
    """Every punctuation and symbol code point (Unicode categories P* and S*) → a space."""
    return {cp: " " for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp))[0] in "PS"}


def dedupe_key(text: str) -> str:
    """The normalised form exact dedupe compares: NFKC, case-folded, punctuation, symbols and
    whitespace collapsed to one space (words keep their combining marks)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(folded.translate(_punct_table()).split())


def dedupe_hash(text: str) -> bytes:
    return hashlib.blake2b(dedupe_key(text).encode(), digest_size=16).digest()
