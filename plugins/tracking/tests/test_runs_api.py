"""Runs through the API: create, batch logging, search and filters, tags, favourites,
archive, rename, artifacts; the service contract; auth on every route."""

from __future__ import annotations

import time

import pytest
from llmworks_tracking import service


def _run(team, name, lr, *, experiment="sweep", tags=(), losses=(), status=None):
    c = team.annotator
    r = c.post("/api/tracking/runs", json={"project_id": team.project_id, "experiment": experiment, "name": name,
                                           "params": {"learning_rate": lr, "method": "lora"}, "tags": list(tags),
                                           "config": {"base_model": "base:demo", "dataset": {"version_id": 3}}})
    assert r.status_code == 201, r.text
    run = r.json()
    if losses:
        body = {"series": [{"key": "loss", "steps": list(range(1, len(losses) + 1)), "values": list(losses)}]}
        if status:
            body["status"] = status
        r = c.post(f"/api/tracking/runs/{run['id']}/log-batch", json=body)
        assert r.status_code == 200, r.text
        assert r.json()["points"] == len(losses)
    return run


@pytest.fixture(scope="module")
def runs(team):
    a = _run(team, "lr-small", 0.0001, tags=["baseline"], losses=[2.0, 1.5, 1.2], status="finished")
    b = _run(team, "lr-mid", 0.001, tags=["sweep"], losses=[2.0, 0.9, 0.4], status="finished")
    c = _run(team, "lr-big", 0.01, tags=["sweep", "unstable"], losses=[2.0, 3.0, 5.0], status="failed")
    return {"small": a, "mid": b, "big": c}


def _names(team, **params):
    r = team.viewer.get("/api/tracking/runs", params={"project_id": team.project_id, **params})
    assert r.status_code == 200, r.text
    return [x["name"] for x in r.json()["items"]]


def test_a_run_stores_its_full_config(team, runs):
    run = team.viewer.get(f"/api/tracking/runs/{runs['mid']['id']}").json()
    cfg = run["config"]
    assert cfg["params"] == {"learning_rate": 0.001, "method": "lora"}
    assert cfg["base_model"] == "base:demo" and cfg["dataset"] == {"version_id": 3}
    assert "llmworks" in cfg["plugins"] and "llmworks-tracking" in cfg["plugins"]
    assert cfg["hardware"]["cpu_count"] >= 1
    assert run["experiment"] == "sweep" and run["source"] == "api" and run["status"] == "finished"
    loss = next(m for m in run["metrics"] if m["key"] == "loss")
    assert loss == {"key": "loss", "last": 0.4, "last_step": 3, "min": 0.4, "max": 2.0, "count": 3, "summary": False}
    assert run["ended_at"] is not None


def test_filters_by_params_metrics_tags_status_and_text(team, runs):
    assert set(_names(team, filter="params.learning_rate>=0.001")) == {"lr-mid", "lr-big"}
    assert _names(team, filter=["params.learning_rate>0.0001", "params.learning_rate<0.01"]) == ["lr-mid"]
    assert set(_names(team, filter="params.method=lora")) == {"lr-small", "lr-mid", "lr-big"}
    assert set(_names(team, filter="params.base_model~DEMO")) == {"lr-small", "lr-mid", "lr-big"}
    assert _names(team, filter="params.dataset.version_id=3", order_by="name") == ["lr-big", "lr-mid", "lr-small"]
    assert _names(team, filter="metrics.loss<0.5") == ["lr-mid"]
    assert set(_names(team, filter="metrics.loss.max>=5")) == {"lr-big"}
    assert set(_names(team, filter="metrics.loss.min<=1.2")) == {"lr-small", "lr-mid"}
    assert set(_names(team, tag="sweep")) == {"lr-mid", "lr-big"}
    assert _names(team, tag=["sweep", "unstable"]) == ["lr-big"]
    assert set(_names(team, filter="tag!=sweep")) == {"lr-small"}
    assert _names(team, status="failed") == ["lr-big"]
    assert _names(team, q="SMALL") == ["lr-small"]
    assert set(_names(team, q="unstab")) == {"lr-big"}  # tags are searched too
    assert _names(team, order_by="metrics.loss.min") == ["lr-mid", "lr-small", "lr-big"]
    assert _names(team, order_by="-params.learning_rate") == ["lr-big", "lr-mid", "lr-small"]
    page = team.viewer.get("/api/tracking/runs", params={"project_id": team.project_id, "limit": 2, "order_by": "name"}).json()
    assert page["total"] == 3 and page["limit"] == 2 and [x["name"] for x in page["items"]] == ["lr-big", "lr-mid"]


