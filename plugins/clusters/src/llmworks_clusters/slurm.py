"""The Slurm backend: ``sbatch --parsable`` to submit, ``scontrol show job`` to track,
``scancel`` to cancel, ``sbatch --test-only`` to refuse what the partition cannot run.

The batch script exports the server's settings (database URL, data folder, artifact store) and
runs ``llmworks run-job <id>`` (:mod:`llmworks.jobs.node` through ``python -m
llmworks.cli.main``) on the node: the same handler as a local job, against the same database and
artifact folder, so the nodes need the same installation and a shared filesystem for the data
folder (``LLMWORKS_HOME``), or an S3 artifact store and PostgreSQL. Accounting (``sacct``) is not
needed: ``scontrol`` keeps finished jobs for ``MinJobAge`` (300 s by default).
"""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from pathlib import Path

from llmworks_sdk import Invalid
from llmworks_sdk.compute import BackendUnavailable, NativeStatus, Submission
from llmworks_sdk.resources import ResourceRequest
from pydantic import BaseModel, ConfigDict, Field, field_validator

#: messages of Slurm's client commands that mean "the controller is not there"
UNREACHABLE = ("unable to contact slurm controller", "connection refused", "socket timed out", "zero bytes were transmitted",
               "communication connection failure", "slurm_load_jobs error: unable to contact", "connect failure")
#: native states (scontrol JobState) by what they mean here
RUNNING = {"RUNNING", "COMPLETING", "CONFIGURING", "SUSPENDED", "STAGE_OUT", "SIGNALING", "RESIZING"}
PENDING = {"PENDING", "REQUEUED", "REQUEUE_FED", "REQUEUE_HOLD", "RESV_DEL_HOLD", "SPECIAL_EXIT"}
CANCELLED = {"CANCELLED"}
FINISHED = {"COMPLETED"}
NAME = re.compile(r"^[A-Za-z0-9_.,:+=@%-]+$")


class SlurmOptions(BaseModel):
    """What an admin configures for a Slurm backend."""

    model_config = ConfigDict(extra="forbid")
    partition: str | None = Field(None, max_length=128, description="sbatch --partition")
    account: str | None = Field(None, max_length=128, description="sbatch --account")
    qos: str | None = Field(None, max_length=128, description="sbatch --qos")
    time_limit_minutes: int | None = Field(None, ge=1, le=60 * 24 * 60, description="sbatch --time when the job sets none")
    max_time_limit_minutes: int | None = Field(None, ge=1, le=60 * 24 * 60, description="Longest time a job may ask for")
    gpu_gres: str = Field("gpu", max_length=64, description="The GRES name of GPUs (--gres=<name>[:type]:N)")
    cpus_per_task: int | None = Field(None, ge=1, le=4096, description="--cpus-per-task when the job sets none")
    memory_gb: float | None = Field(None, gt=0, le=65536, description="--mem when the job sets none")
    one_task_per_node: bool = Field(True, description="Multi-node jobs: --nodes=N --ntasks-per-node=1 (off: --ntasks=N "
                                    "anywhere, e.g. several tasks on one test node)")
    python: str | None = Field(None, max_length=1024, description="The Python of the llmworks installation on the nodes "
                               "(default: the server's)")
    setup: str = Field("", max_length=4000, description="Shell lines run before the job (module load ..., source venv)")
    extra_args: list[str] = Field(default_factory=list, max_length=32, description="More sbatch options, e.g. --exclusive")
    slurm_conf: str | None = Field(None, max_length=1024, description="SLURM_CONF for the client commands")
    bin_dir: str | None = Field(None, max_length=1024, description="Folder of sbatch/scontrol/scancel (default: PATH)")
    master_port: int = Field(29500, ge=1024, le=64535, description="Rendezvous port of multi-node training: this + the "
                             "job id modulo 1000, on the first node")
    command_timeout_seconds: float = Field(30.0, gt=0, le=600, description="How long a Slurm command may take")

    @field_validator("partition", "account", "qos", "gpu_gres")
    @classmethod
    def _name(cls, v: str | None) -> str | None:
        if v is not None and not NAME.match(v):
            raise ValueError(f"'{v}' is not a Slurm name (letters, digits and _.,:+=@%- only)")
        return v

    @field_validator("extra_args")
    @classmethod
    def _args(cls, v: list[str]) -> list[str]:
        for a in v:
            if not re.match(r"^--[a-z][a-z0-9-]*(=[^\n]*)?$", a):
                raise ValueError(f"'{a}' is not a long sbatch option (--name or --name=value)")
            if a.split("=", 1)[0] in ("--output", "--error", "--wrap", "--parsable", "--test-only", "--export"):
                raise ValueError(f"{a.split('=', 1)[0]} is set by llmworks")
        return v


