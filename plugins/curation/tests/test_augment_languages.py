"""Augmenters (synthetic generation through the demo model, paraphrase, templates, noise) and
the language features: distribution per version, tokenizer fertility, model language tags."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from llmworks_curation.recipes import Context, parse_steps, run_steps
from llmworks_curation.text import dedupe_key

pytestmark = pytest.mark.slow  # a real kernel, jobs in child processes, lingua and Presidio models
SEEDS = [{"prompt": f"Write a short note about {t}.", "completion": f"A note about {t}."}
         for t in ("rivers", "mountains", "bread", "the moon", "trains", "gardens")]


@pytest.fixture(scope="module")
def augment(harness, project_id):
    def run(rows: list[dict[str, Any]], *steps: Any, preview: bool = False) -> Any:
        parsed = parse_steps(harness.kernel, list(steps), project_id=project_id)
        ctx = Context(harness.kernel, project_id, None, logging.getLogger("test"), preview=preview)
        return run_steps(list(rows), parsed, ctx)

    return run


def test_synthetic_rows_through_the_demo_model_are_marked_and_deduplicated(augment, noisy):
    out = augment(SEEDS, {"step": "synthetic", "params": {"model": noisy.DEMO, "count": 6, "max_new_tokens": 12,
                                                          "temperature": 1.0, "seed": 3}})
    added = out.rows[len(SEEDS):]
    assert 1 <= len(added) <= 6
    keys = [dedupe_key(r["prompt"]) for r in added]
    assert len(set(keys)) == len(keys)  # no two generated rows alike
    assert not set(keys) & {dedupe_key(r["prompt"]) for r in SEEDS}  # none equal to a source row
    for r in added:
        assert r["synthetic"]["generator"] == f"synthetic:{noisy.DEMO}"
        assert r["synthetic"]["prompt"].startswith("Here are some examples of tasks:")
        assert r["completion"]
    st = out.stats[0]
    assert st.added == len(added) and st.notes["kept"] == len(added)
    # greedy decoding repeats itself: the repeats are dropped, and said so
    greedy = augment(SEEDS[:1], {"step": "synthetic", "params": {"model": noisy.DEMO, "count": 4, "max_new_tokens": 8,
                                                                 "temperature": 0, "seeds_per_prompt": 1}})
    notes = greedy.stats[0].notes
    assert greedy.stats[0].added == 1 and notes["dropped_exact_duplicates"] >= 1 and notes["generated"] == 12


def test_paraphrase_template_and_noise(augment, noisy):
    rows = [{"text": "The market opens at nine in the morning."}, {"text": "बाज़ार सुबह नौ बजे खुलता है।"}]
    para = augment(rows, {"step": "paraphrase", "params": {"model": noisy.DEMO, "max_new_tokens": 10, "temperature": 1.0}})
    assert para.rows[:2] == rows and len(para.rows) > 2, para.stats[0]  # paraphrases were produced
    assert para.stats[0].added == len(para.rows) - 2
    for r in para.rows[2:]:
        assert r["synthetic"]["generator"] == f"paraphrase:{noisy.DEMO}" and "Paraphrase the following" in r["synthetic"]["prompt"]
        assert r["synthetic"]["source_row"] in (0, 1)
    tpl = augment(rows, {"step": "template_expansion", "params": {
        "template": {"text": "What is the weather in {{ city }} on {{ day }}?"},
        "slots": {"city": ["Delhi", "Paris", "Lima"], "day": ["Monday", "Friday"]}}})
    added = tpl.rows[2:]
    assert len(added) == 6 and added[0]["text"] == "What is the weather in Delhi on Monday?"
    assert added[5]["synthetic"] == {"generator": "template_expansion", "prompt": None,
                                     "template": {"text": "What is the weather in {{ city }} on {{ day }}?"},
                                     "slots": {"city": "Lima", "day": "Friday"}}
    noisy_out = augment(rows, {"step": "noise", "params": {"char_rate": 0.3, "copies": 2, "seed": 1}})
    copies = noisy_out.rows[2:]
    assert len(copies) == 4 and all(c["synthetic"]["generator"] == "noise" for c in copies)
    assert all(c["text"] != rows[c["synthetic"]["source_row"]]["text"] for c in copies)


def test_template_expansion_too_large_is_refused(admin, project_id, noisy_version):
    r = admin.post("/api/curation/preview", json={"dataset_version_id": noisy_version["id"], "steps": [
        {"step": "template_expansion", "params": {"template": {"text": "{{ a }}{{ b }}"}, "max_rows": 10,
                                                  "slots": {"a": [str(i) for i in range(5)], "b": [str(i) for i in range(5)]}}}]})
    assert r.status_code == 422 and "make 25 rows, more than max_rows=10" in r.text


def test_language_distribution_of_a_version(admin, noisy_version, noisy):
    stats = admin.get(f"/api/curation/dataset-versions/{noisy_version['id']}/languages").json()
    langs = {x["language"]: x for x in stats["languages"]}
    assert stats["sampled"] == len(noisy.NAMES)
    assert langs["hi"]["rows"] == 2 and langs["hi"]["scripts"] == {"Devanagari": 2} and langs["fr"]["rows"] == 1
    assert langs["en"]["rows"] >= 10
    scripts = {x["script"]: x["rows"] for x in stats["scripts"]}
    assert scripts["Devanagari"] == 2 and scripts["Latin"] == len(noisy.NAMES) - 2
    assert admin.get(f"/api/curation/dataset-versions/{noisy_version['id']}/languages").json() == stats  # cached
    assert admin.get("/api/curation/dataset-versions/999999/languages").status_code == 404


def test_tokenizer_fertility_per_language(admin, noisy_version, noisy):
    r = admin.post("/api/curation/fertility", json={"dataset_version_id": noisy_version["id"], "models": [noisy.DEMO]})
    assert r.status_code == 200, r.text
    (model,) = r.json()["models"]
    langs = {x["language"]: x for x in model["languages"]}
    # the demo tokenizer is trained on English and Hindi, on far more English: Devanagari still costs more per word
    assert langs["hi"]["tokens_per_word"] > langs["en"]["tokens_per_word"] > 1
    for x in (langs["hi"], langs["en"]):
        assert x["tokens_per_word"] == round(x["tokens"] / x["words"], 3)
    hindi = [t for n, t in noisy.NOISY if n.startswith("hindi")]
    assert langs["hi"]["words"] == sum(len(t.split()) for t in hindi) == 28  # Devanagari words counted whole
    bad = admin.post("/api/curation/fertility", json={"dataset_version_id": noisy_version["id"], "models": ["base:nope"]})
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"] == ["body", "models", 0]


def test_model_language_tags_and_detect(admin, project_id, noisy):
    r = admin.put("/api/curation/model-languages", json={"project_id": project_id, "model": noisy.DEMO, "languages": ["en", "hi"]})
    assert r.status_code == 200, r.text
    assert r.json()["languages"] == ["en", "hi"]
    listed = admin.get("/api/curation/model-languages", params={"project_id": project_id, "model": noisy.DEMO}).json()
    assert listed["total"] == 1 and listed["items"][0]["languages"] == ["en", "hi"]
    assert admin.put("/api/curation/model-languages", json={"project_id": project_id, "model": noisy.DEMO,
                                                            "languages": ["klingon"]}).status_code == 422
    d = admin.post("/api/curation/detect", json={"texts": ["नमस्ते, आप कैसे हैं?", "Good morning to all of you", "123"]}).json()
    assert [g["language"] for g in d["items"]] == ["hi", "en", "und"] and d["items"][0]["script"] == "Devanagari"
