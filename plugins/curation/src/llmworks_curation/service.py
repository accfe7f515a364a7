"""Previews, recipe runs (the ``curation.run`` job), language statistics and tokenizer fertility."""

from __future__ import annotations

import json
import logging
import random
from collections import Counter, defaultdict
from typing import Any

from llmworks_sdk import Invalid, NotFound
from llmworks_sdk.db import utcnow
from llmworks_sdk.lineage import DATASET_VERSION, add_edge
from llmworks_sdk.services import DatasetService, require_service
from sqlalchemy.orm import Session

from llmworks_curation.languages import detector
from llmworks_curation.models import CurationRun, LanguageStats, RecipeVersion
from llmworks_curation.recipes import Context, parse_steps, run_steps
from llmworks_curation.steps_base import load_tokenizer
from llmworks_curation.text import words

log = logging.getLogger(__name__)
RECIPE_VERSION = "curation_recipe_version"
MAX_PREVIEW_ROWS = 500
LANGUAGE_SAMPLE = 5000
FERTILITY_SAMPLE = 2000


def datasets(kernel: Any) -> DatasetService:
    return require_service(kernel, DatasetService)


def source_version(kernel: Any, db: Session, auth: Any, version_id: int, loc: tuple[str, ...]) -> Any:
    try:
        return datasets(kernel).get_version(db, version_id, principal=auth)
    except NotFound:
        raise NotFound(f"dataset version {version_id} not found, or you are not a member of its project", field=loc) from None


def sample_rows(kernel: Any, version: Any, n: int, seed: int | None) -> list[tuple[int, dict[str, Any]]]:
    """``n`` rows of the version with their row numbers: the first ``n`` (seed None) or a
    seeded random sample, in row order."""
    svc = datasets(kernel)
    total = int(getattr(version, "row_count", 0) or 0)
    if seed is None or total <= n:
        out = []
        for i, row in enumerate(svc.iter_rows(kernel, version)):
            if i >= n:
                break
            out.append((i, row))
        return out
    picks = set(random.Random(seed).sample(range(total), n))
    return [(i, row) for i, row in enumerate(svc.iter_rows(kernel, version)) if i in picks]


# ------------------------------------------------------------------ preview
def preview(kernel: Any, auth: Any, version: Any, raw_steps: list[Any], *, sample: int, seed: int | None) -> dict[str, Any]:
    steps = parse_steps(kernel, raw_steps, project_id=version.project_id)
    picked = sample_rows(kernel, version, sample, seed)
    rows = [r for _i, r in picked]
    numbers = [i for i, _r in picked]
    ctx = Context(kernel, version.project_id, auth.user_id, log, preview=True)
    outcome = run_steps(list(rows), steps, ctx)
    by_row: dict[int, list[dict[str, Any]]] = defaultdict(list)
    added = []
    for ev in outcome.events:
        d = ev.to_dict()
        if ev.row is not None:
            d["row"] = numbers[ev.row]
            by_row[ev.row].append(d)
        elif ev.action == "added":
            added.append(d)
        elif ev.added is not None:  # an added row removed or changed by a later step
            added.append(d)
    final = {o: r for o, r in zip(outcome.origins, outcome.rows, strict=True) if o is not None}
    items = []
    for pos, (number, row) in enumerate(picked):
        evs = by_row.get(pos, [])
        status = "removed" if any(e["action"] == "removed" for e in evs) else ("changed" if evs else "kept")
        items.append({"row": number, "status": status, "original": row, "final": final.get(pos), "events": evs})
    return {
        "dataset_version_id": version.id, "sample": len(picked), "rows_in_version": getattr(version, "row_count", None),
        "seed": seed, "steps": [s.spec() for s in steps], "stats": [s.to_dict() for s in outcome.stats],
        "rows": items, "added": added, "rows_out": len(outcome.rows),
        "empty": not outcome.rows,
        "message": (f"every row of the sample is removed (by step '{outcome.emptied_by}')" if not outcome.rows else ""),
    }


# ------------------------------------------------------------------ runs
def run_job(ctx: Any) -> dict[str, Any]:
    """The ``curation.run`` job: the recipe version on the dataset version → a new version."""
    kernel = ctx.kernel
    run_id = int(ctx.payload["run_id"])
    with kernel.session() as s:
        run = s.get(CurationRun, run_id)
        if run is None:
            raise NotFound(f"curation run {run_id} not found")
        rv = s.get(RecipeVersion, run.recipe_version_id)
        run.status, run.job_id = "running", ctx.job_id
        steps_raw, project_id, user_id = list(rv.steps), run.project_id, run.created_by
        source_id, output_name = run.source_version_id, run.output_name
        s.commit()
    try:
        return _run(ctx, run_id, steps_raw, project_id, user_id, source_id, output_name)
    except BaseException as exc:
        with kernel.session() as s:
            run = s.get(CurationRun, run_id)
            if run is not None and run.status == "running":
                run.status, run.message, run.finished_at = "failed", str(exc)[:2000], utcnow()
                s.commit()
        raise