def gres(request: ResourceRequest, options: SlurmOptions) -> str | None:
    if not request.gpus:
        return None
    kind = f":{request.gpu_type.lower()}" if request.gpu_type else ""
    return f"{options.gpu_gres}{kind}:{request.gpus}"


def sbatch_options(request: ResourceRequest, options: SlurmOptions) -> list[str]:
    """The sbatch options for a request: partition, account, QoS, time, GPUs, CPUs, memory, tasks."""
    out: list[str] = []
    for flag, value in (("--partition", options.partition), ("--account", options.account), ("--qos", options.qos)):
        if value:
            out.append(f"{flag}={value}")
    minutes = request.time_limit_minutes or options.time_limit_minutes
    if minutes:
        if options.max_time_limit_minutes and minutes > options.max_time_limit_minutes:
            raise Invalid(f"time limit {minutes} min is over this backend's maximum of {options.max_time_limit_minutes} min",
                          field=("body", "resources", "time_limit_minutes"))
        out.append(f"--time={minutes}")
    if request.nodes > 1:
        out += ([f"--nodes={request.nodes}", "--ntasks-per-node=1"] if options.one_task_per_node else [])
        out.append(f"--ntasks={request.nodes}")
    g = gres(request, options)
    if g:
        out.append(f"--gres={g}")
    cpus = request.cpus or options.cpus_per_task
    if cpus:
        out.append(f"--cpus-per-task={max(1, math.ceil(cpus))}")
    mem = request.memory_gb or options.memory_gb
    if mem:
        out.append(f"--mem={max(1, math.ceil(mem * 1024))}M")
    return [*out, *options.extra_args]


def batch_script(submission: Submission, request: ResourceRequest, options: SlurmOptions) -> str:
    """The script sbatch runs: the settings, the admin's set-up lines, then ``llmworks run-job``."""
    env = dict(submission.env)
    if request.nodes > 1:
        # one port per job (base + job id mod 1000): two multi-node jobs may share a first node
        port = options.master_port + submission.job_id % 1000
        env.update(LLMWORKS_NNODES=str(request.nodes), LLMWORKS_LAUNCHER="srun", LLMWORKS_MASTER_PORT=str(port))
    exports = Submission(**{**submission.__dict__, "env": env}).exports()
    command = submission.command_for(options.python or sys.executable)
    return "\n".join([
        "#!/bin/bash",
        f"# llmworks job {submission.job_id}, attempt {submission.attempt} ({submission.kind})",
        exports,
        options.setup.strip(),
        f'exec {command} --native-id "$SLURM_JOB_ID"',
        "",
    ])


