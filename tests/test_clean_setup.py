"""Issue 11, item 5: set-up leaves the clone clean and start-up is quiet.

- ``frontend/package-lock.json`` is one ``npm ci`` accepts: in sync with ``package.json`` and
  listing every platform's optional native packages (npm refuses a lock that lacks the entries
  of another platform's optional dependencies, npm/cli#4828), so ``make serve`` never falls back
  to ``npm install`` and never rewrites it. (``.ci/run`` also fails when ``make test`` leaves
  the tree dirty.)
- ``llmworks serve`` prints no alembic INFO lines and no bitsandbytes ``kernels`` warning.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
FRONTEND = ROOT / "frontend"

sys.path.insert(0, str(ROOT / "kernel" / "tests"))  # the kernel's subprocess helpers
from test_jobs_support import Procs, llmworks_cmd  # noqa: E402


def test_lock_file_is_in_sync_and_lists_every_platforms_optional_packages():
    package = json.loads((FRONTEND / "package.json").read_text())
    lock = json.loads((FRONTEND / "package-lock.json").read_text())
    assert lock["lockfileVersion"] >= 3
    root = lock["packages"][""]
    for field in ("dependencies", "devDependencies", "optionalDependencies"):
        assert root.get(field, {}) == package.get(field, {}), f"package-lock.json's {field} differ from package.json"
    entries = lock["packages"]
    missing = []
    for path, entry in entries.items():
        for name in entry.get("optionalDependencies", {}):
            # resolved like node does: the package's own node_modules, then each folder above it
            parts = path.split("/node_modules/") if path else [""]
            candidates = ["/node_modules/".join(parts[: i + 1]) + f"/node_modules/{name}" for i in range(len(parts))]
            candidates = [c.lstrip("/") for c in candidates] + [f"node_modules/{name}"]
            if not any(c in entries for c in candidates):
                missing.append(f"{path or '(root)'} → {name}")
    assert not missing, f"optional packages without a lock entry (npm ci refuses the lock): {missing[:10]}"


def test_ensure_deps_never_rewrites_the_lock_file():
    lib = (FRONTEND / "scripts" / "lib.sh").read_text()
    body = lib[lib.index("ensure_deps()"):lib.index("up_to_date()")]
    assert "npm ci" in body and "2>/dev/null" not in body  # npm's reason is shown, not swallowed
    # the fallback restores the committed lock file
    assert body.index("npm install") < body.rindex('cp "$log.lock" package-lock.json')


def _run_ensure_deps(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess:
    """``ensure_deps`` from lib.sh in a scratch folder, with an ``npm`` whose ``ci`` refuses the
    lock and whose ``install`` records that it ran."""
    lib = (FRONTEND / "scripts" / "lib.sh").read_text()
    func = lib[lib.index("ensure_deps()"):lib.index("# True when the stamp file exists")]
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    npm = bin_ / "npm"
    npm.write_text('#!/bin/sh\nif [ "$1" = ci ]; then echo "npm ERR! lock out of sync" >&2; exit 1; fi\n'
                   'echo "$@" >> installed; mkdir -p node_modules; exit 0\n')
    npm.chmod(0o755)
    work = tmp_path / "frontend"
    work.mkdir()
    (work / "package-lock.json").write_text("{}")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PATH"] = f"{bin_}:{env['PATH']}"
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(["bash", "-c", func + "\nensure_deps"], cwd=work, env=env, capture_output=True, text=True, timeout=60)


def test_ci_fails_when_npm_ci_refuses_the_lock(tmp_path):
    """Regression: the npm install fallback hid a lock file that npm ci refuses, in CI too."""
    r = _run_ensure_deps(tmp_path, "true")
    assert r.returncode != 0, r.stderr
    assert "npm ci refused" in r.stderr and "CI does not fall back" in r.stderr, r.stderr
    assert "lock out of sync" in r.stderr  # npm's own reason is shown
    assert not (tmp_path / "frontend" / "installed").exists(), "CI must not fall back to npm install"


def test_local_setup_still_falls_back_to_npm_install(tmp_path):
    r = _run_ensure_deps(tmp_path, None)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "frontend" / "installed").read_text().startswith("install")
    assert (tmp_path / "frontend" / "package-lock.json").read_text() == "{}"  # put back as committed


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


#: lines a user should never see on a healthy start: tracebacks, errors, warnings (logged or
#: Python's ``warnings``), alembic's migration chatter, the bitsandbytes ``kernels`` hint
ALARMING = re.compile(r"Traceback|\bERROR\b|\bWARNING\b|\w+Warning\b|alembic|kernels-community|pip install kernels",
                      re.IGNORECASE)


@pytest.mark.slow
@pytest.mark.timeout(420)
def test_serve_starts_without_alarming_lines(tmp_path):
    """As ``make serve`` runs it: the embedded worker on and the demo model built at start-up
    (``LLMWORKS_DEMO_MODEL`` unset). Regression: the test ran ``--no-worker`` with the demo
    build deferred, so neither's start-up output was ever checked."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LLMWORKS_")}
    env.update(LLMWORKS_HOME=str(tmp_path / "home"), LLMWORKS_ADMIN_USERNAME="admin", LLMWORKS_ADMIN_PASSWORD="admin-password-1")
    procs = Procs(tmp_path)
    base = f"http://127.0.0.1:{port}"
    try:
        procs.start(llmworks_cmd("serve", "--port", str(port)), env, "serve")
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, (tmp_path / "serve.out").read_text()
            time.sleep(0.3)
        with httpx.Client(base_url=base, timeout=30) as c:
            c.post("/api/auth/login", json={"username": "admin", "password": "admin-password-1"}).raise_for_status()
            deadline = time.monotonic() + 300  # copied from the cache in seconds; pre-trained in about a minute
            while True:
                demo = [m for m in c.get("/api/models/available").json()["items"] if m["source"] == "demo"]
                if demo and demo[0]["ready"]:
                    break
                assert time.monotonic() < deadline, (demo, (tmp_path / "serve.out").read_text())
                time.sleep(1)
            assert not demo[0].get("error"), demo
        time.sleep(2)  # the worker's own start-up lines
    finally:
        procs.kill_all()
    out = (tmp_path / "serve.out").read_text()
    alarming = [line for line in out.splitlines() if ALARMING.search(line)]
    assert not alarming, out
    assert "worker embedded started" in out, out  # the embedded worker ran (as under make serve)
