"""The generation loop shared by the ONNX Runtime and Triton backends.

A backend supplies ``feed(token_ids) -> logits``: a stateful function that appends
``token_ids`` to its sequence (the prompt first, then one token per step) and returns the
raw float32 logits ``[vocab]`` at the last position. Everything else — choosing tokens
(:mod:`llmworks_onnx.sampling`), log-probs, text, stop sequences, EOS, ``max_new_tokens``
and the context limit — happens here, once, by the rules the PyTorch backend
(``llmworks_torch.textstream``) states for every llmworks backend:

* the prompt is ``tokenizer(prompt)`` with the tokenizer's own special tokens; an empty
  prompt starts from BOS (EOS when there is none);
* a token's ``token`` text is what it adds to the decoded text (special tokens included),
  decoded over a window that starts 5 tokens before the end of the prompt; a token that
  ends inside a UTF-8 character adds "" and its bytes appear with the next token;
* EOS ends generation and is not yielded;
* generation ends at the first stop sequence in the generated text; the text stops right
  before it (the straddling token keeps the part before it, later tokens are dropped), and
  text that may begin a stop sequence is held back until that is decided;
* the generator returns the finish reason: ``"eos"``, ``"stop"`` or ``"length"``.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Sequence
from pathlib import Path

import numpy as np
from llmworks_onnx.sampling import TokenChooser, score_token
from llmworks_sdk.errors import Invalid
from llmworks_sdk.generation import GeneratedToken, GenerationParams, TokenAlternative
from tokenizers import Tokenizer

LogitsFn = Callable[[Sequence[int]], np.ndarray]

#: tokens before the end of the prompt that the text of generated tokens is decoded with
_TEXT_WINDOW = 5


class TextCodec:
    """Encode prompts and decode tokens with a ``tokenizer.json`` (no transformers needed)."""

    def __init__(
        self, tokenizer: Tokenizer, *, eos_token_ids: Iterable[int] = (), bos_token_id: int | None = None
    ) -> None:
        self.tokenizer = tokenizer
        self.eos_token_ids = frozenset(int(i) for i in eos_token_ids)
        self.start_id = bos_token_id if bos_token_id is not None else min(self.eos_token_ids, default=None)

    @classmethod
    def from_folder(
        cls, folder: Path, *, eos_token_ids: Iterable[int] = (), bos_token_id: int | None = None
    ) -> TextCodec:
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


class _TextStream:
    """The text each new token adds, decoded with a little context before it."""

    def __init__(self, codec: TextCodec, prompt_ids: Sequence[int]) -> None:
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
        return after[len(before) :]


class _StopBuffer:
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
    codec: TextCodec,
    prompt_ids: Sequence[int],
    params: GenerationParams,
    *,
    context_length: int,
) -> Generator[GeneratedToken, None, str]:
    """Yield the generated tokens of one request; return the finish reason."""
    prompt_ids = list(prompt_ids)
    room = context_length - len(prompt_ids)
    if room < 1 or not prompt_ids:
        raise Invalid(
            f"the prompt has {len(prompt_ids)} tokens; this model's context is {context_length}",
            field=("body", "prompt"),
        )
    choose = TokenChooser(params)
    text = _TextStream(codec, prompt_ids)
    stops = _StopBuffer(params.stop)
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
    index: int, token_id: int, piece: str, logits: np.ndarray, params: GenerationParams, codec: TextCodec
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
        top=[TokenAlternative(token_id=i, token=codec.decode([i]), logprob=lp) for i, lp in score.top],
    )
