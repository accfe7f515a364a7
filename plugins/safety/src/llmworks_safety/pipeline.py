"""Run a set of configured filters on one text: normalise once, collect findings above each
filter's threshold, give each its action, and redact.

    active = [Active(pii_filter, action="redact", threshold=0.4), Active(offensive, action="block")]
    result = run(active, "mail me at a@b.co", stage="input")
    result.action        # 'redact'
    result.text          # 'mail me at <EMAIL>'

A filter that is unavailable on this machine (e.g. Detoxify without its weights) is skipped
and reported; a filter that raises fails closed (a ``block`` finding of type ``ERROR``), so a
broken filter never lets text through unchecked.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from llmworks_sdk.safety import FilterContext, Finding, SafetyFilter, stronger

from llmworks_safety.normalize import Normalized, normalize

log = logging.getLogger("llmworks.safety")


@dataclass
class Active:
    """A filter as a policy configures it."""

    filter: SafetyFilter
    action: str
    threshold: float | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    stages: tuple[str, ...] = ("input", "output")
    locked: bool = False

    @property
    def name(self) -> str:
        return self.filter.name


@dataclass
class Flagged:
    """A finding with the action its filter's configuration gives it."""

    finding: Finding
    action: str

    def public(self, sample: str) -> dict[str, Any]:
        f = self.finding
        return {"filter": f.filter, "type": f.type, "start": f.start, "end": f.end, "score": round(f.score, 4),
                "rule": f.rule, "message": f.message, "action": self.action, "sample": sample}


def public_findings(original: str, flagged: Sequence[Flagged], context: int = 16) -> list[dict[str, Any]]:
    """Findings as JSON, each with a short sample of the text around it in which every finding's
    value (this one and any other in reach) is replaced by its label: a log never holds a value."""
    spans = sorted({(f.finding.start, f.finding.end, f.finding.replacement or f"<{f.finding.type}>") for f in flagged},
                   key=lambda s: (s[0], -s[1]))
    merged: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e), merged[-1][2])
        else:
            merged.append((s, e, label))
    out = []
    for f in sorted(flagged, key=lambda f: (f.finding.start, f.finding.end)):
        a, b = max(0, f.finding.start - context), min(len(original), f.finding.end + context)
        pieces, pos = [], a
        for s, e, label in merged:
            if e <= a or s >= b:
                continue
            if s > pos:
                pieces.append(original[pos:s])
            pieces.append(label if s >= a else "")
            pos = max(pos, e)
        if pos < b:
            pieces.append(original[pos:b])
        out.append(f.public("".join(pieces)))
    return out


@dataclass
class FilterRun:
    name: str
    latency_ms: float
    findings: int
    status: str = "ok"   # ok | unavailable | error | skipped
    reason: str = ""

    def public(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "latency_ms": round(self.latency_ms, 3), "findings": self.findings,
                               "status": self.status}
        if self.reason:
            out["reason"] = self.reason
        return out


@dataclass
class Result:
    original: str
    text: str
    action: str
    flagged: list[Flagged]
    runs: list[FilterRun]
    latency_ms: float

    @property
    def blocking(self) -> list[Flagged]:
        return [f for f in self.flagged if f.action == "block"]

    def public(self) -> dict[str, Any]:
        return {"action": self.action, "findings": public_findings(self.original, self.flagged),
                "filters": [r.public() for r in self.runs], "latency_ms": round(self.latency_ms, 3)}


def _availability(f: SafetyFilter) -> tuple[bool, str]:
    try:
        return f.available()
    except Exception as exc:  # noqa: BLE001 - report, never crash the request
        return False, f"{type(exc).__name__}: {exc}"


def scan(active: Sequence[Active], text: str, stage: str, *, norm: Normalized | None = None,
         count_tokens: Callable[[str], int] | None = None, project_id: int | None = None,
         stop_on_block: bool = True) -> tuple[list[Flagged], list[FilterRun]]:
    """Findings of every active filter for ``stage`` (offsets into ``text``), and per-filter timings.

    Filters run cheapest first (their ``cost``: length 0, YAML rules 1, word lists and the
    profanity model 2, Presidio 3, Detoxify 5); once one blocks, the rest are skipped (reported
    as ``skipped``): the text is refused whatever they would find."""
    norm = norm or normalize(text)
    flagged: list[Flagged] = []
    runs: list[FilterRun] = []
    blocked = False
    for a in sorted(active, key=lambda x: getattr(x.filter, "cost", 1)):
        if stage not in a.stages or stage not in a.filter.stages:
            continue
        if blocked:
            runs.append(FilterRun(a.name, 0.0, 0, "skipped", "an earlier filter blocked the text"))
            continue
        start = time.perf_counter()
        ok, reason = _availability(a.filter)
        if not ok:
            runs.append(FilterRun(a.name, 0.0, 0, "unavailable", reason))
            continue
        ctx = FilterContext(stage, norm, a.options, count_tokens, project_id)
        try:
            found = a.filter.check(text, ctx)
        except Exception as exc:  # noqa: BLE001 - fail closed
            log.exception("safety filter %s failed", a.name)
            ms = (time.perf_counter() - start) * 1000
            runs.append(FilterRun(a.name, ms, 1, "error", f"{type(exc).__name__}: {exc}"))
            flagged.append(Flagged(Finding(a.name, "ERROR", 0, len(text), 1.0, "error",
                                           f"the filter '{a.name}' failed, so the text is blocked"), "block"))
            blocked = stop_on_block
            continue
        ms = (time.perf_counter() - start) * 1000
        kept = [f for f in found if a.threshold is None or f.score >= a.threshold]
        runs.append(FilterRun(a.name, ms, len(kept)))
        flagged.extend(Flagged(f, a.action) for f in kept)
        blocked = stop_on_block and bool(kept) and a.action == "block"
    flagged.sort(key=lambda x: (x.finding.start, -x.finding.end))
    return flagged, runs


def overall(flagged: Iterable[Flagged]) -> str:
    action = "allow"
    for f in flagged:
        action = stronger(action, f.action)
    return action


def redaction_spans(flagged: Iterable[Flagged]) -> list[tuple[int, int, str]]:
    """Merged ``(start, end, label)`` spans of the findings to redact; overlapping spans become one
    span labelled by the finding that starts first (the longer one on ties)."""
    spans = sorted(((f.finding.start, f.finding.end, f.finding.replacement) for f in flagged
                    if f.action == "redact" and f.finding.end > f.finding.start), key=lambda s: (s[0], -s[1]))
    merged: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if merged and s < merged[-1][1]:
            ps, pe, pl = merged[-1]
            merged[-1] = (ps, max(pe, e), pl)
        else:
            merged.append((s, e, label))
    return merged


def redact(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    out, pos = [], 0
    for s, e, label in spans:
        out.append(text[pos:s])
        out.append(label)
        pos = e
    out.append(text[pos:])
    return "".join(out)


def run(active: Sequence[Active], text: str, stage: str, *, count_tokens: Callable[[str], int] | None = None,
        project_id: int | None = None) -> Result:
    """Scan ``text`` and apply the actions: the redacted text and the strongest action."""
    start = time.perf_counter()
    flagged, runs = scan(active, text, stage, count_tokens=count_tokens, project_id=project_id)
    action = overall(flagged)
    out = redact(text, redaction_spans(flagged)) if action == "redact" else text
    return Result(text, out, action, flagged, runs, (time.perf_counter() - start) * 1000)