@pytest.mark.parametrize("bad", ["params.lr>>1", "metrics.loss~x", "colour=red", "metrics.loss<abc", "favourite=maybe"])
def test_bad_filters_are_422_saying_what_to_fix(team, runs, bad):
    r = team.viewer.get("/api/tracking/runs", params={"project_id": team.project_id, "filter": bad})
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["loc"][:2] == ["query", "filter"]


def test_tag_favourite_archive_rename(team, runs):
    rid = runs["small"]["id"]
    c = team.annotator
    assert c.post(f"/api/tracking/runs/{rid}/tags", json={"tags": ["keep", "baseline"]}).json()["tags"] == ["baseline", "keep"]
    assert c.delete(f"/api/tracking/runs/{rid}/tags/keep").json()["tags"] == ["baseline"]
    r = c.patch(f"/api/tracking/runs/{rid}", json={"favourite": True, "name": "lr-tiny", "notes": "the reference run"})
    assert r.status_code == 200 and r.json()["favourite"] is True and r.json()["name"] == "lr-tiny"
    assert _names(team, favourite="true") == ["lr-tiny"]
    assert _names(team, q="reference run") == ["lr-tiny"]
    assert c.patch(f"/api/tracking/runs/{rid}", json={"archived": True}).json()["archived"] is True
    assert "lr-tiny" not in _names(team)
    assert _names(team, archived="true") == ["lr-tiny"]
    assert len(_names(team, archived="all")) == 3
    c.patch(f"/api/tracking/runs/{rid}", json={"archived": False, "name": "lr-small", "favourite": False})
    assert c.patch(f"/api/tracking/runs/{rid}", json={"status": "exploded"}).status_code == 422


def test_batch_logging_mlflow_style_points_params_tags_summary(team):
    run = _run(team, "script", 0.5, experiment="scripts")
    ms = int(time.time() * 1000)
    body = {"metrics": [{"key": "acc", "value": v, "step": s, "timestamp": ms + s} for s, v in [(3, 0.7), (1, 0.5), (2, 0.6)]],
            "params": [{"key": "batch_size", "value": 32}], "tags": ["from-script"], "summary": {"bleu": 31.5}}
    r = team.annotator.post(f"/api/tracking/runs/{run['id']}/log-batch", json=body)
    assert r.status_code == 200, r.text
    got = team.viewer.get(f"/api/tracking/runs/{run['id']}").json()
    assert got["params"]["batch_size"] == 32 and got["tags"] == ["from-script"] and got["summary"] == {"bleu": 31.5}
    acc = next(m for m in got["metrics"] if m["key"] == "acc")
    assert acc["last"] == 0.7 and acc["last_step"] == 3 and acc["count"] == 3
    s = team.viewer.get(f"/api/tracking/runs/{run['id']}/series", params={"keys": "acc"}).json()["series"][0]
    assert s["x"] == [1, 2, 3] and s["y"] == [0.5, 0.6, 0.7]
    assert s["wall_time"] == pytest.approx([(ms + 1) / 1000, (ms + 2) / 1000, (ms + 3) / 1000])
    assert set(_names(team, filter="metrics.bleu>=30")) == {"script"}
    bad = team.annotator.post(f"/api/tracking/runs/{run['id']}/log-batch", json={"series": [{"key": "x", "steps": [1], "values": [1.0, 2.0]}]})
    assert bad.status_code == 422 and "steps has 1 entries" in bad.text


