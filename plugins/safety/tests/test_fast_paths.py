"""The faster paths of the filters give what the libraries give: the profanity model as one matrix
product, Presidio's phone recogniser only around digits, spaCy's NER only on the sentences that
can hold a kept (capitalised) name."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
from llmworks_safety.filters import pii
from llmworks_safety.filters.offensive import FastProfanity, profanity_model

_spec = importlib.util.spec_from_file_location("safety_labelled", Path(__file__).with_name("labelled.py"))
labelled = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(labelled)
TEXTS = [r["text"] for r in labelled.rows()]
EXTRA = ["call （２１２） ５５５－０１８７ now", "order A12345678B shipped", "v1.2.3.4567890 released", "ph:+44 20 7946 0958.",
         "call me at 555-0187 or 415 555 0187x12", "IP 10.0.0.125 and card 4111 1111 1111 1111", "tel9876543210abc"]


def test_fast_profanity_scores_like_the_library():
    import profanity_check

    model = profanity_model()
    assert isinstance(model, FastProfanity)
    words = [w for t in TEXTS for w in t.split()][:500]
    texts = TEXTS + words + ["", "   "]
    assert np.max(np.abs(model.predict_prob(texts) - profanity_check.predict_prob(texts))) < 1e-9


def test_phone_numbers_are_found_as_by_presidio_alone():
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    stock, windowed = PhoneRecognizer(supported_language="en"), pii._phone_recognizer()
    key = lambda rs: sorted((r.start, r.end, r.score) for r in rs)  # noqa: E731
    with_digits = [t for t in TEXTS if any(c.isdigit() for c in t)]   # no digit: no window, nothing to compare
    assert not windowed.analyze("no numbers at all here", ["PHONE_NUMBER"])
    for text in with_digits + EXTRA + [" ".join(with_digits[i:i + 9]) for i in range(0, 45, 9)]:
        assert key(windowed.analyze(text, ["PHONE_NUMBER"])) == key(stock.analyze(text, ["PHONE_NUMBER"])), text


def test_ner_reads_only_sentences_with_a_capitalised_word():
    text = "mera naam rahul hai. I met Emma Watson. She said hi! तुम कहाँ हो। ok bye\nAnd Priya too"
    parts = [text[a:b].strip() for a, b in pii.ner_segments(text)]
    assert parts == ["I met Emma Watson.", "And Priya too"]      # "She said hi!": only a stop word opens it
    assert pii.ner_segments("all lower case, no names here. 12345.") == []
    assert pii.ner_segments("She is an assistant professor. The sky is blue.") == []
    assert [(a, b) for a, b in pii.ner_segments("Priya called. Then Water boils.")] == [(0, 31)]


@pytest.mark.parametrize("text", ["I met Emma Watson at the airport. mera naam rahul hai. Call Priya Sharma on +91 98765 43210.",
                                  "Dr. Anil Kumar wrote to j.doe@example.com; tum kahan ho? Ask Maria."])
def test_segmented_ner_keeps_the_names_of_the_whole_text_pass(text):
    a = pii.analyzer()
    nlp = a.nlp_engine.nlp["en"]
    whole = {(e.start_char, e.end_char) for e in nlp(text).ents if e.label_ == "PERSON" and pii._looks_like_name(e.text)}
    found = {(r.start, r.end) for r in a.analyze(text=text, language="en", entities=["PERSON"])
             if pii._looks_like_name(text[r.start:r.end])}
    assert whole and found == whole


# ---------------------------------------------------------------- exact rewrites of hot loops
def _fuzz(alphabet: str, n: int, seed: int, longest: int = 40) -> list[str]:
    import random

    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest))) for _ in range(n)]


def test_word_runs_are_the_word_characters_one_by_one():
    import sys

    from llmworks_safety.filters.wordlists import _is_word_char, word_run, words_of

    pat = word_run()
    assert [cp for cp in range(sys.maxunicode + 1) if _is_word_char(chr(cp)) != bool(pat.fullmatch(chr(cp)))] == []
    assert words_of("f.u.c.k  भारत-देश sh1t @ss_x") == [(0, 1), (2, 3), (4, 5), (6, 7), (9, 13), (14, 17), (18, 22),
                                                         (23, 28)]


def _normalize_per_cluster(text: str):
    """The normaliser as first written: every cluster through the invisible set and NFKC."""
    import unicodedata

    from llmworks_safety import normalize as nm

    if text.isascii():
        return nm.Normalized(text, text, (), ())
    pieces, starts, ends, overrides, runs = [], [], [], [], []
    for a, b in nm._clusters(text):
        if text[a] == nm.RLO:
            overrides.append(len(pieces))
        elif text[a] == nm.PDF and overrides:
            runs.append((overrides.pop(), len(pieces)))
        cluster = "".join(c for c in text[a:b] if ord(c) not in nm.INVISIBLE)
        for ch in unicodedata.normalize("NFKC", cluster) if cluster else "":
            if ord(ch) not in nm.INVISIBLE:
                pieces.append(ch)
                starts.append(a)
                ends.append(b)
    runs += [(a, len(pieces)) for a in overrides]
    for a, b in runs:
        pieces[a:b], starts[a:b], ends[a:b] = pieces[a:b][::-1], starts[a:b][::-1], ends[a:b][::-1]
    return nm.Normalized(text, "".join(nm._fold_words(pieces)), tuple(starts), tuple(ends), bool(runs))


def test_normalize_copies_plain_ascii_runs_as_the_per_cluster_loop_would():
    from llmworks_safety.normalize import normalize

    tricky = "ae e\u0301\u0301 x\u200b\u202e\u202c\u0430\u0915\u093f\u094d\uff21\ufb01\u2460\u0130\u3164\ufeff\u0300 1.\n\ud55c\u1100\u1161"
    texts = TEXTS + EXTRA + _fuzz(tricky, 20_000, 0) + ["p\u200bayp\u0430l", "\u0301abc", "abc\u0301", "x\u202ekcuf\u202c y"]
    assert [t for t in texts if normalize(t) != _normalize_per_cluster(t)] == []


def test_linear_pan_pattern_matches_as_presidios_regex():
    import regex

    flags = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE
    stock, linear = regex.compile(pii.PAN_LOW, flags=flags), pii.LinearPanLow(flags)
    texts = TEXTS + EXTRA + _fuzz("ab1234 5-_@#\u017fK\u212aZz\nx9", 30_000, 1, 60) + ["ABCDE1234F", "abcdefghij", "1234"]
    spans = lambda p, t: [m.span() for m in p.finditer(t)]  # noqa: E731
    assert [t for t in texts if spans(stock, t) != spans(linear, t)] == []
    rec = next(r for r in pii.analyzer().registry.recognizers if r.name == "InPanRecognizer")
    low = next(p for p in rec.patterns if p.name == "PAN (Low)")
    assert isinstance(low.compiled_regex, pii.LinearPanLow)
    found = pii.analyzer().analyze(text="My pan is abcdefgh12, see 1234", language="en", entities=["IN_PAN"])
    assert [(r.start, r.end) for r in found] == [(10, 20)]                      # the low pattern, context-boosted


def test_phrase_windows_are_looked_up_only_from_a_listed_first_word():
    from llmworks_safety.filters.offensive import OffensiveFilter

    matcher = OffensiveFilter().matcher
    everything = type("Everything", (), {"__contains__": lambda self, x: True})()
    unfiltered = type(matcher).__new__(type(matcher))
    unfiltered.__dict__.update(matcher.__dict__, phrase_starts={n: everything for n in matcher.phrases})
    texts = TEXTS + ["you piece of shit", "p1ece of sh1t, go to hell", "s0n of a b1tch", "behen ke lode"]
    key = lambda hits: [(a, b, p.name, e) for a, b, p, e in hits]  # noqa: E731
    assert [t for t in texts if key(matcher.find(t, "x")) != key(unfiltered.find(t, "x"))] == []
    assert (0, 13) in [(a, b) for a, b, *_x in matcher.find("p1ece of sh1t", "x")]   # the phrase, leet undone
