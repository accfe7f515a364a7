"""The resources API on a real kernel: machines and series from the collector, /metrics,
per-job usage and cost, the price table, the queue schedule, disk usage and safe cleanup,
the lineage graph."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest
from llmworks_sdk import hookimpl, jobs, lineage
from llmworks_sdk.db import utcnow
from llmworks_sdk.resources import StorageReferences
from llmworks_sdk.services import ModelRegistry, require_service
from llmworks_sdk.testing import KernelHarness
from llmworks_sdk.training import Checkpoints
from prometheus_client.parser import text_string_to_metric_families

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def h(tmp_path_factory):
    home = tmp_path_factory.mktemp("resources")
    env = {"LLMWORKS_RESOURCES_INTERVAL": "3600", "LLMWORKS_RESOURCES_FLUSH": "3600", "LLMWORKS_GPUS": "none"}
    with KernelHarness(home, env=env) as harness:
        yield harness


@pytest.fixture(scope="module")
def admin(h):
    return h.login()


@pytest.fixture(scope="module")
def pid(h):
    return h.default_project_id()


@pytest.fixture(scope="module")
def outsider(h):
    return h.create_user("outsider-res")


def _collector(h):
    return h.kernel.state["resources.collector"]


def test_machines_live_and_series(h, admin):
    c = _collector(h)
    for _ in range(3):
        c.tick()
        time.sleep(0.05)
    assert c.flush() > 0
    machines = admin.get("/api/plugins/resources/machines").json()
    me = next(m for m in machines if m["host"] == c.host)
    keys = {s["key"] for s in me["latest"]}
    assert {"cpu.percent", "memory.total_bytes", "disk.used_bytes"} <= keys
    assert me["status"]["system"] == "ok" and (me["status"]["nvml"] == "ok" or me["status"]["nvml"].startswith("no GPU"))
    assert me["online"] and me["run_id"]
    live = admin.get("/api/plugins/resources/live").json()
    assert live["host"] == c.host and any(s["key"] == "cpu.percent" for s in live["samples"])
    r = admin.get(f"/api/plugins/resources/machines/{me['id']}/series", params={"key": ["cpu.percent", "memory.used_bytes"], "hours": 1})
    assert r.status_code == 200
    series = {s["key"]: s for s in r.json()["series"]}
    assert series["cpu.percent"]["count"] >= 3 and len(series["memory.used_bytes"]["y"]) == series["memory.used_bytes"]["count"]
    assert h.new_client().get("/api/plugins/resources/machines").status_code == 401
    assert admin.get("/api/plugins/resources/machines/999/series", params={"key": "cpu.percent"}).status_code == 404


def test_live_values_of_another_machine(h, admin):
    """The live panel of a worker machine shows that machine's latest stored sample, not the server's."""
    from llmworks_resources.tables import Machine
    from llmworks_sdk.db import utcnow

    with h.kernel.db.session() as s:
        m = Machine(host="gpu-worker-7", role="worker", devices=[{"index": "0", "type": "Fake GPU", "memory_total_bytes": 8}],
                    status={"system": "ok", "nvml": "ok"}, interval_seconds=1.0, last_seen=utcnow(),
                    latest={"cpu.percent": [42.5, {}, "CPU"], "gpu.0.utilization_percent": [97.0, {"gpu": "0", "name": "Fake GPU"}, ""]})
        s.add(m)
        s.flush()
        mid = m.id
    live = admin.get("/api/plugins/resources/live", params={"machine_id": mid}).json()
    assert live["host"] == "gpu-worker-7" and live["status"]["nvml"] == "ok"
    values = {x["key"]: x["value"] for x in live["samples"]}
    assert values == {"cpu.percent": 42.5, "gpu.0.utilization_percent": 97.0}
    assert next(x for x in live["samples"] if x["key"].startswith("gpu."))["labels"]["name"] == "Fake GPU"
    me = next(m for m in admin.get("/api/plugins/resources/machines").json() if m["host"] == _collector(h).host)
    assert admin.get("/api/plugins/resources/live", params={"machine_id": me["id"]}).json()["host"] == me["host"]
    r = admin.get("/api/plugins/resources/live", params={"machine_id": 99999})
    assert r.status_code == 404 and "machine 99999" in r.json()["detail"]
    assert admin.get("/api/plugins/resources/live", params={"machine_id": "x"}).status_code == 422


def test_metrics_endpoint_parses(h, admin, outsider):
    _collector(h).tick()
    r = admin.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    fams = {f.name: f for f in text_string_to_metric_families(r.text)}
    host = _collector(h).host
    assert any(s.labels["host"] == host for s in fams["llmworks_cpu_percent"].samples)
    assert {s.labels["state"] for s in fams["llmworks_jobs"].samples} == {"queued", "running", "succeeded", "failed", "cancelled"}
    assert {s.labels["probe"] for s in fams["llmworks_probe_up"].samples} >= {"system", "nvml"}
    assert h.new_client().get("/metrics").status_code == 401
    assert outsider.get("/metrics").status_code == 403
    key = admin.post("/api/auth/api-keys", json={"name": "prometheus"})
    assert key.status_code == 201, key.text  # a scraper sends an API key as a bearer token
    scraped = h.new_client().get("/metrics", headers={"Authorization": f"Bearer {key.json()['key']}"})
    assert scraped.status_code == 200 and "llmworks_jobs" in scraped.text


def _finished_job(h, pid, *, devices, types, seconds, provider=None):
    """A job that ran on ``devices`` for ``seconds`` (rows written as a worker would)."""
    k = h.kernel
    resources = {"gpus": len(devices), **({"provider": provider} if provider else {})}
    job = jobs.enqueue(k, "kernel.noop", {}, project_id=pid, title="accounting", resources=resources)
    from llmworks_sdk.testing import kernel_table

    Job = kernel_table("Job")
    end = utcnow()  # one clock reading: the job ran exactly ``seconds``
    with k.db.session() as s:
        row = s.get(Job, job.id)
        row.state, row.started_at, row.finished_at = "succeeded", end - timedelta(seconds=seconds), end
        row.assignment = {"host": "node-x", "devices": devices, "types": types, "pid": 1}
        row.result = {"ok": True}
    from llmworks_resources import accounting

    accounting.on_finished(k, job.id)
    return job.id


def test_job_usage_and_cost(h, admin, pid, outsider):
    job_id = _finished_job(h, pid, devices=["0", "1"], types=["NVIDIA H100 80GB", "NVIDIA H100 80GB"], seconds=1800)
    u = admin.get(f"/api/plugins/resources/jobs/{job_id}/usage").json()
    assert u["devices"] == ["0", "1"] and u["gpu_hours"] == pytest.approx(1.0, rel=0.01)
    assert u["currency"] == "EUR" and u["cost"] == pytest.approx(2 * 0.5 * 2.90, rel=0.01)  # H100 at 2.90/h
    assert outsider.get(f"/api/plugins/resources/jobs/{job_id}/usage").status_code == 404
    summary = admin.get("/api/plugins/resources/costs/summary", params={"project_id": pid}).json()["totals"]
    month = utcnow().strftime("%Y-%m")
    row = next(t for t in summary if t["month"] == month and t["currency"] == "EUR")
    assert row["cost"] >= u["cost"] and row["gpu_hours"] >= 1.0 - 1e-3


def test_price_table_edit_is_admin_only_and_validated(h, admin, outsider, pid):
    got = admin.get("/api/plugins/resources/costs/prices").json()
    assert got["editable"] and "H100" in got["yaml"]
    assert outsider.put("/api/plugins/resources/costs/prices", json={"yaml": got["yaml"]}).status_code == 403
    bad = admin.put("/api/plugins/resources/costs/prices", json={"yaml": "currency: EUR\nprices: [1, 2"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"] == ["body", "yaml"]
    alias = admin.put("/api/plugins/resources/costs/prices",
                      json={"yaml": "a: &x {device: gpu, per_hour: 1}\ncurrency: EUR\ndate: 2026-01-01\nprices: [*x]"})
    assert alias.status_code == 422 and "alias" in alias.json()["detail"]
    missing = admin.put("/api/plugins/resources/costs/prices", json={"yaml": "currency: EUR\ndate: 2026-01-01\nprices: [{device: gpu}]"})
    assert missing.status_code == 422 and "per_hour" in missing.json()["detail"]
    new = "currency: USD\ndate: 2026-12-01\nprovider: cloud\nprices:\n  - {device: H100, per_hour: 4.0}\n  - {device: cpu, per_hour: 0.1}\n"
    ok = admin.put("/api/plugins/resources/costs/prices", json={"yaml": new})
    assert ok.status_code == 200 and ok.json()["table"]["currency"] == "USD"
    est = admin.post("/api/plugins/resources/estimate", json={"project_id": pid, "kind": "kernel.noop",
                                                               "resources": {"gpus": 2, "gpu_type": "H100"}}).json()
    assert est["devices"] == ["H100", "H100"]
    if est["duration_seconds"] is not None:
        assert est["cost"]["currency"] == "USD"
        assert est["cost"]["cost"] == pytest.approx(2 * 4.0 * est["duration_seconds"] / 3600, rel=1e-3)
    admin.put("/api/plugins/resources/costs/prices", json={"yaml": got["yaml"]})


def test_a_job_is_priced_at_the_provider_it_names(h, admin, pid):
    """Price rows per provider: a job (or an estimate) naming a provider is priced at that
    provider's rows; one naming none at the table's own provider's rows."""
    got = admin.get("/api/plugins/resources/costs/prices").json()
    table = ("currency: EUR\ndate: 2026-12-01\nprovider: own\nprices:\n"
             "  - {device: H100, per_hour: 2.0}\n"
             "  - {device: H100, per_hour: 5.0, provider: cloud}\n"
             "  - {device: cpu, per_hour: 0.05}\n")
    assert admin.put("/api/plugins/resources/costs/prices", json={"yaml": table}).status_code == 200
    try:
        h100 = ["NVIDIA H100 80GB"] * 2
        own = admin.get(f"/api/plugins/resources/jobs/{_finished_job(h, pid, devices=['0', '1'], types=h100, seconds=3600)}/usage").json()
        assert own["cost"] == pytest.approx(2 * 2.0)
        cloud_id = _finished_job(h, pid, devices=["0", "1"], types=h100, seconds=3600, provider="cloud")
        assert admin.get(f"/api/plugins/resources/jobs/{cloud_id}/usage").json()["cost"] == pytest.approx(2 * 5.0)
        nowhere = _finished_job(h, pid, devices=["0"], types=h100[:1], seconds=3600, provider="aws")
        assert admin.get(f"/api/plugins/resources/jobs/{nowhere}/usage").json()["cost"] is None  # no aws prices
        ask = {"project_id": pid, "kind": "kernel.noop", "resources": {"gpus": 2, "gpu_type": "H100", "provider": "cloud"}}
        est = admin.post("/api/plugins/resources/estimate", json=ask).json()
        assert est["duration_seconds"] is not None  # past kernel.noop jobs
        assert est["cost"]["cost"] == pytest.approx(2 * 5.0 * est["duration_seconds"] / 3600, rel=1e-3)
        assert {p["provider"] for p in est["cost"]["parts"]} == {"cloud"}
        ask["resources"]["provider"] = "aws"
        est = admin.post("/api/plugins/resources/estimate", json=ask).json()
        assert est["cost"]["cost"] is None and "at provider 'aws'" in est["cost"]["reason"]
        ask["resources"]["provider"] = ""
        assert admin.post("/api/plugins/resources/estimate", json=ask).status_code == 422
    finally:
        admin.put("/api/plugins/resources/costs/prices", json={"yaml": got["yaml"]})


