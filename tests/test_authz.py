"""Every route of the OpenAPI schema, walked as an anonymous caller, as a viewer of project A
and as a member of another project: no route answers 2xx where it must not."""

from __future__ import annotations

import pytest
from authz_walker import MUTATING, PUBLIC, Walker
from llmworks_sdk.testing import KernelHarness


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with KernelHarness(tmp_path_factory.mktemp("authz"), worker=False) as h:
        admin = h.login()
        a = h.default_project_id()
        viewer = h.create_user("viewer1")
        outsider = h.create_user("outsider1")
        admin.post(f"/api/projects/{a}/members", json={"username": "viewer1", "role": "viewer"})
        b = outsider.post("/api/projects", json={"name": "B"}).json()["id"]
        job = h.kernel.queue.enqueue("kernel.noop", project_id=a, user_id=1)
        ctx = {"project_id": a, "job_id": job.id, "user_id": viewer.get("/api/auth/me").json()["id"]}
        spec = admin.get("/openapi.json").json()
        walker = Walker(spec, ctx)
        walker.discover_ids(admin)
        yield {"h": h, "admin": admin, "viewer": viewer, "outsider": outsider, "walker": walker, "b": b}


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
