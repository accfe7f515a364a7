"""The numpy decoding step against transformers' logits processors on random logits (needs torch)."""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
from llmworks_sdk.generation import GenerationParams  # noqa: E402
from llmworks_sdk.sampling import (  # noqa: E402
    TokenChooser,
    apply_repetition_penalty,
    apply_temperature,
    apply_top_k,
    apply_top_p,
    log_softmax,
    process_logits,
    score_token,
)
from transformers.generation.logits_process import (  # noqa: E402
    LogitsProcessorList,
    RepetitionPenaltyLogitsProcessor,
    TemperatureLogitsWarper,
    TopKLogitsWarper,
    TopPLogitsWarper,
)

VOCAB = 97


def _logits(seed: int, vocab: int = VOCAB) -> np.ndarray:
    return np.random.default_rng(seed).normal(0, 3, size=vocab).astype(np.float32)


def _hf(processor, logits: np.ndarray, context: list[int] | None = None) -> np.ndarray:
    ids = torch.tensor([context or [0]], dtype=torch.long)
    return processor(ids, torch.from_numpy(logits.copy())[None])[0].double().numpy()


def _same(ours: np.ndarray, theirs: np.ndarray) -> None:
    assert np.array_equal(np.isneginf(ours), np.isneginf(theirs))
    finite = ~np.isneginf(ours)
    np.testing.assert_allclose(ours[finite], theirs[finite], rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("penalty", [0.7, 1.3, 2.0])
@pytest.mark.parametrize("seed", range(4))
def test_repetition_penalty_matches_transformers(penalty, seed):
    logits = _logits(seed)
    context = list(np.random.default_rng(100 + seed).integers(0, VOCAB, size=30))  # with repeats
    _same(apply_repetition_penalty(logits, context, penalty), _hf(RepetitionPenaltyLogitsProcessor(penalty), logits, context))


def test_repetition_penalty_off_or_empty_context_is_identity():
    logits = _logits(0)
    np.testing.assert_array_equal(apply_repetition_penalty(logits, [1, 2], 1.0), logits)
    np.testing.assert_array_equal(apply_repetition_penalty(logits, [], 1.5), logits)


@pytest.mark.parametrize("k", [1, 2, 5, 50, VOCAB, VOCAB + 10])
@pytest.mark.parametrize("seed", range(3))
def test_top_k_matches_transformers(k, seed):
    logits = _logits(seed)
    _same(apply_top_k(logits, k), _hf(TopKLogitsWarper(k), logits))


def test_top_k_keeps_ties_with_the_kth():
    logits = np.array([1.0, 3.0, 2.0, 2.0, 0.0], dtype=np.float32)
    kept = ~np.isneginf(apply_top_k(logits, 2))
    assert kept.tolist() == [False, True, True, True, False]
    _same(apply_top_k(logits, 2), _hf(TopKLogitsWarper(2), logits))


@pytest.mark.parametrize("p", [0.05, 0.3, 0.5, 0.9, 0.999])
@pytest.mark.parametrize("seed", range(4))
def test_top_p_matches_transformers(p, seed):
    logits = _logits(seed)
    _same(apply_top_p(logits, p), _hf(TopPLogitsWarper(p), logits))


@pytest.mark.parametrize("t", [0.3, 1.0, 2.5])
def test_temperature_matches_transformers(t):
    logits = _logits(7)
    _same(apply_temperature(logits, t), _hf(TemperatureLogitsWarper(t), logits))


@pytest.mark.parametrize("seed", range(4))
def test_full_pipeline_matches_transformers_order(seed):
    params = GenerationParams(temperature=0.7, top_k=20, top_p=0.8, repetition_penalty=1.2)
    logits = _logits(seed)
    context = [3, 5, 5, 8, 13]
    hf = LogitsProcessorList([
        RepetitionPenaltyLogitsProcessor(1.2),
        TemperatureLogitsWarper(0.7),
        TopKLogitsWarper(20),
        TopPLogitsWarper(0.8),
    ])
    _same(process_logits(logits, context, params), _hf(hf, logits, context))


def test_greedy_applies_only_the_penalty_and_takes_the_lowest_id_on_ties():
    logits = np.array([0.0, 5.0, 5.0, 4.0], dtype=np.float32)
    assert TokenChooser(GenerationParams(temperature=0))(logits, [7]) == 1
    # penalising 1 and 2 (5 / 2 = 2.5) leaves 3 on top
    assert TokenChooser(GenerationParams(temperature=0, repetition_penalty=2.0))(logits, [1, 2]) == 3


def test_score_token_matches_torch():
    logits = _logits(3)
    logits[10] = logits[11] = logits.max() + 1  # a tie at the top
    ref = torch.log_softmax(torch.from_numpy(logits), dim=-1)
    for token in (10, 11, 0, int(np.argmin(logits))):
        s = score_token(logits, token, 5)
        assert s.logprob == pytest.approx(float(ref[token]), abs=1e-6)
        assert s.rank == 1 + int((torch.from_numpy(logits) > float(logits[token])).sum())
        assert s.entropy == pytest.approx(float(torch.distributions.Categorical(logits=ref).entropy()), abs=1e-5)
        assert [i for i, _ in s.top][:2] == [10, 11]  # ties: lower id first
        assert [lp for _, lp in s.top] == sorted((lp for _, lp in s.top), reverse=True)
    assert score_token(logits, 10, 5).rank == score_token(logits, 11, 5).rank == 1
    assert score_token(logits, 0, 0).top == []


def test_log_softmax_is_stable_for_large_logits():
    out = log_softmax(np.array([1e4, 0.0, -1e4], dtype=np.float32))
    assert np.isfinite(out).all() and out[0] == pytest.approx(0.0)


def test_seeded_sampling_is_reproducible_and_stays_in_the_kept_set():
    params = GenerationParams(temperature=1.0, top_k=5, seed=42)
    logits = _logits(11)
    kept = set(np.argsort(-logits)[:5].tolist())
    chooser_a, chooser_b = TokenChooser(params), TokenChooser(params)
    draws_a = [chooser_a(logits, []) for _ in range(200)]
    draws_b = [chooser_b(logits, []) for _ in range(200)]
    assert draws_a == draws_b
    assert set(draws_a) <= kept and len(set(draws_a)) > 1
    other = TokenChooser(params.model_copy(update={"seed": 43}))
    assert [other(logits, []) for _ in range(200)] != draws_a


def test_sampling_follows_the_processed_distribution():
    params = GenerationParams(temperature=0.8, top_p=0.9, seed=0)
    logits = _logits(5, vocab=12)
    probs = np.exp(log_softmax(process_logits(logits, [], params)))
    chooser = TokenChooser(params)
    counts = np.bincount([chooser(logits, []) for _ in range(4000)], minlength=12) / 4000
    np.testing.assert_allclose(counts, probs, atol=0.03)
    assert counts[probs == 0].sum() == 0
