"""No orphans, end to end (issue 9, item 6): ``llmworks serve`` in a subprocess starts its
managed Triton server through a generation on the triton backend; stopping the server with
SIGTERM, or killing it with SIGKILL, leaves no tritonserver or Python-backend stub running and
no temp folder, and a restart cleans up whatever a kill left behind."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
import pytest
from llmworks_sdk.testing import ADMIN_PASSWORD, ADMIN_USER, session_models_dir

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")]
DEMO = "base:llmworks-demo-tiny"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(home: Path, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = _port()
    llmworks = Path(sys.executable).with_name("llmworks")
    proc = subprocess.Popen([str(llmworks), "serve", "--port", str(port), "--no-worker", "--log-level", "warning"],
                            env=env, stdout=subprocess.DEVNULL, stderr=open(home / "serve.log", "wb"))
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        assert proc.poll() is None, (home / "serve.log").read_text()[-3000:]
        time.sleep(0.3)
    proc.kill()
    raise AssertionError("llmworks serve did not answer in 60 s")


def _generate_on_triton(base: str) -> None:
    token = httpx.post(f"{base}/api/auth/login", json={"username": ADMIN_USER, "password": ADMIN_PASSWORD}).json()["token"]
    r = httpx.post(f"{base}/api/inference/generate", headers={"Authorization": f"Bearer {token}"}, timeout=240,
                   json={"model": DEMO, "prompt": "The cat", "backend": "triton",
                         "params": {"temperature": 0, "max_new_tokens": 4}})
    assert r.status_code == 200 and r.json()["backend"] == "triton", r.text


def _triton_processes(root: int) -> list[psutil.Process]:
    return [p for p in psutil.Process(root).children(recursive=True)
            if "tritonserver" in " ".join(p.cmdline()) or "triton_python_backend_stub" in " ".join(p.cmdline())]


def _gone(procs: list[psutil.Process], tmp: Path, timeout: float) -> tuple[list[int], list[str]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = [p.pid for p in procs if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        left = [d.name for d in tmp.glob("llmworks-triton-*")]
        if not alive and not left:
            break
        time.sleep(0.2)
    return ([p.pid for p in procs if p.is_running() and p.status() != psutil.STATUS_ZOMBIE],
            [d.name for d in tmp.glob("llmworks-triton-*")])


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGKILL"])
def test_stopping_or_killing_the_server_leaves_no_triton_behind(tmp_path, tmp_path_factory, demo_model, onnx_cache, sig):
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = {**os.environ, "LLMWORKS_HOME": str(home), "TMPDIR": str(tmp), "LLMWORKS_ADMIN_USERNAME": ADMIN_USER,
           "LLMWORKS_ADMIN_PASSWORD": ADMIN_PASSWORD, "LLMWORKS_ONNX_CACHE": str(onnx_cache),
           "LLMWORKS_MODELS_DIR": str(session_models_dir(tmp_path_factory, demo_model)),
           "LLMWORKS_LOAD_PLUGINS": "kernel,inapp,core,models,inference,torch,onnx,triton"}
    for key in ("LLMWORKS_TRITON_URL", "LLMWORKS_DATABASE_URL"):
        env.pop(key, None)
    server, base = _serve(home, env)
    try:
        _generate_on_triton(base)
        tritons = _triton_processes(server.pid)
        names = [" ".join(p.cmdline()) for p in tritons]
        assert any("tritonserver" in n.split()[0] for n in names) and any("stub" in n for n in names), names
        assert list(tmp.glob("llmworks-triton-*")), "the managed server's temp folder should exist while it runs"
        server.send_signal(getattr(signal, sig))
        server.wait(60)
        alive, left = _gone(tritons, tmp, 30)
        assert alive == [], f"{sig}: tritonserver or its stubs outlived the server: {alive}"
        assert left == [], f"{sig}: the temp folder was left behind: {left}"
    finally:
        server.kill()
        server.wait(10)
    # a restart sweeps what a crash left: the records are gone and nothing of ours runs
    again, _base = _serve(home, env)
    try:
        records = list((home / "run" / "processes").glob("*.json"))
        assert records == [], [r.name for r in records]
    finally:
        again.send_signal(signal.SIGTERM)
        again.wait(60)
