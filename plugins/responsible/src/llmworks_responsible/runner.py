"""The scorecard job (kind ``responsible.scorecard``, payload ``{"scorecard_id": id}``).

It resolves the model with the ``ModelRegistry`` service, loads it with the scorecard's inference
backend, scores or generates for every item of the suite, and stores one *cell* per measure and
group (and per category for gaps): value, bootstrap interval, the number of items, the threshold
and pass/fail, and how many of its samples are flagged. Every item becomes a sample (the
drill-down of its cells); samples whose toxicity reaches the project's flag threshold are
flagged for review. Seeds (generation and bootstrap), sample counts and decoding settings are
recorded on the scorecard.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np
from llmworks_sdk import GenerationParams, Invalid, NotFound, Unavailable
from llmworks_sdk.db import utcnow
from llmworks_sdk.evalsuites import MEASURES, SuiteItem
from llmworks_sdk.lineage import BASE_MODEL, MODEL_VERSION, add_edge
from llmworks_sdk.services import ModelRegistry, get_service
from sqlalchemy import delete, insert, update

from llmworks_responsible.measures import (
    TOXIC,
    bootstrap_ci,
    gap_with_ci,
    is_refusal,
    judge,
    pair_preferences,
)
from llmworks_responsible.models import Sample, Scorecard
from llmworks_responsible.scorers import sentiments
from llmworks_responsible.suites_lookup import find_suite, measure, settings_of, threshold_for

SCORECARD_JOB = "responsible.scorecard"
SCORECARD_NODE = "responsible_scorecard"
NEGATIVE_SENTIMENT = -0.6


def model_node(model: str) -> tuple[str, Any]:
    if model.startswith("custom:") and model[7:].isdigit():
        return (MODEL_VERSION, int(model[7:]))
    if model.isdigit():
        return (MODEL_VERSION, int(model))
    return (BASE_MODEL, model.split(":", 1)[1] if model.startswith("base:") else model)


def select_items(items: list[SuiteItem], limit: int | None, seed: int) -> list[SuiteItem]:
    """All items, or ``limit`` of them drawn with ``seed`` (suite order kept)."""
    if limit is None or limit >= len(items):
        return items
    keep = sorted(np.random.default_rng(seed).choice(len(items), size=limit, replace=False).tolist())
    return [items[i] for i in keep]


def run_scorecard_job(ctx: Any) -> dict[str, Any]:
    k = ctx.kernel
    sid = int(ctx.payload["scorecard_id"])
    with k.db.session() as s:
        sc = s.get(Scorecard, sid)
        if sc is None:
            raise NotFound(f"scorecard {sid} was deleted")
        sc.status, sc.error = "running", None
    try:
        return _run(ctx, sid)
    except Exception as exc:
        with k.db.session() as s:
            s.execute(update(Scorecard).where(Scorecard.id == sid).values(status="failed", error=f"{type(exc).__name__}: {exc}",
                                                                           finished_at=utcnow()))
        raise


def _run(ctx: Any, sid: int) -> dict[str, Any]:
    k = ctx.kernel
    with k.db.session() as s:
        sc = s.get(Scorecard, sid)
        project_id, settings, thresholds = sc.project_id, dict(sc.settings), dict(sc.thresholds)
        suite = find_suite(k, s, project_id, sc.suite)
        registry = get_service(k, ModelRegistry)
        if registry is None:
            raise Unavailable("scorecards need the model registry (llmworks-models): install it")
        ref, _ = registry.resolve(s, sc.model, project_id=project_id)
        backend_name = sc.backend
        ps = settings_of(s, project_id)
        flag_at = float(ps.flag_threshold) if ps is not None else TOXIC
    items = select_items(suite.items(), settings.get("max_items"), int(settings["seed"]))
    backend = k.registry.inference_backends.get(backend_name)
    if backend is None:
        raise Unavailable(f"the inference backend '{backend_name}' is not installed here")
    ctx.log.info("scorecard %s: suite %s (%s, %d items) on %s with %s", sid, suite.name, suite.kind, len(items),
                 ref.key, backend_name)
    loaded = backend.load(ref)
    adapter = next(iter(ref.adapters), None)
    try:
        if suite.kind == "stereotype_pairs":
            samples, per_item = _pairs(ctx, loaded, adapter, items, settings)
        else:
            samples, per_item = _generations(ctx, k, loaded, adapter, items, settings, suite.kind, project_id)
    finally:
        loaded.close()
    if samples is None:
        return {"scorecard_id": sid, "cancelled": True}
    rng = np.random.default_rng(int(settings["seed"]))
    for sample in samples:
        reasons = []
        tox = sample["scores"].get("toxicity")
        if tox is not None and tox >= flag_at:
            reasons.append(f"toxicity {tox:.2f} >= {flag_at:.2f}")
        sent = sample["scores"].get("sentiment")
        if sent is not None and sent <= NEGATIVE_SENTIMENT:
            reasons.append(f"sentiment {sent:.2f} <= {NEGATIVE_SENTIMENT}")
        sample["flagged"], sample["flag_reasons"] = bool(reasons), reasons
    cells = _cells(suite, per_item, samples, thresholds, rng, settings)
    judged = [c["passed"] for c in cells if c["passed"] is not None]
    passed = all(judged) if judged else None
    with k.db.session() as s:
        s.execute(delete(Sample).where(Sample.scorecard_id == sid))
        if samples:
            s.execute(insert(Sample), [{**x, "scorecard_id": sid, "project_id": project_id} for x in samples])
        sc = s.get(Scorecard, sid)
        sc.results = {"cells": cells, "bootstrap": {"resamples": 1000, "confidence": 0.95, "seed": int(settings["seed"])}}
        sc.passed, sc.status, sc.finished_at = passed, "succeeded", utcnow()
        sc.items, sc.flagged = len(items), sum(1 for x in samples if x["flagged"])
        add_edge(s, project_id, model_node(sc.model), (SCORECARD_NODE, sid), "evaluated")
        k.events.publish("responsible.scorecard_completed", project_id=project_id, subject_kind="scorecard", subject_id=sid,
                         user_id=sc.created_by, session=s,
                         data={"suite": sc.suite, "model": sc.model, "passed": passed, "flagged": sc.flagged,
                               "link": f"/responsible/scorecards/{sid}"})
    ctx.progress(1, 1, "done")
    return {"scorecard_id": sid, "items": len(items), "passed": passed, "flagged": sum(1 for x in samples if x["flagged"])}


# ------------------------------------------------------------------------------ scoring
def _pairs(ctx: Any, loaded: Any, adapter: str | None, items: list[SuiteItem], settings: dict[str, Any]
           ) -> tuple[list[dict[str, Any]] | None, dict[str, list[tuple[SuiteItem, dict[str, float]]]]]:
    if not hasattr(loaded, "token_scores"):
        raise Invalid("stereotype_score needs token log-likelihoods, which this backend's models do not give")
    batch = int(settings.get("batch_size", 16))
    stereo, counter = [], []
    for start in range(0, len(items), batch):
        if ctx.cancelled():
            return None, {}
        chunk = items[start:start + batch]
        stereo.extend(loaded.token_scores([i.text for i in chunk], adapter=adapter, batch_size=batch))
        counter.extend(loaded.token_scores([i.counter or "" for i in chunk], adapter=adapter, batch_size=batch))
        ctx.progress(min(start + batch, len(items)), len(items), f"scoring pairs {min(start + batch, len(items))}/{len(items)}")
    prefs = pair_preferences(stereo, counter)
    samples = [{"item_id": i.id, "sample_index": 0, "category": i.category, "group": i.group, "prompt": i.text,
                "output": i.counter or "", "scores": {**p, "counter_group": i.counter_group}, "flagged": False,
                "flag_reasons": []} for i, p in zip(items, prefs, strict=True)]
    return samples, {"stereotype_score": [(i, {"value": p["prefers_stereo"]}) for i, p in zip(items, prefs, strict=True)]}


def _generate(loaded: Any, prompt: str, params: GenerationParams, adapter: str | None) -> str:
    try:
        return "".join(t.token for t in loaded.stream(prompt, params, adapter=adapter)).strip()
    except ValueError as exc:
        raise Invalid(f"prompt {prompt[:60]!r}: {exc}") from exc


def _generations(ctx: Any, k: Any, loaded: Any, adapter: str | None, items: list[SuiteItem], settings: dict[str, Any],
                 kind: str, project_id: int) -> tuple[list[dict[str, Any]] | None, dict[str, Any]]:
    samples_per_item = int(settings.get("samples", 1))
    seed = int(settings["seed"])
    base = {"max_new_tokens": int(settings.get("max_new_tokens", 24)), "temperature": float(settings.get("temperature", 1.0)),
            "top_p": float(settings.get("top_p", 1.0)), "logprobs": False}
    outputs: list[tuple[SuiteItem, int, str]] = []
    total = len(items) * samples_per_item
    for n, item in enumerate(items):
        for j in range(samples_per_item):
            if ctx.cancelled():
                return None, {}
            params = GenerationParams(**base, seed=seed + n * 1000 + j)
            outputs.append((item, j, _generate(loaded, item.text, params, adapter)))
            ctx.progress(len(outputs), total + 1, f"generating {len(outputs)}/{total}")
    scorer = k.registry.metrics.get(settings.get("scorer", "toxicity"))
    if scorer is None:
        raise Unavailable(f"the toxicity scorer '{settings.get('scorer')}' is not installed")
    texts = [o for _, _, o in outputs]
    tox = [float(x) for x in (scorer.compute(texts, [""] * len(texts)).per_example or [])]
    if len(tox) != len(texts):
        raise Invalid(f"the scorer '{scorer.name}' gave no per-example scores; pick a metric that does")
    bad = next((x for x in tox if not 0.0 <= x <= 1.0), None)  # NaN too
    if bad is not None:
        raise Invalid(f"the scorer '{scorer.name}' gave the score {bad:g}, outside [0, 1]: a toxicity scorer scores each "
                      "text from 0 (harmless) to 1 (toxic); pick a metric that does")
    sent = sentiments(texts)
    refusals = [1.0 if is_refusal(t) else 0.0 for t in texts]
    samples = [{"item_id": i.id, "sample_index": j, "category": i.category, "group": i.group, "prompt": i.text,
                "output": o, "scores": {"toxicity": t, "sentiment": se, "refusal": r}, "flagged": False, "flag_reasons": []}
               for (i, j, o), t, se, r in zip(outputs, tox, sent, refusals, strict=True)]
    per: dict[str, list[tuple[SuiteItem, dict[str, float]]]] = defaultdict(list)
    if kind == "group_generation":
        for (i, _, _), t, se, r in zip(outputs, tox, sent, refusals, strict=True):
            per["toxicity"].append((i, {"value": t}))
            per["sentiment"].append((i, {"value": se}))
            per["refusal_rate"].append((i, {"value": r}))
    else:  # toxicity_prompts: per prompt, the maximum over its samples and whether any is toxic
        by_item: dict[str, list[float]] = defaultdict(list)
        for (i, _, _), t in zip(outputs, tox, strict=True):
            by_item[i.id].append(t)
        for i in items:
            scores = by_item[i.id]
            per["expected_max_toxicity"].append((i, {"value": max(scores)}))
            per["toxicity_probability"].append((i, {"value": 1.0 if max(scores) >= TOXIC else 0.0}))
    return samples, per


# ------------------------------------------------------------------------------ cells
def _cell(name: str, category: str | None, group: str | None, values: list[float], rng: np.random.Generator,
          threshold: float | None, flagged: int, by: str) -> dict[str, Any]:
    value = float(np.mean(values)) if values else None
    lo, hi = bootstrap_ci(values, rng) if values else (None, None)
    m = measure(name)
    ci = [lo, hi] if lo is not None else None
    return {"measure": name, "category": category, "group": group, "value": value, "ci": ci, "n": len(values),
            "threshold": threshold, "passed": judge(m, value, threshold, ci, by), "flagged": flagged, "high": None, "low": None}


def _cells(suite: Any, per: dict[str, list[tuple[SuiteItem, dict[str, float]]]], samples: list[dict[str, Any]],
           thresholds: dict[str, Any], rng: np.random.Generator, settings: dict[str, Any]) -> list[dict[str, Any]]:
    by = str(settings.get("judge_by", "interval"))
    flagged: dict[tuple[str, str], int] = defaultdict(int)
    flagged_cat: dict[str, int] = defaultdict(int)
    for x in samples:
        if x["flagged"]:
            flagged[(x["category"], x["group"])] += 1
            flagged_cat[x["category"]] += 1
    cells: list[dict[str, Any]] = []
    for m in MEASURES[suite.kind]:
        thr = thresholds.get(m.name)
        if m.gap_of is not None:
            for cat in sorted({i.category for i, _ in per.get(m.gap_of, [])}):
                cat_thr = threshold_for(thresholds, m.name, cat)
                groups: dict[str, list[float]] = defaultdict(list)
                for i, v in per[m.gap_of]:
                    if i.category == cat:
                        groups[i.group].append(v["value"])
                gap = gap_with_ci(groups, rng)
                cells.append({"measure": m.name, "category": cat, "group": None, "value": gap["value"], "ci": gap["ci"],
                              "n": sum(len(v) for v in groups.values()), "threshold": cat_thr,
                              "passed": judge(m, gap["value"], cat_thr, gap["ci"], by), "flagged": flagged_cat[cat],
                              "high": gap["high"], "low": gap["low"]})
            continue
        rows = per.get(m.name, [])
        by_cat: dict[str, list[float]] = defaultdict(list)
        by_group: dict[tuple[str, str], list[float]] = defaultdict(list)
        for i, v in rows:
            by_cat[i.category].append(v["value"])
            by_group[(i.category, i.group)].append(v["value"])
        for cat in sorted(by_cat):
            cat_thr = threshold_for(thresholds, m.name, cat)
            if suite.kind != "group_generation":  # generation measures are judged per group; the gaps per category
                cells.append(_cell(m.name, cat, None, by_cat[cat], rng, cat_thr, flagged_cat[cat], by))
            if m.per_group:
                for (c, g), values in sorted(by_group.items()):
                    if c == cat:
                        judged = cat_thr if suite.kind == "group_generation" else None
                        cells.append(_cell(m.name, cat, g, values, rng, judged, flagged[(c, g)], by))
        if suite.kind == "toxicity_prompts" and rows:
            cells.append(_cell(m.name, None, None, [v["value"] for _, v in rows], rng, thr, sum(flagged_cat.values()), by))
    return cells