def test_the_service_contract_used_by_training_jobs(team):
    k = team.h.kernel
    with k.db.session() as db:
        run = service.create_run(db, project_id=team.project_id, experiment="training", name="lora-1",
                                 config={"params": {"learning_rate": 3e-4, "lora_r": 8}, "base_model": "base:demo"}, job_id=None)
        run_id = run.id
    with k.db.session() as db:
        n = service.log_metrics(db, run_id, [("loss", i, 3.0 - i * 0.1, None) for i in range(1, 11)] + [("lr", 1, 3e-4, 1.0e9)])
        assert n == 11
        service.log_summary(db, run_id, {"eval_loss": 2.1, "perplexity": 8.2})
        service.add_artifact(db, run_id, "adapter", "model_version:7", {"kind": "lora"})
        service.set_status(db, run_id, "succeeded")  # job states are accepted
    got = team.viewer.get(f"/api/tracking/runs/{run_id}").json()
    assert got["status"] == "finished" and got["source"] == "training" and got["experiment"] == "training"
    assert got["summary"] == {"eval_loss": 2.1, "perplexity": 8.2}
    metrics = {m["key"]: m for m in got["metrics"]}
    assert metrics["loss"]["count"] == 10 and metrics["loss"]["last"] == pytest.approx(2.0) and metrics["lr"]["last_step"] == 1
    assert metrics["eval_loss"]["summary"] is True
    arts = team.viewer.get(f"/api/tracking/runs/{run_id}/artifacts").json()["items"]
    assert arts[0]["uri"] == "model_version:7" and arts[0]["meta"] == {"kind": "lora"}
    assert set(_names(team, filter="params.lora_r=8")) == {"lora-1"}


def test_artifact_upload_and_download(team, runs):
    rid = runs["mid"]["id"]
    r = team.annotator.post(f"/api/tracking/runs/{rid}/artifacts/upload", params={"name": "notes.txt"}, content=b"hello artifact",
                            headers={"content-type": "application/octet-stream"})
    assert r.status_code == 201, r.text
    art = r.json()
    assert art["uri"].startswith("blob:") and art["meta"]["size"] == 14
    d = team.viewer.get(f"/api/tracking/runs/{rid}/artifacts/{art['id']}/download")
    assert d.status_code == 200 and d.content == b"hello artifact"


def test_blob_uris_reach_only_files_of_the_callers_project(team, runs):
    """Regression (issue 9): attaching a client-supplied 'blob:<sha256>' to a run of one's own
    project, then downloading it, read any file of the shared artifact store (another
    project's dataset, say), since blobs are content-addressed and digests are not secret."""
    import hashlib

    secret = b"another project's private rows\n"
    uri = f"blob:{hashlib.sha256(secret).hexdigest()}"
    rid = runs["mid"]["id"]
    up = team.annotator.post(f"/api/tracking/runs/{rid}/artifacts/upload", params={"name": "rows.jsonl"}, content=secret)
    assert up.status_code == 201 and up.json()["uri"] == uri
    # the outsider's own project and run
    pid = team.outsider.post("/api/projects", json={"name": f"attacker {rid}"}).json()["id"]
    run = team.outsider.post("/api/tracking/runs", json={"project_id": pid, "name": "steal"}).json()
    r = team.outsider.post(f"/api/tracking/runs/{run['id']}/artifacts", json={"name": "loot", "uri": uri})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "uri"]
    r = team.outsider.post(f"/api/tracking/runs/{run['id']}/artifacts", json={"name": "loot", "uri": uri, "meta": {"uploaded": True}})
    assert r.status_code == 422
    # a row attached before the fix (no server mark): not downloadable
    with team.h.kernel.db.session() as db:
        old = service.add_artifact(db, run["id"], "loot", uri, {"size": len(secret)}).id
    assert team.outsider.get(f"/api/tracking/runs/{run['id']}/artifacts/{old}/download").status_code == 404
    # within the project a blob uploaded there can be attached to another run, and downloaded
    other = runs["small"]["id"]
    r = team.annotator.post(f"/api/tracking/runs/{other}/artifacts", json={"name": "same rows", "uri": uri})
    assert r.status_code == 201, r.text
    d = team.viewer.get(f"/api/tracking/runs/{other}/artifacts/{r.json()['id']}/download")
    assert d.status_code == 200 and d.content == secret


