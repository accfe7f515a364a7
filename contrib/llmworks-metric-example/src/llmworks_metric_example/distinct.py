"""Distinct-n (Li et al., 2016): how many of the generated n-grams are different.

Corpus score: distinct n-grams over all predictions / all n-grams of all predictions.
Per example: distinct n-grams of the prediction / its n-grams (0 when it has none).
Tokens: the lower-cased prediction split on whitespace. References are not used.
"""

from __future__ import annotations

from typing import Any

from llmworks_sdk import MetricResult


def ngrams(text: str, n: int) -> list[tuple[str, ...]]:
    tokens = text.lower().split()
    return [tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]


class DistinctN:
    """A ``llmworks_sdk.Metric``: only ``name``, ``kind``, ``higher_is_better``,
    ``description`` and ``compute`` are needed."""

    kind = "text"
    higher_is_better = True

    def __init__(self, n: int) -> None:
        if n < 1:
            raise ValueError("n must be at least 1")
        self.n = n
        self.name = f"distinct_{n}"
        self.description = f"Distinct-{n}: share of unique {n}-grams among the generated {n}-grams (diversity, 0-1)"

    def compute(self, predictions: list[str], references: list[str], **kwargs: Any) -> MetricResult:
        per, total, unique = [], 0, set()
        for text in predictions:
            grams = ngrams(text, self.n)
            per.append(len(set(grams)) / len(grams) if grams else 0.0)
            total += len(grams)
            unique.update(grams)
        return MetricResult(len(unique) / total if total else 0.0, per, {"ngrams": total, "unique": len(unique)})
