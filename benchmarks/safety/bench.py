"""Safety filter benchmark: llmworks' filter pipeline vs raw Presidio + raw profanity-check.

On the same ~1 KB texts, in the same process and run, interleaved text by text:

  llmworks   the full default policy through ``llmworks_safety.pipeline.run``: normalisation
             (NFKC, invisible/bidi characters, homoglyphs), the ``length`` filter, the
             ``offensive`` filter (word lists incl. Hindi + alt-profanity-check, word-level
             scoring when a text is flagged), the ``pii`` filter (Presidio), redaction
  raw        ``AnalyzerEngine.analyze(text, language="en", entities=<the same 8>)`` on Presidio
             built as its docs show for an offline spaCy model (``NlpEngineProvider`` with
             ``en_core_web_sm``, the predefined recognisers plus Aadhaar and PAN) +
             ``profanity_check.predict_prob([text])`` — what a user wires by hand
  raw-same   the same calls on llmworks' own analyzer object (NER only on the sentences that
             can hold a kept name, phone numbers looked for only around digits): the overhead
             of the pipeline alone (normalisation, word lists, offsets, redaction)
  raw-full   stock Presidio again, ``analyze`` without an entity list (every recogniser)

Reported: ratios (sum of llmworks time / sum of a baseline's time), p50 and p99 per text, and
RSS of 50 concurrent output streams through the hold-back guard (threads, ~1 KB scripted
token streams each) — the filters are loaded once per process and shared.

    python benchmarks/safety/bench.py --texts 200 --rounds 3 --out out.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "plugins" / "safety" / "tests" / "data" / "labelled.jsonl"


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def texts_1kb(n: int) -> list[str]:
    """``n`` texts of ~1,000 characters, each a different mix of the labelled set's sentences."""
    rows = [json.loads(line)["text"] for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for i in range(n):
        parts, j = [], i * 7
        while sum(len(p) + 1 for p in parts) < 1000:
            parts.append(rows[j % len(rows)])
            j += 13
        out.append(" ".join(parts)[:1024])
    return out


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def describe(ms: list[float]) -> dict[str, float]:
    return {"n": len(ms), "mean_ms": statistics.fmean(ms), "p50_ms": pct(ms, 0.5), "p99_ms": pct(ms, 0.99),
            "total_ms": sum(ms)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--streams", type=int, default=50)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()

    rss_start = rss_mb()
    import profanity_check
    from llmworks_safety.filters.length import LengthFilter
    from llmworks_safety.filters.offensive import OffensiveFilter
    from llmworks_safety.filters.pii import ENTITIES, SPACY_MODEL, PiiFilter, analyzer
    from llmworks_safety.pipeline import Active, run

    active = [Active(LengthFilter(), "block", options={"max_input_chars": 100_000, "max_output_chars": 100_000}),
              Active(OffensiveFilter(), "redact", OffensiveFilter.default_threshold),
              Active(PiiFilter(), "redact", PiiFilter.default_threshold)]
    t0 = time.perf_counter()
    engine = analyzer()
    OffensiveFilter().warm()
    load_s = time.perf_counter() - t0
    rss_loaded = rss_mb()

    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import InAadhaarRecognizer, InPanRecognizer

    full = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": SPACY_MODEL}]}).create_engine(),
        supported_languages=["en"])
    names = {r.name for r in full.registry.recognizers}
    for rec in (InAadhaarRecognizer, InPanRecognizer):
        if rec.__name__ not in names:
            full.registry.add_recognizer(rec(supported_language="en"))
    entities = list(ENTITIES)

    def platform_one(text: str) -> None:
        run(active, text, "output")

    def raw_one(text: str) -> None:
        full.analyze(text=text, language="en", entities=entities, score_threshold=PiiFilter.default_threshold)
        profanity_check.predict_prob([text])

    def raw_same_one(text: str) -> None:
        engine.analyze(text=text, language="en", entities=entities, score_threshold=PiiFilter.default_threshold)
        profanity_check.predict_prob([text])

    def raw_full_one(text: str) -> None:
        full.analyze(text=text, language="en")
        profanity_check.predict_prob([text])

    paths = {"llmworks": platform_one, "raw": raw_one, "raw-same": raw_same_one, "raw-full": raw_full_one}
    texts = texts_1kb(args.texts)
    for t in texts[:5]:  # warm caches of every path
        for fn in paths.values():
            fn(t)
    # wall-clock time, and the CPU time of this thread: on a machine that other work shares, the
    # wall time includes waiting for a core; the CPU time is what one free core takes
    times: dict[str, list[float]] = {name: [] for name in paths}
    cpu: dict[str, list[float]] = {name: [] for name in paths}
    for r in range(args.rounds):
        for i, t in enumerate(texts):
            order = list(paths.items())
            if (i + r) % 2:
                order.reverse()
            for name, fn in order:
                w, c = time.perf_counter(), time.thread_time()
                fn(t)
                cpu[name].append((time.thread_time() - c) * 1000)
                times[name].append((time.perf_counter() - w) * 1000)
    results: dict[str, Any] = {name: describe(ms) for name, ms in times.items()}
    cpu_results: dict[str, Any] = {name: describe(ms) for name, ms in cpu.items()}
    ratio = results["llmworks"]["total_ms"] / results["raw"]["total_ms"]
    ratio_full = results["llmworks"]["total_ms"] / results["raw-full"]["total_ms"]
    ratio_same = results["llmworks"]["total_ms"] / results["raw-same"]["total_ms"]
    # paired per-text ratios: robust to load changes during the run
    paired = [a / b for a, b in zip(times["llmworks"], times["raw"], strict=True)]

    # ------------------------------------------------------------ 50 concurrent streams
    from llmworks_safety.stream import StreamGuard
    from llmworks_sdk import GeneratedToken

    scripts = [re.findall(r"\s*\S{1,4}", texts[i % len(texts)]) for i in range(args.streams)]
    peak = [rss_mb()]
    stop = threading.Event()

    def sampler() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], rss_mb())
            time.sleep(0.05)

    barrier = threading.Barrier(args.streams)
    released: list[int] = [0] * args.streams
    errors: list[str] = []

    def stream(k: int) -> None:
        try:
            guard = StreamGuard(active, window=48)
            barrier.wait()
            for i, piece in enumerate(scripts[k]):
                released[k] += len(guard.feed(GeneratedToken(index=i, token_id=i, token=piece)))
            released[k] += len(guard.finish())
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{type(exc).__name__}: {exc}")

    rss_before_streams = rss_mb()
    threading.Thread(target=sampler, daemon=True).start()
    threads = [threading.Thread(target=stream, args=(k,)) for k in range(args.streams)]
    s = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    streams_s = time.perf_counter() - s
    stop.set()
    out = {
        "machine": {"python": sys.version.split()[0], "platform": platform.platform(), "cpus": os.cpu_count(),
                    "load_avg": os.getloadavg()},
        "texts": len(texts), "rounds": args.rounds, "mean_chars": statistics.fmean(len(t) for t in texts),
        "load_seconds": load_s, "results": results, "cpu_results": cpu_results,
        "ratio_vs_raw": ratio, "ratio_vs_raw_full": ratio_full, "pipeline_overhead_ratio": ratio_same,
        "paired_ratio_median": statistics.median(paired),
        "rss_mb": {"start": rss_start, "filters_loaded": rss_loaded, "before_streams": rss_before_streams,
                   "peak_during_streams": peak[0]},
        "streams": {"n": args.streams, "seconds": streams_s, "tokens_released": sum(released),
                    "tokens_in": sum(len(x) for x in scripts), "errors": errors},
    }
    print(f"{len(texts)} texts x {args.rounds} rounds, mean {out['mean_chars']:.0f} chars; filters loaded in {load_s:.1f} s")
    print(f"  load average {out['machine']['load_avg'][0]:.1f} on {os.cpu_count()} CPUs (wall time | CPU time of the thread)")
    for name, d in results.items():
        c = cpu_results[name]
        print(f"  {name:9s} p50 {d['p50_ms']:7.2f} | {c['p50_ms']:6.2f} ms  p99 {d['p99_ms']:7.2f} | {c['p99_ms']:6.2f} ms  "
              f"mean {d['mean_ms']:7.2f} | {c['mean_ms']:6.2f} ms")
    print(f"  ratio llmworks/raw {ratio:.3f} (paired median {out['paired_ratio_median']:.3f}); "
          f"llmworks/raw-full {ratio_full:.3f}; pipeline overhead llmworks/raw-same {ratio_same:.3f}")
    print(f"  RSS MB: start {rss_start:.0f}, filters loaded {rss_loaded:.0f}, peak with {args.streams} concurrent "
          f"streams {peak[0]:.0f} (+{peak[0] - rss_before_streams:.0f}); streams took {streams_s:.1f} s, "
          f"{sum(released)}/{out['streams']['tokens_in']} tokens released, errors {len(errors)}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
