"""A server start ends what a killed predecessor left behind (llmworks_sdk.processes records
under $LLMWORKS_HOME/run/processes): process groups and temp folders."""

from __future__ import annotations

import sys
import time

import pytest
from llmworks_sdk import processes
from llmworks_sdk.testing import KernelHarness

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="process groups and /proc: Linux")

GRANDCHILD = (
    "import subprocess, sys, time\n"
    "g = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)'])\n"
    "open(sys.argv[1], 'w').write(str(g.pid)); time.sleep(120)\n"
)


def test_server_start_sweeps_groups_and_folders_left_by_a_crash(tmp_path):
    home = tmp_path / "home"
    processes.configure(home / "run" / "processes")
    work = tmp_path / "llmworks-triton-left"
    work.mkdir()
    pid_file = tmp_path / "grandchild.pid"
    proc = processes.spawn([sys.executable, "-c", GRANDCHILD, str(pid_file)], cleanup=[work])
    deadline = time.monotonic() + 10
    while not (pid_file.exists() and pid_file.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    grandchild = int(pid_file.read_text())
    proc.supervisor.kill()  # a crash that took the supervisor too: only the record is left
    proc.supervisor.wait()
    assert processes.is_alive(grandchild) and work.exists()
    try:
        with KernelHarness(home, worker=False):
            deadline = time.monotonic() + 5
            while processes.is_alive(grandchild) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert not processes.is_alive(grandchild), "the process group left by the crash still runs"
            assert not work.exists(), "the temp folder left by the crash is still there"
            assert list((home / "run" / "processes").glob("*.json")) == []
    finally:
        if processes.is_alive(grandchild):
            import os
            import signal

            os.kill(grandchild, signal.SIGKILL)
        processes.configure(None)
