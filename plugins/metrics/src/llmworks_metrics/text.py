"""Text metrics: a prediction against one reference per example.

Aggregates are computed the way the reference libraries compute them, so the numbers equal
theirs: BLEU and chrF are sacrebleu's corpus scores (0-100), ROUGE is the mean F-measure of
rouge-score over examples (with the Porter stemmer), GLEU is nltk's corpus GLEU over
whitespace tokens. Per-example scores are the sentence-level versions (sacrebleu's
``sentence_bleu``/``sentence_chrf``, nltk's ``sentence_gleu``).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from typing import Any

import regex
from llmworks_sdk import MetricResult

from llmworks_metrics.base import BaseMetric, check_pairs, mean

#: a letter of a script other than Latin (Devanagari, Bengali, Tamil, Arabic, Cyrillic, ...)
_NON_LATIN = regex.compile(r"[^\P{L}\p{Latin}]")
#: a word: letters with their combining marks (Devanagari vowel signs, virama, nukta) and digits;
#: Python's ``re`` ``\w`` splits "हिंदी" into pieces, and rouge-score keeps only [a-z0-9]
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def non_latin(texts: list[str]) -> bool:
    """True when any text has letters of a script other than Latin."""
    return any(_NON_LATIN.search(t) for t in texts)


def unicode_words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


class _UnicodeTokenizer:
    """rouge-score tokenizer for any script: Unicode words (marks kept), case-folded, no stemming."""

    def tokenize(self, text: str) -> list[str]:
        return unicode_words(text)


class _Sacrebleu(BaseMetric):
    """A sacrebleu corpus metric; per example, the matching sentence-level function."""

    scorer = ""  # sacrebleu class: "BLEU" | "CHRF"
    sentence = ""  # sacrebleu function: "sentence_bleu" | "sentence_chrf"

    def options(self, predictions: list[str], references: list[str]) -> dict[str, Any]:
        return {}

    def compute(self, predictions: list[str], references: list[str], **kwargs: Any) -> MetricResult:
        import sacrebleu

        check_pairs(self.name, predictions, references)
        opts = self.options(predictions, references)
        scorer = getattr(sacrebleu, self.scorer)(**opts)
        corpus = scorer.corpus_score(predictions, [references])
        sentence = getattr(sacrebleu, self.sentence)
        per = [sentence(p, [r], **opts).score for p, r in zip(predictions, references, strict=True)]
        return MetricResult(corpus.score, per, {**self.details(corpus), "signature": str(scorer.get_signature())})

    def details(self, corpus: Any) -> dict[str, Any]:
        return {}


class Bleu(_Sacrebleu):
    name = "bleu"
    description = ("BLEU (sacrebleu corpus_bleu, 0-100; 13a tokenizer, or 'intl' when the texts have non-Latin scripts "
                   "such as Devanagari, which splits the danda and other Unicode punctuation); per example: sentence BLEU")
    scorer, sentence = "BLEU", "sentence_bleu"

    def options(self, predictions: list[str], references: list[str]) -> dict[str, Any]:
        return {"tokenize": "intl"} if non_latin(predictions) or non_latin(references) else {}

    def details(self, corpus: Any) -> dict[str, Any]:
        return {"bp": corpus.bp, "precisions": list(corpus.precisions), "sys_len": corpus.sys_len, "ref_len": corpus.ref_len}


class Chrf(_Sacrebleu):
    name = "chrf"
    description = "chrF (sacrebleu corpus_chrf, 0-100); per example: sentence chrF"
    scorer, sentence = "CHRF", "sentence_chrf"


class Rouge(BaseMetric):
    """One ROUGE variant ("rouge1", "rouge2" or "rougeL"): mean F-measure over examples."""

    def __init__(self, variant: str) -> None:
        self.name = variant
        self.variant = variant
        self.description = (f"{variant.upper().replace('ROUGEL', 'ROUGE-L')} F-measure (rouge-score, Porter stemmer; Unicode "
                            "words without stemming for non-Latin scripts), mean over examples")

    def compute(self, predictions: list[str], references: list[str], **kwargs: Any) -> MetricResult:
        from rouge_score import rouge_scorer

        check_pairs(self.name, predictions, references)
        if non_latin(predictions) or non_latin(references):  # Unicode words, no English stemmer
            scorer = rouge_scorer.RougeScorer([self.variant], tokenizer=_UnicodeTokenizer())
        else:
            scorer = rouge_scorer.RougeScorer([self.variant], use_stemmer=True)
        per = [scorer.score(r, p)[self.variant].fmeasure for p, r in zip(predictions, references, strict=True)]
        return MetricResult(mean(per), per)


def whitespace_tokens(text: str) -> list[str]:
    return text.split()


class Gleu(BaseMetric):
    name = "gleu"
    description = "Google-BLEU (nltk corpus_gleu over whitespace tokens, n=1..4, 0-1); per example: sentence GLEU"

    def compute(self, predictions: list[str], references: list[str], **kwargs: Any) -> MetricResult:
        from nltk.translate.gleu_score import corpus_gleu, sentence_gleu

        check_pairs(self.name, predictions, references)
        tokens = unicode_words if non_latin(predictions) or non_latin(references) else whitespace_tokens
        hyps = [tokens(p) for p in predictions]
        refs = [tokens(r) for r in references]
        per = [sentence_gleu([r], h) for h, r in zip(hyps, refs, strict=True)]
        return MetricResult(corpus_gleu([[r] for r in refs], hyps), per)


_ARTICLES = re.compile(r"\b(a|an|the)\b", re.UNICODE)
_PUNCT = frozenset(string.punctuation)


def normalize_answer(text: str) -> str:
    """SQuAD normalisation: lower case, no punctuation (ASCII and Unicode: the danda too), no
    articles, single spaces."""
    text = "".join(ch for ch in text.lower() if ch not in _PUNCT and not unicodedata.category(ch).startswith("P"))
    return " ".join(_ARTICLES.sub(" ", text).split())


class ExactMatch(BaseMetric):
    name = "exact_match"
    description = "Exact match after SQuAD normalisation (case, punctuation, articles, spaces), 0-1"

    def compute(self, predictions: list[str], references: list[str], **kwargs: Any) -> MetricResult:
        check_pairs(self.name, predictions, references)
        per = [float(normalize_answer(p) == normalize_answer(r)) for p, r in zip(predictions, references, strict=True)]
        return MetricResult(mean(per), per)


def token_f1(prediction: str, reference: str) -> float:
    """SQuAD token F1 between two answers."""
    pred, ref = normalize_answer(prediction).split(), normalize_answer(reference).split()
    if not pred or not ref:
        return float(pred == ref)
    same = sum((Counter(pred) & Counter(ref)).values())
    if same == 0:
        return 0.0
    precision, recall = same / len(pred), same / len(ref)
    return 2 * precision * recall / (precision + recall)


class TokenF1(BaseMetric):
    name = "token_f1"
    description = "SQuAD-style token F1 (normalised bag of words), mean over examples, 0-1"

    def compute(self, predictions: list[str], references: list[str], **kwargs: Any) -> MetricResult:
        check_pairs(self.name, predictions, references)
        per = [token_f1(p, r) for p, r in zip(predictions, references, strict=True)]
        return MetricResult(mean(per), per)


def text_metrics() -> list[BaseMetric]:
    return [Bleu(), Chrf(), Rouge("rouge1"), Rouge("rouge2"), Rouge("rougeL"), Gleu(), ExactMatch(), TokenF1()]
