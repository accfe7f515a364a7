"""Compare a base model and adapters (or two adapters) as a job: speed and quality side by side.

For each candidate (the base, or the base with one uploaded adapter) and each chosen inference
backend, the job generates greedily on the same prompts and measures latency and tokens/s;
on a chosen dataset version (prompt/completion rows, or text rows for model metrics) it
computes the chosen metrics with the metrics service. The result is one report: a table of
every number and bar charts (latency, tokens/s, each metric) rendered as SVG in an HTML page
(``GET /api/plugins/deploy/adapters/compare/{job_id}/report``).
"""

from __future__ import annotations

import html
import statistics
import time
from itertools import islice
from pathlib import Path
from typing import Any

from llmworks_sdk import GenerationParams, Invalid, ModelRef
from pydantic import BaseModel, ConfigDict, Field

PROMPT_COLUMNS = ("prompt", "input", "instruction", "question")
REFERENCE_COLUMNS = ("completion", "response", "output", "answer", "reference")


class Candidate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str = Field(..., min_length=1, max_length=64)
    adapter_id: int | None = Field(None, ge=1, description="An uploaded adapter; none: the base alone")


class CompareIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    project_id: int = Field(..., ge=1)
    base_model: str = Field(..., min_length=1, max_length=255, description="base:<name> the adapters were validated against")
    candidates: list[Candidate] = Field(..., min_length=2, max_length=6)
    prompts: list[str] = Field(default_factory=lambda: ["The pilot keeps the map", "Once upon a time"],
                               min_length=1, max_length=50)
    max_new_tokens: int = Field(16, ge=1, le=512)
    repeats: int = Field(3, ge=1, le=20, description="Timed runs per prompt (after one warm-up)")
    backends: list[str] = Field(default_factory=lambda: ["pytorch"], min_length=1, max_length=4)
    dataset_version_id: int | None = Field(None, ge=1, description="Quality on this dataset version (optional)")
    split: str | None = Field(None, max_length=32)
    metrics: list[str] = Field(default_factory=list, max_length=10)
    limit: int = Field(20, ge=1, le=500, description="Dataset rows used for quality")


def _rows(kernel: Any, spec: CompareIn) -> tuple[list[str], list[str], list[str]]:
    from llmworks_sdk.services import DatasetService, require_service

    datasets = require_service(kernel, DatasetService)
    with kernel.session() as db:
        version = datasets.get_version(db, int(spec.dataset_version_id or 0))
        columns = list(datasets.columns(version))
    pcol = next((c for c in PROMPT_COLUMNS if c in columns), None)
    rcol = next((c for c in REFERENCE_COLUMNS if c in columns), None)
    prompts, refs, texts = [], [], []
    for row in islice(datasets.iter_rows(kernel, version, spec.split), spec.limit):
        if pcol:
            prompts.append(str(row.get(pcol) or ""))
            refs.append(str(row.get(rcol) or "") if rcol else "")
            texts.append(prompts[-1] + refs[-1])
        else:
            texts.append(str(row.get("text") or ""))
    return prompts, refs, texts


def run_compare_job(ctx: Any) -> dict[str, Any]:
    from llmworks_sdk.services import MetricService, require_service

    from llmworks_deploy.tables import Adapter

    kernel = ctx.kernel
    spec = CompareIn.model_validate(ctx.payload["spec"])
    base_path = Path(ctx.payload["base_path"])
    adapters: dict[str, Path] = {}
    with kernel.session() as db:
        for c in spec.candidates:
            if c.adapter_id is not None:
                row = db.get(Adapter, c.adapter_id)
                if row is None or not row.enabled:
                    raise Invalid(f"adapter {c.adapter_id} is missing or disabled")
                adapters[f"a{row.id}"] = Path(row.path)
        metrics = require_service(kernel, MetricService).project_metrics(kernel, db, spec.project_id) if spec.metrics else {}
    prompts_q, refs, texts = _rows(kernel, spec) if spec.dataset_version_id else ([], [], [])
    total = len(spec.backends) * len(spec.candidates)
    step = 0
    results: list[dict[str, Any]] = []
    params = GenerationParams(temperature=0, max_new_tokens=spec.max_new_tokens, logprobs=False, top_logprobs=0)
    for backend_name in spec.backends:
        backend = kernel.registry.inference_backends[backend_name]
        model = backend.load(ModelRef(key=f"compare:{ctx.job_id}:{backend_name}", path=base_path, adapters=adapters))
        try:
            for c in spec.candidates:
                adapter = f"a{c.adapter_id}" if c.adapter_id is not None else None
                ctx.log.info("%s on %s: %d prompts x %d runs", c.label, backend_name, len(spec.prompts), spec.repeats)
                _generate(model, spec.prompts[0], params, adapter)  # warm-up
                latencies, rates, outputs = [], [], []
                for prompt in spec.prompts:
                    for _ in range(spec.repeats):
                        t0 = time.perf_counter()
                        text, n = _generate(model, prompt, params, adapter)
                        dt = time.perf_counter() - t0
                        latencies.append(dt * 1000)
                        rates.append(n / dt if dt > 0 else 0.0)
                    outputs.append(text)
                entry: dict[str, Any] = {
                    "label": c.label, "adapter_id": c.adapter_id, "backend": backend_name,
                    "latency_ms_mean": statistics.fmean(latencies), "latency_ms_p50": statistics.median(latencies),
                    "latency_ms_p95": sorted(latencies)[max(0, int(len(latencies) * 0.95) - 1)],
                    "tokens_per_second": statistics.fmean(rates), "samples": outputs[:5], "metrics": {}}
                if spec.metrics and (prompts_q or texts):
                    preds = [_generate(model, p, params, adapter)[0] for p in prompts_q]
                    svc = require_service(kernel, MetricService)
                    names = svc.resolve(metrics, spec.metrics)
                    entry["metrics"], entry["unavailable"] = _metrics(svc, metrics, names, preds, refs, prompts_q, texts,
                                                                      model, adapter)
                results.append(entry)
                step += 1
                ctx.progress(step, total, f"{c.label} on {backend_name}")
                if ctx.cancelled():
                    return {"cancelled": True, "results": results}
        finally:
            model.close()
    return {"base_model": spec.base_model, "prompts": spec.prompts, "max_new_tokens": spec.max_new_tokens,
            "metrics": spec.metrics, "dataset_version_id": spec.dataset_version_id, "results": results}


