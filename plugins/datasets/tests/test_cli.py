"""``llmworks datasets push|list`` against a real HTTP server (uvicorn on a free port)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from llmworks_datasets.cli import app
from llmworks_sdk.testing import KernelHarness
from typer.testing import CliRunner


@pytest.fixture(scope="module")
def h(tmp_path_factory, build):
    with KernelHarness(tmp_path_factory.mktemp("llmworks"), env={"LLMWORKS_LOAD_PLUGINS": build.plugins}, worker=False,
                       database_url=build.database_url) as harness:
        yield harness


@pytest.fixture(scope="module")
def server(h):
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(h.app, lifespan="off", log_level="warning"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def env(h, server):
    token = h.login().headers["Authorization"].removeprefix("Bearer ")
    return {"LLMWORKS_URL": server, "LLMWORKS_TOKEN": token}


@pytest.fixture(scope="module")
def slug(h):
    return h.login().get("/api/projects").json()["items"][0]["slug"]


def run(env, *args):
    result = CliRunner().invoke(app, list(args), env={**env, "COLUMNS": "200"})
    return result.exit_code, " ".join(result.output.split())


def test_push_versions_and_list(tmp_path, env, slug, build):
    f = tmp_path / "qa.jsonl"
    f.write_bytes(build.jsonl(build.qa_rows(40)))
    code, out = run(env, "push", str(f), "--name", "cli-data", "--project", slug, "--validation-fraction", "0.25", "--seed", "3")
    assert code == 0, out
    assert "'cli-data' version 1" in out and "40 prompt-completion rows" in out and "train 30 / validation 10" in out
    code, out = run(env, "push", str(f), "--name", "cli-data", "--project", slug)
    assert code == 0 and "unchanged" in out and "version 1" in out
    f.write_bytes(build.jsonl(build.qa_rows(41)))
    code, out = run(env, "push", str(f), "--name", "cli-data", "--project", "1")
    assert code == 0 and "version 2" in out
    code, out = run(env, "list", "--project", slug)
    assert code == 0 and "cli-data" in out and "prompt-completion" in out


def test_push_reports_row_problems(tmp_path, env, slug):
    f = tmp_path / "bad.jsonl"
    f.write_bytes(b'{"text": "ok"}\n{oops\n')
    code, out = run(env, "push", str(f), "--name", "cli-bad", "--project", slug)
    assert code == 1 and "error 422" in out and "line 2: malformed JSON" in out


def test_push_options_override_env_and_errors_are_clear(tmp_path, env, slug, server):
    f = tmp_path / "a.txt"
    f.write_bytes(b"hello\n")
    code, out = run({**env, "LLMWORKS_TOKEN": "lwk_wrong"}, "push", str(f), "--name", "x", "--project", "1")
    assert code == 1 and "401" in out
    code, out = run({**env, "LLMWORKS_TOKEN": "lwk_wrong"}, "push", str(f), "--name", "cli-txt", "--project", slug,
                    "--token", env["LLMWORKS_TOKEN"])
    assert code == 0, out
    code, out = run(env, "push", str(f), "--name", "x", "--project", "no-such-project")
    assert code != 0 and "no project 'no-such-project'" in out
    code, out = run({**env, "LLMWORKS_URL": "http://127.0.0.1:9"}, "list")
    assert code == 1 and "cannot reach" in out


def test_commands_are_registered_in_the_llmworks_cli(tmp_path):
    exe = Path(sys.executable).with_name("llmworks")
    env = {**os.environ, "LLMWORKS_HOME": str(tmp_path), "LLMWORKS_LOAD_PLUGINS": "kernel,datasets"}
    out = subprocess.run([str(exe), "datasets", "--help"], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "push" in out.stdout and "list" in out.stdout
