"""Metric series: packed numpy chunks in the database, range reads and downsampling.

Storage: the points of one (run, key) are split into chunks of at most ``CHUNK_POINTS``
points; each chunk row holds ``steps`` (int64), ``values`` (float64) and ``wall times``
(float64 seconds since the epoch) as one little-endian byte string, plus its step and wall
time range so that range reads skip chunks. A small batch is merged into the last chunk
while that chunk is small (``MERGE_BELOW`` points), so a training loop that logs one point
per step writes a few hundred rows per million points, not a million rows.

Display: :func:`downsample` keeps, in each of ``points / 2`` equal-width x buckets, the
minimum and the maximum (min/max buckets), plus the first and last points, so spikes and
the overall envelope survive at any zoom.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_tracking.models import RunMetric, SeriesChunk

CHUNK_POINTS = 65_536
MERGE_BELOW = 8_192
_ENDIAN = "<"


@dataclass
class Points:
    """Parallel arrays of one series, in any order."""

    steps: np.ndarray  # int64
    values: np.ndarray  # float64
    walls: np.ndarray  # float64

    def __len__(self) -> int:
        return int(self.steps.shape[0])

    def take(self, index: np.ndarray | slice) -> Points:
        return Points(self.steps[index], self.values[index], self.walls[index])

    @staticmethod
    def concat(parts: list[Points]) -> Points:
        if not parts:
            return Points(np.empty(0, np.int64), np.empty(0, np.float64), np.empty(0, np.float64))
        if len(parts) == 1:
            return parts[0]
        return Points(np.concatenate([p.steps for p in parts]), np.concatenate([p.values for p in parts]),
                      np.concatenate([p.walls for p in parts]))


def pack(p: Points) -> bytes:
    return (p.steps.astype(_ENDIAN + "i8", copy=False).tobytes() + p.values.astype(_ENDIAN + "f8", copy=False).tobytes()
            + p.walls.astype(_ENDIAN + "f8", copy=False).tobytes())


def unpack(data: bytes, n: int) -> Points:
    buf = memoryview(data)
    return Points(np.frombuffer(buf, _ENDIAN + "i8", n, 0), np.frombuffer(buf, _ENDIAN + "f8", n, 8 * n),
                  np.frombuffer(buf, _ENDIAN + "f8", n, 16 * n))


def _chunk_row(run_id: int, key: str, seq: int, p: Points) -> SeriesChunk:
    return SeriesChunk(run_id=run_id, key=key, seq=seq, n=len(p), step_min=int(p.steps.min()), step_max=int(p.steps.max()),
                       wall_min=float(p.walls.min()), wall_max=float(p.walls.max()), data=pack(p))


def _set_range(row: SeriesChunk, p: Points) -> None:
    row.n, row.data = len(p), pack(p)
    row.step_min, row.step_max = int(p.steps.min()), int(p.steps.max())
    row.wall_min, row.wall_max = float(p.walls.min()), float(p.walls.max())


def append(db: Session, run_id: int, key: str, p: Points) -> None:
    """Append points to series ``key`` of a run and update its summary row.

    The caller must hold the run's row lock (``service.lock_run``) so that concurrent
    appends to the same series serialise."""
    if not len(p):
        return
    tail = db.scalar(select(SeriesChunk).where(SeriesChunk.run_id == run_id, SeriesChunk.key == key)
                     .order_by(SeriesChunk.seq.desc()).limit(1))
    seq = 0 if tail is None else tail.seq + 1
    rest = p
    if tail is not None and tail.n < MERGE_BELOW:
        room = CHUNK_POINTS - tail.n
        head, rest = p.take(slice(0, room)), p.take(slice(room, None))
        _set_range(tail, Points.concat([unpack(tail.data, tail.n), head]))
    for start in range(0, len(rest), CHUNK_POINTS):
        db.add(_chunk_row(run_id, key, seq, rest.take(slice(start, start + CHUNK_POINTS))))
        seq += 1
    _update_summary(db, run_id, key, p)


def _update_summary(db: Session, run_id: int, key: str, p: Points) -> None:
    row = db.scalar(select(RunMetric).where(RunMetric.run_id == run_id, RunMetric.key == key))
    if row is None:
        row = RunMetric(run_id=run_id, key=key, count=0)
        db.add(row)
    last = int(np.lexsort((p.walls, p.steps))[-1])  # greatest step, then latest wall time
    step, wall = int(p.steps[last]), float(p.walls[last])
    if row.last_step is None or row.summary or (step, wall) >= (row.last_step, row.last_wall or -math.inf):
        row.last, row.last_step, row.last_wall = _finite_or_none(p.values[last]), step, wall
    finite = p.values[np.isfinite(p.values)]
    if finite.size:
        lo, hi = float(finite.min()), float(finite.max())
        row.min = lo if row.min is None or row.summary else min(row.min, lo)
        row.max = hi if row.max is None or row.summary else max(row.max, hi)
    row.count = (0 if row.summary else row.count or 0) + len(p)
    row.summary = False


def _finite_or_none(x: float) -> float | None:
    x = float(x)
    return x if math.isfinite(x) else None


def read(db: Session, run_id: int, key: str, *, x: str = "step", lo: float | None = None, hi: float | None = None) -> Points:
    """The points of a series sorted by ``x`` ("step" or "wall_time"), restricted to ``lo <= x <= hi``."""
    q = select(SeriesChunk.n, SeriesChunk.data).where(SeriesChunk.run_id == run_id, SeriesChunk.key == key)
    col_min, col_max = (SeriesChunk.step_min, SeriesChunk.step_max) if x == "step" else (SeriesChunk.wall_min, SeriesChunk.wall_max)
    if lo is not None:
        q = q.where(col_max >= lo)
    if hi is not None:
        q = q.where(col_min <= hi)
    p = Points.concat([unpack(data, n) for n, data in db.execute(q.order_by(SeriesChunk.seq))])
    xs = p.steps if x == "step" else p.walls
    if len(p) > 1 and not bool(np.all(xs[1:] >= xs[:-1])):
        p = p.take(np.argsort(xs, kind="stable"))
        xs = p.steps if x == "step" else p.walls
    if lo is not None or hi is not None:
        a = 0 if lo is None else int(np.searchsorted(xs, lo, side="left"))
        b = len(p) if hi is None else int(np.searchsorted(xs, hi, side="right"))
        p = p.take(slice(a, b))
    return p


def downsample(xs: np.ndarray, ys: np.ndarray, points: int) -> np.ndarray:
    """Indices (ascending) of at most ``points`` points of ``(xs, ys)`` (sorted by x, finite
    y) that keep each bucket's minimum and maximum and the first and last points."""
    n = int(xs.shape[0])
    if n <= points:
        return np.arange(n)
    buckets = max(1, (points - 2) // 2)
    x0, x1 = float(xs[0]), float(xs[-1])
    if x1 > x0:
        b = ((xs - x0) * (buckets / (x1 - x0))).astype(np.int64)
        np.minimum(b, buckets - 1, out=b)
    else:  # every x equal: equal-count buckets
        b = np.arange(n, dtype=np.int64) * buckets // n
    starts = np.flatnonzero(np.concatenate(([True], b[1:] != b[:-1])))
    group = np.repeat(np.arange(starts.size), np.diff(np.append(starts, n)))
    picks = [np.array([0, n - 1])]
    for reduce in (np.minimum, np.maximum):
        extreme = reduce.reduceat(ys, starts)
        hit = np.flatnonzero(ys == extreme[group])
        first = np.concatenate(([True], group[hit][1:] != group[hit][:-1]))
        picks.append(hit[first])
    return np.unique(np.concatenate(picks))


def series_payload(p: Points, *, x: str, points: int) -> dict[str, object]:
    """The chart data of one series: finite points downsampled to ``points``, with counts."""
    finite = np.isfinite(p.values)
    dropped = int(len(p) - int(finite.sum()))
    if dropped:
        p = p.take(finite)
    xs = p.steps if x == "step" else p.walls
    idx = downsample(xs, p.values, points)
    picked = p.take(idx)
    return {
        "count": len(p) + dropped,
        "returned": int(idx.size),
        "non_finite": dropped,
        "downsampled": int(idx.size) < len(p),
        "x": (picked.steps if x == "step" else picked.walls).tolist(),
        "y": picked.values.tolist(),
        "step": picked.steps.tolist(),
        "wall_time": picked.walls.tolist(),
        "min": float(p.values.min()) if len(p) else None,
        "max": float(p.values.max()) if len(p) else None,
    }
