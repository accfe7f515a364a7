"""Metric series: packed numpy chunks in the database, range reads and downsampling.

Storage: the points of one (run, key) are split into chunks of at most ``CHUNK_POINTS``
points. A chunk's points are one little-endian byte string of ``steps`` (int64), ``values``
(float64) and ``wall times`` (float64 seconds since the epoch) in ``tracking_series_data``;
its row in ``tracking_series_chunks`` holds the step and wall time ranges (range reads skip
chunks) and an *overview*: the minimum and maximum of every ``OVERVIEW_BLOCK`` consecutive
points, packed the same way (1/16 of the chunk). A small
batch is merged into the last chunk while that chunk is small (``MERGE_BELOW`` points), so a
training loop that logs one point per step writes a few hundred rows per million points,
not a million rows.

Charts: :func:`downsample` keeps, in each of ``points / 2`` equal-width x buckets, the
minimum and the maximum (min/max buckets) plus the first and last points, so spikes and the
envelope survive at any zoom. :func:`chart` reads chunk overviews instead of the raw points
when they alone give at least ``OVERVIEW_FACTOR`` points per requested point (a wide range
of a long series): every point of an overview is a real point, and every block's extremes
are in it, so spikes are kept while a million-point chart reads 1/32 of the bytes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_tracking.models import RunMetric, SeriesChunk, SeriesData

CHUNK_POINTS = 65_536
MERGE_BELOW = 8_192
OVERVIEW_BLOCK = 64
OVERVIEW_FACTOR = 4
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

    def xs(self, x: str) -> np.ndarray:
        return self.steps if x == "step" else self.walls

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


# ----------------------------------------------------------------------------- reduction
def group_extremes(ys: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Index of the first minimum and of the first maximum of each group of ``ys``; groups are
    the consecutive runs beginning at ``starts`` (ascending, starting at 0)."""
    n = int(ys.shape[0])
    group = np.repeat(np.arange(starts.size), np.diff(np.append(starts, n)))
    picks = []
    for reduce in (np.minimum, np.maximum):
        hit = np.flatnonzero(ys == reduce.reduceat(ys, starts)[group])
        first = np.concatenate(([True], group[hit][1:] != group[hit][:-1]))
        picks.append(hit[first])
    return np.concatenate(picks)


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
    return np.unique(np.concatenate(([0, n - 1], group_extremes(ys, starts))))


def overview(p: Points) -> Points:
    """The finite points of ``p`` that are the min or max of their block of OVERVIEW_BLOCK
    consecutive points, plus the first and last finite points."""
    finite = np.flatnonzero(np.isfinite(p.values))
    if finite.size == 0:
        return p.take(finite)
    blocks = finite // OVERVIEW_BLOCK
    starts = np.flatnonzero(np.concatenate(([True], blocks[1:] != blocks[:-1])))
    keep = group_extremes(p.values[finite], starts)
    return p.take(finite[np.unique(np.concatenate(([0, finite.size - 1], keep)))])


# ----------------------------------------------------------------------------- writing
def _fill(row: SeriesChunk, p: Points) -> bytes:
    """Set the chunk's ranges, counts and overview from ``p``; return ``p`` packed."""
    ov = overview(p)
    row.n, row.ov_n, row.ov_data = len(p), len(ov), pack(ov)
    row.non_finite = int(len(p) - np.isfinite(p.values).sum())
    row.step_min, row.step_max = int(p.steps.min()), int(p.steps.max())
    row.wall_min, row.wall_max = float(p.walls.min()), float(p.walls.max())
    return pack(p)


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
        stored = db.get(SeriesData, tail.id)
        assert stored is not None
        stored.data = _fill(tail, Points.concat([unpack(stored.data, tail.n), head]))
    for start in range(0, len(rest), CHUNK_POINTS):
        chunk = SeriesChunk(run_id=run_id, key=key, seq=seq)
        data = _fill(chunk, rest.take(slice(start, start + CHUNK_POINTS)))
        db.add(chunk)
        db.flush()
        db.add(SeriesData(chunk_id=chunk.id, data=data))
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


# ----------------------------------------------------------------------------- reading
def _range_columns(x: str) -> tuple[Any, Any]:
    return (SeriesChunk.step_min, SeriesChunk.step_max) if x == "step" else (SeriesChunk.wall_min, SeriesChunk.wall_max)


