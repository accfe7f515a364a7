"""Precision and recall of the built-in filters on the labelled set (``data/labelled.jsonl``).

    python plugins/safety/tests/labelled.py     # prints the table recorded in the plugin's README
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from llmworks_safety.filters.offensive import OffensiveFilter
from llmworks_safety.filters.pii import PiiFilter
from llmworks_safety.pipeline import Active, scan

DATA = Path(__file__).parent / "data" / "labelled.jsonl"


def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def scores(pairs: Iterable[tuple[bool, bool]]) -> dict[str, Any]:
    tp = fp = fn = tn = 0
    for truth, pred in pairs:
        tp += truth and pred
        fp += (not truth) and pred
        fn += truth and not pred
        tn += (not truth) and not pred
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0}


def evaluate() -> dict[str, Any]:
    filters = {"pii": Active(PiiFilter(), "redact", PiiFilter.default_threshold),
               "offensive": Active(OffensiveFilter(), "block", OffensiveFilter.default_threshold)}
    data = rows()
    predicted: dict[str, list[bool]] = {name: [] for name in filters}
    for r in data:
        for name, a in filters.items():
            flagged, _ = scan([a], r["text"], "input")
            predicted[name].append(bool(flagged))
    out: dict[str, Any] = {"n": len(data), "filters": {}}
    for name in filters:
        pairs = [(bool(r[name]), p) for r, p in zip(data, predicted[name], strict=True)]
        by: dict[str, Any] = {"all": scores(pairs)}
        for lang in ("en", "hi"):
            by[lang] = scores(pr for r, pr in zip(data, pairs, strict=True) if r["lang"] == lang)
        tricks = sorted({r["trick"] for r in data if r["trick"] != "none"})
        by["tricks"] = scores(pr for r, pr in zip(data, pairs, strict=True) if r["trick"] != "none")
        by["by_trick"] = {t: scores(pr for r, pr in zip(data, pairs, strict=True) if r["trick"] == t) for t in tricks}
        by["errors"] = [r["text"] for r, (t, p) in zip(data, pairs, strict=True) if t != p]
        out["filters"][name] = by
    return out


if __name__ == "__main__":
    res = evaluate()
    print(f"{res['n']} texts")
    for name, by in res["filters"].items():
        for part in ("all", "en", "hi", "tricks"):
            s = by[part]
            print(f"{name:10s} {part:7s} precision {s['precision']:.3f} recall {s['recall']:.3f} "
                  f"(tp {s['tp']} fp {s['fp']} fn {s['fn']} tn {s['tn']})")
        for t, s in by["by_trick"].items():
            print(f"{name:10s}   {t:13s} precision {s['precision']:.3f} recall {s['recall']:.3f} (tp {s['tp']} fp {s['fp']} fn {s['fn']})")
        for e in by["errors"]:
            print("   miss/false:", repr(e))
