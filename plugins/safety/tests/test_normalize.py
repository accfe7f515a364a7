"""Normalisation: invisible and bidi characters, NFKC, homoglyphs; offsets back into the original."""

from __future__ import annotations

import pytest
from llmworks_safety.normalize import deleet, normalize


@pytest.mark.parametrize(("raw", "expected"), [
    ("f\u200bu\u200bc\u200bk", "fuck"),                      # zero-width spaces
    ("f\u00adu\u00adc\u00adk", "fuck"),                      # soft hyphens
    ("pаypаl", "paypal"),                                     # Cyrillic а inside a Latin word
    ("ｆｕｃｋ", "fuck"),                                        # full-width
    ("ﬁle", "file"),                                          # ligature
    ("\u202ekcuf\u202c off", "fuck off"),                     # right-to-left override shows the run reversed
    ("Привет мир", "Привет мир"),                              # real Cyrillic words are not folded
    ("तुम\u200dचूतिया", "तुमचूतिया"),                             # ZWJ inside Devanagari
])
def test_normalised_text(raw, expected):
    assert normalize(raw).text == expected


def test_offsets_point_into_the_original():
    raw = "call me: j\u200bo\u200bhn@ex\u200dample.com, ｆｕｃｋ"
    n = normalize(raw)
    i = n.text.index("john@example.com")
    start, end = n.span(i, i + len("john@example.com"))
    assert raw[start:end].replace("\u200b", "").replace("\u200d", "") == "john@example.com"
    j = n.text.index("fuck")
    assert raw[slice(*n.span(j, j + 4))] == "ｆｕｃｋ"


def test_reversed_run_maps_to_its_whole_span():
    raw = "a \u202ekcuf\u202c b"
    n = normalize(raw)
    i = n.text.index("fuck")
    start, end = n.span(i, i + 4)
    assert raw[start:end] == "kcuf"


def test_ascii_is_the_identity_and_free():
    n = normalize("plain text")
    assert n.identity and n.span(2, 5) == (2, 5)


def test_deleet_keeps_length():
    assert deleet("sh1t @ss") == "shit ass" and len(deleet("a$$")) == 3
