"""Evaluation jobs: generate predictions with an inference backend (the evaluation's
``backend``, PyTorch by default), score them with every requested metric (per example),
store the results and announce them.

The job (kind ``tracking.evaluate``, payload ``{"evaluation_id": id}``) reads its
evaluation row, loads the examples (a built-in set, a dataset version of llmworks-datasets
or inline examples), resolves the model with the ``ModelRegistry`` service and
loads it with ``kernel.registry.inference_backends[settings["backend"]]`` (default "pytorch"). Text metrics score the
generated predictions against the references; model metrics (perplexity, LAMBADA) get the
loaded model. Results go to the evaluation (aggregate, per-example scores, worst examples),
to the model's training run as summary metrics when there is one, and out as the event
``evaluation.completed`` (a notification).
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Iterator
from itertools import islice
from typing import Any

from llmworks_sdk import BadRequest, GenerationParams, Invalid, NotFound, Unavailable
from llmworks_sdk.db import utcnow
from llmworks_sdk.jsonutil import json_safe
from llmworks_sdk.safety import SafetyRequest, safety_service
from llmworks_sdk.services import DatasetService, MetricService, ModelRegistry, get_service, require_service
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
def resolve_model(kernel: Any, db: Session, model: str, project_id: int) -> tuple[Any, int | None]:
    """The ``ModelRegistry`` service's ``resolve`` for ``project_id``, its errors turned into API errors."""
    registry = get_service(kernel, ModelRegistry)
    if registry is None:
        raise Unavailable("evaluation jobs need the model registry (llmworks-models) and the PyTorch backend "
                          "(llmworks-torch); install them") from None
    try:
        return registry.resolve(db, model, project_id=project_id)
    except (LookupError, FileNotFoundError, ValueError) as exc:
        raise Invalid(f"model {model!r}: {exc}", field=("body", "model")) from None


def backend(kernel: Any, name: str | None = None) -> Any:
    """The inference backend that generates an evaluation's predictions (default "pytorch")."""
    name = name or BACKEND
    b = kernel.registry.inference_backends.get(name)
    if b is None:
        installed = ", ".join(sorted(kernel.registry.inference_backends)) or "none"
        raise Invalid(f"no inference backend '{name}' is installed; installed: {installed}", field=("body", "backend"))
    ok, why = b.available()
    if not ok:
        raise Unavailable(f"the {name} backend is not usable here: {why}")
    return b


def model_version_id(model: str) -> int | None:
    raw = model[7:] if model.startswith("custom:") else model
    return int(raw) if raw.isdigit() else None


def _datasets(db: Session) -> DatasetService:
    service = get_service(db, DatasetService)
    if service is None:
        raise Unavailable("dataset versions come from the llmworks-datasets plugin, which is not installed; "
                          "use a built-in dataset or inline examples") from None
    return service


def dataset_version(db: Session, version_id: int) -> Any:
    try:
        version = _datasets(db).get_version(db, version_id)
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
    datasets = _datasets(db)
    version = dataset_version(db, dataset["version_id"])
    columns = list(datasets.columns(version))
    pcol = _pick(columns, dataset.get("prompt_column"), PROMPT_COLUMNS, "prompt")
    rcol = _pick(columns, dataset.get("reference_column"), REFERENCE_COLUMNS, "reference")
    if pcol is None:
        raise Invalid(f"no prompt column found among {columns}; set dataset.prompt_column", field=("body", "dataset", "prompt_column"))
    for row in islice(datasets.iter_rows(kernel, version, dataset.get("split")), limit):
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
    k = ctx.kernel
    metric_service = require_service(k, MetricService)
    settings = spec["settings"]
    with k.db.session() as s:
        rows = list(examples(k, s, spec["dataset"], int(settings.get("max_examples", 200))))
        metrics = metric_service.project_metrics(k, s, spec["project_id"])
        order = metric_service.resolve(metrics, spec["metrics"])
        ref, _ = resolve_model(k, s, spec["model"], spec["project_id"])
    if not rows:
        raise Invalid("the dataset gave no examples")
    ctx.log.info("evaluation %s: %d examples, metrics %s, model %s", eid, len(rows), order, spec["model"])
    if settings.get("options"):  # a route's backend options (e.g. a Triton model name) make their own loaded model
        options = settings["options"]
        ref = dataclasses.replace(ref, key=f"{ref.key}?{json.dumps(options, sort_keys=True)}",
                                  options={**ref.options, **options})
    loaded = backend(k, settings.get("backend")).load(ref)
    adapter = settings.get("adapter") or next(iter(ref.adapters), None)
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
                    if settings.get("safety"):
                        predictions[i] = _filtered_prediction(k, spec["project_id"], f"eval-{eid}-{i}", loaded, prompt,
                                                              params, adapter)
                    else:
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
            results = metric_service.compute(metrics, spec["metrics"], predictions, references, prompts=prompts,
                                      texts=[r["text"] for r in rows], model=loaded, adapter=adapter, on_metric=on_metric,
                                      metric_options=settings.get("metric_options") or {}, project_id=spec["project_id"],
                                      kernel=k)
        except _Cancelled:
            return _cancelled(k, eid, len(rows))
    finally:
        loaded.close()
    summary = _store(k, eid, spec, rows, predictions, results, metrics)
    ctx.progress(total, total, "done")
    return {"evaluation_id": eid, "examples": len(rows), "scores": summary}


class _Cancelled(Exception):
    pass


def _filtered_prediction(k: Any, project_id: int, gen_id: str, loaded: Any, prompt: str, params: Any,
                         adapter: str | None) -> str:
    """One prediction under the project's safety policy (opt-in): the prompt is filtered before the
    model sees it, the output through the streaming guard; the decision is logged. A blocked
    prompt gives an empty prediction, a blocked output the text released before the block."""
    service = safety_service(k)
    if service is None:
        raise Unavailable("the evaluation opted in to safety filters but llmworks-safety is not installed")
    with k.db.session() as s:
        session = service.begin(k, s, None, SafetyRequest(project_id=project_id, source="evaluation",
                                                          generation_id=gen_id, count_tokens=loaded.count_tokens))
    if session is None:  # the project has no policy
        return "".join(t.token for t in loaded.stream(prompt, params, adapter=adapter)).strip()
    try:
        prompt = session.check_input([prompt], ("dataset", "prompt"))[0]
    except BadRequest:
        return ""
    guard = session.output_guard()
    out: list[str] = []
    finish = "eos"
    stream = loaded.stream(prompt, params, adapter=adapter)
    for tok in stream:
        if guard is None:
            out.append(tok.token)
            continue
        out.extend(t.token for t in guard.feed(tok))
        if guard.blocked:
            stream.close()
            finish = getattr(guard, "stop_reason", None) or "content_filter"
            break
    if guard is not None:
        out.extend(t.token for t in guard.finish())
    session.record({"finish_reason": finish})
    return "".join(out).strip()


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
    return json_safe(details)


def _model_run(s: Session, model: str) -> int | None:
    """The training run that produced a model version: its lineage edge, else the version's run_id."""
    from llmworks_sdk.lineage import MODEL_VERSION, RUN, sources

    version_id = model_version_id(model)
    if version_id is None:
        return None
    runs = sources(s, (MODEL_VERSION, version_id), kind=RUN)
    src: Any = runs[0][1] if runs else None
    if src is None:
        registry = get_service(s, ModelRegistry)
        if registry is None:
            return None
        try:
            src = registry.get_version(s, version_id).run_id
        except (LookupError, NotFound):
            return None
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
