"""A real kernel per test module with the plugins a campaign needs (models, torch for the
PyTorch backend, datasets for exports), the demo model pre-built, and a team: a maintainer
(the admin), three labelers, an annotator, a viewer and an outsider of one project."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from llmworks_sdk.demo import DEMO_MODEL_NAME, build_demo_model
from llmworks_sdk.testing import KernelHarness

PLUGINS = "kernel,inapp,models,torch,datasets,inference,feedback"


@pytest.fixture(scope="session")
def demo_model(tmp_path_factory: Any) -> Any:
    return build_demo_model(tmp_path_factory.mktemp("models") / "demo-gpt2", arch="gpt2", seed=0)


@pytest.fixture(scope="module")
def harness(tmp_path_factory: Any, demo_model: Any) -> Iterator[KernelHarness]:
    home = tmp_path_factory.mktemp("feedback")
    shutil.copytree(demo_model, home / "models" / DEMO_MODEL_NAME)
    env = {"LLMWORKS_LOAD_PLUGINS": PLUGINS, "LLMWORKS_TORCH_THREADS": "1"}
    with KernelHarness(home, env=env, database_url=os.environ.get("LLMWORKS_TEST_DATABASE_URL")) as h:
        yield h


@dataclass
class Team:
    h: KernelHarness
    project_id: int
    admin: Any
    labelers: list[Any]
    names: list[str]
    annotator: Any
    viewer: Any
    outsider: Any
    other_project: int
    ids: dict[str, int] = field(default_factory=dict)


@pytest.fixture(scope="module")
def team(harness: KernelHarness) -> Team:
    admin = harness.login()
    tag = uuid.uuid4().hex[:6]
    pid = admin.post("/api/projects", json={"name": f"feedback {tag}"}).json()["id"]
    other = admin.post("/api/projects", json={"name": f"other {tag}"}).json()["id"]
    clients: dict[str, Any] = {}
    roles = {f"lab{i}-{tag}": "labeler" for i in range(4)} | {f"ann-{tag}": "annotator", f"view-{tag}": "viewer",
                                                              f"out-{tag}": None}
    for name, role in roles.items():
        clients[name] = harness.create_user(name)
        if role:
            r = admin.post(f"/api/projects/{pid}/members", json={"username": name, "role": role})
            assert r.status_code == 201, r.text
    labs = [n for n, r in roles.items() if r == "labeler"]
    return Team(harness, pid, admin, [clients[n] for n in labs], labs, clients[f"ann-{tag}"], clients[f"view-{tag}"],
                clients[f"out-{tag}"], other)
