"""Every route of the OpenAPI schema, walked as an anonymous caller, as a viewer of project A
and as a member of another project: no route answers 2xx where it must not. Also: a viewer on
every write and inference route, a removed member on an open event stream, blob URIs of
another project, and route and model names shared between projects."""

from __future__ import annotations

import pytest
from authz_walker import MUTATING, PUBLIC, Walker, is_stream, resolve
from llmworks_sdk.testing import KernelHarness


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with KernelHarness(tmp_path_factory.mktemp("authz"), worker=False,
                       env={"LLMWORKS_STREAM_RECHECK_SECONDS": "0.3"}) as h:
        admin = h.login()
        a = h.default_project_id()
        viewer = h.create_user("viewer1")
        outsider = h.create_user("outsider1")
        admin.post(f"/api/projects/{a}/members", json={"username": "viewer1", "role": "viewer"})
        b = outsider.post("/api/projects", json={"name": "B"}).json()["id"]
        job = h.kernel.queue.enqueue("kernel.noop", project_id=a, user_id=1)
        content = populate(admin, a)
        # project B holds a route named like one of A (the names of the OpenAPI examples)
        route(outsider, b, "support-bot")
        b_run = outsider.post("/api/tracking/runs", json={"project_id": b, "name": "b-run"}).json()["id"]
        ctx = {"project_id": a, "job_id": job.id, "user_id": viewer.get("/api/auth/me").json()["id"], **content["ids"]}
        spec = admin.get("/openapi.json").json()
        walker = Walker(spec, ctx)
        walker.discover_ids(admin)
        yield {"h": h, "admin": admin, "viewer": viewer, "outsider": outsider, "walker": walker, "a": a, "b": b,
               "b_run": b_run, "blob": content["blob"]}


def route(client, project_id, name):
    r = client.post("/api/inference/routes", json={"project_id": project_id, "name": name, "model": "base:llmworks-demo-tiny",
                                                   "params": {"max_new_tokens": 2, "temperature": 0}})
    assert r.status_code == 201, r.text
    return r.json()


def populate(admin, a):
    """Project A gets what the examples of the schema name (routes, an A/B test with one
    observation) and a run with an uploaded file, so the walk reaches real things."""
    for name in ("support-bot", "bot-v1", "bot-v2"):
        route(admin, a, name)
    ab = admin.post("/api/inference/ab-tests", json={"project_id": a, "name": "bot-ab", "variants": [
        {"route": "bot-v1", "weight": 1}, {"route": "bot-v2", "weight": 1}]}).json()
    g = admin.post("/api/inference/generate", json={"route": "bot-ab", "prompt": "The sky"})
    assert g.status_code == 200, g.text
    run = admin.post("/api/tracking/runs", json={"project_id": a, "name": "a-run"}).json()
    art = admin.post(f"/api/tracking/runs/{run['id']}/artifacts/upload", params={"name": "rows.jsonl"},
                     content=b'{"text": "project A only"}\n').json()
    # a deployment (its job stays queued: this harness has no worker), for the deploy plugin's routes and log stream
    dep = admin.post("/api/plugins/deploy/deployments", json={"project_id": a, "name": "support-bot-local", "target": "local",
                                                              "model": "base:llmworks-demo-tiny"})
    assert dep.status_code == 201, dep.text
    return {"ids": {"test_id": ab["id"], "run_id": run["id"], "observation_id": g.json()["ab"]["observation_id"]},
            "blob": art["uri"]}


def _ops(world):
    return world["walker"].operations()


def test_anonymous_gets_nothing(world):
    anon = world["h"].new_client()
    leaks = []
    for method, path, op in _ops(world):
        if (method, path) in PUBLIC:
            continue
        req = world["walker"].build(method, path, op)
        status = Walker.call(anon, method, req)
        if 200 <= status < 300:
            leaks.append(f"{method.upper()} {path} -> {status}")
    assert leaks == [], "\n".join(leaks)


