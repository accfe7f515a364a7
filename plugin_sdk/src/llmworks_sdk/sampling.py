"""One decoding step in numpy, shared by every inference backend (PyTorch, ONNX Runtime, Triton).

``choose_token`` applies, in transformers' order, the CTRL repetition penalty, then (when
sampling) temperature, top-k and top-p, and picks a token: argmax when ``temperature == 0``,
else a draw from a seeded ``numpy.random.Generator``. ``score_token`` reports the chosen
token under the *unmodified* distribution (log-softmax of the raw logits): log-prob, rank
(1 + tokens with a strictly larger logit), entropy in nats and the top-n alternatives
(largest first; ties: lower id first). Greedy ties go to the lowest id (``argmax``).

Backends do not call these directly: :func:`llmworks_sdk.decoding.generate_tokens` runs the
whole token pipeline (sampling, EOS, stop sequences, detokenising, log-probs) over a backend's
``feed`` function. Only numpy is imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from llmworks_sdk.generation import GenerationParams

NEG_INF = -np.inf


def log_softmax(logits: np.ndarray) -> np.ndarray:
    """Log-softmax over the last axis, in float64."""
    x = np.asarray(logits, dtype=np.float64)
    shifted = x - np.max(x, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def apply_repetition_penalty(logits: np.ndarray, context_ids: Sequence[int], penalty: float) -> np.ndarray:
    """CTRL penalty on every token id seen in ``context_ids`` (prompt and generated): a positive
    logit is divided by ``penalty``, a negative one multiplied (transformers'
    ``RepetitionPenaltyLogitsProcessor``). ``logits`` is ``[vocab]``."""
    out = np.array(logits, dtype=np.float64)
    if penalty == 1.0 or len(context_ids) == 0:
        return out
    seen = np.unique(np.asarray(context_ids, dtype=np.int64))
    values = out[seen]
    out[seen] = np.where(values < 0, values * penalty, values / penalty)
    return out


def apply_temperature(logits: np.ndarray, temperature: float) -> np.ndarray:
    if temperature <= 0:
        raise ValueError("temperature must be > 0 when sampling; 0 means greedy")
    return np.asarray(logits, dtype=np.float64) / temperature


def apply_top_k(logits: np.ndarray, top_k: int, min_tokens_to_keep: int = 1) -> np.ndarray:
    """Keep the tokens whose logit is at least the k-th largest (ties kept); 0 disables."""
    out = np.array(logits, dtype=np.float64)
    if top_k <= 0:
        return out
    k = min(max(top_k, min_tokens_to_keep), out.shape[-1])
    kth = np.partition(out, -k, axis=-1)[..., -k][..., None]  # the k-th largest, without a full sort
    out[out < kth] = NEG_INF
    return out


def apply_top_p(logits: np.ndarray, top_p: float, min_tokens_to_keep: int = 1) -> np.ndarray:
    """Nucleus filter: drop the least likely tokens whose cumulative probability stays at or
    below ``1 - top_p`` (the most likely ``min_tokens_to_keep`` always stay); 1 disables."""
    out = np.array(logits, dtype=np.float64)
    if top_p >= 1.0:
        return out
    order = np.argsort(out, axis=-1, kind="stable")  # ascending
    sorted_logits = np.take_along_axis(out, order, axis=-1)
    cumulative = np.cumsum(np.exp(log_softmax(sorted_logits)), axis=-1)
    remove_sorted = cumulative <= (1.0 - top_p)
    remove_sorted[..., -min_tokens_to_keep:] = False
    remove = np.zeros_like(remove_sorted)
    np.put_along_axis(remove, order, remove_sorted, axis=-1)
    out[remove] = NEG_INF
    return out


def process_logits(logits: np.ndarray, context_ids: Sequence[int], params: GenerationParams) -> np.ndarray:
    """Raw logits ``[vocab]`` → the scores the next token is chosen from."""
    scores = apply_repetition_penalty(logits, context_ids, params.repetition_penalty)
    if params.greedy:
        return scores
    scores = apply_temperature(scores, params.temperature)
    scores = apply_top_k(scores, params.top_k)
    return apply_top_p(scores, params.top_p)


class TokenChooser:
    """Picks next tokens for one request; owns the request's random generator."""

    def __init__(self, params: GenerationParams) -> None:
        self.params = params
        self.rng = np.random.default_rng(params.seed)

    def __call__(self, logits: np.ndarray, context_ids: Sequence[int]) -> int:
        scores = process_logits(logits, context_ids, self.params)
        if self.params.greedy:
            return int(np.argmax(scores))
        probs = np.exp(log_softmax(scores))
        cumulative = np.cumsum(probs)
        index = int(np.searchsorted(cumulative, self.rng.random() * cumulative[-1], side="right"))
        index = min(index, len(probs) - 1)
        while probs[index] == 0.0:  # float round-off at the edge of the kept set
            index -= 1
        return index


@dataclass(frozen=True)
class TokenScore:
    logprob: float
    rank: int
    entropy: float
    #: (token id, log-prob) of the most likely tokens, best first
    top: list[tuple[int, float]]


def score_token(logits: np.ndarray, token_id: int, top_n: int) -> TokenScore:
    """Describe ``token_id`` under the raw distribution ``logits`` ``[vocab]``."""
    raw = np.asarray(logits, dtype=np.float64)
    logp = log_softmax(raw)
    probs = np.exp(logp)
    finite = probs > 0
    entropy = float(-np.sum(probs[finite] * logp[finite]))
    rank = 1 + int(np.count_nonzero(raw > raw[token_id]))
    top: list[tuple[int, float]] = []
    if top_n > 0:
        n = min(top_n, raw.shape[-1])
        best = np.argpartition(-raw, n - 1)[:n]
        best = best[np.lexsort((best, -raw[best]))]  # by logit, then by id for ties
        top = [(int(i), float(logp[i])) for i in best]
    return TokenScore(float(logp[token_id]), rank, entropy, top)
