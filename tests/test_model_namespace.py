"""One model namespace with owners (issue 9, item 3).

Regressions:
- an account uploaded an archive named like a shared folder model, and another project's
  existing route then served the uploader's weights;
- uploads landed in ``<models>/uploads/<name>`` and the folder scan showed them to everyone,
  usable by any project as ``base:uploads/<name>``.
"""

from __future__ import annotations

import io
import tarfile

import pytest
from llmworks_sdk.testing import KernelHarness

SHARED = "shared-model"


def _archive(folder) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        tar.add(folder, arcname="model")
    return buf.getvalue()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from llmworks_sdk.demo import build_demo_model

    models = tmp_path_factory.mktemp("ns-models")
    build_demo_model(models / SHARED)
    (models / "llmworks-demo-tiny").symlink_to(models / SHARED, target_is_directory=True)
    with KernelHarness(tmp_path_factory.mktemp("ns"), worker=False, env={"LLMWORKS_MODELS_DIR": str(models)}) as h:
        admin = h.login()
        a = h.default_project_id()
        alice = h.create_user("alice-ns")
        admin.post(f"/api/projects/{a}/members", json={"username": "alice-ns", "role": "maintainer"})
        mallory = h.create_user("mallory-ns")
        b = mallory.post("/api/projects", json={"name": "mallory-ns"}).json()["id"]
        r = alice.post("/api/inference/routes", json={"project_id": a, "name": "prod", "model": f"base:{SHARED}",
                                                      "params": {"max_new_tokens": 1, "temperature": 0}})
        assert r.status_code == 201, r.text
        yield {"h": h, "admin": admin, "alice": alice, "mallory": mallory, "a": a, "b": b, "models": models,
               "archive": _archive(models / SHARED)}


def _upload(client, project_id, name, archive):
    return client.post("/api/models/available/upload", params={"name": name, "project_id": project_id}, content=archive,
                       headers={"content-type": "application/gzip"})


def _names(client):
    return {m["name"] for m in client.get("/api/models/available", params={"limit": 500}).json()["items"]}


def test_an_upload_cannot_take_the_name_of_a_shared_model(world):
    for name in (SHARED, "llmworks-demo-tiny"):
        r = _upload(world["mallory"], world["b"], name, world["archive"])
        assert r.status_code == 409, r.text  # the demo is a registered shared row: "already registered"
        assert name != SHARED or "shared model" in r.json()["detail"]
    g = world["alice"].post("/api/inference/generate", json={"route": "prod", "prompt": "x"})
    assert g.status_code == 200 and g.json()["project_id"] == world["a"]


def test_an_upload_is_seen_and_used_by_its_project_only(world):
    mallory, alice, a, b = world["mallory"], world["alice"], world["a"], world["b"]
    r = _upload(mallory, b, "mallory-private", world["archive"])
    assert r.status_code == 201, r.text
    assert "path" not in r.json() or not str(r.json().get("path") or "").startswith(str(world["models"]))
    # not under the shared models folder, so no folder scan exposes it
    assert not (world["models"] / "uploads").exists()
    assert "mallory-private" in _names(mallory)
    assert not {"mallory-private", "uploads/mallory-private"} & _names(alice)
    for model in ("base:mallory-private", "base:uploads/mallory-private"):
        r = alice.post("/api/inference/generate", json={"model": model, "project_id": a, "prompt": "x"})
        assert r.status_code in (404, 422), (model, r.status_code, r.text)
        r = alice.post("/api/inference/routes", json={"project_id": a, "name": "sneaky", "model": model})
        assert r.status_code in (404, 422), (model, r.status_code, r.text)
    r = mallory.post("/api/inference/generate", json={"model": "base:mallory-private", "project_id": b, "prompt": "x",
                                                      "params": {"max_new_tokens": 1}})
    assert r.status_code == 200, r.text


def test_a_shared_model_added_later_does_not_change_either_side(world):
    """An administrator later adds a shared folder with the name of B's upload: A's callers get
    the shared folder, B's callers keep their own model; neither is redirected by the other."""
    h, admin, mallory, alice, a, b = (world[k] for k in ("h", "admin", "mallory", "alice", "a", "b"))
    assert _upload(mallory, b, "later-name", world["archive"]).status_code == 201
    (world["models"] / "later-name").symlink_to(world["models"] / SHARED, target_is_directory=True)
    r = alice.post("/api/inference/routes", json={"project_id": a, "name": "later", "model": "base:later-name"})
    assert r.status_code == 201, r.text
    with h.kernel.db.session() as db:
        from llmworks_sdk.services import ModelRegistry, require_service

        registry = require_service(h.kernel, ModelRegistry)
        shared, owner = registry.resolve(db, "base:later-name", project_id=a)
        assert owner is None and shared.path.resolve() == (world["models"] / SHARED).resolve()
        own, owner = registry.resolve(db, "base:later-name", project_id=b)
        assert owner == b and own.path.resolve() != (world["models"] / SHARED).resolve()
