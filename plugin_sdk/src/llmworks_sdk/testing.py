"""Testing helpers for plugin authors: a real kernel in a temporary folder, an in-process
HTTP client, and a way to register a plugin for the duration of a test.

    from llmworks_sdk.testing import KernelHarness

    def test_my_route(tmp_path):
        with KernelHarness(tmp_path, plugins={"myplugin": my_plugin_module}) as h:
            client = h.login()                  # admin client (cookie session)
            r = client.get("/api/plugins/myplugin/hello")
            assert r.status_code == 200

The pytest plugin in this module (enable it with ``pytest_plugins = ["llmworks_sdk.testing"]``)
provides the fixtures ``llmworks_harness`` (a running kernel with the embedded worker),
``llmworks_client`` (logged-in admin client) and ``register_plugin`` (temporary plugin).
The kernel (distribution ``llmworks``) must be installed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ADMIN_USER = "admin"
ADMIN_PASSWORD = "admin-password-for-tests"


class KernelHarness:
    """A real llmworks server (database, artifact store, worker, plugins) in ``home``."""

    def __init__(
        self,
        home: Path,
        *,
        plugins: dict[str, Any] | None = None,
        autoload: bool = True,
        database_url: str | None = None,
        worker: bool = True,
        env: dict[str, str] | None = None,
    ) -> None:
        self.home = Path(home)
        self.plugins = plugins or {}
        self.autoload = autoload
        self.database_url = database_url
        self.worker = worker
        self.env = env or {}
        self._old_env: dict[str, str | None] = {}
        self.client: Any = None
        self.kernel: Any = None
        self.app: Any = None

    def __enter__(self) -> KernelHarness:
        from fastapi.testclient import TestClient

        from llmworks.api.app import create_app
        from llmworks.kernel import Kernel
        from llmworks.settings import Settings

        env = {
            "LLMWORKS_HOME": str(self.home),
            "LLMWORKS_ADMIN_USERNAME": ADMIN_USER,
            "LLMWORKS_ADMIN_PASSWORD": ADMIN_PASSWORD,
            "LLMWORKS_HEARTBEAT_SECONDS": "0.5",
            "LLMWORKS_POLL_SECONDS": "0.2",
            **({"LLMWORKS_DATABASE_URL": self.database_url} if self.database_url else {}),
            **self.env,
        }
        for k_, v in env.items():
            self._old_env[k_] = os.environ.get(k_)
            os.environ[k_] = v
        self._old_env.setdefault("LLMWORKS_EXTRA_PLUGINS", os.environ.get("LLMWORKS_EXTRA_PLUGINS"))
        settings = Settings()
        self.kernel = Kernel.create(settings, autoload=self.autoload)
        for name, obj in self.plugins.items():
            self.kernel.register_plugin(obj, name)
        if self.plugins:
            from llmworks.db.migrate import upgrade

            upgrade(self.kernel)
        self.app = create_app(self.kernel, start_worker=self.worker)
        self.client = TestClient(self.app)
        self.client.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        try:
            if self.client is not None:
                self.client.__exit__(*exc)
        finally:
            if self.kernel is not None:
                self.kernel.close()
            for k_, v in self._old_env.items():
                if v is None:
                    os.environ.pop(k_, None)
                else:
                    os.environ[k_] = v

    # ------------------------------------------------------------------ helpers
    def new_client(self) -> Any:
        from fastapi.testclient import TestClient

        return TestClient(self.app)

    def login(self, username: str = ADMIN_USER, password: str = ADMIN_PASSWORD) -> Any:
        c = self.new_client()
        r = c.post("/api/auth/login", json={"username": username, "password": password})
        assert r.status_code == 200, r.text
        c.headers["Authorization"] = f"Bearer {r.json()['token']}"
        return c

    def create_user(self, username: str, password: str = "password-1234", *, role: str = "user") -> Any:
        admin = self.login()
        r = admin.post("/api/users", json={"username": username, "password": password, "role": role})
        assert r.status_code == 201, r.text
        return self.login(username, password)

    def default_project_id(self) -> int:
        r = self.login().get("/api/projects")
        return r.json()["items"][0]["id"]

    def wait_for_job(self, client: Any, job_id: int, *, timeout: float = 120.0, states: tuple[str, ...] = ("succeeded", "failed", "cancelled")) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            job = client.get(f"/api/jobs/{job_id}").json()
            if job["state"] in states:
                return job
            time.sleep(0.2)
        raise TimeoutError(f"job {job_id} did not reach {states} in {timeout} s: {job}")


# ---------------------------------------------------------------------- pytest plugin
try:
    import pytest
except ImportError:  # pragma: no cover
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    @pytest.fixture
    def llmworks_harness(tmp_path: Path) -> Iterator[KernelHarness]:
        with KernelHarness(tmp_path / "llmworks") as h:
            yield h

    @pytest.fixture
    def llmworks_client(llmworks_harness: KernelHarness) -> Any:
        return llmworks_harness.login()

    @pytest.fixture
    def register_plugin(llmworks_harness: KernelHarness) -> Iterator[Any]:
        names: list[str] = []

        def _register(obj: Any, name: str) -> None:
            llmworks_harness.kernel.register_plugin(obj, name)
            names.append(name)

        yield _register
        for n in names:
            llmworks_harness.kernel.unregister_plugin(n)


# ---------------------------------------------------------------------- PostgreSQL
PG_ADMIN_URL = os.environ.get("LLMWORKS_TEST_PG_ADMIN", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def create_pg_database(prefix: str = "llmworks_test") -> str:
    """Create a throwaway PostgreSQL database and return its SQLAlchemy URL."""
    import uuid

    from sqlalchemy import create_engine, text

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    eng = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    eng.dispose()
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"


def drop_pg_database(url: str) -> None:
    from sqlalchemy import create_engine, text

    name = url.rsplit("/", 1)[1]
    eng = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    eng.dispose()


if pytest is not None:

    @pytest.fixture(scope="session")
    def postgres_url() -> Iterator[str]:
        """A fresh PostgreSQL database for the test session (dropped afterwards)."""
        url = create_pg_database()
        try:
            yield url
        finally:
            drop_pg_database(url)

    @pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
    def database_url(request: Any, tmp_path: Path) -> Iterator[str]:
        """Parametrise a test over SQLite and PostgreSQL (a fresh database each)."""
        if request.param == "sqlite":
            yield f"sqlite:///{tmp_path / 'llmworks.db'}"
            return
        url = create_pg_database()
        try:
            yield url
        finally:
            drop_pg_database(url)
