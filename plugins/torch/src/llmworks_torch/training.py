"""Fine-tuning (full, LoRA, QLoRA) with transformers models, peft and a resumable loop.

``run_training`` reports every optimizer step, evaluation and checkpoint to a
:class:`TrainingCallbacks`, stops cooperatively (checkpoint first) when ``should_stop()``
turns true, and with ``resume=True`` continues from the newest complete checkpoint under
``out_dir/checkpoints/step-N`` (weights, optimizer, scheduler, RNG and loop position), so the
steps reported after a resume continue at N+1 and the losses are those an uninterrupted run
would have reported.

The loop is ours rather than ``transformers.Trainer`` so that checkpoints are named, written
atomically and resumed exactly as llmworks needs; the pieces are the standard ones (peft
LoRA, bitsandbytes quantisation, ``transformers.get_scheduler``, torch optimizers, autocast).
Loss is the mean token cross-entropy over all label tokens of an optimizer step, whatever
the gradient accumulation.
"""

from __future__ import annotations

import json
import logging
import math
import random
import shutil
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch
from llmworks_sdk.training import CHECKPOINTS, FINAL_MODEL, Checkpoints
from pydantic import BaseModel

from llmworks_torch.fastpath import FastPath, plan_fast_path
from llmworks_torch.formatting import IGNORE_INDEX, Example, OverlongStats, encode_rows
from llmworks_torch.model_info import read_front_matter, uses_conv1d
from llmworks_torch.training_config import TrainingConfig, resolve_device

if TYPE_CHECKING:
    from llmworks_torch.distributed import DistInfo

log = logging.getLogger(__name__)

_STATE = Checkpoints.MARKER


class TrainingCallbacks:
    """Override what you need; every method is optional and the defaults do nothing.

    ``on_step`` metrics: ``loss``, ``learning_rate``, ``grad_norm``, ``tokens_per_second``,
    ``memory_bytes`` (process RSS), ``cuda_max_allocated_bytes`` (CUDA only), ``epoch``.
    """

    def on_step(self, step: int, total_steps: int, metrics: dict[str, float]) -> None: ...

    def on_eval(self, step: int, metrics: dict[str, float]) -> None: ...

    def before_checkpoint(self, step: int) -> None:
        """Called right before the checkpoint of ``step`` is written (write pending metrics now)."""

    def on_checkpoint(self, step: int, path: Path) -> None: ...

    def should_stop(self) -> bool:
        return False

    def on_notice(self, message: str) -> None:
        """Something the user must know about the data (rows longer than max_seq_length)."""


class TrainingResult(BaseModel):
    status: str  # "completed" | "stopped"
    method: str
    output_dir: str | None  # final adapter or full-weights folder (with tokenizer); None when stopped
    is_adapter: bool
    global_step: int
    total_steps: int
    last_checkpoint: str | None
    metrics: dict[str, float]


@dataclass
class LoopState:
    """Where the loop is: saved in every checkpoint."""

    global_step: int = 0
    epoch: int = 0
    batch_in_epoch: int = 0  # micro-batches of ``epoch`` already consumed
    total_steps: int = 0
    tokens_seen: int = 0
    loss_sum: float = 0.0  # sum of step losses (for the mean training loss)


def list_checkpoints(out_dir: str | Path) -> list[tuple[int, Path]]:
    """Complete checkpoints under ``out_dir/checkpoints`` as (step, folder), oldest first."""
    return Checkpoints(Path(out_dir) / CHECKPOINTS).list()


def latest_checkpoint(out_dir: str | Path) -> tuple[int, Path] | None:
    found = list_checkpoints(out_dir)
    return found[-1] if found else None


def memory_metrics() -> dict[str, float]:
    import psutil

    out = {"memory_bytes": float(psutil.Process().memory_info().rss)}
    if torch.cuda.is_available():
        out["cuda_max_allocated_bytes"] = float(torch.cuda.max_memory_allocated())
    return out


def split_validation(
    rows: Sequence[Mapping[str, Any]], fraction: float, seed: int
) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]:
    """Deterministic (train, validation) split of ``rows``; validation gets ``fraction`` (≥1 row if >0)."""
    rows = list(rows)
    if fraction <= 0 or len(rows) < 2:
        return rows, []
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    n_val = max(1, int(round(len(rows) * fraction)))
    val_idx = set(order[:n_val])
    return [r for i, r in enumerate(rows) if i not in val_idx], [rows[i] for i in sorted(val_idx)]


