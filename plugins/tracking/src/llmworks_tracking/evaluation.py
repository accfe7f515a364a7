"""Evaluation jobs: generate predictions with the PyTorch backend, score them with every
requested metric (per example), store the results and announce them.

The job (kind ``tracking.evaluate``, payload ``{"evaluation_id": id}``) reads its
evaluation row, loads the examples (a built-in set, a dataset version of llmworks-datasets
or inline examples), resolves the model with ``llmworks_torch.models.resolve_model`` and
loads it with ``kernel.registry.inference_backends["pytorch"]``. Text metrics score the
generated predictions against the references; model metrics (perplexity, LAMBADA) get the
loaded model. Results go to the evaluation (aggregate, per-example scores, worst examples),
to the model's training run as summary metrics when there is one, and out as the event
``evaluation.completed`` (a notification).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from itertools import islice
from typing import Any

from llmworks.db import utcnow
from llmworks_sdk import GenerationParams, Invalid, NotFound, Unavailable
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from llmworks_tracking import service
from llmworks_tracking.evalsets import BUILTIN
from llmworks_tracking.models import Evaluation, EvaluationExample, EvaluationScore, Run

EVALUATION_JOB = "tracking.evaluate"
BACKEND = "pytorch"
WORST = 5
PROMPT_COLUMNS = ("prompt", "input", "question", "source", "instruction", "text")
REFERENCE_COLUMNS = ("reference", "completion", "answer", "target", "output", "response")


# --------------------------------------------------------------------------- inputs
def resolve_model(kernel: Any, db: Session, model: str) -> tuple[Any, int | None]:
    """``llmworks_torch.models.resolve_model`` with its errors turned into API errors."""
    try:
        from llmworks_torch.models import resolve_model as torch_resolve
    except ImportError:
        raise Unavailable("evaluation jobs need the llmworks-torch plugin (models and the PyTorch backend); install it") from None
    try:
        return torch_resolve(kernel, db, model)
    except (LookupError, FileNotFoundError, ValueError) as exc:
        raise Invalid(f"model {model!r}: {exc}", field=("body", "model")) from None


def backend(kernel: Any) -> Any:
    b = kernel.registry.inference_backends.get(BACKEND)
    if b is None:
        raise Unavailable("the PyTorch inference backend is not registered: install and enable llmworks-torch")
    ok, why = b.available()
    if not ok:
        raise Unavailable(f"the PyTorch backend is not usable here: {why}")
    return b


def model_version_id(model: str) -> int | None:
    raw = model[7:] if model.startswith("custom:") else model
    return int(raw) if raw.isdigit() else None


def dataset_version(db: Session, version_id: int) -> Any:
    try:
        from llmworks_datasets.service import get_version
    except ImportError:
        raise Unavailable("dataset versions come from the llmworks-datasets plugin, which is not installed; "
                          "use a built-in dataset or inline examples") from None
    try:
        version = get_version(db, version_id)
    except LookupError as exc:
        raise NotFound(str(exc)) from None
    if version is None:
        raise NotFound(f"dataset version {version_id} not found")
    return version


def _pick(columns: list[str], wanted: str | None, candidates: tuple[str, ...], what: str) -> str | None:
    if wanted:
        if wanted not in columns:
            raise Invalid(f"the dataset has no column {wanted!r}; columns: {columns}", field=("body", "dataset", f"{what}_column"))
        return wanted
    return next((c for c in candidates if c in columns), None)


def examples(kernel: Any, db: Session, dataset: dict[str, Any], limit: int) -> Iterator[dict[str, str]]:
    """Up to ``limit`` examples ``{"prompt", "reference", "text"}`` of a dataset spec."""
    if "builtin" in dataset:
        yield from BUILTIN[dataset["builtin"]].rows(limit)
        return
    if "examples" in dataset:
        for ex in dataset["examples"][:limit]:
            prompt, ref = ex.get("prompt", ""), ex.get("reference", "")
            yield {"prompt": prompt, "reference": ref, "text": ex.get("text") or prompt + ref}
        return
    from llmworks_datasets.service import dataset_columns, iter_rows

    version = dataset_version(db, dataset["version_id"])
    columns = list(dataset_columns(version))
    pcol = _pick(columns, dataset.get("prompt_column"), PROMPT_COLUMNS, "prompt")
    rcol = _pick(columns, dataset.get("reference_column"), REFERENCE_COLUMNS, "reference")
    if pcol is None:
        raise Invalid(f"no prompt column found among {columns}; set dataset.prompt_column", field=("body", "dataset", "prompt_column"))
    for row in islice(iter_rows(kernel, version, dataset.get("split")), limit):
        prompt = str(row.get(pcol) or "")
        ref = str(row.get(rcol) or "") if rcol and rcol != pcol else ""
        text = str(row.get("text") or "") or prompt + ref
        yield {"prompt": prompt, "reference": ref, "text": text}


# --------------------------------------------------------------------------- the job
def run_evaluation_job(ctx: Any) -> dict[str, Any]:
    k = ctx.kernel
    eid = int(ctx.payload["evaluation_id"])
    with k.db.session() as s:
        ev = s.get(Evaluation, eid)
        if ev is None:
            raise NotFound(f"evaluation {eid} was deleted")
        ev.status, ev.error = "running", None
        spec = {"project_id": ev.project_id, "model": ev.model, "dataset": dict(ev.dataset), "metrics": list(ev.metrics),
                "settings": dict(ev.settings), "name": ev.name}
    try:
        return _evaluate(ctx, eid, spec)
    except Exception as exc:
        with k.db.session() as s:
            s.execute(update(Evaluation).where(Evaluation.id == eid).values(status="failed", error=f"{type(exc).__name__}: {exc}"))
        raise


def _evaluate(ctx: Any, eid: int, spec: dict[str, Any]) -> dict[str, Any]:
    from llmworks_metrics.service import compute_metrics, project_metrics, resolve

    k = ctx.kernel
    settings = spec["settings"]
    with k.db.session() as s:
        rows = list(examples(k, s, spec["dataset"], int(settings.get("max_examples", 200))))
        metrics = project_metrics(k, s, spec["project_id"])
        order = resolve(metrics, spec["metrics"])
        ref, _ = resolve_model(k, s, spec["model"])
    if not rows:
        raise Invalid("the dataset gave no examples")
    ctx.log.info("evaluation %s: %d examples, metrics %s, model %s", eid, len(rows), order, spec["model"])
    loaded = backend(k).load(ref)
    adapter = next(iter(ref.adapters), None)
    try:
        prompts = [r["prompt"] for r in rows]
        references = [r["reference"] for r in rows]
        predictions = [""] * len(rows)
        needs_predictions = any(getattr(metrics[n], "kind", "text") != "model" and not getattr(metrics[n], "requires", ())
                                for n in order)
        total = len(rows) * (1 if needs_predictions else 0) + len(order)
        if needs_predictions:
            params = GenerationParams(**{**settings.get("generation", {}), "logprobs": False})
            for i, prompt in enumerate(prompts):
                if ctx.cancelled():
                    return _cancelled(k, eid, i)
                try:
                    predictions[i] = "".join(t.token for t in loaded.stream(prompt, params, adapter=adapter)).strip()
                except ValueError as exc:  # e.g. a prompt longer than the model's context
                    raise Invalid(f"example {i}: {exc}; lower max_new_tokens or drop the long examples") from exc
                ctx.progress(i + 1, total, f"generating {i + 1}/{len(rows)}")
        done = len(rows) if needs_predictions else 0

        def on_metric(name: str, i: int, n: int) -> None:
            ctx.progress(done + i, total, f"scoring {name}")
            if ctx.cancelled():
                raise _Cancelled()

        try:
            results = compute_metrics(metrics, spec["metrics"], predictions, references, prompts=prompts,
                                      texts=[r["text"] for r in rows], model=loaded, adapter=adapter, on_metric=on_metric)
        except _Cancelled:
            return _cancelled(k, eid, len(rows))
    finally:
        loaded.close()
    summary = _store(k, eid, spec, rows, predictions, results, metrics)
    ctx.progress(total, total, "done")
    return {"evaluation_id": eid, "examples": len(rows), "scores": summary}


class _Cancelled(Exception):
    pass


def _cancelled(k: Any, eid: int, at: int) -> dict[str, Any]:
    with k.db.session() as s:
        s.execute(update(Evaluation).where(Evaluation.id == eid).values(status="cancelled", finished_at=utcnow()))
    return {"evaluation_id": eid, "stopped_at": at}


def _finite(x: Any) -> float | None:
    return float(x) if x is not None and math.isfinite(x) else None


def worst_examples(per_example: list[float] | None, higher_is_better: bool, n: int = WORST) -> list[int]:
    if not per_example:
        return []
    scored = [(v, i) for i, v in enumerate(per_example) if v is not None and math.isfinite(v)]
    scored.sort(key=lambda t: (t[0] if higher_is_better else -t[0], t[1]))
    return [i for _, i in scored[:n]]


def _store(k: Any, eid: int, spec: dict[str, Any], rows: list[dict[str, str]], predictions: list[str],
           results: dict[str, Any], metrics: dict[str, Any]) -> dict[str, float | None]:
    requested = set(spec["metrics"])
    out: dict[str, Any] = {}
    for name, r in results.items():
        m = metrics[name]
        hib = bool(getattr(m, "higher_is_better", True))
        out[name] = {"score": _finite(r.score), "higher_is_better": hib, "kind": getattr(m, "kind", "text"),
                     "requested": name in requested, "details": _json_details(r.details),
                     "worst": worst_examples(r.per_example, hib)}
    scores = {n: v["score"] for n, v in out.items()}
    with k.db.session() as s:
        s.execute(delete(EvaluationScore).where(EvaluationScore.evaluation_id == eid))
        s.execute(delete(EvaluationExample).where(EvaluationExample.evaluation_id == eid))
        per = {n: r.per_example for n, r in results.items() if r.per_example is not None}
        s.execute(insert(EvaluationExample), [
            {"evaluation_id": eid, "idx": i, "prompt": row["prompt"], "reference": row["reference"], "prediction": predictions[i],
             "scores": {n: _finite(p[i]) for n, p in per.items()}} for i, row in enumerate(rows)])
        score_rows = [{"evaluation_id": eid, "idx": i, "metric": n, "score": _finite(v)} for n, p in per.items() for i, v in enumerate(p)]
        if score_rows:
            s.execute(insert(EvaluationScore), score_rows)
        ev = s.get(Evaluation, eid)
        assert ev is not None
        ev.results, ev.n_examples, ev.status, ev.finished_at, ev.error = out, len(rows), "succeeded", utcnow(), None
        ev.run_id = _model_run(s, spec["model"])
        if ev.run_id is not None:
            service.log_summary(s, ev.run_id, {n: v for n, v in scores.items() if n in requested and v is not None})
        text = " · ".join(f"{n} {v:.4g}" for n, v in scores.items() if n in requested and v is not None)
        k.events.publish("evaluation.completed", project_id=ev.project_id, subject_kind="evaluation", subject_id=eid,
                         user_id=ev.created_by,
                         data={"name": ev.name, "title": ev.name, "summary": f"{ev.name}: {text}" if text else ev.name,
                               "scores": scores, "model": ev.model, "link": f"/evaluations/{eid}"}, session=s)
    k.events.notify()
    return scores


def _json_details(details: dict[str, Any]) -> dict[str, Any]:
    from llmworks_metrics.base import json_safe

    return json_safe(details)


def _model_run(s: Session, model: str) -> int | None:
    """The training run that produced a model version: its lineage edge, else the version's run_id."""
    from llmworks.db.models import LineageEdge

    version_id = model_version_id(model)
    if version_id is None:
        return None
    src = s.scalar(select(LineageEdge.src_id).where(LineageEdge.dst_kind == "model_version", LineageEdge.dst_id == str(version_id),
                                                    LineageEdge.src_kind == "run").limit(1))
    if src is None:
        try:
            from llmworks_torch.tables import ModelVersion
        except ImportError:
            return None
        version = s.get(ModelVersion, version_id)
        src = getattr(version, "run_id", None)
    if src is None or not str(src).isdigit():
        return None
    return int(src) if s.get(Run, int(src)) is not None else None


# --------------------------------------------------------------------------- job events
def sync_with_job(kernel: Any, job_id: int, state: str, error: str | None) -> None:
    """Called for job.succeeded/failed/cancelled: close what is still open for that job."""
    with kernel.db.session() as s:
        if state in ("failed", "cancelled"):
            s.execute(update(Evaluation).where(Evaluation.job_id == job_id, Evaluation.status.in_(("queued", "running")))
                      .values(status=state, error=error or f"job {state}", finished_at=utcnow()))
        run_state = {"succeeded": "finished"}.get(state, state)
        for run in s.scalars(select(Run).where(Run.job_id == job_id, Run.status.in_(("queued", "running")))):
            service.set_status(s, run.id, run_state)