def test_experiments_list_create_rename_archive(team, runs):
    c = team.annotator
    exps = {e["name"]: e for e in team.viewer.get("/api/tracking/experiments", params={"project_id": team.project_id}).json()["items"]}
    assert exps["sweep"]["run_count"] == 3
    r = c.post("/api/tracking/experiments", json={"project_id": team.project_id, "name": "fresh", "description": "d"})
    assert r.status_code == 201
    assert c.post("/api/tracking/experiments", json={"project_id": team.project_id, "name": "fresh"}).status_code == 409
    eid = r.json()["id"]
    assert c.patch(f"/api/tracking/experiments/{eid}", json={"name": "renamed", "archived": True}).json()["name"] == "renamed"
    names = {e["name"] for e in team.viewer.get("/api/tracking/experiments", params={"project_id": team.project_id}).json()["items"]}
    assert "renamed" not in names
    assert team.annotator.delete(f"/api/tracking/experiments/{eid}").status_code == 403
    assert team.admin.delete(f"/api/tracking/experiments/{eid}").status_code == 200


def test_auth_on_every_route(team, runs):
    rid, pid = runs["mid"]["id"], team.project_id
    reads = [("get", "/api/tracking/runs", {"params": {"project_id": pid}}),
             ("get", f"/api/tracking/runs/{rid}", {}),
             ("get", f"/api/tracking/runs/{rid}/metrics", {}),
             ("get", f"/api/tracking/runs/{rid}/series", {"params": {"keys": "loss"}}),
             ("get", f"/api/tracking/runs/{rid}/artifacts", {}),
             ("get", "/api/tracking/experiments", {"params": {"project_id": pid}}),
             ("get", "/api/tracking/compare", {"params": {"run_ids": [rid]}})]
    writes = [("post", "/api/tracking/runs", {"json": {"project_id": pid, "name": "x"}}),
              ("patch", f"/api/tracking/runs/{rid}", {"json": {"favourite": True}}),
              ("post", f"/api/tracking/runs/{rid}/tags", {"json": {"tags": ["x"]}}),
              ("delete", f"/api/tracking/runs/{rid}/tags/sweep", {}),
              ("post", f"/api/tracking/runs/{rid}/log-batch", {"json": {"summary": {"x": 1}}}),
              ("post", f"/api/tracking/runs/{rid}/artifacts", {"json": {"name": "a", "uri": "x"}}),
              ("post", f"/api/tracking/runs/{rid}/artifacts/upload", {"params": {"name": "a"}, "content": b"x"}),
              ("delete", f"/api/tracking/runs/{rid}", {}),
              ("post", "/api/tracking/experiments", {"json": {"project_id": pid, "name": "x"}})]
    anonymous = team.h.new_client()
    for method, url, kw in reads + writes:
        assert getattr(team.outsider, method)(url, **kw).status_code == 404, (method, url)
        assert getattr(anonymous, method)(url, **kw).status_code == 401, (method, url)
    for method, url, kw in reads:
        assert getattr(team.viewer, method)(url, **kw).status_code == 200, (method, url)
    for method, url, kw in writes:
        assert getattr(team.viewer, method)(url, **kw).status_code == 403, (method, url)
    assert team.annotator.delete(f"/api/tracking/runs/{rid}").status_code == 403  # deleting needs a maintainer


def test_dashboard_figures_count_runs_and_evaluations(team, runs):
    from llmworks_tracking import plugin

    figures = []
    plugin.register_dashboard_figures(figures.append)
    by_name = {f.name: f for f in figures}
    with team.h.kernel.db.session() as db:
        assert by_name["runs"].count(db, [team.project_id]) >= 3
        assert by_name["runs"].count(db, []) == 0
        assert by_name["runs"].count(db, None) >= by_name["runs"].count(db, [team.project_id])
        assert by_name["evaluations"].count(db, [team.project_id]) >= 0