# -- model, optimizer, schedule ------------------------------------------------------------------


def _compute_dtype(config: TrainingConfig) -> torch.dtype:
    return {"bf16": torch.bfloat16, "fp16": torch.float16}.get(config.precision, torch.float32)


def _load_base(config: TrainingConfig, folder: Path, device: str, fast: FastPath):
    from transformers import AutoModelForCausalLM

    if config.method != "qlora":
        return AutoModelForCausalLM.from_pretrained(folder, dtype=fast.base_dtype, **fast.load_kwargs()).to(device)
    from peft import prepare_model_for_kbit_training
    from transformers import BitsAndBytesConfig

    compute = _compute_dtype(config)
    if (config.quant_bits or 4) == 4:
        quant = BitsAndBytesConfig(
            load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True, bnb_4bit_compute_dtype=compute
        )
    else:
        quant = BitsAndBytesConfig(load_in_8bit=True)
    model = AutoModelForCausalLM.from_pretrained(
        folder,
        quantization_config=quant,
        device_map={"": 0 if device == "cuda" else "cpu"},
        dtype=compute,
        **fast.load_kwargs(),
    )
    return prepare_model_for_kbit_training(model, use_gradient_checkpointing=bool(config.gradient_checkpointing))


def _lora_config(config: TrainingConfig, model):
    from peft import LoraConfig
    from peft.utils.constants import TRANSFORMERS_MODELS_TO_LORA_TARGET_MODULES_MAPPING as DEFAULTS

    targets: list[str] | str | None = config.target_modules
    if not targets:
        targets = None if model.config.model_type in DEFAULTS else "all-linear"
    return LoraConfig(
        r=config.lora_r,
        lora_alpha=config.lora_alpha,
        lora_dropout=config.lora_dropout,
        target_modules=targets,
        fan_in_fan_out=uses_conv1d(model),
        task_type="CAUSAL_LM",
    )


def load_trainable_model(
    config: TrainingConfig, model_folder: Path, device: str, checkpoint: Path | None = None, fast: FastPath | None = None
):
    """The model to train: full weights, or a base with a fresh (or checkpointed) LoRA adapter.

    ``config`` has its fast-path choices resolved (``resolve_fast_path``); ``fast`` patches the
    model (fused kernels, attention) and is the plain path when omitted.
    """
    fast = fast or FastPath(device=device, precision=str(config.precision), base_dtype=torch.float32)
    if config.method == "full":
        model = _load_base(config, checkpoint or model_folder, device, fast)
        fast.patch_model(model)
    else:
        from peft import PeftModel, get_peft_model

        base = _load_base(config, model_folder, device, fast)
        fast.patch_model(base)
        if checkpoint is not None:
            model = PeftModel.from_pretrained(base, str(checkpoint), is_trainable=True)
        else:
            model = get_peft_model(base, _lora_config(config, base))
    if config.gradient_checkpointing and config.method != "qlora":
        model.gradient_checkpointing_enable()
        if config.method == "lora":
            model.enable_input_require_grads()
    return model


def _make_optimizer(config: TrainingConfig, params: list[torch.nn.Parameter], device: str):
    lr, wd = config.learning_rate, config.weight_decay
    name = config.optimizer
    if name in ("adamw_torch", "adamw_torch_fused"):
        return torch.optim.AdamW(params, lr=lr, weight_decay=wd, fused=(name == "adamw_torch_fused" and device == "cuda"))
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr, momentum=0.9, weight_decay=wd)
    if name == "adagrad":
        return torch.optim.Adagrad(params, lr=lr, weight_decay=wd)
    if name == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr, weight_decay=wd)
    if name == "adafactor":
        from transformers.optimization import Adafactor

        return Adafactor(params, lr=lr, weight_decay=wd, scale_parameter=False, relative_step=False, warmup_init=False)
    import bitsandbytes.optim as bnb_optim

    cls = {
        "adamw_8bit": bnb_optim.AdamW8bit,
        "paged_adamw_8bit": bnb_optim.PagedAdamW8bit,
        "paged_adamw_32bit": bnb_optim.PagedAdamW32bit,
    }[name]
    return cls(params, lr=lr, weight_decay=wd)


