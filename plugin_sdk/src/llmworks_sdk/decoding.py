"""The token pipeline every inference backend shares: logits → token → text, once, in numpy.

A backend supplies ``feed(token_ids) -> logits``: a stateful function that appends
``token_ids`` to its sequence (the prompt first, then one token per step) and returns the
raw logits ``[vocab]`` (float32 or float64 numpy array) at the last position, plus a
:class:`Detokenizer` (its EOS ids and ``decode(ids)``). :func:`generate_tokens` does the rest:
choosing tokens (:mod:`llmworks_sdk.sampling`: repetition penalty, temperature, top-k, top-p,
seeded draw), log-prob / rank / entropy / top-n, text, stop sequences, EOS,
``max_new_tokens`` and the context limit — by these rules, which every llmworks backend
follows (the PyTorch, ONNX Runtime and Triton backends agree token for token under greedy
decoding):

* the prompt is ``tokenizer(prompt)`` with the tokenizer's own special tokens; an empty
  prompt starts from BOS (EOS when there is none);
* a token's ``token`` text is what it adds to the decoded text (special tokens included),
  decoded over a window that starts 5 tokens before the end of the prompt; a token that
  ends inside a UTF-8 character (a byte-fragment token) adds "" and its bytes appear with the
  token that completes the character, so ``"".join(t.token for t in tokens)`` is the text;
  a NUL character in it is given as U+FFFD (PostgreSQL text cannot hold NUL);
* EOS ends generation and is not yielded;
* **stop sequences**: generation ends at the first occurrence of any of ``params.stop`` in
  the generated text (not the prompt); the text stops right before it (the token that
  straddles it keeps only the part before it, later tokens are dropped), and text that may
  begin a stop sequence is held back until that is decided, so a stop sequence never streams;
* **context length**: at most ``context_length - len(prompt_ids)`` tokens are generated; a
  prompt that leaves no room raises :class:`~llmworks_sdk.errors.Invalid` (a 422). The
  inference plugin checks this before it calls ``stream`` too (``count_tokens``), so the
  error usually comes from there;
* the generator **returns** the finish reason (``StopIteration.value``): ``"eos"``,
  ``"stop"`` or ``"length"`` (:data:`llmworks_sdk.generation.FinishReason`).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from llmworks_sdk.errors import Invalid
from llmworks_sdk.generation import FinishReason, GeneratedToken, GenerationParams, TokenAlternative
from llmworks_sdk.sampling import TokenChooser, score_token

LogitsFn = Callable[[Sequence[int]], np.ndarray]

#: tokens before the end of the prompt that the text of generated tokens is decoded with
_TEXT_WINDOW = 5


class Detokenizer(Protocol):
    """What :func:`generate_tokens` needs of a tokenizer."""

    #: token ids that end generation
    eos_token_ids: frozenset[int]

    def decode(self, ids: Sequence[int]) -> str:
        """The text of ``ids`` with special tokens kept and no clean-up of spaces."""
        ...


def _byte_level_decoder() -> dict[str, int]:
    """GPT-2's byte-level alphabet: the character each byte is written as in the vocabulary → the byte."""
    bs = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    cs = list(bs)
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {chr(c): b for b, c in zip(bs, cs, strict=True)}


_BYTE_LEVEL = _byte_level_decoder()


class TokenBytes:
    """The raw bytes of a token id (what OpenAI's ``bytes`` log-prob field carries), for a
    ``tokenizers.Tokenizer``: byte-level BPE (GPT-2, Llama 3, Qwen), SentencePiece byte fallback
    (``<0xE0>``) and ``▁`` for spaces; special tokens are their text."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        decoder = getattr(tokenizer, "decoder", None)
        self.byte_level = type(decoder).__name__ == "ByteLevel" or "ByteLevel" in repr(decoder)
        try:
            self.special = {int(i) for i, t in tokenizer.get_added_tokens_decoder().items() if t.special}
        except AttributeError:
            self.special = set()
        self._cache: dict[int, list[int]] = {}

    def __call__(self, token_id: int) -> list[int]:
        cached = self._cache.get(token_id)
        if cached is not None:
            return cached
        piece = self.tokenizer.id_to_token(int(token_id))
        if piece is None:
            out = b""
        elif token_id in self.special:
            out = piece.encode("utf-8")
        elif self.byte_level and all(c in _BYTE_LEVEL for c in piece):
            out = bytes(_BYTE_LEVEL[c] for c in piece)
        elif len(piece) == 6 and piece.startswith("<0x") and piece.endswith(">"):
            try:
                out = bytes([int(piece[3:5], 16)])
            except ValueError:
                out = piece.encode("utf-8")
        else:
            out = piece.replace("\u2581", " ").encode("utf-8")
        if len(self._cache) < 500_000:
            self._cache[token_id] = list(out)
        return list(out)


def token_bytes_of(codec: Any, token_id: int) -> list[int] | None:
    """``codec.token_bytes(id)`` when the codec knows its tokens' bytes, else None."""
    fn = getattr(codec, "token_bytes", None)
    return fn(token_id) if fn is not None else None


