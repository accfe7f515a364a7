"""The pairwise task's pair: two generators when the item has several (seeded)."""

from __future__ import annotations

from llmworks_feedback.assignment import pick_pair


def test_the_pairwise_pair_spans_two_generators():
    # k = 2 samples of each of three generators, in generation order: a1 a2 b1 b2 c1 c2
    cands = [(1, "a"), (2, "a"), (3, "b"), (4, "b"), (5, "c"), (6, "c")]
    label = dict(cands)
    seen = set()
    for seed in range(40):
        pair = pick_pair(cands, f"7:{seed}")
        assert len(pair) == 2 and label[pair[0]] != label[pair[1]], pair
        assert pick_pair(cands, f"7:{seed}") == pair  # seeded
        seen.add(frozenset(label[c] for c in pair))
    assert seen == {frozenset("ab"), frozenset("ac"), frozenset("bc")}  # every pair of generators is compared
    assert pick_pair([(1, "a"), (2, "a"), (3, "a")], 0) == [1, 2]  # one generator: the first two
    assert pick_pair([(1, "a")], 0) == []
