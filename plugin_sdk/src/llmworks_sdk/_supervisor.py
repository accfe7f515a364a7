"""The supervisor that :func:`llmworks_sdk.processes.spawn` puts between an owner and its child.

Run as ``python -I -S _supervisor.py SPEC_FD REPORT_FD`` (standard library only, so it starts
in milliseconds and whatever the child's environment says). It reads the child's spec (JSON)
from ``SPEC_FD``, starts the child in a process group of its own with
``PR_SET_PDEATHSIG=SIGKILL`` (this process is single-threaded, so the signal comes exactly
when the supervisor dies), writes the child's pid to ``REPORT_FD`` and then waits for one of:

* the child exits: what is left of its group is killed and the supervisor exits with the
  child's code (128 + signal when it was killed); the cleanup paths stay for the owner;
* SIGTERM (the owner's ``stop()``): SIGTERM to the child's group, SIGKILL after the grace time;
* the owner dies, however (``getppid()`` changes when it exits, even by SIGKILL): as SIGTERM.

After a stop (either way) the cleanup paths are removed.

A record of the group (``<state_dir>/<supervisor pid>.json``) lets the next start of the
platform end a group whose supervisor was killed too (see ``processes.sweep``).
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import signal
import sys
import time

PR_SET_PDEATHSIG = 1


def _pdeathsig() -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the supervisor's own watch still applies
        pass


def _start(spec: dict) -> int:
    cmd = spec["cmd"]
    env = spec.get("env")
    cwd = spec.get("cwd")
    pid = os.fork()
    if pid == 0:  # the child: own group, dies with the supervisor
        try:
            os.closerange(3, 256)  # nothing of the supervisor's (its report pipe) goes on
            os.setpgid(0, 0)
            _pdeathsig()
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            if cwd:
                os.chdir(cwd)
            if env is None:
                os.execvp(cmd[0], cmd)
            os.execvpe(cmd[0], cmd, env)
        except BaseException as exc:  # noqa: BLE001 - report and leave the fork at once
            os.write(2, f"llmworks supervisor: cannot start {cmd[0]}: {exc}\n".encode())
        finally:
            os._exit(127)
    try:
        os.setpgid(pid, pid)  # also from here: no race with the first signal
    except OSError:
        pass
    return pid


def _kill_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _reap(pid: int) -> int | None:
    try:
        done, status = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return 0
    if done == 0:
        return None
    return os.waitstatus_to_exitcode(status)


def _cleanup(paths: list[str], record: str | None) -> None:
    for p in paths:
        if os.path.isdir(p) and not os.path.islink(p):
            shutil.rmtree(p, ignore_errors=True)
        else:
            try:
                os.unlink(p)
            except OSError:
                pass
    if record:
        try:
            os.unlink(record)
        except OSError:
            pass


def main() -> int:
    spec_fd, report_fd = int(sys.argv[1]), int(sys.argv[2])
    os.set_inheritable(report_fd, False)  # the child must not hold the owner's answer open
    with os.fdopen(spec_fd, "rb") as f:
        spec = json.loads(f.read())
    owner = int(spec.get("owner") or os.getppid())
    grace = float(spec.get("grace_s", 5.0))
    poll = float(spec.get("poll_s", 0.2))
    cleanup = list(spec.get("cleanup") or [])
    stop = {"requested": False}

    def on_term(*_: object) -> None:
        stop["requested"] = True

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a terminal's Ctrl-C is the owner's to handle
    signal.signal(signal.SIGHUP, signal.SIG_IGN)

    pid = _start(spec)
    record = None
    if spec.get("state_dir"):
        record = os.path.join(spec["state_dir"], f"{os.getpid()}.json")
        tmp = record + ".tmp"
        try:
            os.makedirs(spec["state_dir"], exist_ok=True)
            f = open(tmp, "w")
        except OSError:  # the record folder is gone (its data folder was removed): keep no record
            record = None
    if record is not None:
        with f:
            json.dump({"supervisor": os.getpid(), "supervisor_start": _start_time(os.getpid()), "pgid": pid,
                       "child_start": _start_time(pid), "owner": owner, "host": os.uname().nodename,
                       "name": spec.get("name", ""), "cmd": spec["cmd"][:3], "cleanup": cleanup}, f)
        os.replace(tmp, record)
    os.write(report_fd, str(pid).encode())
    os.close(report_fd)

    code: int | None = None
    term_at: float | None = None
    while True:
        code = _reap(pid)
        if code is not None:
            break
        if not stop["requested"] and os.getppid() != owner:
            stop["requested"] = True  # the owner is gone, however it ended
        if stop["requested"]:
            if term_at is None:
                term_at = time.monotonic()
                _kill_group(pid, signal.SIGTERM)
            elif time.monotonic() - term_at > grace:
                _kill_group(pid, signal.SIGKILL)
        time.sleep(poll)
    _kill_group(pid, signal.SIGKILL)  # whatever the child left in its group (e.g. worker stubs)
    # stopped, or its owner is gone: remove its folders; a child that ended by itself leaves
    # them to its living owner (a log to read)
    _cleanup(cleanup if stop["requested"] else [], record)
    return code if code >= 0 else 128 - code


def _start_time(pid: int) -> str | None:
    """Field 22 of /proc/<pid>/stat: tells a live process from a later one with the same pid."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


if __name__ == "__main__":
    sys.exit(main())
