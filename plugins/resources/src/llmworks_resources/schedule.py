"""The queue's schedule: queued jobs in dispatch order with an estimated start and finish.

Durations come from similar past jobs. A training job's is its tokens (the dataset version's
train tokens from cached token statistics, else its rows times the tokens per row seen in
past jobs, times the epochs, or ``max_steps`` batches) divided by the median tokens/s that
past training jobs of the same base model and method measured (any training job when none
match), plus their median start-up overhead. Other kinds take the median duration of past
succeeded jobs of the same kind. The queue is then simulated: worker slots
(``LLMWORKS_WORKER_CONCURRENCY``), the GPUs the machines have, each job's ``not_before`` and
time windows; paused jobs get no estimate and hold nothing.
"""

from __future__ import annotations

import heapq
import json
import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from llmworks_sdk import jobs
from llmworks_sdk.db import utcnow
from llmworks_sdk.scheduling import next_opening
from llmworks_sdk.services import DatasetService, get_service

TRAIN_KIND = "torch.train"
DEFAULT_SECONDS = 60.0  # a kind never run before: a guess, and said so
HISTORY = 200


@dataclass
class Estimate:
    seconds: float | None
    basis: str
    tokens: float | None = None
    tokens_per_second: float | None = None


def _history(session: Any) -> list[Any]:
    return [j for j in jobs.recent(session, state="succeeded", limit=HISTORY) if j.started_at and j.finished_at]


def _duration(j: Any) -> float:
    return (j.finished_at - j.started_at).total_seconds()


def _row_tokens(row: dict[str, Any]) -> float:
    return max(1.0, len(json.dumps(row, ensure_ascii=False)) / 4.0)


def dataset_size(kernel: Any, session: Any, version_id: Any) -> dict[str, Any] | None:
    """The datasets plugin's ``size_info`` of a version; None when unknown (deleted, no plugin)."""
    svc = get_service(kernel, DatasetService)
    if svc is None or not hasattr(svc, "size_info"):
        return None
    try:
        return svc.size_info(session, int(version_id))
    except Exception:  # noqa: BLE001 - a deleted version: no estimate
        return None


def training_tokens(kernel: Any, session: Any, payload: dict[str, Any], tokens_per_row: float | None) -> tuple[float | None, str]:
    cfg = payload.get("config") or {}
    epochs = float(cfg.get("epochs") or 1.0)
    rows = None
    tokens = None
    why = ""
    if payload.get("rows"):
        rows = len(payload["rows"])
        tokens = sum(_row_tokens(r) for r in payload["rows"])
        why = f"{rows} inline rows"
    elif payload.get("dataset_version_id"):
        info = dataset_size(kernel, session, payload["dataset_version_id"])
        if info:
            rows = info.get("train_rows")
            if info.get("train_tokens"):
                tokens, why = float(info["train_tokens"]), f"{info['train_tokens']} train tokens"
            elif rows and tokens_per_row:
                tokens, why = rows * tokens_per_row, f"{rows} rows × {tokens_per_row:.0f} tokens/row of past jobs"
    if cfg.get("max_steps"):
        per_row = (tokens / rows) if tokens and rows else (tokens_per_row or float(cfg.get("max_seq_length") or 256) / 2)
        batch = float(cfg.get("batch_size") or 8) * float(cfg.get("gradient_accumulation_steps") or 1)
        return float(cfg["max_steps"]) * batch * per_row, f"{cfg['max_steps']} steps × {batch:.0f} rows"
    if tokens is None:
        return None, "unknown dataset size"
    return tokens * epochs, f"{why} × {epochs:g} epochs"


