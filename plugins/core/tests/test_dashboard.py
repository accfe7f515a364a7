from llmworks_sdk.testing import KernelHarness


def test_dashboard_counts_jobs_per_project(tmp_path):
    with KernelHarness(tmp_path, worker=False) as h:
        admin = h.login()
        pid = h.default_project_id()
        bob = h.create_user("bob")
        other = bob.post("/api/projects", json={"name": "other"}).json()["id"]
        for _ in range(3):
            h.kernel.queue.enqueue("kernel.noop", project_id=pid)
        h.kernel.queue.enqueue("kernel.noop", project_id=other)
        figs = {f["name"]: f for f in admin.get("/api/dashboard", params={"project_id": pid}).json()["figures"]}
        assert figs["queued_jobs"]["value"] == 3 and figs["running_jobs"]["value"] == 0
        assert {f["name"]: f["value"] for f in admin.get("/api/dashboard").json()["figures"]}["queued_jobs"] == 4
        mine = bob.get("/api/dashboard").json()
        assert {f["name"]: f["value"] for f in mine["figures"]}["queued_jobs"] == 1
        assert all(e["project_id"] == other for e in mine["recent_events"])
        assert bob.get("/api/dashboard", params={"project_id": pid}).status_code == 404
        assert h.new_client().get("/api/dashboard").status_code == 401


def test_datasets_count_on_the_dashboard(tmp_path):
    with KernelHarness(tmp_path, worker=False) as h:
        admin = h.login()
        pid = h.default_project_id()
        r = admin.post("/api/datasets/upload", data={"project_id": str(pid), "name": "greetings"},
                       files={"file": ("g.jsonl", b'{"text": "hello"}\n{"text": "hi there"}\n', "application/octet-stream")})
        assert r.status_code == 201, r.text
        figs = {f["name"]: f["value"] for f in admin.get("/api/dashboard", params={"project_id": pid}).json()["figures"]}
        assert figs["datasets"] == 1
