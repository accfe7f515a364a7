"""Compute backends: where a job runs (``register_compute_backends``).

A job is a row in the kernel's queue. Its **backend** decides which machine runs its handler:

- a *pull* backend (``pulls = True``) lets the kernel's own workers claim the job: ``local``
  (the embedded worker of ``llmworks serve`` and standalone ``llmworks worker`` processes) and
  ``celery`` (Celery workers woken by a broker message) are the built-in ones;
- a *push* backend (``pulls = False``) hands the job to a scheduler the users already run
  (Slurm, Kubernetes): :meth:`ComputeBackend.submit` gets a :class:`Submission` whose
  ``command`` runs ``llmworks run-job <id>`` on the node. That command claims the job and runs
  the SAME handler as a local worker (child process, heart-beats, cancellation, logs, metrics,
  progress, events, checkpoints) against the same database and artifact store, so the job's
  pages, cancel, resume and retry work unchanged.

A backend::

    class MyScheduler:
        name = "myscheduler"
        description = "Jobs on MyScheduler"
        pulls = False
        options_model = MyOptions            # pydantic: what an admin configures (queue, image, ...)

        def check(self, request: ResourceRequest, options: MyOptions) -> None:
            ...                              # raise Invalid when the request cannot be satisfied
        def submit(self, submission: Submission, request: ResourceRequest, options: MyOptions) -> str:
            return native_id                 # raise BackendUnavailable when the scheduler is down
        def poll(self, native_id: str, options: MyOptions) -> NativeStatus: ...
        def cancel(self, native_id: str, options: MyOptions) -> None: ...
        def logs(self, native_id: str, options: MyOptions, *, tail: int = 20000) -> str: ...
        # optional: one query for many jobs (Slurm: one squeue), used by the submitter when present
        def poll_many(self, native_ids: list[str], options: MyOptions) -> dict[str, NativeStatus]: ...

Admins configure named instances of a backend (``POST /api/plugins/clusters/backends``:
``{"name": "gpu-partition", "backend": "slurm", "options": {"partition": "gpu"}}``); each
project picks one as its default and each job may override it (``resources.backend``). The
choice is made by the :class:`ComputeRouting` service when the job is queued: a backend that is
not configured, options that do not validate and a request the scheduler says it cannot satisfy
are refused there (4xx), before anything is submitted.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel
from sqlalchemy.orm import Session

from llmworks_sdk.resources import ResourceRequest

#: where a native job stands
NativeState = Literal["pending", "running", "finished", "failed", "cancelled", "unknown"]
#: native states after which the scheduler will not run the job again
NATIVE_DONE = frozenset({"finished", "failed", "cancelled", "unknown"})


#: placeholder for the Python interpreter in :attr:`Submission.command`
PYTHON = "{python}"


class BackendUnavailable(Exception):
    """The scheduler cannot be reached (controller down, API refusing): the job stays queued
    and is submitted once it answers. The message says what failed."""


@dataclass
class NativeStatus:
    """What the scheduler says about one of its jobs: ``state``, its own word for it
    (``PENDING``, ``NODE_FAIL``...), why (``Priority``, ``Resources``...) and where it runs."""

    state: NativeState
    native_state: str = ""
    reason: str = ""
    nodes: str = ""

    def describe(self) -> str:
        parts = [self.native_state or self.state]
        if self.reason and self.reason not in ("None", "(null)"):
            parts.append(f"({self.reason})")
        if self.nodes:
            parts.append(f"on {self.nodes}")
        return " ".join(parts)


@dataclass
class Submission:
    """One attempt of a job handed to a push backend.

    ``command`` is what the node runs (``{python} -m llmworks.cli.main run-job <id> --backend
    <name>``; the backend replaces :data:`PYTHON` by the nodes' interpreter and appends
    ``--native-id <its id>``), ``env`` the settings it
    needs (database URL, data folder, artifact store), ``job_dir`` the job's folder (logs;
    on a shared filesystem), ``name`` a scheduler-friendly job name."""

    job_id: int
    attempt: int
    kind: str
    project_id: int | None
    name: str
    command: list[str]
    env: dict[str, str] = field(default_factory=dict)
    job_dir: str = ""

    def command_for(self, python: str) -> str:
        """``command`` quoted for a shell script, with :data:`PYTHON` replaced by ``python``
        (the interpreter of the llmworks installation on the node)."""
        return " ".join(shlex.quote(python if c == PYTHON else c) for c in self.command)

    def exports(self) -> str:
        """``export K=V`` lines for ``env`` (sorted, quoted)."""
        return "\n".join(f"export {k}={shlex.quote(v)}" for k, v in sorted(self.env.items()))


@runtime_checkable
class ComputeBackend(Protocol):
    """A place where jobs run; see the module docstring."""

    name: str
    description: str
    pulls: bool
    options_model: type[BaseModel]

    def check(self, request: ResourceRequest, options: Any) -> None:
        """Raise ``Invalid`` when ``request`` cannot run with ``options`` (asked before the job
        is queued); ``BackendUnavailable`` when the scheduler cannot tell now (the job is
        queued anyway)."""
        ...

    def submit(self, submission: Submission, request: ResourceRequest, options: Any) -> str:
        """Hand one attempt to the scheduler; return its native id (Slurm job id, pod name)."""
        ...

    def poll(self, native_id: str, options: Any) -> NativeStatus: ...

    def cancel(self, native_id: str, options: Any) -> None: ...

    def logs(self, native_id: str, options: Any, *, tail: int = 20000) -> str: ...


class ComputeRouting(Protocol):
    """The service (``register_services``) that picks the backend of a new job; the kernel asks
    it in ``enqueue``. Provided by the ``llmworks-clusters`` plugin."""

    def choose(self, session: Session, *, project_id: int | None, kind: str,
               resources: Mapping[str, Any]) -> str | None:
        """The configured backend name for a new job: ``resources["backend"]`` when given, else
        the project's default, else None (the installation's own workers). Raises ``Invalid``
        (422) for a backend that is not configured or a request it cannot satisfy."""
        ...


#: settings a process started by a push backend needs (LLMWORKS_* of the server)
def node_env(settings_env: Mapping[str, str | None]) -> dict[str, str]:
    """The non-empty settings of ``settings_env`` (``Kernel.settings_env()``) plus the plugin
    switches, for a job's process on another machine."""
    out = {k: str(v) for k, v in settings_env.items() if v}
    for k in ("LLMWORKS_TORCH_THREADS", "LLMWORKS_HEARTBEAT_SECONDS", "LLMWORKS_HEARTBEAT_TIMEOUT_SECONDS"):
        if os.environ.get(k):
            out[k] = os.environ[k]
    return out


