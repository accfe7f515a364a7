"""Child processes that never outlive the process that started them.

Every long-lived process a plugin starts (an inference server, a model worker, a helper
daemon) must stop when its owner stops: on a clean shutdown, and also when the owner is
killed (SIGKILL, the OOM killer) and so runs no shutdown code at all. :func:`spawn` gives that:

    from llmworks_sdk.processes import spawn

    proc = spawn(["tritonserver", "--model-repository", str(repo)], stdout=log, stderr=log,
                 cleanup=[work_dir], name="triton")
    ...
    proc.stop()          # SIGTERM to the child's whole process group, SIGKILL after grace_s

How: a tiny supervisor (standard library only, see ``llmworks_sdk._supervisor``) sits between
the owner and the child. The child runs in its own process group with
``PR_SET_PDEATHSIG=SIGKILL`` bound to the single-threaded supervisor (``PR_SET_PDEATHSIG`` set
directly from a multi-threaded owner would fire when the *thread* that started the child
ends, e.g. a request thread of the server). The supervisor ends the child's group when the
owner dies or asks it to, kills what the child left in its group (e.g. Triton's Python-backend
stubs) and then removes the ``cleanup`` paths (temp folders). When the kernel has called
:func:`configure` (servers and workers do, with ``$LLMWORKS_HOME/run/processes``) each
supervisor keeps a record there, and :func:`sweep` (run at every start) ends the groups and
removes the folders of supervisors that were themselves killed, e.g. by ``kill -9 -<pgid>``.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from llmworks_sdk._supervisor import _cleanup, _start_time

__all__ = ["OwnedProcess", "configure", "group_members", "is_alive", "spawn", "state_dir", "sweep"]

_SUPERVISOR = Path(__file__).with_name("_supervisor.py")
_state_dir: Path | None = None

_File = int | IO[Any] | None


def configure(directory: Path | str | None) -> None:
    """Keep a record of every supervised group in ``directory`` (None: keep none)."""
    global _state_dir
    _state_dir = Path(directory) if directory is not None else None
    if _state_dir is not None:
        _state_dir.mkdir(parents=True, exist_ok=True)


def state_dir() -> Path | None:
    return _state_dir


class OwnedProcess:
    """A child started by :func:`spawn`. ``pid`` is the child's (and its process group's) id."""

    def __init__(self, supervisor: subprocess.Popen[bytes], pid: int, name: str, grace_s: float) -> None:
        self.supervisor = supervisor
        self.pid = pid
        self.name = name
        self.grace_s = grace_s

    @property
    def returncode(self) -> int | None:
        return self.supervisor.returncode

    def poll(self) -> int | None:
        """None while the child runs, else its exit code (128 + N when signal N ended it)."""
        return self.supervisor.poll()

    def running(self) -> bool:
        return self.poll() is None

    def wait(self, timeout: float | None = None) -> int:
        return self.supervisor.wait(timeout)

    def stop(self, timeout: float | None = None) -> int:
        """SIGTERM to the child's process group, SIGKILL after ``grace_s``; wait, clean up and
        return the exit code. Safe to call more than once."""
        if self.supervisor.poll() is None:
            try:
                self.supervisor.send_signal(signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                return self.supervisor.wait(timeout if timeout is not None else self.grace_s + 5)
            except subprocess.TimeoutExpired:
                self.kill()
        return self.supervisor.wait()

    def kill(self) -> None:
        """SIGKILL the child's group and the supervisor at once (no grace, no cleanup of paths)."""
        for target in (lambda: os.killpg(self.pid, signal.SIGKILL), lambda: self.supervisor.kill()):
            try:
                target()
            except (ProcessLookupError, PermissionError):
                pass

    def __enter__(self) -> OwnedProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def spawn(
    cmd: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | str | None = None,
    stdin: _File = subprocess.DEVNULL,
    stdout: _File = None,
    stderr: _File = None,
    cleanup: Sequence[Path | str] = (),
    grace_s: float = 5.0,
    name: str = "",
) -> OwnedProcess:
    """Start ``cmd`` so that it (and its whole process group) ends when this process ends.

    ``env``: the child's whole environment (default: this process's). ``stdin``/``stdout``/
    ``stderr`` as for :class:`subprocess.Popen` (no ``PIPE``: the supervisor would hold it).
    ``cleanup``: files or folders removed when the child is stopped (:meth:`OwnedProcess.stop`)
    or its owner dies; a child that exits by itself leaves them to its owner (e.g. a log to read).
    ``grace_s``: seconds between SIGTERM and SIGKILL when stopping. Raises ``OSError`` when
    the supervisor cannot start; a ``cmd[0]`` that cannot be executed exits with code 127.
    """
    if subprocess.PIPE in (stdin, stdout, stderr):
        raise ValueError("spawn() does not support PIPE: give a file or DEVNULL")
    spec = {
        "cmd": [str(c) for c in cmd],
        "env": dict(env) if env is not None else None,
        "cwd": str(cwd) if cwd is not None else None,
        "cleanup": [str(Path(p).absolute()) for p in cleanup],
        "grace_s": grace_s,
        "owner": os.getpid(),
        "name": name,
        "state_dir": str(_state_dir) if _state_dir is not None else None,
    }
    spec_r, spec_w = os.pipe()
    report_r, report_w = os.pipe()
    try:
        supervisor = subprocess.Popen(
            [sys.executable, "-I", "-S", str(_SUPERVISOR), str(spec_r), str(report_w)],
            stdin=stdin, stdout=stdout, stderr=stderr, pass_fds=(spec_r, report_w),
            start_new_session=True,  # a terminal's signals to our group do not reach it
        )
    except BaseException:
        for fd in (spec_r, spec_w, report_r, report_w):
            os.close(fd)
        raise
    os.close(spec_r)
    os.close(report_w)
    with os.fdopen(spec_w, "wb") as f:
        f.write(json.dumps(spec).encode())
    with os.fdopen(report_r, "rb") as f:
        answer = f.read()
    if not answer.isdigit():
        supervisor.wait(10)
        raise OSError(f"the process supervisor for {spec['cmd'][0]} did not start (exit code {supervisor.returncode})")
    return OwnedProcess(supervisor, int(answer), name or Path(spec["cmd"][0]).name, grace_s)


