"""Who annotates what, in which order: pure functions, seeded, so a campaign's assignment is
reproducible.

- Each regular item goes to ``r`` annotators, spread round-robin from a shuffled start so
  every annotator gets about ``items * r / annotators`` items.
- Every annotator gets every gold item (their known answer measures the annotator).
- The pairwise task compares two candidates of different generators whenever the item has
  candidates of two or more generators (with ``k`` samples per prompt the first two candidates
  are two samples of the same generator): the two generators and one sample of each are picked
  with the item's seed, so the pairs of a campaign spread over every pair of generators.
- Each annotator's queue is shuffled with their own seed, and so is the order of the
  candidates of each item: an annotator never sees candidates in generator order, and two
  annotators see the same item's candidates in different orders.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Planned:
    item_id: int
    user_id: int
    position: int
    order: list[int]


def pick_pair(candidates: Sequence[tuple[int, str]], seed: object) -> list[int]:
    """The two candidate ids (of ``(id, generator label)`` in generation order) the pairwise
    task compares: across two generators when there are several, else the first two."""
    if len(candidates) < 2:
        return []
    by_gen: dict[str, list[int]] = {}
    for cid, label in candidates:
        by_gen.setdefault(label, []).append(cid)
    if len(by_gen) < 2:
        return [candidates[0][0], candidates[1][0]]
    rng = random.Random(str(seed))
    first, second = rng.sample(sorted(by_gen), 2)
    return [rng.choice(by_gen[first]), rng.choice(by_gen[second])]


def plan(items: Sequence[tuple[int, list[int], bool]], annotators: Sequence[int], r: int, seed: int) -> list[Planned]:
    """Assignments for ``items`` (``(item id, candidate ids, is gold)``) among ``annotators``."""
    if not annotators:
        return []
    r = min(r, len(annotators))
    rng = random.Random(seed)
    start = rng.randrange(len(annotators))
    queues: dict[int, list[tuple[int, list[int]]]] = {u: [] for u in annotators}
    regular = [it for it in items if not it[2]]
    for n, (item_id, cands, _) in enumerate(regular):
        for j in range(r):
            queues[annotators[(start + n * r + j) % len(annotators)]].append((item_id, cands))
    for item_id, cands, gold in items:
        if gold:
            for u in annotators:
                queues[u].append((item_id, cands))
    out: list[Planned] = []
    for u in annotators:
        person = random.Random(f"{seed}:{u}")
        queue = list(queues[u])
        person.shuffle(queue)
        for pos, (item_id, cands) in enumerate(queue):
            order = list(cands)
            person.shuffle(order)
            out.append(Planned(item_id, u, pos, order))
    return out
