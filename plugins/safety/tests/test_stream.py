"""The hold-back window: nothing of a PII value or a banned word is ever sent, and the streamed
text equals the non-streaming text."""

from __future__ import annotations

import re

import pytest
from llmworks_safety.filters.offensive import OffensiveFilter
from llmworks_safety.filters.pii import PiiFilter
from llmworks_safety.pipeline import Active
from llmworks_safety.stream import StreamGuard
from llmworks_sdk import GeneratedToken, TokenAlternative

TEXT = ("Sure. You can reach our support lead at priya.sharma@example.com or on +91 98765 43210 any time. "
        "That guy is a fucking idiot though, honestly. Have a good day and thanks for asking!")
SECRETS = ["priya.sharma@example.com", "+91 98765 43210", "fucking"]


def tokens(text, size):
    return [GeneratedToken(index=i, token_id=1000 + i, token=t, logprob=-0.5,
                           top=[TokenAlternative(token_id=1000 + i, token=t, logprob=-0.5)])
            for i, t in enumerate(re.findall(rf"\s*\S{{1,{size}}}", text))]


def active(offensive_action="redact"):
    return [Active(PiiFilter(), "redact", 0.4), Active(OffensiveFilter(), offensive_action, 0.8)]


def stream(guard, toks):
    sent = []
    for t in toks:
        sent.extend(guard.feed(t))
        if guard.blocked:
            break
    sent.extend(guard.finish())
    return sent


@pytest.mark.parametrize("size", [1, 3, 7])
def test_no_prefix_of_a_secret_is_ever_sent(size):
    guard = StreamGuard(active(), window=48)
    sent_text = ""
    for t in tokens(TEXT, size):
        for out in guard.feed(t):
            sent_text += out.token
            for secret in SECRETS:  # not even the first 4 characters of a value followed by the rest so far
                for n in range(4, len(secret) + 1):
                    assert not sent_text.endswith(secret[:n]) or secret[:n] in ("+91 ",), (secret[:n], sent_text)
    for out in guard.finish():
        sent_text += out.token
    for secret in SECRETS:
        assert secret not in sent_text
    assert sent_text == ("Sure. You can reach our support lead at <EMAIL> or on <PHONE> any time. "
                         "That guy is a <PROFANITY> <PROFANITY> though, honestly. Have a good day and thanks for asking!")


def test_redacted_tokens_carry_no_ids_or_alternatives():
    sent = stream(StreamGuard(active(), window=48), tokens(TEXT, 3))
    changed = [t for t in sent if t.token_id == -1]
    assert changed and all(t.top == [] for t in changed)
    assert all("@" not in alt.token for t in sent for alt in t.top)
    assert [t.index for t in sent] == sorted(t.index for t in sent)


def test_stream_and_non_stream_agree_for_any_chunking():
    texts = set()
    for size in (2, 5, 11):
        texts.add("".join(t.token for t in stream(StreamGuard(active(), window=48), tokens(TEXT, size))))
    assert len(texts) == 1


def test_block_stops_and_drops_the_window():
    guard = StreamGuard(active(offensive_action="block"), window=48)
    sent = "".join(t.token for t in stream(guard, tokens(TEXT, 4)))
    assert guard.blocked and guard.stop_reason == "content_filter"
    assert "fuck" not in sent and sent.startswith("Sure.")
    assert guard.public()["action"] == "block"


def test_clean_text_is_delayed_by_the_window_only():
    text = "The colour of the sky is blue and the grass is green in the spring. " * 3
    guard = StreamGuard(active(), window=32, step=8)
    first = None
    for i, t in enumerate(tokens(text, 4)):
        if guard.feed(t) and first is None:
            first = i
            released_chars = sum(len(x.token) for x in tokens(text, 4)[: i + 1])
    assert first is not None and released_chars <= 32 + 8 + 8
    rest = guard.finish()
    assert rest is not None


def test_output_length_limit_cuts_and_stops():
    from llmworks_safety.filters.length import LengthFilter

    guard = StreamGuard([Active(LengthFilter(), "block", options={"max_output_chars": 40})], window=16)
    sent = "".join(t.token for t in stream(guard, tokens(TEXT, 3)))
    assert len(sent) <= 40 and guard.stop_reason == "length" and TEXT.startswith(sent)
