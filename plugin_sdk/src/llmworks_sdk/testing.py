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

import importlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ADMIN_USER = "admin"
ADMIN_PASSWORD = "admin-password-for-tests"

# Harnesses alive now, in the order they were entered, and the environment as it was before the
# first of them. A harness's variables are layered over that base; when one exits, the environment
# is rebuilt from the base and the harnesses still alive, so a module-scoped harness that outlives a
# session-scoped one (pytest tears fixtures down in scope order, not LIFO) never leaves a stale
# value behind, e.g. the URL of a PostgreSQL database that has since been dropped.
_LIVE: list[KernelHarness] = []
_BASE_ENV: dict[str, str | None] = {}


def _rebuild_env() -> None:
    for key, base in _BASE_ENV.items():
        value = base
        for h in _LIVE:
            if key in h._env:
                value = h._env[key]
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    if not _LIVE:
        _BASE_ENV.clear()


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
        self._env: dict[str, str | None] = {}
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
            # None unsets it: a harness without a database URL gets SQLite in its home, never the
            # database of another harness that happens to be alive
            "LLMWORKS_DATABASE_URL": self.database_url,
            # the demo model is built on first use, not in the background of every test kernel
            "LLMWORKS_DEMO_MODEL": "lazy",
            **self.env,
        }
        for k_ in (*env, "LLMWORKS_EXTRA_PLUGINS"):
            _BASE_ENV.setdefault(k_, os.environ.get(k_))
        self._env = env
        _LIVE.append(self)
        _rebuild_env()
        try:
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
        except BaseException:
            self.client = None  # a client that failed to enter has nothing to close
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc: Any) -> None:
        try:
            if self.client is not None:
                self.client.__exit__(*exc)
        finally:
            if self.kernel is not None:
                self.kernel.close()
            if self in _LIVE:
                _LIVE.remove(self)
            _rebuild_env()

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


def kernel_table(name: str) -> Any:
    """The kernel's table class ``name`` (``Event``, ``Job``, ``LineageEdge``, ``Project``,
    ``AuditEntry``, ...) for assertions in tests. Plugins' own code reads kernel data through
    :mod:`llmworks_sdk.jobs`, :mod:`llmworks_sdk.events` and :mod:`llmworks_sdk.lineage`."""
    import importlib

    return getattr(importlib.import_module("llmworks.db.models"), name)


def plugin_objects(hook: str) -> list[Any]:
    """What the installed plugins register through the ``register_*`` feature ``hook``, without a
    kernel: e.g. every inference backend (:func:`llmworks_sdk.services.installed_objects`)."""
    from llmworks_sdk.services import installed_objects

    return installed_objects(hook)


def inference_backend(name: str) -> Any:
    """The installed inference backend ``name`` (e.g. ``"pytorch"``) to compare a backend with,
    without importing its plugin; ``LookupError`` when none is installed."""
    for backend in plugin_objects("register_inference_backends"):
        if getattr(backend, "name", None) == name:
            return backend
    raise LookupError(f"no inference backend '{name}' is installed")


def session_demo_model(tmp_path_factory: Any, arch: str = "gpt2") -> Path:
    """The tiny demo model (:mod:`llmworks_sdk.demo`) of ``arch``, built once per pytest session
    under its base temporary folder (needs transformers and tokenizers)."""
    from llmworks_sdk.demo import build_demo_model

    folder = Path(tmp_path_factory.getbasetemp()) / f"llmworks-demo-{arch}"
    if not (folder / "config.json").is_file():
        build_demo_model(folder, arch=arch)
    return folder


def session_onnx_cache(tmp_path_factory: Any) -> Path:
    """The ONNX export cache of the pytest session (shared by the onnx and triton tests, so
    each model is exported once per run)."""
    return Path(tmp_path_factory.getbasetemp()) / "llmworks-onnx-cache"


