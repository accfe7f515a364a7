"""The shared token pipeline, driven by scripted logits over a small byte-level BPE tokenizer."""

from __future__ import annotations

import numpy as np
import pytest
from llmworks_sdk.decoding import TextCodec, TextStream, generate_tokens
from llmworks_sdk.errors import Invalid
from llmworks_sdk.generation import GenerationParams

GREEDY = dict(temperature=0.0, top_logprobs=2)


@pytest.fixture(scope="module")
def codec(tokenizer_dir):
    return TextCodec.from_folder(tokenizer_dir, eos_token_ids=[0], bos_token_id=0)


class Script:
    """A ``feed`` whose logits make greedy decoding follow ``plan``; records what it is fed."""

    def __init__(self, plan: list[int], vocab: int) -> None:
        self.plan, self.vocab, self.fed = list(plan), vocab, []

    def __call__(self, token_ids):
        self.fed.append(list(token_ids))
        step = len(self.fed) - 1
        logits = np.zeros(self.vocab, dtype=np.float32)
        logits[self.plan[min(step, len(self.plan) - 1)]] = 30.0
        return logits


def run(codec, plan, prompt="The cat", context_length=256, **params):
    ids = codec.encode_prompt(prompt)
    feed = Script(plan, codec.tokenizer.get_vocab_size())
    gen = generate_tokens(feed, codec, ids, GenerationParams(**{**GREEDY, **params}), context_length=context_length)
    tokens = []
    while True:
        try:
            tokens.append(next(gen))
        except StopIteration as done:
            return tokens, done.value, feed


def text_of(tokens):
    return "".join(t.token for t in tokens)


def test_plain_generation_streams_the_text_and_feeds_one_token_per_step(codec):
    plan = codec.encode_prompt(" reads a book. The end")
    tokens, finish, feed = run(codec, plan, max_new_tokens=len(plan))
    assert [t.token_id for t in tokens] == plan and finish == "length"
    assert text_of(tokens) == " reads a book. The end"
    assert [t.index for t in tokens] == list(range(len(plan)))
    assert feed.fed[0] == codec.encode_prompt("The cat") and all(len(f) == 1 for f in feed.fed[1:])
    assert len(feed.fed) == len(plan)  # no forward pass after the last token
    first = tokens[0]
    assert first.rank == 1 and first.logprob > -0.01 and len(first.top) == 2 and first.top[0].token_id == plan[0]


def test_a_multibyte_character_comes_with_the_token_that_completes_it(codec):
    plan = codec.encode_prompt(" é!")
    tokens, _, _ = run(codec, plan, max_new_tokens=len(plan))
    assert [t.token for t in tokens] == [" ", "", "é", "!"]


def test_stop_sequence_cuts_the_text_and_drops_later_tokens(codec):
    plan = codec.encode_prompt(" reads a book. The end")
    tokens, finish, _ = run(codec, plan, stop=["."], max_new_tokens=30)
    assert finish == "stop" and text_of(tokens) == " reads a book"
    tokens, finish, _ = run(codec, plan, stop=["a b"], max_new_tokens=30)
    assert finish == "stop" and text_of(tokens) == " reads "
    assert tokens[-1].token_id == codec.encode_prompt(" a")[0]  # straddling token, trimmed to " "


def test_text_that_may_start_a_stop_sequence_is_held_back_then_released(codec):
    plan = codec.encode_prompt(" reads a book. The end")
    feed = Script(plan, codec.tokenizer.get_vocab_size())
    params = GenerationParams(**GREEDY, stop=["book!"], max_new_tokens=len(plan))
    released = []  # (text, index, forward passes done when it was yielded)
    for token in generate_tokens(feed, codec, codec.encode_prompt("The cat"), params, context_length=256):
        released.append((token.token, token.index, len(feed.fed)))
    assert "".join(text for text, _, _ in released) == " reads a book. The end"
    when = {text: (index, fed) for text, index, fed in released}
    index, fed = when[" book"]
    assert fed == index + 2  # held until the next token ruled out "book!"
    index, fed = when[" a"]
    assert fed == index + 1  # nothing to hold


def test_eos_ends_generation_and_is_not_yielded(codec):
    plan = [*codec.encode_prompt(" reads"), 0, 5]
    tokens, finish, _ = run(codec, plan, max_new_tokens=10)
    assert finish == "eos" and text_of(tokens) == " reads" and 0 not in [t.token_id for t in tokens]


def test_context_length_caps_generation_and_rejects_long_prompts(codec):
    plan = codec.encode_prompt(" reads a book")
    prompt_len = len(codec.encode_prompt("The cat"))
    tokens, finish, _ = run(codec, plan, context_length=prompt_len + 2, max_new_tokens=10)
    assert len(tokens) == 2 and finish == "length"
    with pytest.raises(Invalid):
        run(codec, plan, context_length=prompt_len)


def test_empty_prompt_starts_from_bos(codec):
    _, _, feed = run(codec, [5], prompt="", max_new_tokens=1)
    assert feed.fed[0] == [0]


def test_no_logprobs_when_not_asked(codec):
    tokens, _, _ = run(codec, [5, 6], max_new_tokens=2, logprobs=False)
    assert all(t.logprob is None and t.rank is None and t.top == [] for t in tokens)


def test_a_transformers_tokenizer_gives_the_same_pieces(codec, tokenizer_dir):
    """The PyTorch backend decodes with the transformers tokenizer (``HfCodec``), the ONNX and
    Triton backends with ``tokenizers``: the pieces agree on random ids (special tokens, split bytes)."""
    transformers = pytest.importorskip("transformers")

    hf = transformers.PreTrainedTokenizerFast(tokenizer_file=str(tokenizer_dir / "tokenizer.json"))

    class HfCodec:
        eos_token_ids = frozenset({0})

        def decode(self, ids):
            return hf.decode(list(ids), skip_special_tokens=False, clean_up_tokenization_spaces=False)

    vocab = codec.tokenizer.get_vocab_size()
    rng = np.random.default_rng(0)
    for _ in range(20):
        prompt = rng.integers(0, vocab, size=int(rng.integers(1, 9))).tolist()
        ours, theirs = TextStream(codec, prompt), TextStream(HfCodec(), prompt)
        for token in rng.integers(0, vocab, size=30).tolist():
            assert ours.add(token) == theirs.add(token)


def test_a_nul_token_streams_as_the_replacement_character():
    class Codec:
        def decode(self, ids):
            return "".join({1: "a", 2: "\x00", 3: "b"}[i] for i in ids)

    stream = TextStream(Codec(), [1])
    assert [stream.add(t) for t in (2, 3, 2)] == ["\ufffd", "b", "\ufffd"]
