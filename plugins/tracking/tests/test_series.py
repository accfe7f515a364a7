"""Metric series: packing, chunked appends, range reads, min/max downsampling that keeps the
extremes, and a 1,000,000-point run ingested through the batch endpoint and charted fast."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest
from llmworks_tracking import series, service
from llmworks_tracking.models import SeriesChunk
from sqlalchemy import func, select


def _points(n: int, seed: int = 0) -> series.Points:
    rng = np.random.default_rng(seed)
    return series.Points(np.arange(n, dtype=np.int64), np.cumsum(rng.normal(size=n)), 1.7e9 + np.arange(n) * 0.01)


def test_pack_roundtrip_and_overview() -> None:
    p = _points(1000)
    q = series.unpack(series.pack(p), 1000)
    assert np.array_equal(p.steps, q.steps) and np.array_equal(p.values, q.values) and np.array_equal(p.walls, q.walls)
    p.values[500] = np.nan
    ov = series.overview(p)
    assert len(ov) <= 2 * (1000 // series.OVERVIEW_BLOCK + 1) + 2 and np.isfinite(ov.values).all()
    for start in range(0, 1000, series.OVERVIEW_BLOCK):  # block extremes (NaN skipped) are all there
        block = p.values[[i for i in range(start, min(start + series.OVERVIEW_BLOCK, 1000)) if i != 500]]
        assert block.min() in ov.values and block.max() in ov.values


@pytest.mark.parametrize("n, points", [(1_000_000, 1000), (10_007, 50), (5, 10), (3000, 2000)])
def test_downsample_keeps_every_bucket_extreme_and_the_ends(n: int, points: int) -> None:
    p = _points(n, seed=n)
    ys = p.values.copy()
    if n > 100:
        ys[n // 3] = 1e6  # a one-point spike must survive
        ys[n // 2] = -1e6
    xs = p.steps.astype(np.float64)
    idx = series.downsample(xs, ys, points)
    assert idx.size <= points
    assert np.all(np.diff(idx) > 0)
    if n <= points:
        assert idx.size == n
        return
    kept = set(idx.tolist())
    assert {0, n - 1} <= kept and int(np.argmax(ys)) in kept and int(np.argmin(ys)) in kept
    # every bucket's minimum and maximum value is among the kept points
    buckets = (points - 2) // 2
    b = np.minimum(((xs - xs[0]) * (buckets / (xs[-1] - xs[0]))).astype(int), buckets - 1)
    for bucket in np.unique(b)[:: max(1, buckets // 50)]:
        members = np.flatnonzero(b == bucket)
        kept_values = ys[[i for i in members if i in kept]]
        assert kept_values.min() == ys[members].min() and kept_values.max() == ys[members].max()


def test_appends_merge_small_batches_and_split_big_ones(team) -> None:
    k = team.h.kernel
    with k.db.session() as db:
        run_id = service.create_run(db, project_id=team.project_id, experiment="series", name="chunks", config={}).id
    for step in range(300):  # a training loop logging one point per step
        with k.db.session() as db:
            service.log_metrics(db, run_id, [("loss", step, 1.0 / (step + 1), None)])
    big = _points(series.CHUNK_POINTS * 2 + 5)
    big.steps += 300
    with k.db.session() as db:
        service.log_series(db, run_id, {"loss": big})
        chunks = db.execute(select(SeriesChunk.seq, SeriesChunk.n).where(SeriesChunk.run_id == run_id).order_by(SeriesChunk.seq)).all()
        # the 300 single points share one chunk, which the big batch then fills up to the chunk size
        assert [n for _, n in chunks] == [series.CHUNK_POINTS, series.CHUNK_POINTS, 305]
        got = series.read(db, run_id, "loss")
        assert len(got) == 300 + len(big) and np.all(np.diff(got.steps) == 1)
        mid = series.read(db, run_id, "loss", lo=100, hi=70_000)
        assert mid.steps[0] == 100 and mid.steps[-1] == 70_000 and len(mid) == 69_901


def test_out_of_order_steps_wall_time_axis_and_non_finite_values(team) -> None:
    c = team.annotator
    rid = c.post("/api/tracking/runs", json={"project_id": team.project_id, "name": "unordered"}).json()["id"]
    body = {"series": [{"key": "m", "steps": [5, 1, 3], "values": [5.0, 1.0, 3.0], "wall_times": [10.0, 30.0, 20.0]},
                       {"key": "m", "steps": [2], "values": [float("nan")]}]}
    r = c.post(f"/api/tracking/runs/{rid}/log-batch", content=json.dumps(body), headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    s = c.get(f"/api/tracking/runs/{rid}/series", params={"keys": "m"}).json()["series"][0]
    assert s["x"] == [1, 3, 5] and s["y"] == [1.0, 3.0, 5.0] and s["count"] == 4 and s["non_finite"] == 1
    s = c.get(f"/api/tracking/runs/{rid}/series", params={"keys": "m", "x": "wall_time", "to": 25}).json()["series"][0]
    assert s["x"] == [10.0, 20.0] and s["y"] == [5.0, 3.0]
    assert c.get(f"/api/tracking/runs/{rid}/series", params={"keys": "nope"}).status_code == 404
    metrics = {m["key"]: m for m in c.get(f"/api/tracking/runs/{rid}/metrics").json()["items"]}
    assert metrics["m"]["last_step"] == 5 and metrics["m"]["min"] == 1.0 and metrics["m"]["count"] == 4


def test_one_million_points_through_the_batch_endpoint(team) -> None:
    """1M points ingested over the API in seconds; the chart is served fast and keeps the extremes."""
    c = team.annotator
    rid = c.post("/api/tracking/runs", json={"project_id": team.project_id, "name": "million"}).json()["id"]
    n, batch = 1_000_000, 200_000
    rng = np.random.default_rng(7)
    values = np.round(np.cumsum(rng.normal(size=n)), 6)
    values[123_457] = 1e4
    values[876_543] = -1e4
    bodies = [json.dumps({"series": [{"key": "loss", "steps": list(range(i, i + batch)), "values": values[i:i + batch].tolist()}]})
              for i in range(0, n, batch)]
    started = time.perf_counter()
    for body in bodies:
        r = c.post(f"/api/tracking/runs/{rid}/log-batch", content=body, headers={"content-type": "application/json"})
        assert r.status_code == 200, r.text
    ingest = time.perf_counter() - started
    with team.h.kernel.db.session() as db:
        assert db.scalar(select(func.count()).select_from(SeriesChunk).where(SeriesChunk.run_id == rid)) <= 20
    c.get(f"/api/tracking/runs/{rid}/series", params={"keys": "loss", "points": 1000})  # warm
    started = time.perf_counter()
    r = c.get(f"/api/tracking/runs/{rid}/series", params={"keys": "loss", "points": 1000})
    chart = time.perf_counter() - started
    s = r.json()["series"][0]
    assert s["count"] == n and s["downsampled"] and s["returned"] <= 1000 and s["from_overview"]
    assert 123_457 in s["step"] and 876_543 in s["step"] and s["max"] == 1e4 and s["min"] == -1e4
    assert s["step"][0] == 0 and s["step"][-1] == n - 1
    assert np.array_equal(values[np.asarray(s["step"])], np.asarray(s["y"]))  # only real points
    # zoomed in: the raw points of that range, min/max buckets computed exactly
    z = c.get(f"/api/tracking/runs/{rid}/series", params={"keys": "loss", "points": 500, "from": 120_000, "to": 129_999}).json()["series"][0]
    assert z["count"] == 10_000 and not z["from_overview"] and z["step"][0] == 120_000 and z["step"][-1] == 129_999
    xs = np.arange(120_000, 130_000)
    expected = xs[series.downsample(xs.astype(float), values[120_000:130_000], 500)]
    assert z["step"] == expected.tolist() and 123_457 in z["step"]
    assert ingest < 30, f"ingest took {ingest:.1f} s"
    assert chart < 1.0, f"chart took {chart * 1000:.0f} ms"
    print(f"\n1M points: ingest {ingest:.2f} s ({n / ingest:,.0f} points/s), chart {chart * 1000:.0f} ms")