# ------------------------------------------------------------------------- after a crash
def _alive(pid: int, start: str | None) -> bool:
    if pid <= 0:
        return False
    now = _start_time(pid)
    if now is None:  # not Linux, or gone
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return start is None
    return start is None or now == start


def sweep(directory: Path | str | None = None) -> list[dict[str, Any]]:
    """End what supervisors killed before they could clean up left behind: for each record
    whose supervisor is gone, SIGKILL its child's group (when that child still runs) and
    remove its cleanup paths. Records of live supervisors and of other hosts are kept.
    Returns the records handled."""
    folder = Path(directory) if directory is not None else _state_dir
    if folder is None or not folder.is_dir():
        return []
    handled = []
    host = socket.gethostname()
    for path in sorted(folder.glob("*.json")):
        try:
            rec = json.loads(path.read_text())
        except (OSError, ValueError):
            path.unlink(missing_ok=True)
            continue
        if rec.get("host") not in (None, host, os.uname().nodename):
            continue
        if _alive(int(rec.get("supervisor") or 0), rec.get("supervisor_start")):
            continue
        pgid = int(rec.get("pgid") or 0)
        leader = _start_time(pgid) if pgid > 0 else None
        # the leader still runs, or is gone while its group may not be (a pgid in use is never
        # handed out as a new pid); a different process with that pid: leave it alone
        if pgid > 0 and (leader is None or leader == rec.get("child_start")):
            try:
                os.killpg(pgid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        _cleanup(list(rec.get("cleanup") or []), str(path))
        handled.append(rec)
    for tmp in folder.glob("*.json.tmp"):
        tmp.unlink(missing_ok=True)
    return handled


# ------------------------------------------------------------------------- for tests
def is_alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, exited but not yet reaped, counts as gone). Linux."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def group_members(pgid: int) -> list[int]:
    """The live processes of process group ``pgid`` (from /proc; Linux)."""
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                out.append(int(entry))
    return out
