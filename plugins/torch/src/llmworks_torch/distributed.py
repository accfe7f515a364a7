"""One training job on several devices of one node: DDP or FSDP through torchrun.

The job's child process (:func:`run_distributed`) writes the run's inputs to
``<work_dir>/ddp/``, starts ``torchrun --standalone --nproc_per_node=N -m
llmworks_torch.distributed spec.json`` (on the GPUs the worker assigned:
``CUDA_VISIBLE_DEVICES`` is inherited; NCCL there, gloo on the CPU) and relays what rank 0
reports (step metrics, evaluations, checkpoints: one JSON line each in ``events.jsonl``) to
the job's tracking run and progress. Cancelling the job creates ``stop``: rank 0 sees it,
all ranks stop together after a checkpoint. Rank 0 writes the checkpoints (the usual
``checkpoints/step-N`` folders, so a resumed job continues from the newest) and the final
model; each rank takes its share of each global batch (``batch_size`` rows per process).

``distributed_strategy``: with DDP every rank holds a replica; with FSDP (PyTorch's FSDP2
``fully_shard``, which runs on gloo on the CPU too) each decoder layer's weights, gradients and
optimizer state are sharded across the ranks and gathered for each forward and backward; the
checkpoints and the final model are gathered into full tensors (all ranks take part, rank 0
writes) and so stay the same files as with DDP or one process. ``auto`` picks FSDP only when
the weights, gradients and AdamW state would not fit one device (:func:`choose_strategy`).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

EVENTS = "events.jsonl"
STOP = "stop"
RESULT = "result.json"


@dataclass
class DistInfo:
    """This process's place in the process group (``torch.distributed`` initialised)."""

    rank: int
    world: int
    local_rank: int
    device: str
    strategy: str = "ddp"

    @property
    def sharded(self) -> bool:
        return self.strategy == "fsdp"

    def wrap(self, model: Any) -> Any:
        """The module to run forward through: a DDP wrapper, or ``model`` itself sharded in place
        (FSDP2: each decoder layer a unit, the rest, tied embeddings included, the root's)."""
        if self.sharded:
            from torch.distributed.device_mesh import init_device_mesh
            from torch.distributed.fsdp import fully_shard

            mesh = init_device_mesh("cuda" if self.device.startswith("cuda") else "cpu", (self.world,))
            for layer in _decoder_layers(model):
                fully_shard(layer, mesh=mesh)
            fully_shard(model, mesh=mesh)
            return model
        from torch.nn.parallel import DistributedDataParallel as DDP

        if self.device.startswith("cuda"):
            return DDP(model, device_ids=[self.local_rank])
        return DDP(model)

    def full_model_state(self, model: Any) -> dict[str, Any]:
        """The whole (unsharded) state dict on the CPU; a collective: every rank calls it, rank 0
        gets the tensors (the others an empty dict)."""
        from torch.distributed.checkpoint.state_dict import StateDictOptions, get_model_state_dict

        return get_model_state_dict(model, options=StateDictOptions(full_state_dict=True, cpu_offload=True))

    def full_optimizer_state(self, model: Any, optimizer: Any) -> dict[str, Any]:
        """The optimizer's whole state (keyed by parameter names); a collective like
        :meth:`full_model_state`."""
        from torch.distributed.checkpoint.state_dict import StateDictOptions, get_optimizer_state_dict

        return get_optimizer_state_dict(model, optimizer, options=StateDictOptions(full_state_dict=True, cpu_offload=True))

    def load_full_optimizer_state(self, model: Any, optimizer: Any, state: dict[str, Any]) -> None:
        """Shard a saved whole optimizer state into ``optimizer`` (every rank read the file)."""
        from torch.distributed.checkpoint.state_dict import StateDictOptions, set_optimizer_state_dict

        set_optimizer_state_dict(model, optimizer, optim_state_dict=state, options=StateDictOptions(full_state_dict=True))

    def all_sum(self, value: float) -> float:
        t = torch.tensor([value], dtype=torch.float64, device=self.device if self.device.startswith("cuda") else "cpu")
        torch.distributed.all_reduce(t)
        return float(t.item())

    def barrier(self) -> None:
        torch.distributed.barrier()


