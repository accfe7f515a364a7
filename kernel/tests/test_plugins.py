"""Plugin discovery with real distributions pip-installed during the test: a good one, one
that fails to import and one with a misspelled hook. The server keeps serving."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from llmworks_sdk.testing import KernelHarness, pip_installed

FIXTURES = Path(__file__).parent / "fixtures"
DISTS = {"good": "llmworks-testplugin-good", "broken": "llmworks-testplugin-broken", "misspelled": "llmworks-testplugin-misspelled"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    with pip_installed(*(FIXTURES / folder for folder in DISTS), target=tmp_path_factory.mktemp("build")) as build:
        yield build


def test_discovery_reports_failures_and_keeps_serving(installed, tmp_path):
    with KernelHarness(tmp_path) as h:
        c = h.login()
        plugins = {p["name"]: p for p in c.get("/api/plugins").json()}
        good = plugins["goodplugin"]
        assert good["status"] == "ok" and good["version"] == "1.2.3" and good["distribution"] == DISTS["good"]
        assert set(good["hooks"]) == {"register_routes", "register_job_handlers"}
        broken = plugins["brokenplugin"]
        assert broken["status"] == "failed" and "a_module_that_does_not_exist" in broken["error"]
        mis = plugins["misspelled"]
        assert mis["status"] == "failed" and "register_rotues" in mis["error"]
        # the kernel's own plugins are healthy and the good plugin serves
        assert plugins["kernel"]["status"] == "ok"
        assert c.get("/api/plugins/goodplugin/hello").json() == {"hello": "admin"}
        assert c.get("/api/health").json()["failed_plugins"] == ["brokenplugin", "misspelled"]
        # its job kind runs in a child process (which loads the same entry points)
        job = h.kernel.queue.enqueue("goodplugin.echo", {"x": 1}, project_id=h.default_project_id())
        assert h.wait_for_job(c, job.id)["result"] == {"echo": {"x": 1}}
        # the UI manifest lists failed plugins so the shell can show them
        failed = {f["plugin"] for f in c.get("/api/ui/manifest").json()["failed"]}
        assert {"brokenplugin", "misspelled"} <= failed


def test_a_hook_that_raises_marks_the_plugin_degraded(tmp_path):
    import types

    from llmworks_sdk import hookimpl

    mod = types.ModuleType("raiser")

    @hookimpl
    def register_metrics(register):
        raise RuntimeError("boom in a hook")

    mod.register_metrics = register_metrics
    with KernelHarness(tmp_path, plugins={"raiser": mod}) as h:
        p = {p["name"]: p for p in h.login().get("/api/plugins").json()}["raiser"]
        assert p["status"] == "degraded" and "boom in a hook" in p["failed_hooks"]["register_metrics"]
        assert h.login().get("/api/health").status_code == 200


def test_switches_and_cli(installed, tmp_path):
    env = {**os.environ, "LLMWORKS_HOME": str(tmp_path), "LLMWORKS_DISABLE_PLUGINS": "goodplugin"}
    out = subprocess.run([sys.executable, "-m", "llmworks.cli.main", "plugins", "--json"], env=env, capture_output=True, text=True, check=True)
    rows = {p["name"]: p for p in json.loads(out.stdout)}
    assert rows["goodplugin"]["status"] == "disabled" and rows["brokenplugin"]["status"] == "failed"
    env = {**os.environ, "LLMWORKS_HOME": str(tmp_path), "LLMWORKS_LOAD_PLUGINS": "goodplugin", "LLMWORKS_DISABLE_PLUGINS": "kernel"}
    out = subprocess.run([sys.executable, "-m", "llmworks.cli.main", "plugins", "--json"], env=env, capture_output=True, text=True, check=True)
    rows = {p["name"]: p for p in json.loads(out.stdout)}
    assert rows["goodplugin"]["status"] == "ok" and rows["brokenplugin"]["status"] == "disabled"
    assert rows["kernel"]["status"] == "ok"  # essential: cannot be disabled
    table = subprocess.run([sys.executable, "-m", "llmworks.cli.main", "plugins"], env={**os.environ, "LLMWORKS_HOME": str(tmp_path)},
                           capture_output=True, text=True, check=True).stdout
    assert "brokenplugin" in table and "failed" in table and "fix or uninstall" in table