def _sorted_in_range(p: Points, x: str, lo: float | None, hi: float | None) -> Points:
    xs = p.xs(x)
    if len(p) > 1 and not bool(np.all(xs[1:] >= xs[:-1])):
        p = p.take(np.argsort(xs, kind="stable"))
        xs = p.xs(x)
    if lo is not None or hi is not None:
        a = 0 if lo is None else int(np.searchsorted(xs, lo, side="left"))
        b = len(p) if hi is None else int(np.searchsorted(xs, hi, side="right"))
        p = p.take(slice(a, b))
    return p


def read(db: Session, run_id: int, key: str, *, x: str = "step", lo: float | None = None, hi: float | None = None) -> Points:
    """Every point of a series sorted by ``x`` ("step" or "wall_time"), restricted to ``lo <= x <= hi``."""
    q = (select(SeriesChunk.n, SeriesData.data).join(SeriesData, SeriesData.chunk_id == SeriesChunk.id)
         .where(SeriesChunk.run_id == run_id, SeriesChunk.key == key))
    col_min, col_max = _range_columns(x)
    if lo is not None:
        q = q.where(col_max >= lo)
    if hi is not None:
        q = q.where(col_min <= hi)
    p = Points.concat([unpack(data, n) for n, data in db.execute(q.order_by(SeriesChunk.seq))])
    return _sorted_in_range(p, x, lo, hi)


@dataclass
class Chart:
    points: Points  # finite, sorted by x, at most the requested number
    count: int  # points in range, non-finite included
    non_finite: int
    from_overview: bool


def chart(db: Session, run_id: int, key: str, *, x: str = "step", lo: float | None = None, hi: float | None = None,
          points: int = 1000) -> Chart:
    """The downsampled chart of a series over ``[lo, hi]`` (see the module docstring)."""
    col_min, col_max = _range_columns(x)
    q = select(SeriesChunk.id, SeriesChunk.n, SeriesChunk.non_finite, col_min, col_max, SeriesChunk.ov_n).where(
        SeriesChunk.run_id == run_id, SeriesChunk.key == key)
    if lo is not None:
        q = q.where(col_max >= lo)
    if hi is not None:
        q = q.where(col_min <= hi)
    chunks = db.execute(q.order_by(SeriesChunk.seq)).all()
    inside = [c for c in chunks if (lo is None or c[3] >= lo) and (hi is None or c[4] <= hi)]
    inside_ids = {c.id for c in inside}
    edges = [c for c in chunks if c.id not in inside_ids]
    use_overview = sum(c.ov_n for c in inside) >= OVERVIEW_FACTOR * points and sum(c.n for c in chunks) > points
    raw_ids = [c.id for c in (edges if use_overview else chunks)]
    parts: list[Points] = []
    count = non_finite = 0
    if use_overview:
        rows = db.execute(select(SeriesChunk.ov_n, SeriesChunk.ov_data).where(SeriesChunk.id.in_(inside_ids)).order_by(SeriesChunk.seq))
        parts += [unpack(data, n) for n, data in rows]
        count += sum(c.n for c in inside)
        non_finite += sum(c.non_finite for c in inside)
    if raw_ids:
        raw = Points.concat([unpack(data, n) for n, data in
                             db.execute(select(SeriesChunk.n, SeriesData.data).join(SeriesData, SeriesData.chunk_id == SeriesChunk.id)
                                        .where(SeriesChunk.id.in_(raw_ids)).order_by(SeriesChunk.seq))])
        raw = _sorted_in_range(raw, x, lo, hi)
        count += len(raw)
        finite = np.isfinite(raw.values)
        non_finite += int(len(raw) - finite.sum())
        parts.append(raw.take(finite))
    p = _sorted_in_range(Points.concat(parts), x, None, None)
    return Chart(p.take(downsample(p.xs(x), p.values, points)), count, non_finite, use_overview)


def chart_payload(c: Chart, *, x: str) -> dict[str, Any]:
    p = c.points
    return {
        "count": c.count,
        "returned": len(p),
        "non_finite": c.non_finite,
        "downsampled": len(p) < c.count - c.non_finite,
        "from_overview": c.from_overview,
        "x": p.xs(x).tolist(),
        "y": p.values.tolist(),
        "step": p.steps.tolist(),
        "wall_time": p.walls.tolist(),
        "min": float(p.values.min()) if len(p) else None,
        "max": float(p.values.max()) if len(p) else None,
    }
