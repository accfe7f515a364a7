from __future__ import annotations

import threading

import numpy as np
import pytest
import torch
from llmworks_sdk.backends import InferenceBackend, LoadedModel, ModelRef
from llmworks_sdk.errors import Invalid
from llmworks_sdk.generation import GenerationParams
from llmworks_torch.backend import TorchBackend
from llmworks_torch.generation import estimate_memory_bytes

GREEDY = GenerationParams(max_new_tokens=24, temperature=0.0, top_logprobs=3)


@pytest.fixture(scope="module")
def loaded(demo_model, lora_run, text_adapter):
    result, _ = lora_run
    ref = ModelRef(key="demo", path=demo_model, adapters={"qa": result.output_dir, "text": text_adapter})
    model = TorchBackend().load(ref)
    yield model
    model.close()


def test_backend_implements_the_sdk_protocols(loaded, demo_model):
    backend = TorchBackend()
    assert isinstance(backend, InferenceBackend) and backend.available() == (True, "")
    assert isinstance(loaded, LoadedModel)
    assert loaded.context_length == 1024
    weights = sum(p.numel() * 4 for p in loaded.model.parameters())
    assert weights < loaded.memory_bytes < weights * 3
    assert estimate_memory_bytes(demo_model) > 149_248 * 4
    assert loaded.count_tokens("The cat reads a book.") == len(loaded.tokenizer("The cat reads a book.")["input_ids"])


def test_greedy_is_reproducible_and_logprobs_match_a_full_forward(loaded):
    prompt = "What colour is the sky?"
    a = loaded.generate(prompt, GREEDY, adapter="qa")
    b = loaded.generate(prompt, GREEDY, adapter="qa")
    assert [t.token_id for t in a.tokens] == [t.token_id for t in b.tokens] and a.text == b.text
    assert a.text == "".join(t.token for t in a.tokens)
    prompt_ids = loaded.encode(prompt)
    ids = prompt_ids + [t.token_id for t in a.tokens]
    full = loaded.token_logprobs(ids, adapter="qa", top_n=3)[len(prompt_ids) - 1 :]
    for streamed, forward in zip(a.tokens, full, strict=True):
        assert streamed.token_id == forward.token_id
        assert streamed.logprob == pytest.approx(forward.logprob, abs=1e-4)
        assert streamed.entropy == pytest.approx(forward.entropy, abs=1e-4)
        assert streamed.rank == 1  # greedy picks the argmax of the raw logits (no penalty)
        assert [alt.token_id for alt in streamed.top] == [alt.token_id for alt in forward.top]
        assert streamed.top[0].logprob >= streamed.top[1].logprob >= streamed.top[2].logprob
    # the independent reference: log_softmax over a plain forward pass
    with torch.no_grad(), loaded._using("qa") as model:
        logits = model(input_ids=torch.tensor([ids])).logits[0]
    reference = torch.log_softmax(logits.float(), -1)
    for k, tok in enumerate(a.tokens):
        assert tok.logprob == pytest.approx(float(reference[len(prompt_ids) - 1 + k, tok.token_id]), abs=1e-4)


def test_seeded_sampling_is_deterministic(loaded):
    params = GenerationParams(max_new_tokens=16, temperature=1.2, top_k=50, top_p=0.95, seed=123)
    a = loaded.generate("The cat", params)
    b = loaded.generate("The cat", params)
    c = loaded.generate("The cat", params.model_copy(update={"seed": 124}))
    assert [t.token_id for t in a.tokens] == [t.token_id for t in b.tokens]
    assert [t.token_id for t in a.tokens] != [t.token_id for t in c.tokens]
    top1 = loaded.generate("The cat", params.model_copy(update={"top_k": 1}))
    assert all(t.rank == 1 for t in top1.tokens)  # top-k 1 is greedy


def test_repetition_penalty_changes_the_choice(loaded):
    plain = loaded.generate("The cat", GREEDY)
    penalised = loaded.generate("The cat", GREEDY.model_copy(update={"repetition_penalty": 3.0}))
    assert [t.token_id for t in plain.tokens] != [t.token_id for t in penalised.tokens]


def test_stop_sequences_cut_the_text_and_never_stream(loaded):
    full = loaded.generate("What is two plus two?", GREEDY, adapter="qa")
    assert len(full.text) > 6
    stop = full.text[3:6]
    cut = full.text.index(stop)
    streamed = list(loaded.stream("What is two plus two?", GREEDY.model_copy(update={"stop": [stop, "zzzz"]}), adapter="qa"))
    result = loaded.generate("What is two plus two?", GREEDY.model_copy(update={"stop": [stop]}), adapter="qa")
    assert result.finish_reason == "stop"
    assert result.text == full.text[:cut] == "".join(t.token for t in streamed)
    assert stop not in result.text


def test_finish_reasons_length_and_eos(loaded):
    assert loaded.generate("The cat", GenerationParams(max_new_tokens=3, temperature=0)).finish_reason == "length"
    eos = loaded.tokenizer.eos_token_id
    # make EOS the only choice: a repetition penalty below 1 boosts tokens already seen
    prompt = loaded.tokenizer.eos_token * 3
    r = loaded.generate(prompt, GenerationParams(max_new_tokens=5, temperature=0, repetition_penalty=0.01))
    assert r.finish_reason == "eos" and r.tokens == [] and eos in loaded.eos_ids


def test_adapters_are_chosen_per_request(loaded):
    prompt = "What colour is the grass?"
    outputs = {name: loaded.generate(prompt, GREEDY, adapter=name) for name in (None, "qa", "text")}
    token_ids = {name: tuple(t.token_id for t in r.tokens) for name, r in outputs.items()}
    assert len(set(token_ids.values())) == 3
    assert loaded.generate(prompt, GREEDY).text == outputs[None].text  # base again after adapters
    with pytest.raises(KeyError):
        loaded.generate(prompt, GREEDY, adapter="missing")


def test_concurrent_requests_on_one_model(loaded):
    expected = {a: loaded.generate("The cat", GREEDY, adapter=a).text for a in ("qa", "text")}
    got: dict[str, list[str]] = {"qa": [], "text": []}

    def worker(adapter):
        for _ in range(3):
            got[adapter].append(loaded.generate("The cat", GREEDY, adapter=adapter).text)

    threads = [threading.Thread(target=worker, args=(a,)) for a in ("qa", "text")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(texts == [expected[a]] * 3 for a, texts in got.items())


def test_attention_maps_and_summary(loaded):
    result = loaded.attentions("The cat reads a book.")
    n = len(result.token_ids)
    assert result.maps.shape == (2, 2, n, n) and result.maps.dtype == np.float16
    rows = result.maps.astype(np.float32).sum(-1)
    assert np.allclose(rows, 1.0, atol=2e-3)
    assert np.allclose(np.triu(result.maps.astype(np.float32), k=1), 0.0)  # causal
    assert len(result.summary) == 4
    head = result.summary[0]
    assert head["most_attended"][0] is None and all(0 <= j < i for i, j in enumerate(head["most_attended"]) if j is not None)
    assert head["mean_entropy"] > 0
    with_adapter = loaded.attentions("The cat reads a book.", adapter="qa")
    assert not np.array_equal(with_adapter.maps, result.maps)


def test_prompt_longer_than_context_is_refused(loaded):
    with pytest.raises(Invalid, match="context"):
        loaded.generate("The cat reads a book. " * 400, GREEDY)
