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
