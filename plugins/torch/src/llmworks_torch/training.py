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
import os
import random
import re
import shutil
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch
from pydantic import BaseModel

from llmworks_torch.formatting import IGNORE_INDEX, Example, encode_rows, pad_batch
from llmworks_torch.model_info import read_front_matter, uses_conv1d
from llmworks_torch.training_config import TrainingConfig, resolve_device

log = logging.getLogger(__name__)

CHECKPOINTS = "checkpoints"
FINAL_MODEL = "model"
_STEP_DIR = re.compile(r"^step-(\d+)$")
_STATE = "llmworks_state.json"


class TrainingCallbacks:
    """Override what you need; every method is optional and the defaults do nothing.

    ``on_step`` metrics: ``loss``, ``learning_rate``, ``grad_norm``, ``tokens_per_second``,
    ``memory_bytes`` (process RSS), ``cuda_max_allocated_bytes`` (CUDA only), ``epoch``.
    """

    def on_step(self, step: int, total_steps: int, metrics: dict[str, float]) -> None: ...

    def on_eval(self, step: int, metrics: dict[str, float]) -> None: ...

    def on_checkpoint(self, step: int, path: Path) -> None: ...

    def should_stop(self) -> bool:
        return False


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
    root = Path(out_dir) / CHECKPOINTS
    found = []
    if root.is_dir():
        for child in root.iterdir():
            m = _STEP_DIR.match(child.name)
            if m and (child / _STATE).is_file():
                found.append((int(m.group(1)), child))
    return sorted(found)


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


def _load_base(config: TrainingConfig, folder: Path, device: str):
    from transformers import AutoModelForCausalLM

    if config.method != "qlora":
        return AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).to(device)
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
        folder, quantization_config=quant, device_map={"": 0 if device == "cuda" else "cpu"}, dtype=compute
    )
    return prepare_model_for_kbit_training(model, use_gradient_checkpointing=config.gradient_checkpointing)


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


def load_trainable_model(config: TrainingConfig, model_folder: Path, device: str, checkpoint: Path | None = None):
    """The model to train: full weights, or a base with a fresh (or checkpointed) LoRA adapter."""
    if config.method == "full":
        model = _load_base(config, checkpoint or model_folder, device)
    else:
        from peft import PeftModel, get_peft_model

        base = _load_base(config, model_folder, device)
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