def resolve_fast_path(config: TrainingConfig, fast: FastPath) -> TrainingConfig:
    """``config`` with its "auto" precision and gradient checkpointing replaced by what ``fast`` chose."""
    return config.model_copy(update={"precision": fast.precision, "gradient_checkpointing": fast.gradient_checkpointing})


def _warmup_steps(config: TrainingConfig, total: int) -> int:
    return config.warmup_steps if config.warmup_steps else math.ceil(total * config.warmup_ratio)


# -- the loop --------------------------------------------------------------------------------------


def _epoch_batches(n_examples: int, batch_size: int, seed: int, epoch: int) -> list[list[int]]:
    """The shuffled micro-batches of one epoch: a function of (seed, epoch) only, so resumable."""
    gen = torch.Generator().manual_seed(seed * 1_000_003 + epoch)
    order = torch.randperm(n_examples, generator=gen).tolist()
    return [order[i : i + batch_size] for i in range(0, n_examples, batch_size)]


def _rng_state() -> dict[str, Any]:
    import numpy as np

    state = {"python": random.getstate(), "numpy": np.random.get_state(), "torch": torch.get_rng_state()}
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def _set_rng_state(state: dict[str, Any]) -> None:
    import numpy as np

    random.setstate(state["python"])
    np.random.set_state(state["numpy"])
    torch.set_rng_state(state["torch"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


def _label_count(batch: dict[str, torch.Tensor]) -> int:
    """Label tokens of a (CPU) batch: those a next-token prediction is scored on."""
    return int((batch["labels"][:, 1:] != IGNORE_INDEX).sum())


class _Trainer:
    def __init__(
        self,
        config: TrainingConfig,
        model,
        tokenizer,
        train: list[Example],
        val: list[Example],
        out: Path,
        callbacks: TrainingCallbacks,
        device: str,
        fast: FastPath | None = None,
        dist: DistInfo | None = None,
    ):
        self.fast = fast or FastPath(device=device, precision=str(config.precision), base_dtype=torch.float32)
        self.dist = dist
        self.world = dist.world if dist else 1
        self.global_batch = config.batch_size * self.world  # each process takes its share of a global batch
        self.forward_model = dist.wrap(model) if dist else model
        self._stream = None  # (indices, batch) of the coming micro-batches, see _micro_stream
        self.config, self.model, self.tokenizer = config, model, tokenizer
        self.train, self.val, self.out, self.callbacks, self.device = train, val, out, callbacks, device
        self.pad_id = tokenizer.pad_token_id
        self.params = [p for p in model.parameters() if p.requires_grad]
        self.optimizer = _make_optimizer(config, self.params, device)
        micro_per_epoch = math.ceil(len(train) / self.global_batch)
        self.steps_per_epoch = math.ceil(micro_per_epoch / config.gradient_accumulation)
        total = config.max_steps or math.ceil(config.epochs * self.steps_per_epoch)
        self.state = LoopState(total_steps=total)
        from transformers import get_scheduler

        self.scheduler = get_scheduler(
            config.lr_scheduler,
            self.optimizer,
            num_warmup_steps=_warmup_steps(config, total),
            num_training_steps=total,
        )
        self.scaler = torch.amp.GradScaler("cuda") if config.precision == "fp16" else None
        self.last_eval: dict[str, float] = {}
        self.last_step_metrics: dict[str, float] = {}
        self._epoch_cache: tuple[int, list[list[int]]] = (-1, [])

    # checkpoints
    def save_checkpoint(self) -> Path:
        step = self.state.global_step
        checkpoints = Checkpoints(self.out / CHECKPOINTS, keep=self.config.keep_checkpoints)
        weights = optimizer = None
        if self.dist is not None and self.dist.sharded:  # every rank gathers its shards; rank 0 gets the whole
            weights = self.dist.full_model_state(self.model)
            optimizer = self.dist.full_optimizer_state(self.model, self.optimizer)
        if self.dist is not None and self.dist.rank != 0:  # rank 0 writes; the others wait for it
            self.dist.barrier()
            return checkpoints.root / f"step-{step}"
        self.callbacks.before_checkpoint(step)

        def write(folder: Path) -> None:
            save_model(self.model, folder, weights)
            torch.save(self.optimizer.state_dict() if optimizer is None else optimizer, folder / "optimizer.pt")
            torch.save(self.scheduler.state_dict(), folder / "scheduler.pt")
            if self.scaler is not None:
                torch.save(self.scaler.state_dict(), folder / "scaler.pt")
            torch.save(_rng_state(), folder / "rng_state.pt")

        final = checkpoints.save(step, write, state={"loop": asdict(self.state)})  # a step-N folder is always complete
        if self.dist is not None:
            self.dist.barrier()
        self.callbacks.on_checkpoint(step, final)
        return final

    def restore(self, checkpoint: Path) -> None:
        """Optimizer, scheduler, scaler, RNG and loop position (weights are loaded with the model)."""
        optimizer = torch.load(checkpoint / "optimizer.pt", weights_only=False)
        if self.dist is not None and self.dist.sharded:  # saved whole, by parameter name: each rank takes its shards
            self.dist.load_full_optimizer_state(self.model, self.optimizer, optimizer)
        else:
            self.optimizer.load_state_dict(optimizer)
        self.scheduler.load_state_dict(torch.load(checkpoint / "scheduler.pt", weights_only=False))
        if self.scaler is not None and (checkpoint / "scaler.pt").is_file():
            self.scaler.load_state_dict(torch.load(checkpoint / "scaler.pt", weights_only=False))
        loop = json.loads((checkpoint / _STATE).read_text())["loop"]
        total = self.state.total_steps
        self.state = LoopState(**loop)
        self.state.total_steps = total
        _set_rng_state(torch.load(checkpoint / "rng_state.pt", weights_only=False))

    # evaluation
    @torch.no_grad()
    def evaluate(self) -> dict[str, float]:
        was_training = self.model.training
        self.model.eval()
        nll, count = 0.0, 0
        for i in range(0, len(self.val), self.config.batch_size):
            batch = self.fast.collate(self.val[i : i + self.config.batch_size], self.pad_id)
            count += _label_count(batch)
            with self._autocast():
                nll += float(self.fast.nll_sum(self.model, self.fast.to_device(batch)))
        if was_training:
            self.model.train()
        loss = nll / max(count, 1)
        self.last_eval = {"val_loss": loss, "val_perplexity": math.exp(min(loss, 50.0))}
        self.callbacks.on_eval(self.state.global_step, dict(self.last_eval))
        return self.last_eval

    def _autocast(self):
        dtype = _compute_dtype(self.config)
        return torch.autocast(device_type=self.device, dtype=dtype, enabled=dtype != torch.float32)

    def _batches(self, epoch: int) -> list[list[int]]:
        if self._epoch_cache[0] != epoch:
            self._epoch_cache = (epoch, _epoch_batches(len(self.train), self.global_batch, self.config.seed, epoch))
        return self._epoch_cache[1]

    def _next_micro_batches(self) -> list[list[int]]:
        """Up to ``gradient_accumulation`` micro-batches, never crossing an epoch boundary."""
        batches = self._batches(self.state.epoch)
        if self.state.batch_in_epoch >= len(batches):
            self.state.epoch += 1
            self.state.batch_in_epoch = 0
            batches = self._batches(self.state.epoch)
        take = batches[self.state.batch_in_epoch : self.state.batch_in_epoch + self.config.gradient_accumulation]
        self.state.batch_in_epoch += len(take)
        return take

    def _micro_stream(self):
        """Every micro-batch from the current position on, in order (a pure function of the state)."""
        epoch, start = self.state.epoch, self.state.batch_in_epoch
        while True:
            yield from _epoch_batches(len(self.train), self.global_batch, self.config.seed, epoch)[start:]
            epoch, start = epoch + 1, 0

    def _collated(self, take: list[list[int]]) -> list[dict[str, torch.Tensor]]:
        """The collated micro-batches ``take``, from the (prefetching) stream when it is in step."""
        out = []
        for idx in take:
            got, batch = next(self._stream) if self._stream is not None else (None, None)
            if got != idx:  # no stream, or the position moved under it: collate here, restart it next step
                self.close_stream()
                return [self.fast.collate([self.train[i] for i in idx], self.pad_id) for idx in take]
            out.append(batch)
        return out

    def close_stream(self) -> None:
        if self._stream is not None:
            close = getattr(self._stream, "close", None)
            if close:
                close()
            self._stream = None

    def _dist_step_inputs(self, take: list[list[int]]) -> tuple[list[tuple[dict[str, torch.Tensor], float]], int]:
        """This process's share of each micro-batch (weight 0: a stand-in row when its share is
        empty, since every process must run backward) and the label count of the whole batch."""
        assert self.dist is not None
        micro = []
        for idx in take:
            share = idx[self.dist.rank :: self.world]
            micro.append((self.fast.collate([self.train[i] for i in share or idx[:1]], self.pad_id), 1.0 if share else 0.0))
        local = sum(_label_count(b) for b, w in micro if w)
        return micro, int(self.dist.all_sum(float(local)))

    def step(self) -> dict[str, float]:
        started = time.perf_counter()
        self.model.train()
        if self.dist is not None:
            return self._dist_step(started)
        if self._stream is None:
            self._stream = self.fast.batches(self._micro_stream(), self.train, self.pad_id)
        take = self._next_micro_batches()
        micro = self._collated(take)
        n_labels = sum(_label_count(b) for b in micro)
        n_tokens = sum(len(self.train[i].input_ids) for idx in take for i in idx)
        lr = self.scheduler.get_last_lr()[0]
        losses = []
        for batch in micro:
            with self._autocast():
                nll = self.fast.nll_sum(self.model, self.fast.to_device(batch))
            loss = nll / max(n_labels, 1)
            losses.append(loss.detach())
            (self.scaler.scale(loss) if self.scaler else loss).backward()
        norm = self._optimizer_step()
        # one wait for the GPU per step, once the whole step is queued
        loss_total, grad_norm = float(torch.stack(losses).sum()), float(norm)
        self.state.global_step += 1
        self.state.tokens_seen += n_tokens
        self.state.loss_sum += loss_total
        elapsed = max(time.perf_counter() - started, 1e-9)
        epoch_progress = self.state.batch_in_epoch / max(math.ceil(len(self.train) / self.config.batch_size), 1)
        return {
            "loss": loss_total,
            "learning_rate": lr,
            "grad_norm": grad_norm,
            "tokens_per_second": n_tokens / elapsed,
            "epoch": self.state.epoch + epoch_progress,
            **memory_metrics(),
        }

    def _optimizer_step(self) -> torch.Tensor:
        if self.scaler is not None:
            self.scaler.unscale_(self.optimizer)
        clip = self.config.max_grad_norm if self.config.max_grad_norm > 0 else float("inf")
        norm = torch.nn.utils.clip_grad_norm_(self.params, clip)
        if hasattr(norm, "full_tensor"):  # FSDP: a DTensor over the shards
            norm = norm.full_tensor()
        if self.scaler is not None:
            self.scaler.step(self.optimizer)
            self.scaler.update()
        else:
            self.optimizer.step()
        self.scheduler.step()
        self.optimizer.zero_grad(set_to_none=True)
        return norm

    def _dist_step(self, started: float) -> dict[str, float]:
        """One optimizer step of data-parallel training: each process's loss is its share's
        summed NLL over the label count of the whole batch, times the world size (DDP averages
        the gradients), so gradients and the reported loss equal one process's on the batch."""
        take = self._next_micro_batches()
        micro, n_labels = self._dist_step_inputs(take)
        n_tokens = sum(len(self.train[i].input_ids) for idx in take for i in idx)
        lr = self.scheduler.get_last_lr()[0]
        part = 0.0
        for batch, weight in micro:
            with self._autocast():
                nll = self.fast.nll_sum(self.forward_model, self.fast.to_device(batch))
            loss = nll * weight / max(n_labels, 1)
            part += float(loss.detach())
            (self.scaler.scale(loss * self.world) if self.scaler else loss * self.world).backward()
        grad_norm = float(self._optimizer_step())
        assert self.dist is not None
        loss_total = self.dist.all_sum(part)
        self.state.global_step += 1
        self.state.tokens_seen += n_tokens
        self.state.loss_sum += loss_total
        elapsed = max(time.perf_counter() - started, 1e-9)
        epoch_progress = self.state.batch_in_epoch / max(math.ceil(len(self.train) / self.global_batch), 1)
        return {"loss": loss_total, "learning_rate": lr, "grad_norm": grad_norm, "tokens_per_second": n_tokens / elapsed,
                "epoch": self.state.epoch + epoch_progress, "processes": float(self.world), **memory_metrics()}

    def run(self) -> bool:
        """Train until the last step or a stop request; True when stopped early."""
        try:
            return self._run()
        finally:
            self.close_stream()

    def _run(self) -> bool:
        cfg = self.config
        while self.state.global_step < self.state.total_steps:
            metrics = self.step()
            step = self.state.global_step
            self.last_step_metrics = metrics
            self.callbacks.on_step(step, self.state.total_steps, metrics)
            if self.val and cfg.eval_every and step % cfg.eval_every == 0:
                self.evaluate()
            stop = self.callbacks.should_stop()
            if self.dist is not None:  # rank 0 decides (it alone sees the cancellation); all stop together
                stop = self.dist.all_sum(1.0 if stop else 0.0) > 0
            if (cfg.checkpoint_every and step % cfg.checkpoint_every == 0) or (stop and step < self.state.total_steps):
                self.save_checkpoint()
            if stop and step < self.state.total_steps:
                return True
        return False


def _write_card(
    model_dir: Path, model_folder: Path, config: TrainingConfig, metrics: dict[str, float], fast: FastPath | None = None
) -> None:
    license_ = read_front_matter(model_folder / "README.md").get("license", "other")
    adapter = config.method != "full"
    (model_dir / "README.md").write_text(
        f"---\nlicense: {license_}\nbase_model: {model_folder}\nlibrary_name: "
        f"{'peft' if adapter else 'transformers'}\ntags:\n- llmworks\n- {config.method}\n---\n\n"
        f"# {'LoRA adapter' if adapter else 'Fine-tuned model'} of {model_folder.name}\n\n"
        f"Trained by llmworks ({config.method}).\n\n```json\n{json.dumps(metrics, indent=2)}\n```\n",
        encoding="utf-8",
    )
    (model_dir / "llmworks_training.json").write_text(
        json.dumps(
            {
                "base_model": str(model_folder),
                "config": config.model_dump(),
                "metrics": metrics,
                **({"fast_path": fast.summary()} if fast else {}),
            },
            indent=2,
        ),
        encoding="utf-8",
    )


def save_model(model, folder: Path, weights: dict[str, Any] | None = None) -> None:
    """``save_pretrained``; with ``weights`` (an FSDP model's gathered state dict) those tensors,
    under the model's own class name (FSDP renames the class it shards in place)."""
    if weights is None:
        model.save_pretrained(folder)
        return
    model.save_pretrained(folder, state_dict=weights)
    cls = next(c for c in type(model).__mro__ if not c.__name__.startswith("FSDP"))
    config = json.loads((folder / "config.json").read_text())
    config["architectures"] = [cls.__name__]
    (folder / "config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")


def load_training_tokenizer(model_folder: str | Path):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_folder)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def run_training(
    config: TrainingConfig,
    model_folder: str | Path,
    train_rows: Sequence[Mapping[str, Any]],
    val_rows: Sequence[Mapping[str, Any]] | None,
    out_dir: str | Path,
    callbacks: TrainingCallbacks | None = None,
    *,
    resume: bool = False,
    dist: DistInfo | None = None,
) -> TrainingResult:
    """Fine-tune ``model_folder`` on ``train_rows`` into ``out_dir``.

    ``val_rows=None`` holds out ``config.val_fraction`` of the training rows; ``[]`` means no
    evaluation. The final adapter (LoRA/QLoRA) or full model, with the tokenizer, is saved in
    ``out_dir/model``. Validate ``config`` with ``validate_config`` first. With ``resume`` and
    no checkpoint yet, training starts from the beginning.
    """
    callbacks = callbacks or TrainingCallbacks()
    model_folder = Path(model_folder)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    device = resolve_device(config.device)
    if dist is None or dist.rank == 0:
        Checkpoints(out / CHECKPOINTS).clean_partial()  # interrupted while saving
    checkpoint = latest_checkpoint(out) if resume else None
    (out / "training_config.json").write_text(config.model_dump_json(indent=2), encoding="utf-8")

    tokenizer = load_training_tokenizer(model_folder)
    if val_rows is None:
        train_rows, val_rows = split_validation(train_rows, config.val_fraction, config.seed)
    val_rows = list(val_rows)[: config.max_eval_rows] if config.max_eval_rows else list(val_rows)
    train_long, val_long = OverlongStats(), OverlongStats()
    train = encode_rows(train_rows, tokenizer, config.max_seq_length, completion_only=config.completion_only_loss,
                        overlong=config.overlong_rows, stats=train_long)
    val = encode_rows(val_rows, tokenizer, config.max_seq_length, completion_only=config.completion_only_loss,
                      overlong=config.overlong_rows, stats=val_long)
    for split, stats, total in (("training", train_long, len(train_rows)), ("validation", val_long, len(val_rows))):
        message = stats.message(split, total, config.max_seq_length)
        if message:
            log.warning(message)
            notice = getattr(callbacks, "on_notice", None)  # callbacks written before it existed lack it
            if notice is not None:
                notice(message)
    if not train:
        raise ValueError(
            "no training row has any token to learn from after formatting"
            + (f" ({train_long.dropped} rows longer than max_seq_length={config.max_seq_length} were dropped)"
               if train_long.dropped else " and truncation")
        )

    fast = plan_fast_path(config, model_folder, device, train)
    if dist is not None:  # the fused loss reads the unwrapped model, outside DDP's hooks
        fast.fused_cross_entropy = False
    config = resolve_fast_path(config, fast)
    random.seed(config.seed)
    torch.manual_seed(config.seed)  # LoRA initialisation and dropout
    model = load_trainable_model(config, model_folder, device, checkpoint[1] if checkpoint else None, fast)
    if dist is not None:
        from llmworks_torch.distributed import choose_strategy

        dist.strategy = choose_strategy(config, model, dist.device, dist.world)
        if dist.rank == 0:
            log.info("data-parallel training in %d processes with %s", dist.world, dist.strategy.upper())
    trainer = _Trainer(config, model, tokenizer, train, val, out, callbacks, device, fast, dist)
    if checkpoint is not None:
        trainer.restore(checkpoint[1])
        log.info("resuming %s from step %d", out, checkpoint[0])
    started = time.perf_counter()
    stopped = trainer.run()
    state = trainer.state
    metrics: dict[str, float] = {
        "train_loss": state.loss_sum / max(state.global_step, 1),
        "runtime_seconds": time.perf_counter() - started,
        "tokens_seen": float(state.tokens_seen),
    }
    if trainer.last_step_metrics:
        metrics["final_step_loss"] = trainer.last_step_metrics["loss"]
    metrics.update(
        rows_over_max_length=float(train_long.rows + val_long.rows),
        rows_truncated=float(train_long.truncated + val_long.truncated),
        rows_dropped=float(train_long.dropped + val_long.dropped),
    )
    last = latest_checkpoint(out)
    result = {
        "method": config.method,
        "is_adapter": config.method != "full",
        "global_step": state.global_step,
        "total_steps": state.total_steps,
        "last_checkpoint": str(last[1]) if last else None,
    }
    if stopped:
        return TrainingResult(status="stopped", output_dir=None, metrics=metrics, **result)
    if val:
        metrics.update(
            trainer.last_eval
            if trainer.last_eval and config.eval_every and state.global_step % config.eval_every == 0
            else trainer.evaluate()
        )
    weights = dist.full_model_state(model) if dist is not None and dist.sharded else None  # all ranks gather
    if dist is not None and dist.rank != 0:  # rank 0 saves the model
        return TrainingResult(status="completed", output_dir=None, metrics=metrics, **result)
    fast.finish(model)
    model_dir = out / FINAL_MODEL
    shutil.rmtree(model_dir, ignore_errors=True)
    save_model(model, model_dir, weights)
    tokenizer.save_pretrained(model_dir)
    _write_card(model_dir, model_folder, config, metrics, fast)
    return TrainingResult(status="completed", output_dir=str(model_dir), metrics=metrics, **result)
