"""Stereotype-pairs benchmark: llmworks vs a plain transformers loop.

Both sides score the same pairs of ``stereotype-pairs-en`` (repeated ``--repeat`` times) on the
same model folder, ``--batch-size`` sentences per forward pass, one torch thread each, rounds
interleaved:

  llmworks   what the scorecard job runs: the model loaded by the PyTorch inference backend
             (``TorchBackend().load``), ``runner._pairs`` (``token_scores`` per batch of stereotypical
             and counter sentences, progress and cancellation checks), ``pair_preferences``
             (shared-suffix conditional log-likelihoods) and the scorecard cells with bootstrap
             intervals
  plain      ``AutoTokenizer`` + ``AutoModelForCausalLM``: tokenise a batch with padding, one
             forward pass, ``log_softmax`` + ``gather``, the same shared-suffix sums, the share of
             pairs that prefer the stereotype per category (no intervals)

Models: the demo model (2 layers, 64 wide) and a larger random GPT-2 with the demo tokenizer
(``--layers``/``--width``), built offline. Reported: items (pairs) per second and the ratio
llmworks / plain (target >= 0.95). The two sides must agree on every pair's preference.

    python benchmarks/responsible/bench.py --repeat 8 --rounds 3 --out out.json
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import torch


class _Ctx:
    """The bits of a job context ``runner._pairs`` uses."""

    def __init__(self) -> None:
        self.log = None

    def cancelled(self) -> bool:
        return False

    def progress(self, step: int, total: int | None, message: str = "") -> None:
        pass


def build_models(root: Path, layers: int, width: int) -> dict[str, Path]:
    from llmworks_sdk.demo import build_demo_model
    from transformers import AutoTokenizer, GPT2Config, GPT2LMHeadModel

    demo = build_demo_model(root / "demo", arch="gpt2", seed=0)
    tok = AutoTokenizer.from_pretrained(demo)
    cfg = GPT2Config(vocab_size=len(tok), n_positions=256, n_layer=layers, n_head=max(1, width // 64), n_embd=width,
                     bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id)
    torch.manual_seed(0)
    big = root / f"gpt2-{layers}x{width}"
    GPT2LMHeadModel(cfg).save_pretrained(big)
    tok.save_pretrained(big)
    return {"demo (2x64)": demo, f"gpt2 {layers}x{width}": big}


def llmworks_side(folder: Path, items: list[Any], batch: int) -> tuple[float, list[float]]:
    from llmworks_responsible.runner import _cells, _pairs
    from llmworks_sdk.backends import ModelRef
    from llmworks_torch.backend import TorchBackend

    loaded = TorchBackend().load(ModelRef("bench", folder, options={"device": "cpu"}))
    suite = type("S", (), {"kind": "stereotype_pairs", "name": "stereotype-pairs-en"})()
    start = time.perf_counter()
    samples, per = _pairs(_Ctx(), loaded, None, items, {"batch_size": batch})
    _cells(suite, per, samples, {"stereotype_score": 0.15}, np.random.default_rng(0), {})
    elapsed = time.perf_counter() - start
    loaded.close()
    return elapsed, [s["scores"]["prefers_stereo"] for s in samples]


def plain_side(folder: Path, items: list[Any], batch: int) -> tuple[float, list[float]]:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForCausalLM.from_pretrained(folder, attn_implementation="eager").eval()
    start = time.perf_counter()

    def score(texts: list[str]) -> list[tuple[list[int], list[float]]]:
        enc = tok(texts, return_tensors="pt", padding=True)
        with torch.inference_mode():
            logp = torch.log_softmax(model(**enc).logits[:, :-1].float(), -1)
            picked = logp.gather(-1, enc.input_ids[:, 1:].unsqueeze(-1)).squeeze(-1)
        out = []
        for i in range(len(texts)):
            n = int(enc.attention_mask[i].sum())
            out.append((enc.input_ids[i, :n].tolist(), picked[i, :n - 1].tolist()))
        return out

    prefs, by_cat = [], defaultdict(list)
    for s in range(0, len(items), batch):
        chunk = items[s:s + batch]
        for (ia, la), (ib, lb), item in zip(score([i.text for i in chunk]), score([i.counter for i in chunk]), chunk, strict=True):
            k = 0
            while k < min(len(ia), len(ib)) and ia[-1 - k] == ib[-1 - k]:
                k += 1
            a, b = sum(la[len(ia) - 1 - k:]), sum(lb[len(ib) - 1 - k:])
            prefs.append(1.0 if a > b else 0.0 if a < b else 0.5)
            by_cat[item.category].append(prefs[-1])
    _ = {c: sum(v) / len(v) for c, v in by_cat.items()}
    return time.perf_counter() - start, prefs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=8, help="times the suite's 120 pairs are scored per round")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--layers", type=int, default=6)
    ap.add_argument("--width", type=int, default=384)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    from llmworks_responsible.suite_yaml import builtin_suites

    suite = next(s for s in builtin_suites() if s.name == "stereotype-pairs-en")
    items = suite.items() * args.repeat
    root = Path(tempfile.mkdtemp(prefix="llmworks-bench-responsible-"))
    results = []
    try:
        for label, folder in build_models(root, args.layers, args.width).items():
            lw, pl = [], []
            for _ in range(args.rounds):
                t, p1 = llmworks_side(folder, items, args.batch_size)
                lw.append(t)
                t, p2 = plain_side(folder, items, args.batch_size)
                pl.append(t)
                agree = sum(a == b for a, b in zip(p1, p2, strict=True)) / len(p1)
            row = {"model": label, "pairs": len(items), "llmworks_items_s": len(items) / statistics.median(lw),
                   "plain_items_s": len(items) / statistics.median(pl), "agreement": agree,
                   "llmworks_s": lw, "plain_s": pl}
            row["ratio"] = row["llmworks_items_s"] / row["plain_items_s"]
            results.append(row)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"{'model':<16} {'pairs':>6} {'llmworks items/s':>17} {'plain items/s':>14} {'ratio':>6} {'agree':>6}")
    for r in results:
        print(f"{r['model']:<16} {r['pairs']:>6} {r['llmworks_items_s']:>17.1f} {r['plain_items_s']:>14.1f} "
              f"{r['ratio']:>6.2f} {r['agreement']:>6.3f}")
    ok = all(r["ratio"] >= 0.95 for r in results)
    print(f"target llmworks/plain >= 0.95: {'met' if ok else 'NOT met'}")
    if args.out:
        args.out.write_text(json.dumps({"machine": platform.platform(), "batch_size": args.batch_size,
                                        "threads": args.threads, "results": results}, indent=2))


if __name__ == "__main__":
    main()
