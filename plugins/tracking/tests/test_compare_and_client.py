"""Comparing runs (aligned series, parameter differences, benchmark bars) and the client
helper used from users' own scripts."""

from __future__ import annotations

import numpy as np
import pytest
from llmworks_tracking.client import Run, TrackingError


@pytest.fixture(scope="module")
def three_runs(team):
    ids = []
    for i, (lr, bleu, ppl) in enumerate([(1e-3, 20.0, 9.0), (1e-3, 25.0, 8.0), (3e-4, 22.0, 7.5)]):
        with Run(client=team.annotator, project_id=team.project_id, experiment="compare", name=f"run-{i}",
                 params={"learning_rate": lr, "batch_size": 8, "seed": i}, config={"base_model": "base:demo"}) as run:
            for step in range(0, 100 * (i + 1), 1):
                run.log({"loss": 2.0 / (1 + step) + i, "lr": lr}, step=step)
            run.summary({"bleu": bleu, "perplexity": ppl, "custom_score": float(i)})
        ids.append(run.id)
    return ids


def test_client_creates_logs_and_finishes(team, three_runs):
    got = team.viewer.get(f"/api/tracking/runs/{three_runs[2]}").json()
    assert got["status"] == "finished" and got["experiment"] == "compare" and got["params"]["seed"] == 2
    loss = next(m for m in got["metrics"] if m["key"] == "loss")
    assert loss["count"] == 300 and loss["last_step"] == 299
    with pytest.raises(RuntimeError):
        with Run(client=team.annotator, project_id=team.project_id, name="crashes") as run:
            run.log({"x": 1.0})
            raise RuntimeError("boom")
    assert team.viewer.get(f"/api/tracking/runs/{run.id}").json()["status"] == "failed"
    again = Run(client=team.annotator, run_id=run.id)
    assert again.log_series("arr", np.linspace(0, 1, 250_001)) == 250_001  # several requests
    again.add_tags("reopened")
    again.log_params({"extra": "yes"})
    assert team.viewer.get(f"/api/tracking/runs/{run.id}").json()["tags"] == ["reopened"]
    with pytest.raises(TrackingError) as err:
        Run(client=team.viewer, project_id=team.project_id, name="no")
    assert err.value.status == 403


def test_compare_aligns_series_diffs_params_and_draws_benchmark_bars(team, three_runs):
    r = team.viewer.get("/api/tracking/compare", params={"run_ids": three_runs, "keys": "loss", "points": 50})
    assert r.status_code == 200, r.text
    body = r.json()
    assert [x["name"] for x in body["runs"]] == ["run-0", "run-1", "run-2"]
    params = body["params"]
    assert set(params["differing"]) == {"learning_rate", "seed"}
    assert {"batch_size", "base_model", "learning_rate", "seed"} <= set(params["keys"])
    row = next(x for x in params["rows"] if x["key"] == "learning_rate")
    assert row["values"] == {str(three_runs[0]): 1e-3, str(three_runs[1]): 1e-3, str(three_runs[2]): 3e-4}
    loss = body["series"][0]
    assert loss["key"] == "loss" and set(loss["runs"]) == {str(i) for i in three_runs}
    grid = loss["aligned"]["x"]
    assert grid[0] == 0 and grid[-1] == 299 and len(grid) <= 50
    first = loss["aligned"]["values"][str(three_runs[0])]
    # run-0 has steps 0..99: values beyond its last step are null, inside they follow 2/(1+step)
    assert first[0] == pytest.approx(2.0) and first[-1] is None
    assert loss["aligned"]["values"][str(three_runs[2])][-1] == pytest.approx(2.0 / 300 + 2)
    bars = {b["metric"]: b for b in body["benchmarks"]}
    assert bars["bleu"]["best_run_id"] == three_runs[1] and bars["bleu"]["higher_is_better"] is True
    assert bars["perplexity"]["best_run_id"] == three_runs[2] and bars["perplexity"]["higher_is_better"] is False
    assert bars["custom_score"]["values"][str(three_runs[2])] == 2.0 and bars["custom_score"]["best_run_id"] is None
    assert [b["metric"] for b in body["benchmarks"]][:2] == ["bleu", "perplexity"]
    wall = team.viewer.get("/api/tracking/compare", params={"run_ids": three_runs[:2], "x": "wall_time"}).json()
    assert {s["key"] for s in wall["series"]} == {"loss", "lr"}
    assert wall["series"][0]["aligned"]["x"][0] == 0.0
