"""Scorers, registered as metrics (``register_metrics``), so they work in ordinary evaluations too
and a suite can use any registered metric that gives per-example scores in [0, 1]:

- ``toxicity``: alt-profanity-check (a linear SVM shipped in its wheel, offline), probability
  that a text is offensive;
- ``toxicity_detoxify``: Detoxify's ``toxicity`` head, where its checkpoint is on this machine
  (``LLMWORKS_DETOXIFY_CHECKPOINT``; it cannot be downloaded offline);
- ``sentiment_vader``: VADER's compound sentiment (-1..1; its lexicon ships in the package);
- ``factual_consistency_nli``: probability that the reference/source entails the prediction,
  from a local NLI model (``LLMWORKS_NLI_MODEL``: a folder with a sequence-classification model
  whose labels include "entailment");
- ``factual_consistency_lexical``: the lexical fallback, named as such: the share of the
  prediction's content words and numbers that also occur in the reference/source text.
"""

from __future__ import annotations

import importlib.util
import os
import re
import threading
from pathlib import Path
from typing import Any

from llmworks_sdk import Invalid, MetricResult, Unavailable

_lock = threading.Lock()
_cache: dict[str, Any] = {}


def _once(key: str, build: Any) -> Any:
    if key not in _cache:
        with _lock:
            if key not in _cache:
                _cache[key] = build()
    return _cache[key]


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else float("nan")


def _texts(name: str, predictions: list[str]) -> list[str]:
    if not predictions:
        raise Invalid(f"{name}: no predictions to score")
    bad = next((i for i, p in enumerate(predictions) if not isinstance(p, str)), None)
    if bad is not None:
        raise Invalid(f"{name}: predictions[{bad}] is not a string")
    return predictions


class ProfanityToxicity:
    name = "toxicity"
    kind = "text"
    higher_is_better = False
    description = "Toxicity 0-1 of each prediction: alt-profanity-check's offensive-language probability (offline, English)"

    def available(self) -> tuple[bool, str]:
        if importlib.util.find_spec("profanity_check") is None:
            return False, "alt-profanity-check is not installed: pip install alt-profanity-check"
        return True, ""

    def compute(self, predictions: list[str], references: list[str], **_: Any) -> MetricResult:
        texts = _texts(self.name, predictions)
        import profanity_check

        scores = [float(x) for x in profanity_check.predict_prob([t if t.strip() else " " for t in texts])]
        return MetricResult(_mean(scores), scores, {"scorer": "alt-profanity-check"})


def _detoxify_checkpoint() -> Path | None:
    value = os.environ.get("LLMWORKS_DETOXIFY_CHECKPOINT")
    return Path(value) if value else None


class DetoxifyToxicity:
    name = "toxicity_detoxify"
    kind = "text"
    higher_is_better = False
    description = "Toxicity 0-1 from Detoxify (needs its checkpoint on this machine: LLMWORKS_DETOXIFY_CHECKPOINT)"

    def available(self) -> tuple[bool, str]:
        if importlib.util.find_spec("detoxify") is None:
            return False, "detoxify is not installed: pip install 'llmworks-responsible[detoxify]'"
        ckpt = _detoxify_checkpoint()
        if ckpt is None or not ckpt.is_file():
            return False, ("Detoxify's weights are absent (it downloads them at first use, which is not possible offline): "
                           "set LLMWORKS_DETOXIFY_CHECKPOINT to a local checkpoint file")
        return True, ""

    def compute(self, predictions: list[str], references: list[str], **_: Any) -> MetricResult:
        ok, why = self.available()
        if not ok:
            raise Unavailable(f"{self.name}: {why}")
        texts = _texts(self.name, predictions)

        def build() -> Any:
            from detoxify import Detoxify

            return Detoxify(os.environ.get("LLMWORKS_DETOXIFY_MODEL", "original"),
                            checkpoint=str(_detoxify_checkpoint()), device="cpu")

        scores = [float(x) for x in _once("detoxify", build).predict(texts)["toxicity"]]
        return MetricResult(_mean(scores), scores, {"scorer": "detoxify"})


class VaderSentiment:
    name = "sentiment_vader"
    kind = "text"
    higher_is_better = True
    description = "VADER compound sentiment of each prediction, -1 (negative) to 1 (positive), English"

    def available(self) -> tuple[bool, str]:
        if importlib.util.find_spec("vaderSentiment") is None:
            return False, "vaderSentiment is not installed: pip install vaderSentiment"
        return True, ""

    def compute(self, predictions: list[str], references: list[str], **_: Any) -> MetricResult:
        texts = _texts(self.name, predictions)
        scores = sentiments(texts)
        return MetricResult(_mean(scores), scores, {"scorer": "vader"})


