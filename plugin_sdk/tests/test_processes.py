"""llmworks_sdk.processes: a spawned child (and what it starts) never outlives its owner."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from llmworks_sdk import processes

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="process groups and /proc: Linux")

# a child that starts a grandchild (as tritonserver starts its Python-backend stubs) and
# writes both pids, then waits
CHILD = textwrap.dedent("""
    import os, subprocess, sys, time
    g = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write(f"{os.getpid()} {g.pid}")
    os.replace(sys.argv[1] + ".tmp", sys.argv[1])
    time.sleep(120)
""")


def _wait_for(cond, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.05)
    return cond()


def _pids(path: Path) -> tuple[int, int]:
    assert _wait_for(path.exists), "the child did not start"
    child, grandchild = (int(x) for x in path.read_text().split())
    return child, grandchild


def test_stop_ends_the_whole_group_and_removes_cleanup_paths(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    pids = tmp_path / "pids"
    proc = processes.spawn([sys.executable, "-c", CHILD, str(pids)], cleanup=[work], grace_s=2, name="child")
    child, grandchild = _pids(pids)
    assert proc.pid == child and proc.running()
    proc.stop()
    assert _wait_for(lambda: not processes.is_alive(child) and not processes.is_alive(grandchild), 5)
    assert not work.exists()
    assert proc.poll() is not None


def test_child_exit_code_is_reported(tmp_path):
    proc = processes.spawn([sys.executable, "-c", "import sys; sys.exit(3)"])
    assert proc.wait(10) == 3
    proc = processes.spawn(["/nonexistent/binary"])
    assert proc.wait(10) == 127


def test_owner_killed_with_sigkill_takes_its_children_along(tmp_path):
    """Before llmworks_sdk.processes, a managed tritonserver started with start_new_session
    stayed running (re-parented to init) when the server was killed."""
    work = tmp_path / "work"
    work.mkdir()
    pids = tmp_path / "pids"
    state = tmp_path / "state"
    owner_code = textwrap.dedent(f"""
        import sys, time
        from llmworks_sdk import processes
        processes.configure({str(state)!r})
        processes.spawn([sys.executable, "-c", {CHILD!r}, {str(pids)!r}], cleanup=[{str(work)!r}], grace_s=2)
        print("ready", flush=True)
        time.sleep(120)
    """)
    owner = subprocess.Popen([sys.executable, "-c", owner_code], stdout=subprocess.PIPE)
    try:
        assert owner.stdout.readline().strip() == b"ready"
        child, grandchild = _pids(pids)
        assert len(list(state.glob("*.json"))) == 1
        owner.send_signal(signal.SIGKILL)
        owner.wait()
        assert _wait_for(lambda: not processes.is_alive(child) and not processes.is_alive(grandchild), 10), "children outlived their owner"
        assert _wait_for(lambda: not work.exists(), 5), "the cleanup folder was left behind"
        assert _wait_for(lambda: not list(state.glob("*.json")), 5)
    finally:
        owner.kill()
        for p in (pids,):
            if p.exists():
                for pid in map(int, p.read_text().split()):
                    if processes.is_alive(pid):
                        os.kill(pid, signal.SIGKILL)


def test_sweep_ends_what_a_killed_supervisor_left(tmp_path):
    """Owner and supervisor both SIGKILLed (e.g. kill -9 of the whole session): the next start
    ends the group and removes the folder from the record."""
    state = tmp_path / "state"
    processes.configure(state)
    try:
        work = tmp_path / "work"
        work.mkdir()
        pids = tmp_path / "pids"
        proc = processes.spawn([sys.executable, "-c", CHILD, str(pids)], cleanup=[work])
        child, grandchild = _pids(pids)
        records = list(state.glob("*.json"))
        assert len(records) == 1 and json.loads(records[0].read_text())["pgid"] == child
        proc.supervisor.kill()  # the child dies with it (PR_SET_PDEATHSIG); the grandchild would not
        proc.supervisor.wait()
        assert _wait_for(lambda: not processes.is_alive(child), 5)
        assert processes.is_alive(grandchild) and work.exists()
        handled = processes.sweep()
        assert [r["pgid"] for r in handled] == [child]
        assert _wait_for(lambda: not processes.is_alive(grandchild), 5)
        assert not work.exists() and not list(state.glob("*.json"))
        assert processes.sweep() == []
    finally:
        processes.configure(None)


def test_sweep_keeps_records_of_live_supervisors(tmp_path):
    state = tmp_path / "state"
    processes.configure(state)
    try:
        proc = processes.spawn([sys.executable, "-c", "import time; time.sleep(60)"])
        assert processes.sweep() == [] and len(list(state.glob("*.json"))) == 1
        assert proc.running()
        proc.stop()
        assert _wait_for(lambda: not list(state.glob("*.json")), 5)
    finally:
        processes.configure(None)
