"""Text metrics equal their reference libraries on fixed inputs."""

from __future__ import annotations

import math

import pytest
import sacrebleu
from llmworks_metrics.text import Bleu, Chrf, ExactMatch, Gleu, Rouge, TokenF1, text_metrics, token_f1
from llmworks_sdk import Invalid, Metric
from nltk.translate.gleu_score import corpus_gleu, sentence_gleu
from rouge_score import rouge_scorer

PREDICTIONS = [
    "the cat sat on the mat",
    "a quick brown fox jumps over the lazy dog",
    "hello there general kenobi",
    "it is raining cats and dogs today",
    "completely unrelated words here",
]
REFERENCES = [
    "the cat is on the mat",
    "the quick brown fox jumped over the lazy dog",
    "hello there",
    "it rains cats and dogs",
    "the weather is nice",
]


def test_every_builtin_text_metric_follows_the_protocol() -> None:
    for m in text_metrics():
        assert isinstance(m, Metric)
        assert m.kind == "text"
        r = m.compute(PREDICTIONS, REFERENCES)
        assert r.per_example is not None and len(r.per_example) == len(PREDICTIONS)


def test_bleu_equals_sacrebleu() -> None:
    r = Bleu().compute(PREDICTIONS, REFERENCES)
    assert r.score == pytest.approx(sacrebleu.corpus_bleu(PREDICTIONS, [REFERENCES]).score, abs=1e-12)
    assert r.per_example == pytest.approx([sacrebleu.sentence_bleu(p, [ref]).score for p, ref in zip(PREDICTIONS, REFERENCES, strict=True)])
    assert 0 < r.score < 100


def test_chrf_equals_sacrebleu() -> None:
    r = Chrf().compute(PREDICTIONS, REFERENCES)
    assert r.score == pytest.approx(sacrebleu.corpus_chrf(PREDICTIONS, [REFERENCES]).score, abs=1e-12)
    assert r.per_example == pytest.approx([sacrebleu.sentence_chrf(p, [ref]).score for p, ref in zip(PREDICTIONS, REFERENCES, strict=True)])


@pytest.mark.parametrize("variant", ["rouge1", "rouge2", "rougeL"])
def test_rouge_equals_rouge_score(variant: str) -> None:
    scorer = rouge_scorer.RougeScorer([variant], use_stemmer=True)
    expected = [scorer.score(ref, p)[variant].fmeasure for p, ref in zip(PREDICTIONS, REFERENCES, strict=True)]
    r = Rouge(variant).compute(PREDICTIONS, REFERENCES)
    assert r.per_example == pytest.approx(expected, abs=1e-12)
    assert r.score == pytest.approx(sum(expected) / len(expected), abs=1e-12)


def test_gleu_equals_nltk_and_the_hand_computed_value() -> None:
    r = Gleu().compute(PREDICTIONS, REFERENCES)
    hyps = [p.split() for p in PREDICTIONS]
    refs = [[ref.split()] for ref in REFERENCES]
    assert r.score == pytest.approx(corpus_gleu(refs, hyps), abs=1e-12)
    assert r.per_example == pytest.approx([sentence_gleu(ref, h) for ref, h in zip(refs, hyps, strict=True)])
    # by hand: 1-4-grams of "the cat sat on the mat" vs "the cat is on the mat": 9 of 18 match
    # on both sides, so precision = recall = 0.5 and GLEU = min(P, R) = 0.5
    assert r.per_example[0] == pytest.approx(0.5)


def test_exact_match_and_token_f1_by_hand() -> None:
    em = ExactMatch().compute(["The Cat.", "a dog", "Paris"], ["cat", "the dog!", "London"])
    assert em.per_example == [1.0, 1.0, 0.0]
    assert em.score == pytest.approx(2 / 3)
    # "cat sat" vs "cat sat down": P = 1, R = 2/3 -> F1 = 0.8
    assert token_f1("The cat sat.", "a cat sat down") == pytest.approx(0.8)
    assert token_f1("", "") == 1.0 and token_f1("x", "") == 0.0
    f1 = TokenF1().compute(["The cat sat.", "nothing"], ["a cat sat down", "something"])
    assert f1.per_example == pytest.approx([0.8, 0.0])
    assert f1.score == pytest.approx(0.4)


def test_mismatched_or_empty_inputs_are_rejected_with_a_message() -> None:
    with pytest.raises(Invalid, match="2 predictions but 1 references"):
        Bleu().compute(["a", "b"], ["a"])
    with pytest.raises(Invalid, match="no examples"):
        TokenF1().compute([], [])
    assert not math.isnan(Bleu().compute(["x"], ["x"]).score)


# ---------------------------------------------------------------- Devanagari (Hindi)
HI_REF = "भारत की राजधानी नई दिल्ली है।"
HI_HYP = "भारत की राजधानी दिल्ली है।"


def test_bleu_on_hindi_uses_the_intl_tokenizer():
    r = Bleu().compute([HI_HYP], [HI_REF])
    assert "tok:intl" in r.details["signature"]
    assert r.score == pytest.approx(sacrebleu.corpus_bleu([HI_HYP], [[HI_REF]], tokenize="intl").score)
    assert Bleu().compute([HI_REF], [HI_REF]).score == pytest.approx(100.0)
    assert "tok:13a" in Bleu().compute(["the cat"], ["the cat"]).details["signature"]  # English keeps sacrebleu's default


def test_rouge_and_gleu_count_devanagari_words():
    from llmworks_metrics.text import unicode_words

    assert unicode_words(HI_REF) == ["भारत", "की", "राजधानी", "नई", "दिल्ली", "है"]  # matras and virama stay in the word
    r1 = Rouge("rouge1").compute([HI_HYP], [HI_REF])
    assert r1.score == pytest.approx(2 * (5 / 5) * (5 / 6) / ((5 / 5) + (5 / 6)))  # 5 of 6 words (rouge-score alone: 0)
    assert Rouge("rougeL").compute([HI_REF], [HI_REF]).score == pytest.approx(1.0)
    assert Gleu().compute([HI_REF], [HI_REF]).score == pytest.approx(1.0)


def test_exact_match_and_token_f1_ignore_the_danda():
    assert ExactMatch().compute(["दिल्ली।"], ["दिल्ली"]).score == 1.0
    assert TokenF1().compute(["नई दिल्ली।"], ["दिल्ली"]).score == pytest.approx(2 / 3)


def test_chrf_on_hindi():
    assert Chrf().compute([HI_REF], [HI_REF]).score == pytest.approx(100.0)
    assert 0 < Chrf().compute([HI_HYP], [HI_REF]).score < 100