def _metrics(svc: Any, metrics: Any, names: list[str], preds: list[str], refs: list[str], prompts: list[str],
             texts: list[str], model: Any, adapter: str | None) -> tuple[dict[str, Any], dict[str, str]]:
    """The scores of ``names`` on this backend's model, and the metrics it cannot give (a model
    metric such as perplexity on a backend without token log-probabilities) with the reason:
    one such metric does not fail the comparison of the others."""
    from llmworks_sdk import Unavailable

    def compute(which: list[str]) -> dict[str, Any]:
        res = svc.compute(metrics, which, preds, refs, prompts=prompts, texts=texts, model=model, adapter=adapter)
        return {k: v.score for k, v in res.items()}

    try:
        return compute(names), {}
    except Unavailable:
        scores: dict[str, Any] = {}
        missing: dict[str, str] = {}
        for name in names:
            try:
                scores.update(compute([name]))
            except Unavailable as exc:
                missing[name] = exc.detail
        return scores, missing


def _generate(model: Any, prompt: str, params: GenerationParams, adapter: str | None) -> tuple[str, int]:
    stream = model.stream(prompt, params, adapter=adapter)
    toks = []
    while True:
        try:
            toks.append(next(stream))
        except StopIteration:
            break
    return "".join(t.token for t in toks), len(toks)


# ---------------------------------------------------------------- the report
def _bars(title: str, rows: list[tuple[str, float | None]], unit: str) -> str:
    width, bar_h, gap, left = 560, 22, 8, 200
    top = max((v for _, v in rows if v is not None), default=0) or 1.0
    h = 30 + len(rows) * (bar_h + gap)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" role="img" aria-label="{html.escape(title)}">',
             f'<text x="0" y="16" font-size="14" font-weight="bold">{html.escape(title)}</text>']
    for i, (label, value) in enumerate(rows):
        y = 28 + i * (bar_h + gap)
        parts.append(f'<text x="0" y="{y + 16}" font-size="12">{html.escape(label)}</text>')
        if value is None:  # the backend cannot give this metric: no bar, not a bar of 0
            parts.append(f'<text x="{left}" y="{y + 16}" font-size="12" fill="#777">n/a on this backend</text>')
            continue
        w = (width - left - 80) * (value / top)
        parts.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="#4f7cff"/>')
        parts.append(f'<text x="{left + w + 6:.1f}" y="{y + 16}" font-size="12">{value:.4g} {html.escape(unit)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def report_html(result: dict[str, Any]) -> str:
    rows = result.get("results") or []
    label = [f"{r['label']} ({r['backend']})" for r in rows]
    charts = [_bars("Latency per request (mean)", list(zip(label, [r["latency_ms_mean"] for r in rows], strict=True)), "ms"),
              _bars("Tokens per second", list(zip(label, [r["tokens_per_second"] for r in rows], strict=True)), "tok/s")]
    metric_names = sorted({m for r in rows for m in [*r.get("metrics", {}), *(r.get("unavailable") or {})]})

    def score(r: dict[str, Any], m: str) -> float | None:
        v = r.get("metrics", {}).get(m)
        return None if v is None else float(v)

    def cell(r: dict[str, Any], m: str) -> str:
        v = score(r, m)
        if v is not None:
            return f"{v:.4g}"
        why = (r.get("unavailable") or {}).get(m)
        return f"n/a: {why}" if why else "n/a"

    for m in metric_names:
        charts.append(_bars(m, [(lab, score(r, m)) for lab, r in zip(label, rows, strict=True)], ""))
    head = "".join(f"<th>{html.escape(h)}</th>" for h in
                   ["candidate", "backend", "latency mean (ms)", "p50 (ms)", "p95 (ms)", "tokens/s", *metric_names])
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in [
            r["label"], r["backend"], f"{r['latency_ms_mean']:.2f}", f"{r['latency_ms_p50']:.2f}", f"{r['latency_ms_p95']:.2f}",
            f"{r['tokens_per_second']:.1f}", *[cell(r, m) for m in metric_names]]) + "</tr>"
        for r in rows)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>Adapter comparison</title></head><body>"
            f"<h1>Adapter comparison on {html.escape(str(result.get('base_model')))}</h1>"
            f"<p>{len(result.get('prompts') or [])} prompts, {result.get('max_new_tokens')} new tokens, greedy.</p>"
            f"<table border='1' cellpadding='4'><tr>{head}</tr>{body}</table>"
            + "".join(f"<div>{c}</div>" for c in charts) + "</body></html>")