def _run(ctx: Any, run_id: int, steps_raw: list[Any], project_id: int, user_id: int | None, source_id: int,
         output_name: str) -> dict[str, Any]:
    kernel = ctx.kernel
    svc = datasets(kernel)
    with kernel.session() as s:
        version = svc.get_version(s, source_id)
        steps = parse_steps(kernel, steps_raw, project_id=project_id, loc=("steps",))
        rows = list(svc.iter_rows(kernel, version))
    n_steps = len(steps)
    ctx.log.info("curating %d rows of dataset version %d with %d steps", len(rows), source_id, n_steps)
    current = {"i": 0}

    def on_step(i: int, step: Any) -> None:
        current["i"] = i
        ctx.log.info("step %d/%d: %s", i + 1, n_steps, step.name)
        ctx.progress(i, n_steps, f"step {i + 1}/{n_steps}: {step.name}")

    def progress(done: int, total: int | None, message: str) -> None:
        frac = (done / total) if total else 0.0
        ctx.progress(int((current["i"] + frac) * 1000), n_steps * 1000, f"step {current['i'] + 1}/{n_steps}: {message}")

    sctx = Context(kernel, project_id, user_id, ctx.log, progress=progress, cancelled=ctx.cancelled)
    outcome = run_steps(rows, steps, sctx, on_step=on_step, keep_rows=False)
    for st in outcome.stats:
        ctx.log.info("%s: in %d, removed %d, changed %d, added %d, out %d %s", st.step, st.rows_in, st.removed,
                     st.changed, st.added, st.rows_out, st.rules)
    decisions = _store_decisions(kernel, outcome)
    stats = [s.to_dict() for s in outcome.stats]
    if ctx.cancelled():
        _finish(kernel, run_id, "failed", "cancelled before the end: no version was created", stats, decisions, len(rows), None)
        return {"run_id": run_id, "status": "cancelled"}
    if not outcome.rows:
        msg = (f"the recipe removes every one of the {len(rows)} rows (step '{outcome.emptied_by}' removed the last ones): "
               "no dataset version was created. Loosen that step's parameters and run it again")
        _finish(kernel, run_id, "empty", msg, stats, decisions, len(rows), 0)
        ctx.log.warning(msg)
        return {"run_id": run_id, "status": "empty", "version_id": None, "message": msg, "stats": stats}
    with kernel.session() as s:
        version = svc.get_version(s, source_id)
        new, duplicate = svc.create_version(
            s, kernel, project_id=project_id, name=output_name, rows=outcome.rows, user_id=user_id,
            description=f"curated from {version.name} v{version.version} by recipe run {run_id}",
            filename=f"curated-run-{run_id}.jsonl",
            validation_fraction=getattr(version, "validation_fraction", None), seed=getattr(version, "seed", None))
        new_id, new_number = new.id, new.version
        run = s.get(CurationRun, run_id)
        add_edge(s, project_id, (DATASET_VERSION, source_id), (DATASET_VERSION, new_id), "curated")
        add_edge(s, project_id, (RECIPE_VERSION, run.recipe_version_id), (DATASET_VERSION, new_id), "recipe")
        s.commit()
    status = "unchanged" if duplicate else "succeeded"
    msg = (f"the result equals existing version {new_number} of '{output_name}': no new version" if duplicate else
           f"created version {new_number} of '{output_name}' with {len(outcome.rows)} rows")
    _finish(kernel, run_id, status, msg, stats, decisions, len(rows), len(outcome.rows), new_id)
    kernel.events.publish("curation.run_finished", project_id=project_id, subject_kind="dataset_version",
                          subject_id=new_id, user_id=user_id,
                          data={"run_id": run_id, "status": status, "rows_in": len(rows), "rows_out": len(outcome.rows),
                                "link": "/curation"})
    return {"run_id": run_id, "status": status, "version_id": new_id, "version": new_number, "message": msg, "stats": stats}