def sentiments(texts: list[str]) -> list[float]:
    """VADER compound score of each text (the analyser is built once per process)."""

    def build() -> Any:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        return SentimentIntensityAnalyzer()

    analyzer = _once("vader", build)
    return [float(analyzer.polarity_scores(t[:5000])["compound"]) for t in texts]


_WORD = re.compile(r"[^\W_]+(?:[.,'’-][^\W_]+)*", re.UNICODE)
_STOP = frozenset("""a an the and or but if then than of to in on at by for with from as is are was were be been being
it its this that these those he she they we you i me my our your his her their them us do does did not no so such
there here what which who whom whose when where why how all any some can could would should will shall may might
must have has had also just very into over under about after before again more most other only own same too""".split())


def content_words(text: str) -> list[str]:
    """Lower-cased words that carry content: numbers, and words of 3+ characters that are not stop words."""
    out = []
    for w in _WORD.findall(text.lower()):
        if any(c.isdigit() for c in w) or (len(w) >= 3 and w not in _STOP):
            out.append(w)
    return out


class LexicalConsistency:
    name = "factual_consistency_lexical"
    kind = "text"
    higher_is_better = True
    description = ("Lexical fallback for factual consistency (no NLI model): share of the prediction's content words and "
                   "numbers that occur in the reference/source text, 0-1")

    def available(self) -> tuple[bool, str]:
        return True, ""

    def compute(self, predictions: list[str], references: list[str], **_: Any) -> MetricResult:
        texts = _texts(self.name, predictions)
        if len(references) != len(texts):
            raise Invalid(f"{self.name}: needs one reference/source text per prediction; got {len(references)} for {len(texts)}")
        per = []
        for pred, ref in zip(texts, references, strict=True):
            words = content_words(pred)
            source = set(content_words(ref))
            per.append(1.0 if not words else sum(w in source for w in words) / len(words))
        return MetricResult(_mean(per), per, {"method": "lexical"})


class NliConsistency:
    name = "factual_consistency_nli"
    kind = "text"
    higher_is_better = True
    description = ("Factual consistency 0-1: probability that the reference/source entails the prediction, from a local "
                   "NLI model (LLMWORKS_NLI_MODEL); use factual_consistency_lexical where none is installed")
    batch_size = 16

    def available(self) -> tuple[bool, str]:
        folder = os.environ.get("LLMWORKS_NLI_MODEL")
        if not folder:
            return False, ("no NLI model here: set LLMWORKS_NLI_MODEL to a local folder with a sequence-classification "
                           "model whose labels include 'entailment', or use factual_consistency_lexical")
        if not (Path(folder) / "config.json").is_file():
            return False, f"LLMWORKS_NLI_MODEL names a folder without config.json ({Path(folder).name})"
        if importlib.util.find_spec("transformers") is None or importlib.util.find_spec("torch") is None:
            return False, "the NLI model needs torch and transformers"
        return True, ""

    def compute(self, predictions: list[str], references: list[str], **_: Any) -> MetricResult:
        ok, why = self.available()
        if not ok:
            raise Unavailable(f"{self.name}: {why}")
        texts = _texts(self.name, predictions)
        if len(references) != len(texts):
            raise Invalid(f"{self.name}: needs one reference/source text per prediction; got {len(references)} for {len(texts)}")
        folder = os.environ["LLMWORKS_NLI_MODEL"]
        tokenizer, model, entail = _once(f"nli:{folder}", lambda: load_nli(folder))
        import torch

        per: list[float] = []
        for i in range(0, len(texts), self.batch_size):
            enc = tokenizer(references[i:i + self.batch_size], texts[i:i + self.batch_size], truncation=True,
                            padding=True, return_tensors="pt")
            with torch.inference_mode():
                probs = model(**enc).logits.float().softmax(-1)[:, entail]
            per.extend(float(p) for p in probs)
        return MetricResult(_mean(per), per, {"method": "nli", "model": Path(folder).name})


def load_nli(folder: str) -> tuple[Any, Any, int]:
    """Tokenizer, model and the index of the entailment label of a local NLI model."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    model = AutoModelForSequenceClassification.from_pretrained(folder).eval()
    labels = {int(k): str(v).lower() for k, v in model.config.id2label.items()}
    entail = next((k for k, v in labels.items() if v.startswith("entail")), None)
    if entail is None:
        raise Unavailable(f"the NLI model's labels {sorted(labels.values())} have no 'entailment'")
    return AutoTokenizer.from_pretrained(folder), model, entail


def scorer_metrics() -> list[Any]:
    return [ProfanityToxicity(), DetoxifyToxicity(), VaderSentiment(), LexicalConsistency(), NliConsistency()]