class TextCodec:
    """Encode prompts and decode tokens with a ``tokenizer.json`` (the ``tokenizers`` package;
    no transformers needed). ``tokenizer`` is a ``tokenizers.Tokenizer``."""

    def __init__(
        self, tokenizer: Any, *, eos_token_ids: Iterable[int] = (), bos_token_id: int | None = None
    ) -> None:
        self.tokenizer = tokenizer
        self.eos_token_ids = frozenset(int(i) for i in eos_token_ids)
        self.start_id = bos_token_id if bos_token_id is not None else min(self.eos_token_ids, default=None)
        self.token_bytes = TokenBytes(tokenizer)

    @classmethod
    def from_folder(
        cls, folder: Path, *, eos_token_ids: Iterable[int] = (), bos_token_id: int | None = None
    ) -> TextCodec:
        from tokenizers import Tokenizer

        path = Path(folder) / "tokenizer.json"
        if not path.is_file():
            raise Invalid(f"{folder} has no tokenizer.json; save the model with a fast tokenizer")
        return cls(Tokenizer.from_file(str(path)), eos_token_ids=eos_token_ids, bos_token_id=bos_token_id)

    def count(self, text: str) -> int:
        return len(self.tokenizer.encode(text, add_special_tokens=True).ids)

    def encode_prompt(self, text: str) -> list[int]:
        ids = list(self.tokenizer.encode(text, add_special_tokens=True).ids)
        if not ids and self.start_id is not None:
            ids = [self.start_id]
        return ids

    def decode(self, ids: Sequence[int]) -> str:
        return self.tokenizer.decode(list(ids), skip_special_tokens=False)


class TextStream:
    """The text each new token adds, decoded with a little context before it."""

    def __init__(self, codec: Detokenizer, prompt_ids: Sequence[int]) -> None:
        self.codec = codec
        self.ids = list(prompt_ids)
        self.start = max(len(self.ids) - _TEXT_WINDOW, 0)  # first id of the decoding window
        self.done = len(self.ids)  # ids before this one have had their text emitted

    def add(self, token_id: int) -> str:
        self.ids.append(token_id)
        before = self.codec.decode(self.ids[self.start : self.done])
        after = self.codec.decode(self.ids[self.start :])
        if len(after) <= len(before) or after.endswith("\ufffd"):
            return ""
        self.start, self.done = self.done, len(self.ids)
        # NUL (a byte-level token a model may sample) as U+FFFD: no database text column stores it.
        return after[len(before) :].replace("\x00", "\ufffd")


class StopBuffer:
    """Releases tokens once their text cannot be part of a stop sequence."""

    def __init__(self, stops: Sequence[str]) -> None:
        self.stops = [s for s in stops if s]
        self.longest = max((len(s) for s in self.stops), default=0)
        self.pending: list[GeneratedToken] = []

    def push(self, token: GeneratedToken) -> tuple[list[GeneratedToken], bool]:
        """Add a token; return the tokens to yield now and whether a stop sequence ended the text."""
        if not self.stops:
            return [token], False
        self.pending.append(token)
        text = "".join(t.token for t in self.pending)
        hits = [i for i in (text.find(s) for s in self.stops) if i >= 0]
        if hits:
            return _cut(self.pending, min(hits)), True
        safe = self._safe_length(text)
        ready: list[GeneratedToken] = []
        while self.pending and len(self.pending[0].token) <= safe:
            safe -= len(self.pending[0].token)
            ready.append(self.pending.pop(0))
        return ready, False

    def _safe_length(self, text: str) -> int:
        """Length of the prefix of ``text`` that no stop sequence can start in."""
        for start in range(max(0, len(text) - self.longest + 1), len(text)):
            if any(s.startswith(text[start:]) for s in self.stops):
                return start
        return len(text)

    def flush(self) -> list[GeneratedToken]:
        ready, self.pending = self.pending, []
        return ready


def _cut(tokens: list[GeneratedToken], cut: int) -> list[GeneratedToken]:
    """The tokens before character ``cut`` of their joined text, the last one trimmed."""
    out: list[GeneratedToken] = []
    used = 0
    for token in tokens:
        if used >= cut:
            break
        if used + len(token.token) > cut:
            token = token.model_copy(update={"token": token.token[: cut - used]})
        used += len(token.token)
        out.append(token)
    return out


def generate_tokens(
    feed: LogitsFn,
    codec: Detokenizer,
    prompt_ids: Sequence[int],
    params: GenerationParams,
    *,
    context_length: int,
) -> Generator[GeneratedToken, None, FinishReason]:
    """Yield the generated tokens of one request; return the finish reason (see the module)."""
    prompt_ids = list(prompt_ids)
    room = context_length - len(prompt_ids)
    if room < 1 or not prompt_ids:
        raise Invalid(
            f"the prompt has {len(prompt_ids)} tokens; this model's context is {context_length}",
            field=("body", "prompt"),
        )
    choose = TokenChooser(params)
    text = TextStream(codec, prompt_ids)
    stops = StopBuffer(params.stop)
    context = list(prompt_ids)
    logits = feed(prompt_ids)
    for index in range(min(params.max_new_tokens, room)):
        if index:
            logits = feed(context[-1:])
        token_id = choose(logits, context)
        if token_id in codec.eos_token_ids:
            yield from stops.flush()
            return "eos"
        context.append(token_id)
        ready, stopped = stops.push(_token(index, token_id, text.add(token_id), logits, params, codec))
        yield from ready
        if stopped:
            return "stop"
    yield from stops.flush()
    return "length"


def _token(
    index: int, token_id: int, piece: str, logits: np.ndarray, params: GenerationParams, codec: Detokenizer
) -> GeneratedToken:
    if not params.logprobs:
        return GeneratedToken(index=index, token_id=token_id, token=piece)
    score = score_token(logits, token_id, params.top_logprobs)
    return GeneratedToken(
        index=index,
        token_id=token_id,
        token=piece,
        logprob=score.logprob,
        rank=score.rank,
        entropy=score.entropy,
        top=[TokenAlternative(token_id=i, token=codec.decode([i]), logprob=lp, bytes=token_bytes_of(codec, i))
             for i, lp in score.top],
        bytes=token_bytes_of(codec, token_id),
    )