# ---------------------------------------------------------------------- multi-node training
#: set by a push backend in the job's environment when it asked for several nodes/tasks
NNODES_ENV = "LLMWORKS_NNODES"
LAUNCHER_ENV = "LLMWORKS_LAUNCHER"  # "srun" (Slurm) or "env" (Kubernetes: PET_* variables)
MASTER_PORT_ENV = "LLMWORKS_MASTER_PORT"


def nodes() -> int:
    """How many nodes (Slurm tasks, Kubernetes pods) this job's allocation spans (1 outside one)."""
    try:
        return max(1, int(os.environ.get(NNODES_ENV) or 1))
    except ValueError:
        return 1


def torchrun_command(python: str, nproc_per_node: int, module_args: list[str], *, port: int | None = None) -> list[str]:
    """The command that starts ``torch.distributed.run`` for one training job.

    On one node: ``torchrun --standalone --nproc_per_node=N``. In a multi-node allocation
    (:func:`nodes` > 1) the rendezvous comes from the scheduler: under Slurm (``LLMWORKS_LAUNCHER
    =srun``) ``srun`` starts one torchrun agent per task, each with ``--node_rank`` from
    ``SLURM_PROCID`` and the first node of the allocation as master; ranks are node-major, so
    rank 0 (which reports metrics and writes checkpoints) runs on the first node."""
    n = nodes()
    run = [python, "-m", "torch.distributed.run"]
    if n <= 1:
        return [*run, "--standalone", f"--nproc_per_node={nproc_per_node}", *module_args]
    launcher = os.environ.get(LAUNCHER_ENV, "srun")
    port = port or int(os.environ.get(MASTER_PORT_ENV) or 29500)
    if launcher == "srun":
        master = os.environ.get("SLURMD_NODENAME") or "127.0.0.1"
        inner = " ".join(shlex.quote(a) for a in [*run, f"--nnodes={n}", f"--nproc_per_node={nproc_per_node}",
                                                     f"--master_addr={master}", f"--master_port={port}"])
        inner += ' --node_rank="$SLURM_PROCID" ' + " ".join(shlex.quote(a) for a in module_args)
        return ["srun", f"--ntasks={n}", "--kill-on-bad-exit=1", "--export=ALL", "bash", "-c", f"exec {inner}"]
    # Kubernetes (Kubeflow training operator): torchrun reads PET_NNODES, PET_NODE_RANK,
    # PET_MASTER_ADDR and PET_MASTER_PORT from the pod's environment
    return [*run, f"--nproc_per_node={nproc_per_node}", *module_args]


LAUNCH_FILE = "launch.json"
JOB_DIR_ENV = "LLMWORKS_JOB_DIR"
ATTEMPT_ENV = "LLMWORKS_JOB_ATTEMPT"


def publish_launch(folder: os.PathLike[str] | str, nproc_per_node: int, module_args: list[str]) -> Path | None:
    """Tell the other nodes of a multi-node job how to join (Kubernetes workers run ``llmworks
    run-job <id> --follow``, which waits for this and starts torchrun with the same arguments;
    torchrun takes its node rank and master from the pod's ``PET_*`` variables). Written to
    ``<job folder>/launch.json`` (``LLMWORKS_JOB_DIR`` of the job's process) with the attempt;
    None outside a job."""
    job_dir = os.environ.get(JOB_DIR_ENV)
    if not job_dir:
        return None
    import json

    path = Path(job_dir) / LAUNCH_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"attempt": int(os.environ.get(ATTEMPT_ENV) or 0), "nproc_per_node": nproc_per_node,
                               "args": list(module_args), "folder": str(folder)}))
    os.replace(tmp, path)
    return path


__all__ = ["ATTEMPT_ENV", "JOB_DIR_ENV", "LAUNCH_FILE", "publish_launch", "NATIVE_DONE", "PYTHON", "BackendUnavailable", "ComputeBackend", "ComputeRouting", "NativeState", "NativeStatus",
           "ResourceRequest", "Submission", "node_env", "nodes", "torchrun_command"]