def _store_decisions(kernel: Any, outcome: Any) -> str | None:
    if not outcome.events:
        return None
    w = kernel.artifacts.writer()
    try:
        buf = []
        for ev in outcome.events:
            buf.append(json.dumps(ev.to_dict(with_rows=False), ensure_ascii=False).encode() + b"\n")
            if len(buf) >= 4096:
                w.write(b"".join(buf))
                buf = []
        w.write(b"".join(buf))
        return w.commit().digest
    except BaseException:
        w.abort()
        raise


def _finish(kernel: Any, run_id: int, status: str, message: str, stats: list[Any], decisions: str | None,
            rows_in: int, rows_out: int | None, output_version_id: int | None = None) -> None:
    with kernel.session() as s:
        run = s.get(CurationRun, run_id)
        run.status, run.message, run.stats, run.decisions_digest = status, message, stats, decisions
        run.rows_in, run.rows_out, run.output_version_id, run.finished_at = rows_in, rows_out, output_version_id, utcnow()
        s.commit()


def read_decisions(kernel: Any, run: CurationRun, offset: int, limit: int, action: str | None,
                   step: str | None) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    total = 0
    if run.decisions_digest:
        with kernel.artifacts.open(run.decisions_digest) as fh:
            for line in fh:
                d = json.loads(line)
                if (action and d["action"] != action) or (step and d["step"] != step):
                    continue
                if offset <= total < offset + limit:
                    d.pop("before", None)
                    d.pop("after", None)
                    items.append(d)
                total += 1
    return {"items": items, "total": total, "limit": limit, "offset": offset}


# ------------------------------------------------------------------ languages
def language_stats(kernel: Any, db: Session, version: Any) -> dict[str, Any]:
    cached = db.query(LanguageStats).filter_by(version_id=version.id).one_or_none()
    if cached is not None:
        return cached.stats
    picked = sample_rows(kernel, version, LANGUAGE_SAMPLE, 0)
    from llmworks_sdk.curation import text_of

    guesses = detector().detect([text_of(r, " ") for _i, r in picked])
    langs: Counter[str] = Counter(g.language for g in guesses)
    scripts: Counter[str] = Counter(g.script for g in guesses)
    names = {g.language: g.name for g in guesses}
    by_lang_script: dict[str, Counter[str]] = defaultdict(Counter)
    for g in guesses:
        by_lang_script[g.language][g.script] += 1
    n = len(guesses) or 1
    stats = {
        "dataset_version_id": version.id, "rows": getattr(version, "row_count", len(picked)), "sampled": len(picked),
        "languages": [{"language": lang, "name": names[lang], "rows": c, "share": round(c / n, 4),
                       "scripts": dict(by_lang_script[lang])} for lang, c in langs.most_common()],
        "scripts": [{"script": sc, "rows": c, "share": round(c / n, 4)} for sc, c in scripts.most_common()],
        "detector": {"library": "lingua", "languages": detector().languages()},
    }
    db.add(LanguageStats(version_id=version.id, project_id=version.project_id, stats=stats))
    db.flush()
    return stats


def fertility(kernel: Any, db: Session, version: Any, models: list[str], max_rows: int) -> dict[str, Any]:
    """Tokens per word of each model's tokenizer, per language of the version's rows."""
    from llmworks_sdk.curation import text_of

    picked = sample_rows(kernel, version, max_rows, 0)
    texts = [text_of(r, " ") for _i, r in picked]
    guesses = detector().detect(texts)
    out = []
    for mi, model in enumerate(models):
        tok = load_tokenizer(kernel, db, model, version.project_id, ("body", "models", mi))
        per: dict[str, dict[str, Any]] = defaultdict(lambda: {"rows": 0, "words": 0, "tokens": 0, "chars": 0})
        for start in range(0, len(texts), 256):
            chunk = texts[start : start + 256]
            ids = tok(chunk, add_special_tokens=False)["input_ids"]
            for t, g, e in zip(chunk, guesses[start : start + 256], ids, strict=True):
                p = per[g.language]
                p["name"] = g.name
                p["rows"] += 1
                p["words"] += len(words(t))
                p["tokens"] += len(e)
                p["chars"] += len(t)
        langs = []
        for lang, p in sorted(per.items(), key=lambda kv: -kv[1]["rows"]):
            langs.append({"language": lang, "name": p["name"], "rows": p["rows"], "words": p["words"], "tokens": p["tokens"],
                          "tokens_per_word": round(p["tokens"] / p["words"], 3) if p["words"] else None,
                          "chars_per_token": round(p["chars"] / p["tokens"], 3) if p["tokens"] else None})
        out.append({"model": model, "languages": langs})
    return {"dataset_version_id": version.id, "sampled": len(picked), "models": out}


def check_output_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise Invalid("name the output dataset", field=("body", "output_name"))
    return name