def test_member_of_another_project_gets_nothing_of_project_a(world):
    leaks = []
    checked = 0
    for method, path, op in _ops(world):
        req = world["walker"].build(method, path, op)
        if not req["references_a"] or path.startswith("/api/auth"):
            continue
        checked += 1
        status = Walker.call(world["outsider"], method, req)
        if 200 <= status < 300:
            leaks.append(f"{method.upper()} {path} -> {status}")
    assert checked >= 10 and leaks == []


def test_viewer_cannot_change_anything_in_project_a(world):
    leaks = []
    for method, path, op in _ops(world):
        if method not in MUTATING or op.get("x-llmworks-min-role") == "viewer":
            continue
        req = world["walker"].build(method, path, op)
        if not req["references_a"] or path.startswith("/api/auth/"):
            continue  # self-service routes (my preferences, my API keys, my notifications)
        status = Walker.call(world["viewer"], method, req)
        if 200 <= status < 300:
            leaks.append(f"{method.upper()} {path} -> {status}")
    assert leaks == [], "\n".join(leaks)


def test_the_generated_requests_are_meaningful(world):
    """The walk proves something only if the same requests succeed for an administrator."""
    ok = total = 0
    for method, path, op in _ops(world):
        if method == "delete" or (method, path) in PUBLIC:
            continue
        req = world["walker"].build(method, path, op)
        if not req["references_a"]:
            continue
        total += 1
        status = Walker.call(world["admin"], method, req)
        assert status < 500, f"{method.upper()} {path} -> {status}"
        ok += 200 <= status < 300 or status in (404, 409)
    assert ok / max(total, 1) >= 0.6, f"only {ok}/{total} generated requests were accepted for the admin"


def test_viewer_cannot_run_models_or_write_anywhere_in_project_a(world):
    """Every write and every inference route, including those whose body names A's things only
    by name (/v1: the route name): a viewer of A gets 4xx (403 once the target is found)."""
    leaks, forbidden = [], 0
    for method, path, op in _ops(world):
        if method not in MUTATING or op.get("x-llmworks-min-role") == "viewer" or path.startswith("/api/auth/"):
            continue
        req = world["walker"].build(method, path, op)
        if not (req["references_a"] or path.startswith("/v1/")):
            continue
        status = Walker.call(world["viewer"], method, req)
        forbidden += status == 403
        if 200 <= status < 300:
            leaks.append(f"{method.upper()} {path} -> {status}")
    assert leaks == [], "\n".join(leaks)
    viewer = world["viewer"]
    for path, body in (("/api/inference/generate", {"route": "support-bot", "prompt": "x"}),
                       ("/v1/completions", {"model": "support-bot", "prompt": "x"}),
                       ("/v1/chat/completions", {"model": "support-bot", "messages": [{"role": "user", "content": "x"}]}),
                       ("/api/inference/attention", {"route": "support-bot", "text": "the sky"})):
        assert viewer.post(path, json=body).status_code == 403, path
    assert forbidden >= 20


def test_removed_member_loses_every_open_event_stream(world):
    """Each streaming GET of the schema, opened by a member of A who is then removed, ends."""
    import threading
    import time

    h, admin, a = world["h"], world["admin"], world["a"]
    streams = [(m, p, op) for m, p, op in _ops(world) if m == "get" and is_stream(op)]
    assert streams, "the schema has no event stream"
    for n, (method, path, op) in enumerate(streams):
        name = f"leaver{n}"
        member = h.create_user(name)
        uid = member.get("/api/auth/me").json()["id"]
        assert admin.post(f"/api/projects/{a}/members", json={"username": name, "role": "annotator"}).status_code == 201
        req = world["walker"].build(method, path, op)
        ended = threading.Event()
        lines = []

        def read(req=req, member=member, ended=ended, lines=lines):
            with member.stream("GET", req["url"], params={**req["kwargs"]["params"], "project_id": a}) as r:
                lines.append(r.status_code)
                for line in r.iter_lines():
                    lines.append(line)
            ended.set()

        threading.Thread(target=read, daemon=True).start()
        time.sleep(1.0)
        assert not ended.is_set() and lines[:1] == [200], f"GET {path} did not stay open for a member"
        assert admin.delete(f"/api/projects/{a}/members/{uid}").status_code == 200
        assert ended.wait(10), f"GET {path} stayed open after the member was removed"
        assert "event: error" in lines