def test_queue_shows_order_estimates_and_pause(h, admin, pid, outsider):
    later = (utcnow() + timedelta(hours=2)).replace(microsecond=0)
    a = jobs.enqueue(h.kernel, "kernel.sleep", {"seconds": 0}, project_id=pid, title="later", not_before=later)
    # not before ``later`` too, so the harness's worker cannot claim it before it is paused (a 409 then)
    b = jobs.enqueue(h.kernel, "kernel.sleep", {"seconds": 0}, project_id=pid, title="paused", priority=-5, not_before=later)
    r = admin.patch(f"/api/plugins/resources/queue/{b.id}", json={"paused": True})
    assert r.status_code == 200 and r.json()["paused"] is True
    q = admin.get("/api/plugins/resources/queue", params={"project_id": pid}).json()
    items = {i["job"]["id"]: i for i in q["items"]}
    assert items[a.id]["estimated_start"] >= later.isoformat()[:19]
    assert items[a.id]["estimated_finish"] >= items[a.id]["estimated_start"]
    assert items[a.id]["waiting_for"] == "not before"
    assert items[b.id]["waiting_for"] == "paused" and items[b.id]["estimated_start"] is None
    assert items[a.id]["position"] < items[b.id]["position"]
    r = admin.post("/api/plugins/resources/queue/reorder", json={"job_ids": [b.id, a.id]})
    assert r.status_code == 200 and r.json()[0]["priority"] > r.json()[1]["priority"]
    order = [i["job"]["id"] for i in admin.get("/api/plugins/resources/queue").json()["items"]]
    assert order.index(b.id) < order.index(a.id)
    assert outsider.patch(f"/api/plugins/resources/queue/{a.id}", json={"priority": 9}).status_code == 404
    bad = admin.patch(f"/api/plugins/resources/queue/{a.id}", json={"windows": [{"start": "25:00", "end": "06:00"}]})
    assert bad.status_code == 422
    assert admin.post("/api/plugins/resources/queue/reorder", json={"job_ids": [a.id, a.id]}).status_code == 422
    for j in (a, b):
        jobs.cancel(h.kernel, j.id)
    assert admin.patch(f"/api/plugins/resources/queue/{a.id}", json={"priority": 1}).status_code == 409