def _token_nll_sum(model, batch: dict[str, torch.Tensor]) -> tuple[torch.Tensor, int]:
    """Summed next-token NLL over the label tokens of a batch, and their count."""
    logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits
    labels = batch["labels"][:, 1:]
    logits = logits[:, :-1].float()
    nll = torch.nn.functional.cross_entropy(
        logits.reshape(-1, logits.size(-1)), labels.reshape(-1), ignore_index=IGNORE_INDEX, reduction="sum"
    )
    return nll, int((labels != IGNORE_INDEX).sum())


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
    ):
        self.config, self.model, self.tokenizer = config, model, tokenizer
        self.train, self.val, self.out, self.callbacks, self.device = train, val, out, callbacks, device
        self.pad_id = tokenizer.pad_token_id
        self.params = [p for p in model.parameters() if p.requires_grad]
        self.optimizer = _make_optimizer(config, self.params, device)
        micro_per_epoch = math.ceil(len(train) / config.batch_size)
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
        root = self.out / CHECKPOINTS
        root.mkdir(parents=True, exist_ok=True)
        step = self.state.global_step
        tmp = root / f".step-{step}.tmp"
        final = root / f"step-{step}"
        shutil.rmtree(tmp, ignore_errors=True)
        self.model.save_pretrained(tmp)
        torch.save(self.optimizer.state_dict(), tmp / "optimizer.pt")
        torch.save(self.scheduler.state_dict(), tmp / "scheduler.pt")
        if self.scaler is not None:
            torch.save(self.scaler.state_dict(), tmp / "scaler.pt")
        torch.save(_rng_state(), tmp / "rng_state.pt")
        (tmp / _STATE).write_text(json.dumps({"loop": asdict(self.state), "saved_at": time.time()}))
        shutil.rmtree(final, ignore_errors=True)
        os.replace(tmp, final)  # a step-N folder is always complete
        for _, old in list_checkpoints(self.out)[: -self.config.keep_checkpoints]:
            shutil.rmtree(old, ignore_errors=True)
        self.callbacks.on_checkpoint(step, final)
        return final

    def restore(self, checkpoint: Path) -> None:
        """Optimizer, scheduler, scaler, RNG and loop position (weights are loaded with the model)."""
        self.optimizer.load_state_dict(torch.load(checkpoint / "optimizer.pt", weights_only=False))
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
            batch = self._to_device(pad_batch(self.val[i : i + self.config.batch_size], self.pad_id))
            with self._autocast():
                s, n = _token_nll_sum(self.model, batch)
            nll += float(s)
            count += n
        if was_training:
            self.model.train()
        loss = nll / max(count, 1)
        self.last_eval = {"val_loss": loss, "val_perplexity": math.exp(min(loss, 50.0))}
        self.callbacks.on_eval(self.state.global_step, dict(self.last_eval))
        return self.last_eval

    def _autocast(self):
        dtype = _compute_dtype(self.config)
        return torch.autocast(device_type=self.device, dtype=dtype, enabled=dtype != torch.float32)

    def _to_device(self, batch: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        return {k: v.to(self.device) for k, v in batch.items()}

    def _batches(self, epoch: int) -> list[list[int]]:
        if self._epoch_cache[0] != epoch:
            self._epoch_cache = (epoch, _epoch_batches(len(self.train), self.config.batch_size, self.config.seed, epoch))
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

    def step(self) -> dict[str, float]:
        started = time.perf_counter()
        self.model.train()
        micro = [pad_batch([self.train[i] for i in idx], self.pad_id) for idx in self._next_micro_batches()]
        n_labels = sum(int((b["labels"][:, 1:] != IGNORE_INDEX).sum()) for b in micro)
        n_tokens = sum(int(b["attention_mask"].sum()) for b in micro)
        lr = self.scheduler.get_last_lr()[0]
        loss_total = 0.0
        for batch in micro:
            batch = self._to_device(batch)
            with self._autocast():
                nll, _ = _token_nll_sum(self.model, batch)
            loss = nll / max(n_labels, 1)
            loss_total += float(loss.detach())
            (self.scaler.scale(loss) if self.scaler else loss).backward()
        if self.scaler is not None:
            self.scaler.unscale_(self.optimizer)
        clip = self.config.max_grad_norm if self.config.max_grad_norm > 0 else float("inf")
        grad_norm = float(torch.nn.utils.clip_grad_norm_(self.params, clip))
        if self.scaler is not None:
            self.scaler.step(self.optimizer)
            self.scaler.update()
        else:
            self.optimizer.step()
        self.scheduler.step()
        self.optimizer.zero_grad(set_to_none=True)
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

    def run(self) -> bool:
        """Train until the last step or a stop request; True when stopped early."""
        cfg = self.config
        while self.state.global_step < self.state.total_steps:
            metrics = self.step()
            step = self.state.global_step
            self.last_step_metrics = metrics
            self.callbacks.on_step(step, self.state.total_steps, metrics)
            if self.val and cfg.eval_every and step % cfg.eval_every == 0:
                self.evaluate()
            stop = self.callbacks.should_stop()
            if (cfg.checkpoint_every and step % cfg.checkpoint_every == 0) or (stop and step < self.state.total_steps):
                self.save_checkpoint()
            if stop and step < self.state.total_steps:
                return True
        return False


def _write_card(model_dir: Path, model_folder: Path, config: TrainingConfig, metrics: dict[str, float]) -> None:
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
        json.dumps({"base_model": str(model_folder), "config": config.model_dump(), "metrics": metrics}, indent=2),
        encoding="utf-8",
    )


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
    for stale in (out / CHECKPOINTS).glob(".step-*.tmp"):  # interrupted while saving
        shutil.rmtree(stale, ignore_errors=True)
    checkpoint = latest_checkpoint(out) if resume else None
    (out / "training_config.json").write_text(config.model_dump_json(indent=2), encoding="utf-8")

    tokenizer = load_training_tokenizer(model_folder)
    if val_rows is None:
        train_rows, val_rows = split_validation(train_rows, config.val_fraction, config.seed)
    val_rows = list(val_rows)[: config.max_eval_rows] if config.max_eval_rows else list(val_rows)
    train = encode_rows(train_rows, tokenizer, config.max_seq_length, completion_only=config.completion_only_loss)
    val = encode_rows(val_rows, tokenizer, config.max_seq_length, completion_only=config.completion_only_loss)
    if not train:
        raise ValueError("no training row has any token to learn from after formatting and truncation")

    random.seed(config.seed)
    torch.manual_seed(config.seed)  # LoRA initialisation and dropout
    model = load_trainable_model(config, model_folder, device, checkpoint[1] if checkpoint else None)
    trainer = _Trainer(config, model, tokenizer, train, val, out, callbacks, device)
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
    model_dir = out / FINAL_MODEL
    shutil.rmtree(model_dir, ignore_errors=True)
    model.save_pretrained(model_dir)
    tokenizer.save_pretrained(model_dir)
    _write_card(model_dir, model_folder, config, metrics)
    return TrainingResult(status="completed", output_dir=str(model_dir), metrics=metrics, **result)