def extract_tar_gz(folder: Path, into: Path) -> Path:
    """Archive ``folder`` as tar.gz and unpack it under ``into`` (what a downloaded export goes through)."""
    import tarfile

    into.mkdir(parents=True, exist_ok=True)
    archive = into / f"{folder.name}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    with tarfile.open(archive) as tar:
        tar.extractall(into / "unpacked", filter="data")
    return into / "unpacked" / folder.name


def collect(stream: Any) -> tuple[list[Any], str | None]:
    """All tokens of a backend's ``stream`` and the finish reason it returned."""
    tokens = []
    while True:
        try:
            tokens.append(next(stream))
        except StopIteration as done:
            return tokens, done.value


def assert_same_generation(a: tuple[list[Any], str | None], b: tuple[list[Any], str | None], atol: float = 1e-3) -> None:
    """Two ``collect`` results agree: ids, text, finish reason, ranks and alternatives
    exactly; log-probs and entropies within ``atol``."""
    import pytest

    (ta, fa), (tb, fb) = a, b
    assert [t.token_id for t in ta] == [t.token_id for t in tb]
    assert [t.token for t in ta] == [t.token for t in tb]
    assert fa == fb
    for x, y in zip(ta, tb, strict=True):
        assert x.logprob == pytest.approx(y.logprob, abs=atol)
        assert x.entropy == pytest.approx(y.entropy, abs=atol)
        assert x.rank == y.rank
        assert [alt.token_id for alt in x.top] == [alt.token_id for alt in y.top]
        assert [alt.token for alt in x.top] == [alt.token for alt in y.top]
        assert [alt.logprob for alt in x.top] == pytest.approx([alt.logprob for alt in y.top], abs=atol)


def session_models_dir(tmp_path_factory: Any, model_dir: Path) -> Path:
    """A kernel models folder (``LLMWORKS_MODELS_DIR``) whose ``llmworks-demo-tiny`` is ``model_dir``."""
    from llmworks_sdk.demo import DEMO_MODEL_NAME

    folder = Path(tmp_path_factory.getbasetemp()) / "llmworks-models"
    link = folder / DEMO_MODEL_NAME
    if not link.exists():
        folder.mkdir(parents=True, exist_ok=True)
        link.symlink_to(Path(model_dir), target_is_directory=True)
    return folder


@contextmanager
def pip_installed(*sources: str | Path, target: str | Path) -> Iterator[Path]:
    """pip-install the distributions in the ``sources`` folders (no dependencies, no index, no
    build isolation) into ``target`` and make them importable, in this process and in the
    processes it starts (job children, CLI subprocesses: ``target`` on ``PYTHONPATH``), until
    the block ends. Nothing is written into the environment's site-packages, so Python
    processes that other tests (or other test runs) start meanwhile do not see them. Start
    :class:`KernelHarness` inside the block: its plugin discovery then finds their entry points
    as it would after ``pip install``::

        with pip_installed(Path(__file__).parent / "my-plugin", target=tmp_path / "site"):
            with KernelHarness(tmp_path / "home") as h:
                ...
    """
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    for source in sources:
        subprocess.run(
            [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", "install", "--no-deps",
             "--no-build-isolation", "--no-index", str(source), "--target", str(target)],
            check=True,
        )
    previous = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [previous, str(target)]))
    sys.path.append(str(target))
    importlib.invalidate_caches()
    try:
        yield target
    finally:
        if previous is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = previous
        sys.path.remove(str(target))
        importlib.invalidate_caches()


def parse_sse(lines: str | Iterable[str]) -> list[tuple[str, Any]]:
    """``[(event, data)]`` of a text/event-stream body (``data`` JSON-decoded when it is JSON)."""
    if isinstance(lines, str):
        lines = lines.splitlines()
    events: list[tuple[str, Any]] = []
    event, data = "message", []
    for line in [*lines, ""]:
        if not line:
            if data:
                raw = "\n".join(data)
                try:
                    value: Any = json.loads(raw)
                except ValueError:
                    value = raw
                events.append((event, value))
            event, data = "message", []
        elif line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].lstrip(" "))
    return events


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