class Declares:
    """A plugin that keeps one blob and declares it."""

    def __init__(self, project_id: int, digest: str) -> None:
        self.project_id, self.digest = project_id, digest

    @hookimpl
    def register_storage_references(self, register):
        register(StorageReferences("declares", lambda s: [{"kind": "note", "id": 1, "project_id": self.project_id,
                                                            "name": "note", "blobs": [self.digest]}]))


def test_cleanup_never_deletes_what_a_model_version_needs(h, admin, pid, outsider):
    k = h.kernel
    job_id = _finished_job(h, pid, devices=[], types=[], seconds=5)
    ck = Checkpoints(Path(k.settings.jobs_dir) / str(job_id) / "work" / "checkpoints", keep=10)
    paths = [ck.save(step, lambda d: (d / "weights.bin").write_bytes(b"x" * 1000), state={}) for step in (10, 20, 30, 40)]
    paths = [Path(p) for p in paths]
    # a model version that lives inside the oldest checkpoint (e.g. registered from it)
    with k.db.session() as s:
        require_service(k, ModelRegistry).register_version(
            s, project_id=pid, name="from-ckpt", base_model="demo", base_path="/nonexistent", method="full", kind="full",
            path=str(paths[0]), job_id=job_id)
    # blobs: one a dataset version references, one orphan (old), one orphan (fresh)
    up = admin.post("/api/datasets/upload", data={"name": "cleanup-data", "project_id": str(pid)},
                    files={"file": ("d.jsonl", b'{"text": "keep me"}\n{"text": "and me"}\n')})
    assert up.status_code == 201, up.text
    old = k.artifacts.put_bytes(b"orphan blob old")
    fresh = k.artifacts.put_bytes(b"orphan blob fresh")
    declared = k.artifacts.put_bytes(b"a blob another plugin declares")
    ts = time.time() - 3 * 24 * 3600
    for d in (old.digest, declared.digest):
        os.utime(k.artifacts.local_path(d), (ts, ts))
    k.register_plugin(Declares(pid, declared.digest), "declares-blobs")
    dry = admin.post("/api/plugins/resources/disk/cleanup", json={"blobs": True, "keep_last": 1}).json()
    planned = {Path(c["path"]).name for c in dry["checkpoints"] if c["job_id"] == job_id}
    assert planned == {"step-20", "step-30"}  # step-10 holds a model version, step-40 is the newest
    assert [b["digest"] for b in dry["blobs"]] == [old.digest] and dry["removed"] == 0
    assert all(p.exists() for p in paths)
    assert outsider.post("/api/plugins/resources/disk/cleanup", json={"blobs": True}).status_code == 403
    done = admin.post("/api/plugins/resources/disk/cleanup", json={"blobs": True, "keep_last": 1, "dry_run": False}).json()
    assert done["removed"] == 3 and done["freed_bytes"] > 0
    assert paths[0].exists() and (paths[0] / "weights.bin").exists() and paths[3].exists()
    assert not paths[1].exists() and not paths[2].exists()
    assert not k.artifacts.exists(old.digest) and k.artifacts.exists(fresh.digest)
    assert k.artifacts.exists(declared.digest)  # declared through register_storage_references
    k.unregister_plugin("declares-blobs")
    with k.db.session() as s:
        from llmworks_sdk.services import DatasetService

        needed = next(i for i in require_service(k, DatasetService).storage(s) if i["id"] == up.json()["id"])["blobs"]
    assert needed and all(k.artifacts.exists(d) for d in needed)  # the dataset version's blobs survive
    usage = admin.get("/api/plugins/resources/disk").json()
    assert any(i["kind"] == "dataset_version" and i["bytes"] > 0 for i in usage["items"])
    assert any(f["job_id"] == job_id and f["checkpoints"] == 2 for f in usage["job_folders"])
    assert usage["total_bytes"] > 0 and str(pid) in usage["per_project"]
    assert "total_bytes" not in outsider.get("/api/plugins/resources/disk").json() or \
        outsider.get("/api/plugins/resources/disk").json()["total_bytes"] is None


