"""Model metrics: they need the model itself, not only its predictions.

``compute(predictions, references, model=..., adapter=None, prompts=..., texts=...)``:
``model`` is a loaded model of an inference backend (the PyTorch backend's
``TorchLoadedModel``), ``adapter`` the adapter to use on it (None: the base model).
"""

from __future__ import annotations

import math
import re
import string
from typing import Any

from llmworks_sdk import GenerationParams, Invalid, MetricResult, Unavailable

from llmworks_metrics.base import BaseMetric, mean


def _model(name: str, kwargs: dict[str, Any]) -> Any:
    model = kwargs.get("model")
    if model is None:
        raise Invalid(f"{name} is a model metric: it needs the model (run it in an evaluation job, not on predictions alone)")
    return model


class Perplexity(BaseMetric):
    """exp(mean next-token NLL). Per example: exp of that text's mean NLL; the aggregate
    weights texts by their token counts (exp of total NLL / total scored tokens)."""

    name = "perplexity"
    kind = "model"
    higher_is_better = False
    description = "Perplexity exp(mean token NLL) of each example's full text under the model (lower is better)"

    def compute(self, predictions: list[str], references: list[str], **kwargs: Any) -> MetricResult:
        model = _model(self.name, kwargs)
        if not hasattr(model, "token_logprobs"):
            raise Unavailable(f"perplexity needs token log-probabilities; the backend of {type(model).__name__} does not give them (use the pytorch backend)")
        texts = kwargs.get("texts") or references
        total_nll, total_tokens, per = 0.0, 0, []
        for text in texts:
            tokens = model.token_logprobs(text, adapter=kwargs.get("adapter"), top_n=0)
            nll = -sum(t.logprob for t in tokens)
            total_nll += nll
            total_tokens += len(tokens)
            per.append(math.exp(nll / len(tokens)) if tokens else math.nan)
        if not total_tokens:
            raise Invalid("perplexity: no text has two tokens or more; nothing to score")
        mean_nll = total_nll / total_tokens
        return MetricResult(math.exp(mean_nll), per, {"mean_nll": mean_nll, "tokens": total_tokens})


_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def first_word(text: str) -> tuple[str, bool]:
    """The first word of generated ``text`` and whether it is complete (something follows it)."""
    stripped = text.lstrip()
    m = _WORD.match(stripped)
    if m is None:
        return "", bool(stripped)  # starts with punctuation: no word will come
    return m.group(0), m.end() < len(stripped)


def clean_word(word: str) -> str:
    return word.strip().strip(string.punctuation + "“”‘’")


class LambadaAccuracy(BaseMetric):
    """LAMBADA-style last-word accuracy: greedy decoding after each prompt (the passage
    without its last word) must produce exactly the reference word as its first word."""

    name = "lambada"
    kind = "model"
    description = "LAMBADA-style accuracy: greedy next-word prediction of each passage's final word, 0-1"
    max_new_tokens = 8

    def compute(self, predictions: list[str], references: list[str], **kwargs: Any) -> MetricResult:
        model = _model(self.name, kwargs)
        prompts = kwargs.get("prompts")
        if not prompts or len(prompts) != len(references):
            raise Invalid("lambada needs one prompt (the passage without its last word) per reference word")
        params = GenerationParams(max_new_tokens=self.max_new_tokens, temperature=0.0, logprobs=False)
        per, words = [], []
        for prompt, target in zip(prompts, references, strict=True):
            text, word = "", ""
            for token in model.stream(prompt, params, adapter=kwargs.get("adapter")):
                text += token.token
                word, complete = first_word(text)
                if complete:
                    break
            words.append(word)
            per.append(float(bool(word) and word == clean_word(target)))
        return MetricResult(mean(per), per, {"correct": int(sum(per)), "total": len(per), "predicted_words": words[:50]})


def model_metrics() -> list[BaseMetric]:
    return [Perplexity(), LambadaAccuracy()]
