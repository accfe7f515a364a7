"""Output filtering on the token stream with a hold-back window.

    guard = StreamGuard(active, window=48)
    for tok in backend_tokens:
        for out in guard.feed(tok):       # tokens safe to send (redacted copies where needed)
            send(out)
        if guard.blocked:
            break                         # finish_reason "content_filter"
    for out in guard.finish():
        send(out)

How it works: the raw text is accumulated; nothing within ``window`` characters of its end is
released. When at least ``window + step`` characters are pending, the filters scan the pending
text (with up to ``window`` characters of already released text before it as context), and the
guard releases whole tokens up to ``len(text) - window``, moved back so that it never cuts a
finding or a word in two. A finding no longer than ``window`` characters is therefore complete
(and recognisable) before any of it is released, so a PII value or a banned word is never sent,
not even in part. A ``block`` finding stops the stream: the held-back text is dropped.

Redaction is per token: a token overlapping a redacted span is replaced by a copy whose text is
the redacted rendering of its part (the label goes to the token where the span starts), with
its ``token_id`` set to -1 and its alternatives (``top``) removed, so neither the ids nor the
alternatives leak the value. The non-streaming path runs the same guard over the same tokens,
so its text is exactly the concatenation of what a stream sends.

Output length limits of the ``length`` filter (``max_output_chars``, ``max_output_tokens``) are
enforced here on the whole output: the text is cut at the limit and the stream stops
(``stop_reason`` "length").
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from llmworks_sdk import GeneratedToken
from llmworks_sdk.safety import Finding

from llmworks_safety.pipeline import Active, FilterRun, Flagged, overall, public_findings, redaction_spans, scan

DEFAULT_WINDOW = 48
MIN_WINDOW, MAX_WINDOW = 8, 1024


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_@.-'" or (not ch.isascii() and not ch.isspace())


class StreamGuard:
    def __init__(self, active: Sequence[Active], *, window: int = DEFAULT_WINDOW, step: int = 16,
                 count_tokens: Callable[[str], int] | None = None, project_id: int | None = None) -> None:
        self.active = [a for a in active if "output" in a.stages and "output" in a.filter.stages and a.name != "length"]
        length = next((a for a in active if a.name == "length" and "output" in a.stages), None)
        self.max_chars = int(length.options["max_output_chars"]) if length and length.options.get("max_output_chars") else None
        self.max_tokens = int(length.options["max_output_tokens"]) if length and length.options.get("max_output_tokens") else None
        self.length_action = length.action if length else "block"
        self.window = max(MIN_WINDOW, min(MAX_WINDOW, int(window)))
        self.step = max(1, step)
        self.count_tokens = count_tokens
        self.project_id = project_id
        self.text = ""
        self.tokens: list[tuple[GeneratedToken, int, int]] = []  # token, raw start, raw end
        self.released = 0          # number of tokens released
        self.committed = 0         # raw offset up to which text is released
        self.blocked = False
        self.stop_reason: str | None = None  # "content_filter" | "length"
        self.flagged: dict[tuple[str, str, int, int], Flagged] = {}
        self.runs: dict[str, FilterRun] = {}
        self.latency_ms = 0.0
        self.scans = 0
        self.out_text: list[str] = []

    # ------------------------------------------------------------ public
    @property
    def action(self) -> str:
        return overall(self.flagged.values())

    def feed(self, token: GeneratedToken) -> list[GeneratedToken]:
        if self.blocked:
            return []
        start = len(self.text)
        self.text += token.token
        self.tokens.append((token, start, len(self.text)))
        if self._over_length():
            return self._cut_at_length()
        if len(self.text) - self.committed < self.window + self.step:
            return []
        return self._evaluate(final=False)

    def finish(self) -> list[GeneratedToken]:
        if self.blocked:
            return []
        return self._evaluate(final=True)

    def public(self) -> dict[str, Any]:
        return {"action": self.action if not self.blocked or self.stop_reason == "length" else "block",
                "findings": public_findings(self.text, list(self.flagged.values())),
                "filters": [r.public() for r in self.runs.values()], "latency_ms": round(self.latency_ms, 3),
                "window_chars": self.window, "scans": self.scans, "stopped": self.stop_reason}

    @property
    def released_text(self) -> str:
        return "".join(self.out_text)

    # ------------------------------------------------------------ internals
    def _over_length(self) -> bool:
        if self.max_chars is not None and len(self.text) > self.max_chars:
            return True
        return self.max_tokens is not None and len(self.tokens) > self.max_tokens

    def _cut_at_length(self) -> list[GeneratedToken]:
        """Drop the tokens beyond the limit, release the rest (filtered), and stop."""
        limit_chars = self.max_chars if self.max_chars is not None else len(self.text)
        keep = [t for t in self.tokens[: self.max_tokens if self.max_tokens is not None else None] if t[2] <= limit_chars]
        self.tokens = keep
        self.text = self.text[: keep[-1][2]] if keep else ""
        which = "max_output_tokens" if self.max_tokens is not None and len(keep) == self.max_tokens else "max_output_chars"
        f = Finding("length", "LENGTH", len(self.text), len(self.text), 1.0, which, "the output reached its length limit",
                    label="")
        self.flagged[("length", "LENGTH", f.start, f.end)] = Flagged(f, self.length_action)
        out = self._evaluate(final=True)
        if not self.blocked:
            self.blocked, self.stop_reason = True, "length"
        return out

    def _evaluate(self, *, final: bool) -> list[GeneratedToken]:
        t0 = time.perf_counter()
        context_start = max(0, self.committed - self.window)
        segment = self.text[context_start:]
        flagged, runs = scan(self.active, segment, "output", count_tokens=self.count_tokens, project_id=self.project_id)
        self.scans += 1
        for r in runs:
            prev = self.runs.get(r.name)
            if prev is None:
                self.runs[r.name] = FilterRun(r.name, r.latency_ms, r.findings, r.status, r.reason)
            else:
                prev.latency_ms += r.latency_ms
                prev.findings += r.findings
                if r.status != "ok":
                    prev.status, prev.reason = r.status, r.reason
        # shift to whole-text offsets; findings entirely inside released text were dealt with already
        shifted = [Flagged(Finding(**{**f.finding.__dict__, "start": f.finding.start + context_start,
                                      "end": f.finding.end + context_start}), f.action) for f in flagged]
        live = [f for f in shifted if f.finding.end > self.committed or f.finding.start >= self.committed]
        out: list[GeneratedToken] = []
        if any(f.action == "block" for f in live):
            self.blocked, self.stop_reason = True, "content_filter"
            self._record(f for f in live if f.action == "block")
        else:
            boundary = len(self.text) if final else self._boundary(len(self.text) - self.window, live)
            out = self._release(boundary, redaction_spans(live))
            # what the released text was checked against (findings still in the window are seen again later)
            self._record(f for f in live if f.finding.start < self.committed or (final and f.finding.start <= self.committed))
        self.latency_ms += (time.perf_counter() - t0) * 1000
        return out

    def _record(self, flagged: Any) -> None:
        for f in flagged:
            self.flagged.setdefault((f.finding.filter, f.finding.type, f.finding.start, f.finding.end), f)

    def _boundary(self, candidate: int, live: Sequence[Flagged]) -> int:
        b = candidate
        moved = True
        while moved:
            moved = False
            for f in live:
                if f.finding.start < b < f.finding.end:
                    b, moved = f.finding.start, True
            floor = max(self.committed, candidate - self.window)  # a run without spaces is still released
            while b > floor and _word_char(self.text[b - 1]) and b < len(self.text) and _word_char(self.text[b]):
                b -= 1
                moved = True
        return max(b, self.committed)

    def _release(self, boundary: int, spans: Sequence[tuple[int, int, str]]) -> list[GeneratedToken]:
        out: list[GeneratedToken] = []
        while self.released < len(self.tokens) and self.tokens[self.released][2] <= boundary:
            tok, s, e = self.tokens[self.released]
            self.released += 1
            rendered = self._render(s, e, spans)
            self.committed = e
            if rendered == tok.token:
                out.append(tok)
            else:
                out.append(tok.model_copy(update={"token": rendered, "token_id": -1, "top": [], "rank": None}))
            self.out_text.append(rendered)
        return out

    def _render(self, s: int, e: int, spans: Sequence[tuple[int, int, str]]) -> str:
        pieces, pos = [], s
        for a, b, label in spans:
            if b <= s or a >= e:
                continue
            if a > pos:
                pieces.append(self.text[pos:a])
            if a >= s:
                pieces.append(label)
            pos = max(pos, min(e, b))
        pieces.append(self.text[pos:e])
        return "".join(pieces)
