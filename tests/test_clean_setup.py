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
import socket
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.timeout(120)
def test_serve_starts_without_alarming_lines(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LLMWORKS_")}
    env.update(LLMWORKS_HOME=str(tmp_path / "home"), LLMWORKS_DEMO_MODEL="lazy", LLMWORKS_ADMIN_USERNAME="admin",
               LLMWORKS_ADMIN_PASSWORD="admin-password-1")
    procs = Procs(tmp_path)
    try:
        procs.start(llmworks_cmd("serve", "--port", str(port), "--no-worker"), env, "serve")
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, (tmp_path / "serve.out").read_text()
            time.sleep(0.3)
    finally:
        procs.kill_all()
    out = (tmp_path / "serve.out").read_text()
    assert "alembic" not in out, out
    assert "kernels-community" not in out and "pip install kernels" not in out, out
    assert "Traceback" not in out, out