def _decoder_layers(model: Any) -> list[Any]:
    """The repeated blocks of a transformers causal LM (the FSDP units)."""
    layers = getattr(model, "_no_split_modules", None) or []
    return [m for m in model.modules() if type(m).__name__ in layers]


#: bytes per trainable parameter besides its weight: its gradient and AdamW's two moments (fp32)
_TRAIN_STATE_BYTES = 4 + 8


def choose_strategy(config: Any, model: Any, device: str, world: int) -> str:
    """``config.distributed_strategy``, with ``auto`` resolved: FSDP for full fine-tuning when
    weights + gradients + optimizer state would not fit in 90 % of one device's memory (on the
    CPU: each process's share of the host memory), else DDP."""
    if config.distributed_strategy != "auto":
        return str(config.distributed_strategy)
    if config.method != "full" or world < 2:
        return "ddp"
    need = sum(p.numel() * (p.element_size() + _TRAIN_STATE_BYTES) for p in model.parameters())
    if device.startswith("cuda"):
        capacity = torch.cuda.get_device_properties(torch.cuda.current_device()).total_memory
    else:
        import psutil

        capacity = psutil.virtual_memory().total // world
    return "fsdp" if need > 0.9 * capacity else "ddp"


class FileCallbacks:
    """Rank 0's callbacks: one JSON line per event for the job's process to relay."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.fh = open(folder / EVENTS, "a", encoding="utf-8")  # noqa: SIM115 - closed in close()

    def _emit(self, **event: Any) -> None:
        self.fh.write(json.dumps(event) + "\n")
        self.fh.flush()

    def on_step(self, step: int, total_steps: int, metrics: dict[str, float]) -> None:
        self._emit(type="step", step=step, total=total_steps, metrics=metrics)

    def on_eval(self, step: int, metrics: dict[str, float]) -> None:
        self._emit(type="eval", step=step, metrics=metrics)

    def before_checkpoint(self, step: int) -> None:
        self._emit(type="before_checkpoint", step=step)

    def on_checkpoint(self, step: int, path: Path) -> None:
        self._emit(type="checkpoint", step=step, path=str(path))

    def should_stop(self) -> bool:
        return (self.folder / STOP).exists()

    def close(self) -> None:
        self.fh.close()


def _read_rows(path: str | None) -> list[dict[str, Any]] | None:
    if path is None:
        return None
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _exit_with_parent() -> None:
    """torchrun starts each rank in a session of its own: when torchrun dies (the job was
    killed), nothing else ends the ranks, so each one ends itself. On Linux the kernel sends
    SIGKILL the moment torchrun dies (PR_SET_PDEATHSIG), so a rank cannot go on writing
    checkpoints after its job was killed; elsewhere a watcher thread polls the parent."""
    import threading

    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.05)
        os._exit(70)

    threading.Thread(target=watch, name="llmworks-ddp-parent-watch", daemon=True).start()


def rank_main(spec_path: str) -> int:
    """Entry point of each torchrun process."""
    _exit_with_parent()
    from llmworks_torch.training import TrainingCallbacks, run_training
    from llmworks_torch.training_config import TrainingConfig, resolve_device

    spec = json.loads(Path(spec_path).read_text())
    folder = Path(spec_path).parent
    config = TrainingConfig.model_validate(spec["config"])
    rank, world, local = int(os.environ["RANK"]), int(os.environ["WORLD_SIZE"]), int(os.environ.get("LOCAL_RANK", 0))
    device = resolve_device(config.device)
    if device == "cuda":
        torch.cuda.set_device(local)
    torch.distributed.init_process_group("nccl" if device == "cuda" else "gloo")
    info = DistInfo(rank, world, local, f"cuda:{local}" if device == "cuda" else "cpu")
    callbacks: Any = FileCallbacks(folder) if rank == 0 else TrainingCallbacks()
    try:
        result = run_training(config, spec["model_folder"], _read_rows(spec["train_rows"]) or [], _read_rows(spec["val_rows"]),
                              spec["out_dir"], callbacks, resume=spec["resume"], dist=info)
        if rank == 0:
            tmp = folder / (RESULT + ".tmp")
            tmp.write_text(result.model_dump_json())
            os.replace(tmp, folder / RESULT)
    finally:
        if rank == 0:
            callbacks.close()
        torch.distributed.destroy_process_group()
    return 0


def processes_for(config: Any) -> int:
    """How many processes a job trains with: ``config.processes``, else one per GPU the worker
    assigned when there are several (``LLMWORKS_JOB_DEVICES``) and the job may use CUDA."""
    if config.processes > 1:
        return int(config.processes)
    devices = [d for d in (os.environ.get("LLMWORKS_JOB_DEVICES") or "").split(",") if d]
    if len(devices) > 1 and config.device in ("auto", "cuda") and torch.cuda.is_available():
        return len(devices)
    return 1


def _write_rows(path: Path, rows: Any) -> str:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    return str(path)


def run_distributed(config: Any, model_folder: str | Path, train_rows: Any, val_rows: Any, out_dir: str | Path,
                    callbacks: Any, *, resume: bool, processes: int, log: Any = None, poll: float = 0.2) -> Any:
    """Run :func:`llmworks_torch.training.run_training` in ``processes`` DDP processes under
    torchrun; relay rank 0's events to ``callbacks``; return rank 0's ``TrainingResult``."""
    from llmworks_sdk import compute
    from llmworks_sdk import processes as procs

    from llmworks_torch.training import TrainingResult

    out = Path(out_dir)
    folder = out / "ddp"
    folder.mkdir(parents=True, exist_ok=True)
    for name in (EVENTS, STOP, RESULT):
        (folder / name).unlink(missing_ok=True)
    spec = {"config": config.model_dump(mode="json"), "model_folder": str(model_folder), "out_dir": str(out), "resume": resume,
            "train_rows": _write_rows(folder / "train.jsonl", train_rows),
            "val_rows": _write_rows(folder / "val.jsonl", val_rows) if val_rows is not None else None}
    (folder / "spec.json").write_text(json.dumps(spec))
    env = dict(os.environ)
    env.setdefault("OMP_NUM_THREADS", str(max(1, (os.cpu_count() or 1) // processes)))
    if compute.nodes() > 1:  # the launch is published for the nodes that follow (Kubernetes workers)
        compute.publish_launch(folder, processes, ["-m", "llmworks_torch.distributed", str(folder / "spec.json")])
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    # one node: torchrun --standalone; several (a Slurm allocation, a PyTorchJob): the scheduler's rendezvous
    cmd = compute.torchrun_command(sys.executable, processes, ["-m", "llmworks_torch.distributed", str(folder / "spec.json")])
    log_path = folder / "torchrun.log"
    if log is not None:
        where = f" on each of {compute.nodes()} nodes" if compute.nodes() > 1 else ""
        log.info("training in %d processes%s: %s", processes, where, " ".join(cmd))
    offset = 0
    with open(log_path, "ab") as logf:
        child = procs.spawn(cmd, env=env, stdout=logf, stderr=logf, name="torchrun")
        try:
            while True:
                done = child.poll() is not None
                offset = _relay(folder / EVENTS, offset, callbacks)
                if done:
                    break
                if callbacks.should_stop() and not (folder / STOP).exists():
                    (folder / STOP).touch()
                time.sleep(poll)
        finally:
            child.stop()
    rc = child.returncode
    if rc != 0 or not (folder / RESULT).exists():
        tail = log_path.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"torchrun exited with code {rc}:\n{tail}")
    return TrainingResult.model_validate_json((folder / RESULT).read_text())


def _relay(path: Path, offset: int, callbacks: Any) -> int:
    if not path.exists():
        return offset
    with open(path, encoding="utf-8") as fh:
        fh.seek(offset)
        while True:
            line = fh.readline()
            if not line.endswith("\n"):
                break  # a line being written: next time
            offset += len(line.encode("utf-8"))
            e = json.loads(line)
            if e["type"] == "step":
                callbacks.on_step(e["step"], e["total"], e["metrics"])
            elif e["type"] == "eval":
                callbacks.on_eval(e["step"], e["metrics"])
            elif e["type"] == "before_checkpoint":
                callbacks.before_checkpoint(e["step"])
            elif e["type"] == "checkpoint":
                callbacks.on_checkpoint(e["step"], Path(e["path"]))
    return offset


if __name__ == "__main__":
    sys.exit(rank_main(sys.argv[1]))