def test_lineage_graph_and_questions(h, admin, pid, outsider):
    k = h.kernel
    with k.db.session() as s:
        lineage.add_edge(s, pid, ("dataset_version", 901), ("run", 902), "trained")
        lineage.add_edge(s, pid, ("run", 902), ("model_version", 903), "produced")
        lineage.add_edge(s, pid, ("model_version", 903), ("evaluation", 904), "evaluated_by")
        lineage.add_edge(s, pid, ("model_version", 903), ("export", 905), "exported")
        lineage.add_edge(s, pid, ("export", 905), ("deployment", 906), "deployed")
        lineage.add_edge(s, pid, ("dataset_version", 907), ("evaluation", 904), "evaluated_on")
    with k.db.session() as s:
        assert lineage.targets(s, ("model_version", 903)) == [("evaluation", "904"), ("export", "905")]
        assert lineage.sources(s, ("evaluation", 904), kind="dataset_version") == [("dataset_version", "907")]
    g = admin.get("/api/plugins/resources/lineage/graph", params={"project_id": pid}).json()
    kinds = {n["kind"] for n in g["nodes"]}
    assert {"dataset_version", "run", "model_version", "evaluation", "export", "deployment"} <= kinds
    layers = {n["kind"]: n["layer"] for n in g["nodes"]}
    assert layers["dataset_version"] < layers["run"] < layers["model_version"] < layers["evaluation"] < layers["deployment"]
    assert next(n for n in g["nodes"] if n["kind"] == "model_version" and n["id"] == "903")["link"] == "/models/custom/903"
    down = admin.get("/api/plugins/resources/lineage/downstream", params={"kind": "dataset_version", "id": "901"}).json()
    assert {(n["kind"], n["id"]) for n in down["nodes"]} == {("dataset_version", "901"), ("run", "902"), ("model_version", "903"),
                                                              ("evaluation", "904"), ("export", "905"), ("deployment", "906")}
    up = admin.get("/api/plugins/resources/lineage/upstream", params={"kind": "deployment", "id": "906"}).json()
    assert {(n["kind"], n["id"]) for n in up["nodes"]} == {("deployment", "906"), ("export", "905"), ("model_version", "903"),
                                                            ("run", "902"), ("dataset_version", "901")}
    only = admin.get("/api/plugins/resources/lineage/graph", params={"project_id": pid, "kind": "deployment"}).json()
    assert len(only["edges"]) == 1
    assert outsider.get("/api/plugins/resources/lineage/graph", params={"project_id": pid}).status_code == 404
    mine = outsider.get("/api/plugins/resources/lineage/downstream", params={"kind": "dataset_version", "id": "901"}).json()
    assert mine["edges"] == []  # not a member: nothing of that project


