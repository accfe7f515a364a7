"""OpenAI API shapes: request parameters to :class:`GenerationParams` and back, and the
response, chunk and log-prob objects of ``/v1/chat/completions`` and ``/v1/completions``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from llmworks_sdk import GeneratedToken, GenerationParams

FINISH = {"eos": "stop", "stop": "stop", "length": "length", "content_filter": "content_filter"}


def params_to_openai(params: GenerationParams, *, chat: bool) -> dict[str, Any]:
    """The OpenAI request fields for the parameters that were set (``top_k`` and
    ``repetition_penalty`` are llmworks extensions that ``/v1`` accepts too)."""
    given = params.model_dump(exclude_unset=True)
    out: dict[str, Any] = {}
    names = {"max_new_tokens": "max_tokens", "temperature": "temperature", "top_p": "top_p", "stop": "stop",
             "seed": "seed", "top_k": "top_k", "repetition_penalty": "repetition_penalty"}
    for ours, theirs in names.items():
        if ours in given:
            out[theirs] = given[ours]
    if chat:
        if "logprobs" in given:
            out["logprobs"] = given["logprobs"]
        if "top_logprobs" in given:
            out["top_logprobs"] = given["top_logprobs"]
    elif given.get("logprobs"):
        out["logprobs"] = min(given.get("top_logprobs", 5), 5)
    return out


def openai_to_params(body: Any, *, chat: bool) -> dict[str, Any]:
    """The :class:`GenerationParams` fields an OpenAI request sets (unset fields keep the route's defaults)."""
    out: dict[str, Any] = {}
    max_tokens = getattr(body, "max_completion_tokens", None) or body.max_tokens
    if max_tokens is not None:
        out["max_new_tokens"] = max_tokens
    for name in ("temperature", "top_p", "seed", "top_k", "repetition_penalty"):
        if getattr(body, name) is not None:
            out[name] = getattr(body, name)
    if body.stop is not None:
        out["stop"] = [body.stop] if isinstance(body.stop, str) else list(body.stop)
    if chat:
        out["logprobs"] = bool(body.logprobs)
        out["top_logprobs"] = (body.top_logprobs or 0) if body.logprobs else 0
    else:
        out["logprobs"] = body.logprobs is not None
        out["top_logprobs"] = body.logprobs or 0
    return out


def _bytes(tok: Any) -> list[int]:
    """The token's own bytes (a byte-fragment token's part of a character), else its text's."""
    own = getattr(tok, "bytes", None)
    return list(own) if own is not None else list(tok.token.encode("utf-8"))


def _label(tok: Any, *, legacy: bool) -> str:
    """A token as OpenAI writes it: its text when its own bytes are whole UTF-8, else the bytes
    escaped (``bytes:\\xe0\\xa4`` in completions, ``\\xe0\\xa4`` in chat), so byte-fragment
    tokens are never empty and never collide on U+FFFD."""
    raw = bytes(_bytes(tok))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        escaped = "".join(f"\\x{b:02x}" for b in raw)
        return f"bytes:{escaped}" if legacy else escaped


def chat_logprob(tok: GeneratedToken, top_n: int) -> dict[str, Any]:
    return {"token": _label(tok, legacy=False), "logprob": tok.logprob, "bytes": _bytes(tok),
            "top_logprobs": [{"token": _label(a, legacy=False), "logprob": a.logprob, "bytes": _bytes(a)}
                             for a in tok.top[:top_n]]}


def completion_logprobs(tokens: Sequence[GeneratedToken], top_n: int, offset: int = 0) -> dict[str, Any]:
    """OpenAI's legacy ``logprobs``: ``text_offset`` is where each token's text starts in the
    completion (a byte-fragment token shares the offset of the character it begins)."""
    offsets, pos = [], offset
    for t in tokens:
        offsets.append(pos)
        pos += len(t.token)
    return {
        "tokens": [_label(t, legacy=True) for t in tokens],
        "token_logprobs": [t.logprob for t in tokens],
        "top_logprobs": [{_label(a, legacy=True): a.logprob for a in t.top[:top_n]} for t in tokens] if top_n else None,
        "text_offset": offsets,
    }


def usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    return {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens}


def extension(summary: dict[str, Any]) -> dict[str, Any]:
    """llmworks details carried along in responses (clients ignore unknown fields)."""
    keys = ("route", "project_id", "backend", "model", "latency_ms", "time_to_first_token_ms", "tokens_per_second", "metrics",
            "ab", "safety", "language")
    return {k: summary.get(k) for k in keys}