def test_blob_uris_of_another_project_are_refused(world):
    """Every field that takes a 'blob:<sha256>' URI (found by its description in the schema),
    sent by a member of B for a resource of B with the digest of a file of A: refused."""
    walker, outsider, b_run, blob = world["walker"], world["outsider"], world["b_run"], world["blob"]
    checked, leaks = 0, []
    for method, path, op in _ops(world):
        if method not in MUTATING:
            continue
        schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
        props = resolve(schema, walker.spec).get("properties", {})
        fields = [k for k, v in props.items() if "blob:" in (resolve(v, walker.spec).get("description") or "")]
        if not fields:
            continue
        b_walker = Walker(walker.spec, {"project_id": world["b"], "run_id": b_run})
        req = b_walker.build(method, path, op)
        for f in fields:
            req["kwargs"]["json"] = {**(req["kwargs"].get("json") or {}), f: blob}
        checked += 1
        status = Walker.call(outsider, method, req)
        if 200 <= status < 300:
            leaks.append(f"{method.upper()} {path} -> {status}")
    assert checked >= 1 and leaks == [], "\n".join(leaks)


def test_route_names_shared_between_projects_stay_in_their_project(world):
    """A and B both have 'support-bot': each caller reaches their own, and adding A's viewer
    to B (B's maintainer can) does not send the viewer's calls to B's route."""
    admin, outsider, viewer, a, b = world["admin"], world["outsider"], world["viewer"], world["a"], world["b"]
    for client, project in ((admin, a), (outsider, b)):
        r = client.post("/api/inference/generate", json={"route": "support-bot", "prompt": "x"})
        assert r.status_code == 200 and r.json()["project_id"] == project, r.text
        r = client.post("/v1/completions", json={"model": "support-bot", "prompt": "x", "max_tokens": 1})
        assert r.status_code == 200 and r.json()["llmworks"]["project_id"] == project, r.text
    assert outsider.post(f"/api/projects/{b}/members", json={"username": "viewer1", "role": "annotator"}).status_code == 201
    try:
        r = viewer.post("/api/inference/generate", json={"route": "support-bot", "prompt": "x"})
        assert r.status_code == 403, "the viewer's call must still go to A's route (where a viewer may not generate)"
        slug = outsider.get(f"/api/projects/{b}").json()["slug"]
        r = viewer.post("/api/inference/generate", json={"route": f"{slug}/support-bot", "prompt": "x"})
        assert r.status_code == 200 and r.json()["project_id"] == b
    finally:
        uid = viewer.get("/api/auth/me").json()["id"]
        outsider.delete(f"/api/projects/{b}/members/{uid}")


def test_model_names_shared_between_projects_stay_in_their_project(world):
    """A model uploaded into B is B's alone: A cannot see or run it, a route of A cannot name
    it, and no upload takes the name of a shared model."""
    import io
    import tarfile

    h, admin, outsider, a, b = world["h"], world["admin"], world["outsider"], world["a"], world["b"]
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        tar.add(h.kernel.settings.models_path / "llmworks-demo-tiny", arcname="model")

    def upload(name):
        return outsider.post("/api/models/available/upload", params={"name": name, "project_id": b}, content=buf.getvalue(),
                             headers={"content-type": "application/gzip"})

    assert upload("llmworks-demo-tiny").status_code == 409
    assert upload("b-private").status_code == 201
    names = {m["name"] for m in admin.get("/api/models/available", params={"limit": 500}).json()["items"]}
    assert "uploads/b-private" not in names
    for client in (admin, world["viewer"]):
        for model in ("base:b-private", "base:uploads/b-private"):
            r = client.post("/api/inference/generate", json={"model": model, "project_id": a, "prompt": "x"})
            assert r.status_code in (403, 404, 422), (model, r.status_code)
    r = admin.post("/api/inference/routes", json={"project_id": a, "name": "borrowed", "model": "base:b-private"})
    assert r.status_code in (404, 422), r.text
    r = outsider.post("/api/inference/generate", json={"model": "base:b-private", "project_id": b, "prompt": "x",
                                                       "params": {"max_new_tokens": 1}})
    assert r.status_code == 200, r.text
