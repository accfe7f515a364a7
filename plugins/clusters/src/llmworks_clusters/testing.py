"""A real single-node Slurm for tests: Debian's ``slurm-wlm`` and ``munge``, installed when
missing (root, apt-get), started in a temporary folder, stopped afterwards.

    with LocalSlurm(tmp_path) as slurm:
        subprocess.run(["sbatch", "--wrap", "true"], env=slurm.env)

``slurm.conf`` has one node (this host, ``CPUs=2``), one partition ``debug``, free ports,
``KillWait=5`` (a cancelled job gets SIGKILL 5 s after SIGTERM) and no accounting
(``scontrol`` keeps finished jobs for ``MinJobAge``).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

PACKAGES = ("slurm-wlm", "munge")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def install() -> str | None:
    """Install Slurm and munge with apt-get when missing; None when ready, else why not."""
    if all(shutil.which(b) for b in ("sbatch", "slurmctld", "slurmd", "munged")):
        return None
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return "slurm-wlm and munge are not installed and this is not a root Debian/Ubuntu machine"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], env=env, check=False, capture_output=True)
    proc = subprocess.run(["apt-get", "install", "-y", "-qq", *PACKAGES], env=env, check=False, capture_output=True, text=True)
    if proc.returncode != 0:
        return f"apt-get install {' '.join(PACKAGES)} failed: {proc.stderr[-500:]}"
    return None


class LocalSlurm:
    def __init__(self, folder: Path, *, cpus: int = 2, memory_mb: int = 8000) -> None:
        self.dir = Path(folder)
        self.cpus, self.memory_mb = cpus, memory_mb
        self.conf = self.dir / "slurm.conf"
        self.host = socket.gethostname()
        self.env: dict[str, str] = {}
        self._munged_pid: int | None = None

    # ---------------------------------------------------------------- set-up
    def _write_conf(self) -> None:
        for sub in ("state", "spool", "log", "run"):
            (self.dir / sub).mkdir(parents=True, exist_ok=True)
        d = self.dir
        self.conf.write_text("\n".join([
            "ClusterName=llmworks-test",
            f"SlurmctldHost={self.host}(127.0.0.1)",
            "SlurmUser=root",
            "SlurmdUser=root",
            "AuthType=auth/munge",
            "CredType=cred/munge",
            "ProctrackType=proctrack/linuxproc",
            "TaskPlugin=task/none",
            "SelectType=select/cons_tres",
            "SelectTypeParameters=CR_Core",
            "MpiDefault=none",
            "ReturnToService=2",
            "SchedulerType=sched/backfill",
            "JobCompType=jobcomp/none",
            "AccountingStorageType=accounting_storage/none",
            "KillWait=5",
            "MinJobAge=300",
            "SlurmdTimeout=60",
            "MessageTimeout=5",
            "InactiveLimit=0",
            f"SlurmctldPort={_free_port()}",
            f"SlurmdPort={_free_port()}",
            f"StateSaveLocation={d / 'state'}",
            f"SlurmdSpoolDir={d / 'spool'}",
            f"SlurmctldPidFile={d / 'run' / 'slurmctld.pid'}",
            f"SlurmdPidFile={d / 'run' / 'slurmd.pid'}",
            f"SlurmctldLogFile={d / 'log' / 'slurmctld.log'}",
            f"SlurmdLogFile={d / 'log' / 'slurmd.log'}",
            "SlurmdParameters=config_overrides",
            f"NodeName={self.host} NodeAddr=127.0.0.1 CPUs={self.cpus} RealMemory={self.memory_mb} State=UNKNOWN",
            "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
            "",
        ]))
        self.env = {**os.environ, "SLURM_CONF": str(self.conf)}

    def _start_munge(self) -> None:
        if subprocess.run(["pgrep", "-x", "munged"], capture_output=True).returncode == 0:
            return  # one per machine: another test session's (or the system's) serves us too
        Path("/run/munge").mkdir(parents=True, exist_ok=True)
        shutil.chown("/run/munge", "munge", "munge")
        subprocess.run(["runuser", "-u", "munge", "--", "munged", "--force"], check=True, capture_output=True)
        try:
            self._munged_pid = int(Path("/run/munge/munged.pid").read_text().strip())
        except (OSError, ValueError):
            self._munged_pid = None

    def start_controller(self) -> None:
        subprocess.run(["slurmctld", "-f", str(self.conf)], env=self.env, check=True, capture_output=True)
        self.wait_ready()

    def stop_controller(self) -> None:
        self._kill("slurmctld")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self.reachable():
            time.sleep(0.2)

    def reachable(self) -> bool:
        return subprocess.run(["scontrol", "ping"], env=self.env, capture_output=True, text=True).stdout.count("UP") > 0

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        last = ""
        while time.monotonic() < deadline:
            proc = subprocess.run(["sinfo", "-h", "-o", "%t"], env=self.env, capture_output=True, text=True)
            last = proc.stdout.strip() + proc.stderr.strip()
            if proc.returncode == 0 and proc.stdout.strip() in ("idle", "mix", "alloc"):
                return
            time.sleep(0.3)
        raise RuntimeError(f"Slurm did not become ready: {last}\n{self.log_tail()}")

    def log_tail(self) -> str:
        out = []
        for name in ("slurmctld.log", "slurmd.log"):
            p = self.dir / "log" / name
            if p.is_file():
                out.append(f"--- {name}\n" + p.read_text(errors="replace")[-2000:])
        return "\n".join(out)

    def _kill(self, daemon: str) -> None:
        pid_file = self.dir / "run" / f"{daemon}.pid"
        try:
            pid = int(pid_file.read_text().strip())
        except (OSError, ValueError):
            return
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def __enter__(self) -> LocalSlurm:
        why = install()
        if why:
            raise RuntimeError(why)
        self._write_conf()
        self._start_munge()
        subprocess.run(["slurmd", "-f", str(self.conf)], env=self.env, check=True, capture_output=True)
        try:
            self.start_controller()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc: Any) -> None:
        subprocess.run(["scancel", "--full", "--user=root"], env=self.env, capture_output=True)
        deadline = time.monotonic() + 15  # let slurmd end the jobs' step daemons before it goes
        while time.monotonic() < deadline:
            proc = subprocess.run(["squeue", "-h", "-o", "%i"], env=self.env, capture_output=True, text=True)
            if proc.returncode != 0 or not proc.stdout.strip():
                break
            time.sleep(0.3)
        self._kill("slurmctld")
        self._kill("slurmd")
        if self._munged_pid:  # only the munged this object started, by its pid
            try:
                os.kill(self._munged_pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    # ---------------------------------------------------------------- helpers
    def job(self, native_id: str) -> dict[str, str]:
        """``scontrol show job`` as a dict (empty when Slurm no longer knows it)."""
        import re

        proc = subprocess.run(["scontrol", "show", "job", "-o", native_id], env=self.env, capture_output=True, text=True)
        return dict(m.groups() for m in re.finditer(r"(\w+)=(\S*)", proc.stdout)) if proc.returncode == 0 else {}

    def backend_options(self, **kw: Any) -> dict[str, Any]:
        """Options for a ``slurm`` backend on this cluster."""
        return {"partition": "debug", "slurm_conf": str(self.conf), "one_task_per_node": False, **kw}


def wait(predicate: Any, timeout: float = 60.0, interval: float = 0.1) -> Any:
    """Poll ``predicate`` until it returns something true (returned), or raise TimeoutError."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError(f"not true within {timeout} s")
