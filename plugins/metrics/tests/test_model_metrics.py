"""Model metrics on the tiny demo model: perplexity equals exp(mean token NLL) computed directly
with transformers; LAMBADA accuracy equals greedy next-word prediction done by hand."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from llmworks_metrics.model import LambadaAccuracy, Perplexity, first_word
from llmworks_sdk import GeneratedToken, Invalid, ModelRef

torch = pytest.importorskip("torch")
pytest.importorskip("llmworks_torch")

TEXTS = [
    "The cat reads a book in the morning.",
    "The colour of the sky is blue.",
    "Two plus three is five.",
    "Hi",
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    from llmworks_sdk.demo import build_demo_model

    # random weights (no pre-training): the perplexity bounds below are those of an untrained model
    return build_demo_model(tmp_path_factory.mktemp("metrics-models") / "demo", seed=0, n_sentences=600, pretrain_steps=0)


@pytest.fixture(scope="module")
def loaded(demo: Path):
    from llmworks_sdk.testing import inference_backend

    model = inference_backend("pytorch").load(ModelRef(key="demo", path=demo))
    yield model
    model.close()


def test_perplexity_equals_exp_mean_token_nll_computed_directly(demo: Path, loaded) -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(demo)
    model = AutoModelForCausalLM.from_pretrained(demo).eval()
    total, count, per = 0.0, 0, []
    with torch.no_grad():
        for text in TEXTS:
            ids = torch.tensor([tok(text)["input_ids"]])
            if ids.shape[1] < 2:
                per.append(math.nan)
                continue
            loss = model(input_ids=ids, labels=ids).loss.item()  # mean NLL of tokens 2..n
            n = ids.shape[1] - 1
            total += loss * n
            count += n
            per.append(math.exp(loss))
    r = Perplexity().compute(TEXTS, TEXTS, model=loaded)
    assert r.score == pytest.approx(math.exp(total / count), rel=1e-5)
    assert r.details["tokens"] == count
    for got, want in zip(r.per_example, per, strict=True):
        assert (math.isnan(got) and math.isnan(want)) or got == pytest.approx(want, rel=1e-5)
    # a random 2-layer model is close to uniform over its ~2,000-token vocabulary
    assert 50 < r.score < 5000


def test_model_metrics_need_a_model() -> None:
    with pytest.raises(Invalid, match="model metric"):
        Perplexity().compute(["a"], ["a"])
    with pytest.raises(Invalid, match="needs one prompt"):
        LambadaAccuracy().compute(["a"], ["a"], model=object())


def test_first_word() -> None:
    assert first_word(" mat") == ("mat", False)
    assert first_word(" mat.") == ("mat", True)
    assert first_word(" don't go") == ("don't", True)
    assert first_word(" ,x") == ("", True)


class _Scripted:
    """A loaded model that streams a fixed continuation per prompt."""

    def __init__(self, outputs: dict[str, list[str]]) -> None:
        self.outputs = outputs
        self.calls: list[str] = []

    def stream(self, prompt, params, adapter=None):
        assert params.temperature == 0.0
        self.calls.append(prompt)
        for i, t in enumerate(self.outputs[prompt]):
            yield GeneratedToken(index=i, token_id=i, token=t)


def test_lambada_scores_the_first_generated_word() -> None:
    model = _Scripted({"a": [" ma", "t", ".", " more"], "b": [" door", "s"], "c": [",", " mat"], "d": [" Mat"]})
    r = LambadaAccuracy().compute(["", "", "", ""], ["mat", "door", "mat", "mat"], prompts=["a", "b", "c", "d"], model=model)
    assert r.per_example == [1.0, 0.0, 0.0, 0.0]  # "doors" != "door"; a comma first; case matters
    assert r.score == 0.25
    assert r.details["predicted_words"] == ["mat", "doors", "", "Mat"]


def test_lambada_equals_greedy_decoding_by_hand(demo: Path, loaded) -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(demo)
    model = AutoModelForCausalLM.from_pretrained(demo).eval()
    prompts = ["The colour of the sky is", "Two plus three is", "The cat reads a"]
    expected = []
    for prompt in prompts:
        ids = torch.tensor([tok(prompt)["input_ids"]])
        out = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=8, do_sample=False,
                             pad_token_id=tok.pad_token_id)
        expected.append(first_word(tok.decode(out[0, ids.shape[1]:], skip_special_tokens=True))[0])
    targets = [expected[0], "five", expected[2] + "x"]
    r = LambadaAccuracy().compute(["", "", ""], targets, prompts=prompts, model=loaded)
    assert r.details["predicted_words"] == expected
    assert r.per_example == [float(bool(expected[0])), float(expected[1] == "five"), 0.0]
