"""``length``: input and output limits in characters and in tokens (per policy, so per route).

Options: ``max_input_chars``, ``max_input_tokens``, ``max_output_chars``, ``max_output_tokens``
(each optional). Tokens are counted with the served model's tokenizer; in the test box, where
no model is known, token limits are reported as not checked. A finding covers the part of the
text beyond the limit: redacting it cuts the text there, blocking refuses the input (or stops
the output at the limit).
"""

from __future__ import annotations

from llmworks_sdk.safety import FilterContext, Finding

OPTIONS = ("max_input_chars", "max_input_tokens", "max_output_chars", "max_output_tokens")


def _limit(ctx: FilterContext, key: str) -> int | None:
    value = ctx.options.get(key)
    return int(value) if value is not None else None


def _token_cut(text: str, limit: int, count: object) -> int:
    """The longest prefix length whose token count is at most ``limit`` (binary search on characters)."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if count(text[:mid]) <= limit:  # type: ignore[operator]
            lo = mid
        else:
            hi = mid - 1
    return lo


class LengthFilter:
    name = "length"
    description = "Length cutoffs of the input and the output, in characters and tokens"
    stages = ("input", "output")
    default_action = "block"
    default_threshold: float | None = None
    cost = 0
    options_schema = {k: "a positive integer (optional)" for k in OPTIONS}

    def available(self) -> tuple[bool, str]:
        return True, ""

    def check(self, text: str, ctx: FilterContext) -> list[Finding]:
        chars = _limit(ctx, f"max_{ctx.stage}_chars")
        tokens = _limit(ctx, f"max_{ctx.stage}_tokens")
        out: list[Finding] = []
        if chars is not None and len(text) > chars:
            out.append(Finding(self.name, "LENGTH", chars, len(text), 1.0, f"max_{ctx.stage}_chars",
                               f"the {ctx.stage} is {len(text)} characters long; the limit is {chars}", label=""))
        if tokens is not None and ctx.count_tokens is not None and len(text) > tokens:
            n = ctx.count_tokens(text)
            if n > tokens:
                cut = _token_cut(text, tokens, ctx.count_tokens)
                out.append(Finding(self.name, "LENGTH", cut, len(text), 1.0, f"max_{ctx.stage}_tokens",
                                   f"the {ctx.stage} is {n} tokens long; the limit is {tokens}", label=""))
        return out
