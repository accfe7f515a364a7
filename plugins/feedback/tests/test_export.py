"""The export rules of ``llmworks_feedback.export`` on fixed answer tables: ties and
low-agreement pairs are dropped, ``min_votes``, an outlier annotator's answers are left out,
a correction becomes ``chosen`` (and a reward row with score 1)."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest
from llmworks_feedback import quality as q
from llmworks_feedback.export import ExportRules, exported_answers, preference_rows, reward_rows

RUBRIC = [{"name": "helpful"}]


def table(n_items: int = 1, texts: tuple[str, ...] = ("good", "bad", "meh")):
    """``n_items`` items (ids 1..n) with one candidate per text (ids item*10 + j)."""
    items, cands = {}, {}
    for i in range(1, n_items + 1):
        ids = [i * 10 + j for j in range(len(texts))]
        items[i] = NS(id=i, prompt=f"prompt {i}", pair=ids[:2], is_gold=False, gold_ranking=None)
        for j, t in zip(ids, texts, strict=True):
            cands[j] = NS(id=j, item_id=i, text=f"{t} {i}", generator="g")
    return items, cands


def answer(user, item, *, ranking=None, preferred=None, tie=False, scores=None, correction=None):
    return NS(user_id=user, item_id=item, ranking=ranking, preferred=preferred, tie=tie, scores=scores,
              correction=correction, seconds=1.0)


def pairs(rows):
    return {(r["chosen"], r["rejected"]): r for r in rows}


def test_a_tie_is_dropped():
    items, cands = table()
    rows = preference_rows(items, cands, [answer(1, 1, tie=True), answer(2, 1, tie=True)], ExportRules())
    assert rows == []
    # one vote each way on the pair is a tie too
    rows = preference_rows(items, cands, [answer(1, 1, preferred=10), answer(2, 1, preferred=11)], ExportRules())
    assert rows == []
    rows = preference_rows(items, cands, [answer(1, 1, preferred=10), answer(2, 1, preferred=10)], ExportRules())
    assert [(r["chosen"], r["rejected"], r["share"], r["votes"]) for r in rows] == [("good 1", "bad 1", 1.0, 2)]


def test_a_low_agreement_pair_is_dropped_by_min_agreement():
    items, cands = table()
    # 3 of 5 annotators rank good > bad: share 0.6 < 2/3 (default) -> dropped; with 0.6 -> kept
    answers = [answer(u, 1, ranking=[10, 11, 12]) for u in (1, 2, 3)] + [answer(u, 1, ranking=[11, 10, 12]) for u in (4, 5)]
    got = pairs(preference_rows(items, cands, answers, ExportRules()))
    assert ("good 1", "bad 1") not in got and ("bad 1", "good 1") not in got
    assert got[("good 1", "meh 1")]["share"] == 1.0 and got[("bad 1", "meh 1")]["share"] == 1.0
    got = pairs(preference_rows(items, cands, answers, ExportRules(min_agreement=0.6)))
    assert got[("good 1", "bad 1")]["share"] == pytest.approx(0.6) and got[("good 1", "bad 1")]["votes"] == 5


def test_min_votes():
    items, cands = table(2)
    answers = [answer(1, 1, preferred=10), answer(2, 1, preferred=10), answer(1, 2, preferred=20)]
    assert {r["item_id"] for r in preference_rows(items, cands, answers, ExportRules())} == {1, 2}
    rows = preference_rows(items, cands, answers, ExportRules(min_votes=2))
    assert [(r["item_id"], r["votes"]) for r in rows] == [(1, 2)]


def test_max_pairs_per_item_keeps_the_clearest():
    items, cands = table()
    answers = [answer(1, 1, ranking=[10, 11, 12]), answer(2, 1, ranking=[10, 12, 11])]
    rows = preference_rows(items, cands, answers, ExportRules(max_pairs_per_item=2))
    assert len(rows) == 2 and all(r["share"] == 1.0 and r["chosen"] == "good 1" for r in rows)


def test_identical_or_empty_texts_are_not_pairs():
    items, cands = table(texts=("same", "same", ""))
    cands[12].text = "  "
    answers = [answer(1, 1, ranking=[10, 11, 12])]
    assert preference_rows(items, cands, answers, ExportRules()) == []


def test_an_outlier_annotators_answers_are_left_out():
    items, cands = table(12, texts=("good", "bad"))
    answers = [answer(u, i, ranking=[i * 10, i * 10 + 1]) for u in (1, 2, 3, 4) for i in items]
    answers += [answer(99, i, ranking=[i * 10 + 1, i * 10]) for i in items]  # always the other way round
    sig = q.signals(answers, items, RUBRIC)
    people = {p["user_id"]: p for p in q.annotators(sig, RUBRIC, items, {})["annotators"]}
    outliers = {u for u, p in people.items() if p["outlier"]}
    assert outliers == {99}, people
    rules = ExportRules()
    kept = exported_answers(answers, items, outliers, rules)
    assert {a.user_id for a in kept} == {1, 2, 3, 4}
    rows = preference_rows(items, cands, kept, rules)
    assert len(rows) == 12 and all(r["votes"] == 4 and r["share"] == 1.0 for r in rows)
    # included on request: its votes count (and a strict rule then drops every pair)
    strict = ExportRules(include_outliers=True, min_agreement=0.9)
    kept = exported_answers(answers, items, outliers, strict)
    assert {a.user_id for a in kept} == {1, 2, 3, 4, 99}
    assert preference_rows(items, cands, kept, strict) == []
    assert preference_rows(items, cands, exported_answers(answers, items, outliers, ExportRules(min_agreement=0.9)),
                           ExportRules(min_agreement=0.9))


def test_gold_items_are_never_exported():
    items, cands = table(2)
    items[2].is_gold = True
    answers = [answer(1, 1, preferred=10), answer(1, 2, preferred=20)]
    kept = exported_answers(answers, items, set(), ExportRules(include_outliers=True))
    assert [a.item_id for a in kept] == [1]


def test_a_correction_is_chosen_over_the_answer_it_rewrites():
    items, cands = table()
    fixed = answer(1, 1, ranking=[10, 11, 12], correction={"candidate_id": 10, "text": "a much better answer"})
    got = pairs(preference_rows(items, cands, [fixed], ExportRules()))
    row = got[("a much better answer", "good 1")]
    assert row["source"] == "correction" and row["prompt"] == "prompt 1"
    assert got[("good 1", "bad 1")]["source"] == "votes"
    assert ("a much better answer", "good 1") not in pairs(
        preference_rows(items, cands, [fixed], ExportRules(corrections_as_chosen=False)))
    # a correction that changes nothing is not a pair
    same = answer(2, 1, correction={"candidate_id": 10, "text": " good 1 "})
    assert preference_rows(items, cands, [same], ExportRules()) == []
    # reward rows: the correction scores 1, ranked candidates from 1 (best) to 0 (worst)
    rewards = {r["completion"]: r["score"] for r in reward_rows(items, cands, [fixed], RUBRIC)}
    assert rewards == {"good 1": 1.0, "bad 1": 0.5, "meh 1": 0.0, "a much better answer": 1.0}


def test_reward_rows_from_scores_and_pairwise():
    items, cands = table(texts=("good", "bad"))
    scored = [answer(1, 1, scores={"10": {"helpful": 7}, "11": {"helpful": 1}}),
              answer(2, 1, scores={"10": {"helpful": 4}, "11": {"helpful": 1}})]
    assert {r["completion"]: r["score"] for r in reward_rows(items, cands, scored, RUBRIC)} == {"good 1": 0.75, "bad 1": 0.0}
    votes = [answer(1, 1, preferred=10), answer(2, 1, tie=True)]
    assert {r["completion"]: r["score"] for r in reward_rows(items, cands, votes, RUBRIC)} == {"good 1": 0.75, "bad 1": 0.25}

