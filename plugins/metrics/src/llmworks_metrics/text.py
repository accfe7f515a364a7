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
from collections import Counter
from typing import Any

from llmworks_sdk import MetricResult

from llmworks_metrics.base import BaseMetric, check_pairs, mean


class _Sacrebleu(BaseMetric):
    """A sacrebleu corpus metric; per example, the matching sentence-level function."""

    scorer = ""  # sacrebleu class: "BLEU" | "CHRF"
    sentence = ""  # sacrebleu function: "sentence_bleu" | "sentence_chrf"

    def compute(self, predictions: list[str], references: list[str], **kwargs: Any) -> MetricResult:
        import sacrebleu

        check_pairs(self.name, predictions, references)
        scorer = getattr(sacrebleu, self.scorer)()
        corpus = scorer.corpus_score(predictions, [references])
        sentence = getattr(sacrebleu, self.sentence)
        per = [sentence(p, [r]).score for p, r in zip(predictions, references, strict=True)]
        return MetricResult(corpus.score, per, {**self.details(corpus), "signature": str(scorer.get_signature())})

    def details(self, corpus: Any) -> dict[str, Any]:
        return {}


class Bleu(_Sacrebleu):
    name = "bleu"
    description = "BLEU (sacrebleu corpus_bleu, 13a tokenizer, 0-100); per example: sentence BLEU"
    scorer, sentence = "BLEU", "sentence_bleu"

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
        self.description = f"{variant.upper().replace('ROUGEL', 'ROUGE-L')} F-measure (rouge-score, Porter stemmer), mean over examples"

    def compute(self, predictions: list[str], references: list[str], **kwargs: Any) -> MetricResult:
        from rouge_score import rouge_scorer

        check_pairs(self.name, predictions, references)
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
        hyps = [whitespace_tokens(p) for p in predictions]
        refs = [whitespace_tokens(r) for r in references]
        per = [sentence_gleu([r], h) for h, r in zip(hyps, refs, strict=True)]
        return MetricResult(corpus_gleu([[r] for r in refs], hyps), per)


_ARTICLES = re.compile(r"\b(a|an|the)\b", re.UNICODE)
_PUNCT = frozenset(string.punctuation)


def normalize_answer(text: str) -> str:
    """SQuAD normalisation: lower case, no punctuation, no articles, single spaces."""
    text = "".join(ch for ch in text.lower() if ch not in _PUNCT)
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
