"""A real kernel per test module, on SQLite and on PostgreSQL, with an annotator, a viewer and
an outsider of one project. Only the plugins a module names in ``PLUGINS`` are loaded (default:
the kernel's, metrics and tracking), so other plugins neither slow these tests down nor
break them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from llmworks_sdk.testing import KernelHarness, create_pg_database, drop_pg_database

DEFAULT_PLUGINS = "kernel,inapp,metrics,tracking"


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: Any) -> Any:
    """One models folder for the session: the demo model is built once, on first use."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def harness(request: Any, tmp_path_factory: Any, models_dir: Any) -> Iterator[KernelHarness]:
    url = create_pg_database() if request.param == "postgres" else None
    env = {"LLMWORKS_LOAD_PLUGINS": getattr(request.module, "PLUGINS", DEFAULT_PLUGINS), "LLMWORKS_MODELS_DIR": str(models_dir)}
    try:
        with KernelHarness(tmp_path_factory.mktemp("tracking"), database_url=url, env=env) as h:
            yield h
    finally:
        if url:
            drop_pg_database(url)


@dataclass
class Team:
    h: KernelHarness
    project_id: int
    admin: Any
    annotator: Any
    viewer: Any
    outsider: Any


@pytest.fixture(scope="module")
def team(harness: KernelHarness) -> Team:
    admin = harness.login()
    tag = uuid.uuid4().hex[:6]
    pid = admin.post("/api/projects", json={"name": f"tracking {tag}"}).json()["id"]
    clients = {}
    for role in ("annotator", "viewer", "outsider"):
        clients[role] = harness.create_user(f"{role}-{tag}")
        if role != "outsider":
            r = admin.post(f"/api/projects/{pid}/members", json={"username": f"{role}-{tag}", "role": role})
            assert r.status_code == 201, r.text
    return Team(harness, pid, admin, clients["annotator"], clients["viewer"], clients["outsider"])
