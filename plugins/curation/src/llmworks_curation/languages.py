"""Language identification (lingua, offline) and per-language word lists.

The detector tells apart :data:`DEFAULT_LANGUAGES` (a common set without languages that
share a script and most vocabulary with a more common one: Marathi and Nepali are left out
because short Hindi text is otherwise often read as Marathi). Pass ``languages`` to a step
to choose others. Text with no letters is ``"und"``.

The detector reads a bounded sample of each text's *distinct* sentences (:func:`detection_sample`):
a row that repeats one sentence many times is judged on that sentence once. Lingua judges texts
of 120 characters or more on trigrams alone, and a short English sentence repeated 400 times
otherwise reads as Dutch.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache

import regex
from llmworks_sdk import Invalid
from llmworks_sdk.services import LanguageGuess

from llmworks_curation.text import dedupe_key, script_of, words

#: characters of a text the detector reads (after de-duplication) and of the text it scans for them
SAMPLE_CHARS = 2000
SCAN_CHARS = 20_000
_SENTENCE_END = regex.compile(r"(?<=[.!?।॥。！？])\s+|\n+")

DEFAULT_LANGUAGES: tuple[str, ...] = ("en", "hi", "fr", "de", "es", "pt", "it", "nl", "ru", "ar", "zh", "ja", "ko",
                                      "bn", "ta", "te", "ur", "tr", "pl", "id")
_lock = threading.Lock()

#: short stop-word lists: a real sentence of the language has some (Gopher's stop-word rule)
STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the be to of and that have with this from they will would there their what about which when "
                    "is are was were it in on for as at by an a or not".split()),
    "hi": frozenset("का के की है हैं में और को से पर यह वह था थे थी भी नहीं एक लिए तो ही कि जो हो".split()),
    "fr": frozenset("le la les de des du un une et est en que qui dans pour pas sur au avec il elle".split()),
    "es": frozenset("el la los las de del un una y es en que por para con no se su al lo".split()),
    "de": frozenset("der die das und ist nicht ein eine zu den mit von auf für sich dem des im".split()),
    "pt": frozenset("o a os as de do da um uma e é em que para com não se por".split()),
    "it": frozenset("il lo la i gli le di del un una e è in che per con non si".split()),
}


@lru_cache(maxsize=8)
def _detector(codes: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    langs = [IsoCode639_1.from_str(c) for c in codes]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*langs).build()


def check_codes(codes: Iterable[str], loc: Sequence[str | int] = ("body", "languages"), min_count: int = 2) -> tuple[str, ...]:
    """``codes`` as a sorted tuple of ISO 639-1 codes lingua knows (422 naming an unknown one)."""
    from lingua import IsoCode639_1

    out = []
    for c in codes:
        code = str(c).strip().lower()
        try:
            IsoCode639_1.from_str(code)
        except (ValueError, KeyError):
            raise Invalid(f"unknown language code '{c}': use ISO 639-1 codes such as en, hi, fr", field=tuple(loc)) from None
        out.append(code)
    if len(set(out)) < min_count:
        raise Invalid("name at least two languages for the detector to tell apart", field=tuple(loc))
    return tuple(sorted(set(out)))


def _period(items: Sequence[str]) -> int:
    """The shortest ``p`` with ``items[i] == items[i + p]`` for every ``i`` (KMP failure function):
    ``len(items)`` when the sequence does not repeat itself."""
    fail = [0] * len(items)
    k = 0
    for i in range(1, len(items)):
        while k and items[i] != items[k]:
            k = fail[k - 1]
        if items[i] == items[k]:
            k += 1
        fail[i] = k
    return len(items) - fail[-1] if items else 0


def detection_sample(text: str, limit: int = SAMPLE_CHARS) -> str:
    """What the detector reads of ``text``: its distinct sentences and lines in order (each once,
    compared case-folded without punctuation), a sentence that is one phrase repeated cut to one
    copy of the phrase, at most ``limit`` characters."""
    out: list[str] = []
    seen: set[str] = set()
    size = 0
    for part in _SENTENCE_END.split(text[:SCAN_CHARS]):
        ws = part.split()
        if not ws:
            continue
        p = _period([w.casefold() for w in ws])
        if p <= len(ws) // 2:
            ws = ws[:p]
        sentence = " ".join(ws)
        key = dedupe_key(sentence)
        if key in seen:
            continue
        seen.add(key)
        out.append(sentence)
        size += len(sentence) + 1
        if size >= limit:
            break
    return "\n".join(out)[:limit]


class Detector:
    """The :class:`~llmworks_sdk.services.LanguageIdentifier` (lingua, offline)."""

    def __init__(self, codes: Sequence[str] = DEFAULT_LANGUAGES) -> None:
        self.codes = tuple(sorted(codes))

    def languages(self) -> list[str]:
        return list(self.codes)

    def detect(self, texts: Sequence[str]) -> list[LanguageGuess]:
        with _lock:
            det = _detector(self.codes)
        out = []
        for text in texts:
            sample = detection_sample(text)
            script = script_of(sample)
            if not words(sample) or script == "Common":
                out.append(LanguageGuess("und", "Undetermined", script, 0.0))
                continue
            values = det.compute_language_confidence_values(sample)
            if not values or values[0].value <= 0:
                out.append(LanguageGuess("und", "Undetermined", script, 0.0))
                continue
            top = values[0]
            out.append(LanguageGuess(top.language.iso_code_639_1.name.lower(), top.language.name.title(), script,
                                     round(float(top.value), 4)))
        return out


def detector(codes: Sequence[str] | None = None) -> Detector:
    return Detector(codes or DEFAULT_LANGUAGES)