class SlurmBackend:
    name = "slurm"
    description = "A Slurm cluster: sbatch, squeue/scontrol and scancel on this server, llmworks run-job on the nodes"
    pulls = False
    options_model = SlurmOptions

    # ---------------------------------------------------------------- commands
    def _run(self, options: SlurmOptions, cmd: list[str], *, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        if options.slurm_conf:
            env["SLURM_CONF"] = options.slurm_conf
        if options.bin_dir:
            cmd = [str(Path(options.bin_dir) / cmd[0]), *cmd[1:]]
        try:
            return subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env,
                                  timeout=options.command_timeout_seconds, check=False)
        except FileNotFoundError as exc:
            raise BackendUnavailable(f"{cmd[0]} is not installed on this server (install Slurm's client commands)") from exc
        except subprocess.TimeoutExpired as exc:
            raise BackendUnavailable(f"{cmd[0]} did not answer within {options.command_timeout_seconds:g} s") from exc

    @staticmethod
    def _error(proc: subprocess.CompletedProcess[str]) -> str:
        return (proc.stderr or proc.stdout or f"exit code {proc.returncode}").strip().splitlines()[-1] if (
            proc.stderr or proc.stdout) else f"exit code {proc.returncode}"

    def _raise_unreachable(self, proc: subprocess.CompletedProcess[str], what: str) -> None:
        text = f"{proc.stderr}\n{proc.stdout}".lower()
        if any(u in text for u in UNREACHABLE):
            raise BackendUnavailable(f"Slurm is unreachable ({what}: {self._error(proc)}); the job stays queued and is "
                                     "submitted when the controller answers")

    # ---------------------------------------------------------------- the contract
    def check(self, request: ResourceRequest, options: SlurmOptions) -> None:
        """``sbatch --test-only``: Slurm says whether the partition can ever run the request."""
        opts = sbatch_options(request, options)
        proc = self._run(options, ["sbatch", "--test-only", *opts, "--wrap=true"])
        if proc.returncode == 0:
            return
        self._raise_unreachable(proc, "sbatch --test-only")
        raise Invalid(f"Slurm cannot run this request ({' '.join(opts) or 'no options'}): {self._error(proc)}",
                      field=("body", "resources"))

    def submit(self, submission: Submission, request: ResourceRequest, options: SlurmOptions) -> str:
        out = Path(submission.job_dir) / "slurm-%j.out" if submission.job_dir else Path("slurm-%j.out")
        cmd = ["sbatch", "--parsable", f"--job-name={submission.name}", f"--output={out}", "--no-requeue",
               *sbatch_options(request, options)]
        proc = self._run(options, cmd, stdin=batch_script(submission, request, options))
        if proc.returncode != 0:
            self._raise_unreachable(proc, "sbatch")
            raise Invalid(f"sbatch refused the job: {self._error(proc)}")
        native = proc.stdout.strip().split(";")[0]
        if not native.isdigit():
            raise Invalid(f"sbatch answered '{proc.stdout.strip()}' instead of a job id")
        return native

    def poll(self, native_id: str, options: SlurmOptions) -> NativeStatus:
        proc = self._run(options, ["scontrol", "show", "job", "-o", native_id])
        if proc.returncode != 0:
            self._raise_unreachable(proc, "scontrol show job")
            if "invalid job id" in f"{proc.stderr}{proc.stdout}".lower():
                return NativeStatus("unknown", reason="Slurm no longer knows this job (finished over MinJobAge ago)")
            raise BackendUnavailable(f"scontrol show job {native_id}: {self._error(proc)}")
        fields = dict(m.groups() for m in re.finditer(r"(\w+)=(\S*)", proc.stdout))
        native = fields.get("JobState", "")
        if native in RUNNING:
            state = "running"
        elif native in PENDING:
            state = "pending"
        elif native in FINISHED:
            state = "finished"
        elif native in CANCELLED:
            state = "cancelled"
        elif native:
            state = "failed"  # FAILED, TIMEOUT, NODE_FAIL, PREEMPTED, OUT_OF_MEMORY, BOOT_FAIL, DEADLINE
        else:
            state = "unknown"
        nodes = fields.get("NodeList", "")
        return NativeStatus(state, native_state=native, reason=fields.get("Reason", ""),  # type: ignore[arg-type]
                            nodes="" if nodes in ("(null)", "None") else nodes)

    def poll_many(self, native_ids: list[str], options: SlurmOptions) -> dict[str, NativeStatus]:
        """One ``squeue`` for every pending or running job; ``scontrol`` only for those it no
        longer lists (finished: their final state)."""
        if not native_ids:
            return {}
        proc = self._run(options, ["squeue", "-h", "-j", ",".join(native_ids), "-o", "%i|%T|%r|%N"])
        if proc.returncode != 0:
            self._raise_unreachable(proc, "squeue")
        out: dict[str, NativeStatus] = {}
        for line in proc.stdout.splitlines() if proc.returncode == 0 else []:
            parts = line.strip().split("|")
            if len(parts) == 4 and parts[0] in native_ids:
                native = parts[1]
                state = "running" if native in RUNNING else "pending" if native in PENDING else "failed"
                out[parts[0]] = NativeStatus(state, native_state=native, reason=parts[2], nodes=parts[3])  # type: ignore[arg-type]
        for native_id in native_ids:
            if native_id not in out:
                out[native_id] = self.poll(native_id, options)
        return out

    def cancel(self, native_id: str, options: SlurmOptions) -> None:
        proc = self._run(options, ["scancel", native_id])
        if proc.returncode != 0:
            self._raise_unreachable(proc, "scancel")
            if "already completing or completed" not in proc.stderr.lower() and "invalid job id" not in proc.stderr.lower():
                raise Invalid(f"scancel {native_id}: {self._error(proc)}")

    def logs(self, native_id: str, options: SlurmOptions, *, tail: int = 20000) -> str:
        """The end of the job's Slurm output file (``StdOut`` of ``scontrol show job``)."""
        proc = self._run(options, ["scontrol", "show", "job", "-o", native_id])
        m = re.search(r"StdOut=(\S+)", proc.stdout or "")
        if proc.returncode != 0 or m is None:
            return ""
        path = Path(m.group(1))
        if not path.is_file():
            return ""
        with open(path, "rb") as fh:
            fh.seek(max(0, path.stat().st_size - tail))
            return fh.read().decode("utf-8", "replace")