def _past_training(h, pid, payload, *, tokens_seen, runtime, wall):
    """A succeeded training job that measured ``tokens_seen`` in ``runtime`` s of a ``wall`` s job."""
    from llmworks_sdk.testing import kernel_table

    k = h.kernel
    job = jobs.enqueue(k, "torch.train", payload, project_id=pid, title="past training",
                       not_before=utcnow() + timedelta(days=30))
    with k.db.session() as s:
        row = s.get(kernel_table("Job"), job.id)
        row.state, row.started_at, row.finished_at = "succeeded", utcnow() - timedelta(seconds=wall), utcnow()
        row.result = {"metrics": {"tokens_seen": tokens_seen, "runtime_seconds": runtime}}
    return job.id


def test_queue_estimate_uses_dataset_tokens_and_past_tokens_per_second(h, admin, pid):
    """A queued training job on a dataset version: its duration is the version's train tokens
    (from its token statistics) × epochs ÷ the tokens/s similar past jobs measured, plus their
    start-up overhead; the queue shows the start and finish that follow."""
    from llmworks_sdk.demo import build_demo_model

    k = h.kernel
    build_demo_model(Path(k.settings.models_path) / "est-demo", seed=0)
    rows = b"".join(b'{"text": "estimate row %d: the quick brown fox jumps over the lazy dog"}\n' % i for i in range(40))
    up = admin.post("/api/datasets/upload", data={"name": "estimate-data", "project_id": str(pid)},
                    files={"file": ("e.jsonl", rows)})
    assert up.status_code == 201, up.text
    vid = up.json()["id"]
    stats = admin.get(f"/api/datasets/versions/{vid}/token-stats", params={"model": "est-demo"})
    assert stats.status_code == 200, stats.text
    train_tokens = stats.json()["splits"]["train"]["total_tokens"]
    assert train_tokens > 0
    with k.db.session() as s:
        from llmworks_sdk.services import DatasetService

        info = require_service(k, DatasetService).size_info(s, vid)
    assert info["train_tokens"] == train_tokens  # kept with the cached statistics
    base = {"base_model": "est-base", "method": "lora", "dataset_version_id": vid}
    # similar past jobs: 200 tokens/s, 2 s of start-up each (a different model's job is not similar)
    _past_training(h, pid, {**base, "config": {"epochs": 1}}, tokens_seen=train_tokens, runtime=train_tokens / 200, wall=train_tokens / 200 + 2)
    _past_training(h, pid, {**base, "config": {"epochs": 2}}, tokens_seen=2 * train_tokens, runtime=train_tokens / 100, wall=train_tokens / 100 + 2)
    _past_training(h, pid, {**base, "base_model": "other", "config": {"epochs": 1}}, tokens_seen=1000, runtime=1000, wall=1000)
    later = (utcnow() + timedelta(hours=3)).replace(microsecond=0)
    queued = jobs.enqueue(k, "torch.train", {**base, "config": {"epochs": 3}}, project_id=pid, title="to estimate",
                          not_before=later)
    try:
        items = {i["job"]["id"]: i for i in admin.get("/api/plugins/resources/queue", params={"project_id": pid}).json()["items"]}
        it = items[queued.id]
        expected = 3 * train_tokens / 200 + 2
        assert it["tokens"] == pytest.approx(3 * train_tokens) and it["tokens_per_second"] == pytest.approx(200)
        assert it["duration_seconds"] == pytest.approx(expected, rel=1e-6)
        assert f"{train_tokens} train tokens × 3 epochs" in it["basis"]
        from datetime import datetime

        start, finish = datetime.fromisoformat(it["estimated_start"]), datetime.fromisoformat(it["estimated_finish"])
        assert start.replace(tzinfo=None) >= later.replace(tzinfo=None)
        assert (finish - start).total_seconds() == pytest.approx(expected, abs=1e-3)
        est = admin.post("/api/plugins/resources/estimate", json={"project_id": pid, **base, "config": {"epochs": 3}}).json()
        assert est["duration_seconds"] == pytest.approx(expected, rel=1e-6) and est["tokens"] == pytest.approx(3 * train_tokens)
        # a version without token statistics: its train rows × the tokens per row of the past jobs' versions
        other = admin.post("/api/datasets/upload", data={"name": "estimate-data-2", "project_id": str(pid)},
                           files={"file": ("e2.jsonl", b"".join(rows.splitlines(keepends=True)[:20]))}).json()["id"]
        with k.db.session() as s:
            other_rows = require_service(k, DatasetService).size_info(s, other)["train_rows"]
        per_row = train_tokens / stats.json()["splits"]["train"]["rows"]
        est = admin.post("/api/plugins/resources/estimate", json={"project_id": pid, **base, "dataset_version_id": other,
                                                                   "config": {"epochs": 1}}).json()
        assert "tokens/row of past jobs" in est["basis"] and est["tokens"] == pytest.approx(other_rows * per_row)
    finally:
        jobs.cancel(k, queued.id)
