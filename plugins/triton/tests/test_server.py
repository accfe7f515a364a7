"""The bundled tritonserver: locating it, its environment, start, readiness and stop."""

from __future__ import annotations

import importlib.util
import os
import sysconfig
import urllib.request

import pytest
from llmworks_sdk.errors import Unavailable
from llmworks_sdk.processes import group_members
from llmworks_triton.server import TritonServer, find_tritonserver, server_env


def test_the_binary_is_found_inside_pytriton():
    dist = find_tritonserver()
    assert dist.binary.name == "tritonserver" and os.access(dist.binary, os.X_OK)
    assert (dist.python_backend / "libtriton_python.so").is_file() and dist.stub.is_file()


def test_a_missing_binary_says_what_to_install(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pytriton" else real(name, *a))
    with pytest.raises(Unavailable, match=r"nvidia-pytriton==0\.7\.0"):
        find_tritonserver()


def test_environment_fixes_libpython_and_imports():
    env = server_env(find_tritonserver())
    assert env["LD_LIBRARY_PATH"].split(os.pathsep)[0] == sysconfig.get_config_var("LIBDIR")
    assert sysconfig.get_paths()["purelib"] in env["PYTHONPATH"].split(os.pathsep)


def test_the_session_server_is_ready_on_loopback(server):
    assert server.running() and server.ready()
    assert server.http_url.startswith("http://127.0.0.1:") and server.grpc_url.startswith("grpc://127.0.0.1:")
    with urllib.request.urlopen(f"{server.http_url}/v2/models/model-version_1/ready", timeout=5) as response:
        assert response.status == 200


def test_a_server_that_cannot_start_reports_its_log(tmp_path):
    broken = tmp_path / "repo" / "broken"
    (broken / "1").mkdir(parents=True)
    (broken / "config.pbtxt").write_text('name: "broken"\nbackend: "python"\n')
    (broken / "1" / "model.py").write_text(
        "class TritonPythonModel:\n    def initialize(self, args):\n        raise RuntimeError('no weights here')\n"
    )
    server = TritonServer(tmp_path / "repo", models=["broken"], exit_timeout_s=1)
    with pytest.raises(Unavailable, match="tritonserver exited") as info:
        server.start(timeout_s=60)
    assert "no weights here" in info.value.detail
    assert not server.running()


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGTERM"])
def test_the_server_and_its_stubs_stop_when_their_owner_is_killed(tmp_path, sig):
    """Regression: a server process stopped with SIGTERM (or killed) left tritonserver and its
    Python-backend stubs running, re-parented to init, with their temp folder."""
    import signal
    import subprocess
    import sys
    import textwrap
    import time

    model = tmp_path / "repo" / "echo"
    (model / "1").mkdir(parents=True)
    (model / "config.pbtxt").write_text(
        'name: "echo"\nbackend: "python"\nmax_batch_size: 0\n'
        'input [{ name: "x", data_type: TYPE_FP32, dims: [1] }]\noutput [{ name: "y", data_type: TYPE_FP32, dims: [1] }]\n'
    )
    (model / "1" / "model.py").write_text(
        "class TritonPythonModel:\n    def initialize(self, args):\n        pass\n"
        "    def execute(self, requests):\n        return []\n"
    )
    owner_code = textwrap.dedent(f"""
        import time
        from llmworks_triton.server import TritonServer
        server = TritonServer({str(tmp_path / "repo")!r}, models=["echo"], exit_timeout_s=1).start(120)
        print(server.process.pid, server._work, flush=True)
        time.sleep(300)
    """)
    owner = subprocess.Popen([sys.executable, "-c", owner_code], stdout=subprocess.PIPE, text=True)
    try:
        line = owner.stdout.readline().split()
        assert line, "the owner could not start tritonserver"
        pid, work = int(line[0]), line[1]
        assert len(group_members(pid)) >= 2, "tritonserver and its model's stub should both run"
        owner.send_signal(getattr(signal, sig))
        owner.wait(30)
        deadline = time.monotonic() + 20
        while group_members(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert group_members(pid) == [], "tritonserver or its stubs outlived their owner"
        while os.path.exists(work) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not os.path.exists(work), "the server's temp folder was left behind"
    finally:
        owner.kill()
