"""Token ids to streamed text: incremental detokenisation and stop sequences.

Text rules every llmworks backend follows:

- A token's ``token`` text is what it adds to the decoded text (special tokens included,
  ``skip_special_tokens=False``), computed over a sliding window that starts 5 tokens before
  the end of the prompt; a token that ends inside an incomplete UTF-8 character adds "" and
  its bytes appear with the next token. So ``"".join(t.token for t in tokens)`` is the text.
- EOS ends generation and is not yielded.
- Stop sequences: generation ends at the first occurrence of any stop sequence in the
  generated text; the text stops right before it (the token that straddles it keeps only
  the part before it, tokens after it are dropped). Tokens whose text might be the start of
  a stop sequence are held back until that is decided, so a stop sequence never streams.
"""

from __future__ import annotations

from collections.abc import Sequence

_WINDOW = 5


class IncrementalDecoder:
    """Text added by each new token, robust to multi-byte characters and SentencePiece spaces."""

    def __init__(self, tokenizer, prompt_ids: Sequence[int]):
        self.tokenizer = tokenizer
        self.ids = list(prompt_ids)
        self.prefix_offset = max(len(self.ids) - _WINDOW, 0)
        self.read_offset = len(self.ids)

    def _decode(self, ids: Sequence[int]) -> str:
        return self.tokenizer.decode(ids, skip_special_tokens=False, clean_up_tokenization_spaces=False)

    def add(self, token_id: int) -> str:
        self.ids.append(token_id)
        prefix = self._decode(self.ids[self.prefix_offset : self.read_offset])
        full = self._decode(self.ids[self.prefix_offset :])
        if len(full) > len(prefix) and not full.endswith("\ufffd"):
            self.prefix_offset, self.read_offset = self.read_offset, len(self.ids)
            return full[len(prefix) :]
        return ""


class StopMatcher:
    """Holds back text that may begin a stop sequence; finds the first complete one.

    Feed the pending (not yet emitted) text; ``find`` returns the cut position of the
    earliest stop sequence in it, ``safe_length`` how much of it can be emitted now.
    """

    def __init__(self, stops: Sequence[str]):
        self.stops = [s for s in stops if s]

    def find(self, pending: str) -> int | None:
        hits = [i for i in (pending.find(s) for s in self.stops) if i >= 0]
        return min(hits) if hits else None

    def safe_length(self, pending: str) -> int:
        """Length of the prefix of ``pending`` that cannot be part of a stop sequence."""
        for start in range(max(0, len(pending) - max((len(s) for s in self.stops), default=0) + 1), len(pending)):
            tail = pending[start:]
            if any(s.startswith(tail) for s in self.stops):
                return start
        return len(pending)
