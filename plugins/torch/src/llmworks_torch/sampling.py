"""Choosing the next token from raw logits, and its statistics.

The rules every llmworks backend follows (so PyTorch, ONNX Runtime and Triton agree token
for token under greedy decoding):

1. Statistics come from the *raw* logits of the last position, in float32:
   ``logprobs = log_softmax(logits)``; the chosen token's ``logprob``; its ``rank`` =
   1 + number of tokens with a strictly larger log-prob; ``entropy`` = -Σ p·log p (nats);
   ``top`` = the ``top_logprobs`` largest log-probs, largest first (ties: lower id first).
2. The choice uses processed scores, in this order (as in transformers):
   repetition penalty over every id of prompt + generated so far (score < 0: × penalty,
   else ÷ penalty); then greedy (temperature 0): ``argmax`` (lowest id on ties); otherwise
   ÷ temperature, top-k (ties with the k-th kept), top-p (drop the smallest tokens whose
   cumulative probability is ≤ 1 - top_p, always keep one), softmax, one multinomial draw
   from a ``torch.Generator`` seeded with ``seed``.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from llmworks_sdk.generation import GenerationParams


@dataclass
class TokenStats:
    logprob: float
    rank: int
    entropy: float
    top: list[tuple[int, float]]  # (token id, log-prob), largest first


def make_generator(seed: int | None) -> torch.Generator:
    gen = torch.Generator(device="cpu")
    if seed is None:
        gen.seed()
    else:
        gen.manual_seed(seed)
    return gen


def apply_repetition_penalty(scores: torch.Tensor, seen_ids: torch.Tensor, penalty: float) -> torch.Tensor:
    if penalty == 1.0 or seen_ids.numel() == 0:
        return scores
    scores = scores.clone()
    picked = scores[seen_ids]
    scores[seen_ids] = torch.where(picked < 0, picked * penalty, picked / penalty)
    return scores


def filter_top_k(scores: torch.Tensor, k: int) -> torch.Tensor:
    if k <= 0 or k >= scores.numel():
        return scores
    kth = torch.topk(scores, k).values[-1]
    return scores.masked_fill(scores < kth, float("-inf"))


def filter_top_p(scores: torch.Tensor, top_p: float) -> torch.Tensor:
    if top_p >= 1.0:
        return scores
    sorted_scores, sorted_idx = torch.sort(scores, descending=False)
    cumulative = sorted_scores.softmax(dim=-1).cumsum(dim=-1)
    remove_sorted = cumulative <= (1 - top_p)
    remove_sorted[-1] = False  # keep at least the most likely token
    remove = torch.zeros_like(remove_sorted).scatter(0, sorted_idx, remove_sorted)
    return scores.masked_fill(remove, float("-inf"))


def choose_token(logits: torch.Tensor, seen_ids: torch.Tensor, params: GenerationParams, generator: torch.Generator) -> int:
    """The next token id from the raw float32 logits of one position (shape ``[vocab]``)."""
    scores = apply_repetition_penalty(logits, seen_ids, params.repetition_penalty)
    if params.greedy:
        return int(torch.argmax(scores))
    scores = scores / params.temperature
    scores = filter_top_k(scores, params.top_k)
    scores = filter_top_p(scores, params.top_p)
    probs = scores.softmax(dim=-1)
    return int(torch.multinomial(probs, 1, generator=generator))


def token_stats(logprobs: torch.Tensor, token_id: int, top_n: int) -> TokenStats:
    """Statistics of ``token_id`` under ``logprobs = log_softmax(raw logits)`` (shape ``[vocab]``)."""
    chosen = logprobs[token_id]
    rank = int((logprobs > chosen).sum()) + 1
    probs = logprobs.exp()
    entropy = float(-(probs * torch.nan_to_num(logprobs, neginf=0.0)).sum())
    top: list[tuple[int, float]] = []
    if top_n > 0:
        values, ids = torch.topk(logprobs, min(top_n, logprobs.numel()))
        top = sorted(((int(i), float(v)) for v, i in zip(values, ids, strict=True)), key=lambda t: (-t[1], t[0]))
    return TokenStats(logprob=float(chosen), rank=rank, entropy=entropy, top=top)
