"""Shared by the SDK tests: load ``sdk_gen`` from the repository, serve a harness's app with uvicorn
on a free port of 127.0.0.1, and the toolchains of the three SDKs (tsc, mypy, Mono)."""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def import_sdk_gen() -> Any:
    """sdk_gen is a folder of the repository, not an installed distribution: load it from there."""
    if "sdk_gen" not in sys.modules:
        spec = importlib.util.spec_from_file_location("sdk_gen", ROOT / "sdk_gen" / "__init__.py",
                                                      submodule_search_locations=[str(ROOT / "sdk_gen")])
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["sdk_gen"] = module
        spec.loader.exec_module(module)
    return importlib.import_module("sdk_gen.tools")


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """``app`` (whose lifespan already ran, e.g. in a KernelHarness) served by uvicorn; yields its URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level="warning"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)
        sock.close()


def run(cmd: list[str], cwd: Path, timeout: float = 180, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def mono_tools() -> tuple[str, str]:
    """``mcs`` and ``mono`` (``make test`` installs Mono; without it the .NET SDK tests are skipped
    locally and fail in CI, where it must be there)."""
    import os

    mcs, mono = shutil.which("mcs"), shutil.which("mono")
    if not (mcs and mono):
        if os.environ.get("CI"):
            pytest.fail("Mono (mcs, mono) is missing: `make mono-deps` installs it (apt-get install mono-devel)")
        pytest.skip("Mono is not installed (`make mono-deps`)")
    return mcs, mono


def build_csharp(sdk_dir: Path, out_dir: Path) -> Path:
    """Compile a generated .NET SDK with Mono's C# compiler: the DLL and its XML documentation."""
    mcs, _ = mono_tools()
    out_dir.mkdir(parents=True, exist_ok=True)
    namespace = next(sdk_dir.glob("*.csproj")).stem
    dll = out_dir / f"{namespace}.dll"
    sources = sorted(str(p) for p in (sdk_dir / "src").glob("*.cs"))
    run([mcs, "-target:library", "-langversion:7", "-warnaserror+", "-nowarn:1591", f"-doc:{out_dir / (namespace + '.xml')}",
         f"-out:{dll}", "-r:System.Net.Http.dll", *sources], sdk_dir)
    return dll