class Estimator:
    def __init__(self, kernel: Any, session: Any) -> None:
        self.k = kernel
        self.s = session
        self.history = _history(session)
        self._rows: dict[int, int] = {}

    def _similar_training(self, payload: dict[str, Any]) -> list[Any]:
        past = [j for j in self.history if j.kind == TRAIN_KIND and _metrics(j).get("tokens_seen") and _metrics(j).get("runtime_seconds")]
        same = [j for j in past if (j.payload or {}).get("base_model") == payload.get("base_model")
                and (j.payload or {}).get("method") == payload.get("method")]
        return same or past

    def duration(self, kind: str, payload: dict[str, Any]) -> Estimate:
        if kind == TRAIN_KIND:
            similar = self._similar_training(payload)
            if similar:
                tps = statistics.median(_metrics(j)["tokens_seen"] / _metrics(j)["runtime_seconds"] for j in similar)
                overhead = statistics.median(max(0.0, _duration(j) - _metrics(j)["runtime_seconds"]) for j in similar)
                per_row = [(_metrics(j)["tokens_seen"] / max(1.0, float(((j.payload or {}).get("config") or {}).get("epochs") or 1))
                            / self._rows_of(j)) for j in similar if self._rows_of(j)]
                tokens, why = training_tokens(self.k, self.s, payload, statistics.median(per_row) if per_row else None)
                if tokens is not None and tps > 0:
                    return Estimate(tokens / tps + overhead, f"{why} at {tps:.0f} tokens/s (median of {len(similar)} "
                                    f"past job{'s' if len(similar) != 1 else ''})", tokens, tps)
        same = [_duration(j) for j in self.history if j.kind == kind]
        if same:
            return Estimate(statistics.median(same), f"median of {len(same)} past '{kind}' job{'s' if len(same) != 1 else ''}")
        return Estimate(None, f"no past '{kind}' job to compare with")


    def _rows_of(self, j: Any) -> int:
        """Training rows of a past job: its inline rows, else its dataset version's train rows."""
        p = j.payload or {}
        if p.get("rows"):
            return len(p["rows"])
        if p.get("train_rows"):
            return int(p["train_rows"])
        if not p.get("dataset_version_id"):
            return 0
        if j.id not in self._rows:
            info = dataset_size(self.k, self.s, p["dataset_version_id"]) or {}
            self._rows[j.id] = int(info.get("train_rows") or 0)
        return self._rows[j.id]


def _metrics(j: Any) -> dict[str, float]:
    r = j.result or {}
    return r.get("metrics") or {}


def plan(kernel: Any, session: Any, *, slots: int, gpus: list[str], now: datetime | None = None) -> list[dict[str, Any]]:
    """Every queued job in dispatch order with ``estimated_start``/``estimated_finish`` (None
    when paused), its duration estimate and why."""
    now = now or utcnow()
    est = Estimator(kernel, session)
    gpu_free = {g: now for g in gpus}
    ends = []
    for r in jobs.running(session):
        e = est.duration(r.kind, r.payload or {})
        remaining = jobs.view(r)["progress"]["eta_seconds"]
        if remaining is None and e.seconds is not None and r.started_at:
            remaining = max(0.0, e.seconds - (now - r.started_at).total_seconds())
        end = now + timedelta(seconds=remaining if remaining is not None else DEFAULT_SECONDS)
        ends.append(end)
        for d in (r.assignment or {}).get("devices") or []:
            gpu_free[str(d)] = max(gpu_free.get(str(d), now), end)
    slot_free = sorted(ends) + [now] * max(0, max(1, slots) - len(ends))
    heapq.heapify(slot_free)
    out = []
    for position, j in enumerate(jobs.queued(session), start=1):
        e = est.duration(j.kind, j.payload or {})
        item = {"job": jobs.view(j), "position": position, "duration_seconds": e.seconds, "basis": e.basis,
                "tokens": e.tokens, "tokens_per_second": e.tokens_per_second, "estimated_start": None,
                "estimated_finish": None, "waiting_for": None}
        if j.paused:
            item["waiting_for"] = "paused"
            out.append(item)
            continue
        seconds = e.seconds if e.seconds is not None else DEFAULT_SECONDS
        need = int((j.resources or {}).get("gpus") or 0)
        earliest = max(now, j.not_before or now)
        start = max(earliest, slot_free[0])
        chosen: list[str] = []
        if need:
            free = sorted(gpu_free.items(), key=lambda kv: kv[1])
            if len(free) < need:
                item["waiting_for"] = f"needs {need} GPU(s); the machines have {len(free)}"
                out.append(item)
                continue
            chosen = [g for g, _ in free[:need]]
            start = max(start, max(gpu_free[g] for g in chosen))
        start = next_opening(j.windows, start)
        finish = start + timedelta(seconds=seconds)
        reasons = []
        if j.not_before and j.not_before > now:
            reasons.append("not before")
        if j.windows and start > earliest:
            reasons.append("time window")
        if start > earliest and not reasons:
            reasons.append("busy workers or GPUs")
        item.update(estimated_start=start.isoformat(), estimated_finish=finish.isoformat(),
                    waiting_for=", ".join(reasons) or None)
        heapq.heapreplace(slot_free, finish)
        for g in chosen:
            gpu_free[g] = finish
        out.append(item)
    return out
