"""A scripted inference backend for the browser tests of the safety pages (run.sh loads it with
LLMWORKS_EXTRA_PLUGINS): it answers "You said: <the prompt it received>. " followed by a contact
line with an e-mail address, so the output filters have something real to redact; a prompt that
contains "be rude" makes the answer end with a banned word, so a blocking filter stops it.
The random demo model cannot be steered to say these things."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from llmworks_sdk import GeneratedToken, hookimpl

CONTACT = " Write to our lead, priya.sharma@example.com, for more."
RUDE = " Honestly, you fucking idiot."


class _Model:
    memory_bytes = 1
    context_length = 100_000

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def stream(self, prompt: str, params: Any, *, adapter: str | None = None) -> Iterator[GeneratedToken]:
        text = f"You said: {prompt.strip()}." + CONTACT + (RUDE if "be rude" in prompt else "")
        pieces = re.findall(r"\s*\S{1,4}", text)
        for i, piece in enumerate(pieces[: params.max_new_tokens]):
            yield GeneratedToken(index=i, token_id=1000 + i, token=piece, logprob=-0.05 * (i % 7))
        return "eos" if len(pieces) <= params.max_new_tokens else "length"

    def close(self) -> None:
        pass


class EchoBackend:
    name = "uitest-echo"
    description = "browser tests: repeats the prompt it received and adds a contact line"
    supports_attention = False
    supports_adapters = False

    def available(self) -> tuple[bool, str]:
        return True, ""

    def load(self, ref: Any) -> _Model:
        return _Model()


@hookimpl
def register_inference_backends(register: Any) -> None:
    register(EchoBackend())
