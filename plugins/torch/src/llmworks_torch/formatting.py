"""Turn dataset rows into token ids and loss labels.

Three row shapes are accepted (see ``training_config.DATASET_SHAPES``):

- ``{"text": ...}``: the text, then EOS; loss on every token;
- ``{"prompt": ..., "completion": ...}``: prompt then completion then EOS; with
  ``completion_only`` the prompt tokens get label -100 (no loss);
- ``{"messages": [{"role", "content"}, ...]}``: rendered by the tokenizer's chat template;
  when the last message is the assistant's and ``completion_only`` is set, the loss covers
  that answer only (the conversation before it, rendered with ``add_generation_prompt``, is
  the prompt).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from llmworks_sdk.expressions import limit_int

IGNORE_INDEX = -100


@dataclass
class Example:
    input_ids: list[int]
    labels: list[int]


def row_problem(row: Any) -> str | None:
    """Why ``row`` cannot be formatted (wrong shape or types), or None."""
    if not isinstance(row, Mapping):
        return "a row must be an object"
    if "messages" in row:
        messages = row["messages"]
        if not isinstance(messages, list) or not messages:
            return "'messages' must be a non-empty list of {role, content}"
        for m in messages:
            if not isinstance(m, Mapping) or not isinstance(m.get("role"), str) or not isinstance(m.get("content"), str):
                return "every message needs a string 'role' and a string 'content'"
        return None
    if "prompt" in row and "completion" in row:
        ok = all(isinstance(row[k], str | None) for k in ("prompt", "completion"))
        return None if ok else "'prompt' and 'completion' must be strings"
    if "text" in row:
        return None if isinstance(row["text"], str | None) else "'text' must be a string"
    return "a row needs 'text', 'prompt' and 'completion', or 'messages'"


def split_prompt_completion(row: Mapping[str, Any], tokenizer) -> tuple[str, str, bool]:
    """(prompt text, completion text, whether the texts are already templated) of a row."""
    if "messages" in row and row["messages"]:
        messages = list(row["messages"])
        if messages[-1].get("role") == "assistant" and len(messages) > 1:
            prompt = tokenizer.apply_chat_template(messages[:-1], tokenize=False, add_generation_prompt=True)
            full = tokenizer.apply_chat_template(messages, tokenize=False)
            if full.startswith(prompt):
                return prompt, full[len(prompt) :], True
        return "", tokenizer.apply_chat_template(messages, tokenize=False), True
    if "prompt" in row and "completion" in row:
        return str(row["prompt"] or ""), str(row["completion"] or ""), False
    if "text" in row:
        return "", str(row["text"] or ""), False
    raise ValueError(f"row has none of text, prompt+completion, messages: columns {sorted(row)}")


def row_text(row: Mapping[str, Any], tokenizer) -> str:
    """The whole row as one string (what perplexity and evaluation score)."""
    prompt, completion, _ = split_prompt_completion(row, tokenizer)
    return prompt + completion


def encode_row(row: Mapping[str, Any], tokenizer, max_length: int, *, completion_only: bool = True,
               overlong: str = "truncate", stats: OverlongStats | None = None) -> Example | None:
    """Token ids and labels of one row, cut to ``max_length`` (``overlong="truncate"``) or left
    out (``"drop"``) when longer; None if nothing is left to learn. ``stats`` counts such rows."""
    prompt, completion, templated = split_prompt_completion(row, tokenizer)
    # Only max_length tokens are kept: cut the text first so a huge row never reaches the tokeniser whole
    cap = max_length * limit_int("PROMPT_CHARS_PER_TOKEN")
    cut_chars = len(prompt) > cap or len(completion) > cap
    prompt, completion = prompt[:cap], completion[:cap]
    # Chat templates already carry BOS/EOS; plain text gets the tokenizer's own special tokens.
    special = not templated
    prompt_ids = tokenizer(prompt, add_special_tokens=special)["input_ids"] if prompt else []
    completion_ids = tokenizer(completion, add_special_tokens=special and not prompt_ids)["input_ids"]
    eos = tokenizer.eos_token_id
    if not templated and eos is not None and (not completion_ids or completion_ids[-1] != eos):
        completion_ids = [*completion_ids, eos]
    n_tokens = len(prompt_ids) + len(completion_ids)
    if n_tokens > max_length or cut_chars:
        if stats is not None:
            stats.add(n_tokens, dropped=overlong == "drop")
        if overlong == "drop":
            return None
    input_ids = (prompt_ids + completion_ids)[:max_length]
    if completion_only and prompt_ids:
        labels = ([IGNORE_INDEX] * len(prompt_ids) + completion_ids)[:max_length]
    else:
        labels = list(input_ids)
    if len(input_ids) < 2 or all(label == IGNORE_INDEX for label in labels[1:]):
        return None
    return Example(input_ids, labels)


@dataclass
class OverlongStats:
    """Rows longer than ``max_seq_length``: how many, cut or left out, and the longest (tokens)."""

    rows: int = 0
    truncated: int = 0
    dropped: int = 0
    longest: int = 0

    def add(self, n_tokens: int, *, dropped: bool) -> None:
        self.rows += 1
        self.longest = max(self.longest, n_tokens)
        if dropped:
            self.dropped += 1
        else:
            self.truncated += 1

    def message(self, split: str, total: int, max_length: int) -> str | None:
        if not self.rows:
            return None
        what = f"truncated to {max_length} tokens" if self.truncated else "dropped"
        return (f"{self.rows} of {total} {split} rows are longer than max_seq_length={max_length} "
                f"(longest {self.longest} tokens) and were {what}; set overlong_rows='drop' or 'truncate', "
                "or raise max_seq_length up to the model's context")


def encode_rows(rows: Iterable[Mapping[str, Any]], tokenizer, max_length: int, *, completion_only: bool = True,
                overlong: str = "truncate", stats: OverlongStats | None = None) -> list[Example]:
    out = []
    for row in rows:
        ex = encode_row(row, tokenizer, max_length, completion_only=completion_only, overlong=overlong, stats=stats)
        if ex is not None:
            out.append(ex)
    return out


def pad_batch(examples: list[Example], pad_token_id: int) -> dict[str, Any]:
    """Right-padded ``input_ids``/``attention_mask``/``labels`` tensors of a batch."""
    import torch

    width = max(len(e.input_ids) for e in examples)
    ids = torch.full((len(examples), width), pad_token_id, dtype=torch.long)
    mask = torch.zeros((len(examples), width), dtype=torch.long)
    labels = torch.full((len(examples), width), IGNORE_INDEX, dtype=torch.long)
    for i, e in enumerate(examples):
        n = len(e.input_ids)
        ids[i, :n] = torch.tensor(e.input_ids)
        mask[i, :n] = 1
        labels[i, :n] = torch.tensor(e.labels)
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}
