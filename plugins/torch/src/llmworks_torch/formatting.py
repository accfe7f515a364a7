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


def encode_row(row: Mapping[str, Any], tokenizer, max_length: int, *, completion_only: bool = True) -> Example | None:
    """Token ids and labels of one row, truncated to ``max_length``; None if nothing is left to learn."""
    prompt, completion, templated = split_prompt_completion(row, tokenizer)
    # Chat templates already carry BOS/EOS; plain text gets the tokenizer's own special tokens.
    special = not templated
    prompt_ids = tokenizer(prompt, add_special_tokens=special)["input_ids"] if prompt else []
    completion_ids = tokenizer(completion, add_special_tokens=special and not prompt_ids)["input_ids"]
    eos = tokenizer.eos_token_id
    if not templated and eos is not None and (not completion_ids or completion_ids[-1] != eos):
        completion_ids = [*completion_ids, eos]
    input_ids = (prompt_ids + completion_ids)[:max_length]
    if completion_only and prompt_ids:
        labels = ([IGNORE_INDEX] * len(prompt_ids) + completion_ids)[:max_length]
    else:
        labels = list(input_ids)
    if len(input_ids) < 2 or all(label == IGNORE_INDEX for label in labels[1:]):
        return None
    return Example(input_ids, labels)


def encode_rows(rows: Iterable[Mapping[str, Any]], tokenizer, max_length: int, *, completion_only: bool = True) -> list[Example]:
    out = []
    for row in rows:
        ex = encode_row(row, tokenizer, max_length, completion_only=completion_only)
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
