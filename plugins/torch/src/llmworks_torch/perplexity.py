"""Perplexity = exp(mean next-token NLL) over texts, batched, with per-example NLL.

Each text is encoded with the tokenizer's own special tokens and truncated to the model's
context; every token after the first is scored. The corpus perplexity weights texts by
their scored tokens (exp of the total NLL over the total token count).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import torch
from pydantic import BaseModel

from llmworks_torch.loading import load_causal_lm


class ExampleNLL(BaseModel):
    index: int
    tokens: int  # scored tokens
    nll: float  # mean NLL per scored token (nats); NaN when nothing was scored
    perplexity: float


class PerplexityResult(BaseModel):
    perplexity: float
    mean_nll: float
    tokens: int
    examples: list[ExampleNLL]


def _context_length(model) -> int:
    config = model.config
    for key in ("max_position_embeddings", "n_positions", "n_ctx"):
        value = getattr(config, key, None)
        if isinstance(value, int) and value > 0:
            return value
    return 2048


@torch.no_grad()
def perplexity_of(
    model, tokenizer, texts: Sequence[str], *, batch_size: int = 8, max_length: int | None = None
) -> PerplexityResult:
    """Perplexity of ``texts`` under an already loaded ``model`` (any causal LM, PEFT included)."""
    device = next(model.parameters()).device
    limit = min(max_length or _context_length(model), _context_length(model))
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else (tokenizer.eos_token_id or 0)
    encoded = [tokenizer(t)["input_ids"][:limit] for t in texts]
    sums = [0.0] * len(texts)
    counts = [0] * len(texts)
    order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))  # similar lengths share a batch
    for start in range(0, len(order), batch_size):
        idx = [i for i in order[start : start + batch_size] if len(encoded[i]) >= 2]
        if not idx:
            continue
        width = max(len(encoded[i]) for i in idx)
        ids = torch.full((len(idx), width), pad_id, dtype=torch.long)
        mask = torch.zeros((len(idx), width), dtype=torch.long)
        for row, i in enumerate(idx):
            ids[row, : len(encoded[i])] = torch.tensor(encoded[i])
            mask[row, : len(encoded[i])] = 1
        ids, mask = ids.to(device), mask.to(device)
        logits = model(input_ids=ids, attention_mask=mask).logits[:, :-1].float()
        targets = ids[:, 1:]
        nll = torch.nn.functional.cross_entropy(logits.transpose(1, 2), targets, reduction="none")
        valid = mask[:, 1:].bool()
        nll = (nll * valid).sum(dim=1)
        for row, i in enumerate(idx):
            sums[i] = float(nll[row])
            counts[i] = int(valid[row].sum())
    examples = []
    for i in range(len(texts)):
        mean = sums[i] / counts[i] if counts[i] else math.nan
        examples.append(
            ExampleNLL(index=i, tokens=counts[i], nll=mean, perplexity=math.exp(min(mean, 50.0)) if counts[i] else math.nan)
        )
    total = sum(counts)
    mean_nll = sum(sums) / total if total else math.nan
    return PerplexityResult(
        perplexity=math.exp(min(mean_nll, 50.0)) if total else math.nan, mean_nll=mean_nll, tokens=total, examples=examples
    )


def perplexity(
    model_path: str | Path,
    texts: Sequence[str],
    *,
    adapter: str | Path | None = None,
    batch_size: int = 8,
    max_length: int | None = None,
    device: str = "cpu",
) -> PerplexityResult:
    """Perplexity of ``texts`` under the model at ``model_path`` (a base, merged or adapter folder).

    ``adapter``: a PEFT adapter folder to apply on top of ``model_path``.
    """
    if adapter is not None:
        model, tokenizer = load_causal_lm(adapter, base_model=model_path, device=device)
    else:
        model, tokenizer = load_causal_lm(model_path, device=device)
    return perplexity_of(model, tokenizer, texts, batch_size=batch_size, max_length=max_length)
