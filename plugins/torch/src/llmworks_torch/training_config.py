"""Hyper-parameters of a fine-tuning job and their validation against a model and a dataset.

``validate_config`` returns every problem at once as :class:`FieldError` (a field path and a
message that says what to fix), so an API can answer 422 before a job is queued.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Method = Literal["full", "lora", "qlora"]
Precision = Literal["auto", "fp32", "bf16", "fp16"]
Device = Literal["cpu", "cuda", "auto"]
Scheduler = Literal[
    "linear",
    "cosine",
    "cosine_with_restarts",
    "polynomial",
    "constant",
    "constant_with_warmup",
    "inverse_sqrt",
]
Optimizer = Literal[
    "adamw_torch",
    "adamw_torch_fused",
    "adafactor",
    "sgd",
    "adagrad",
    "rmsprop",
    "adamw_8bit",
    "paged_adamw_8bit",
    "paged_adamw_32bit",
]
#: optimizers from bitsandbytes that need a CUDA GPU
CUDA_ONLY_OPTIMIZERS = {"adamw_8bit", "paged_adamw_8bit", "paged_adamw_32bit"}

#: the dataset shapes a trainer accepts, by column set
DATASET_SHAPES = (("text",), ("prompt", "completion"), ("messages",))


class TrainingConfig(BaseModel):
    """Hyper-parameters of one fine-tuning run (full, LoRA or QLoRA)."""

    model_config = ConfigDict(extra="forbid")

    method: Method = Field("lora", description="full fine-tune, LoRA, or QLoRA (LoRA on a 4/8-bit base).")
    epochs: float = Field(1.0, gt=0, le=1000, description="Passes over the training rows (ignored when max_steps is set).")
    max_steps: int | None = Field(None, ge=1, le=10_000_000, description="Stop after this many optimizer steps.")
    batch_size: int = Field(8, ge=1, le=4096, description="Rows per device batch.")
    gradient_accumulation: int = Field(1, ge=1, le=1024, description="Batches per optimizer step.")
    processes: int = Field(
        1, ge=1, le=64,
        description="Data-parallel processes on this node (DDP through torchrun: one per GPU, gloo on the CPU); "
                    "1 = one process, or one per GPU the worker assigned when the job asked for several.")
    distributed_strategy: Literal["ddp", "fsdp", "auto"] = Field(
        "auto",
        description="With several processes: ddp = a full replica per process; fsdp = weights, gradients and "
                    "optimizer state sharded across the processes (FSDP2, full fine-tuning only); auto = ddp unless "
                    "the weights, gradients and optimizer state would not fit one device's memory.")
    learning_rate: float = Field(2e-4, gt=0, le=1.0)
    lr_scheduler: Scheduler = "linear"
    warmup_steps: int = Field(0, ge=0, le=10_000_000, description="Linear warm-up steps (or use warmup_ratio).")
    warmup_ratio: float = Field(0.0, ge=0, lt=1, description="Warm-up as a fraction of all steps.")
    optimizer: Optimizer = "adamw_torch"
    weight_decay: float = Field(0.0, ge=0, le=1)
    max_grad_norm: float = Field(1.0, ge=0, description="Gradient clipping; 0 disables.")
    max_seq_length: int = Field(256, ge=8, le=1_048_576, description="Longest row in tokens (see overlong_rows).")
    overlong_rows: Literal["truncate", "drop"] = Field(
        "truncate",
        description="Rows longer than max_seq_length: cut to it, or left out. Either way the job log and the run's "
        "metrics (rows_over_max_length, rows_truncated, rows_dropped) say how many.",
    )
    lora_r: int = Field(8, ge=1, le=1024)
    lora_alpha: int = Field(16, ge=1, le=4096)
    lora_dropout: float = Field(0.05, ge=0, lt=1)
    target_modules: list[str] | None = Field(
        None, description="Linear layers LoRA adapts; null = the usual ones for the architecture."
    )
    quant_bits: Literal[4, 8] | None = Field(None, description="QLoRA base quantisation (default 4-bit nf4).")
    precision: Precision = Field(
        "auto", description="Mixed precision; auto = bf16 on a GPU that supports it (LoRA base in bf16 too), else fp32."
    )
    gradient_checkpointing: Literal["auto", True, False] = Field(
        "auto",
        description="Recompute activations in the backward pass (less memory, slower); auto = only when "
        "the estimated activations would not fit in free memory.",
    )
    packing: bool = Field(
        True,
        description="Pack each batch's rows into one sequence (positions restart per row, no attention or "
        "loss across rows): same loss, no padding compute. Llama-family and GPT-2 models.",
    )
    fused_kernels: bool = Field(
        True,
        description="Liger fused kernels (RMSNorm, RoPE, SwiGLU, fused linear cross-entropy) on a CUDA GPU "
        "with llmworks-torch[gpu] installed; ignored elsewhere.",
    )
    prefetch_batches: int = Field(
        2, ge=0, le=64, description="Batches prepared ahead in a background thread on a GPU (0: made in the loop)."
    )
    completion_only_loss: bool = Field(True, description="prompt/completion and chat rows: loss on the answer only.")
    seed: int = Field(42, ge=0, le=2**32 - 1)
    val_fraction: float = Field(
        0.1, ge=0, le=0.5, description="Held-out share of the training rows when no validation split is given."
    )
    eval_every: int | None = Field(None, ge=1, le=10_000_000, description="Evaluate every N steps (null: at the end only).")
    max_eval_rows: int | None = Field(512, ge=1, le=1_000_000)
    checkpoint_every: int | None = Field(50, ge=1, le=10_000_000, description="Save a resumable checkpoint every N steps.")
    keep_checkpoints: int = Field(2, ge=1, le=100, description="Newest checkpoints kept on disk.")
    device: Device = "auto"
    allow_cpu_qlora: bool = Field(False, description="Testing only: let QLoRA run on the CPU backend of bitsandbytes.")

    @field_validator("gradient_checkpointing", mode="before")
    @classmethod
    def _bool_strings(cls, value: object) -> object:
        """Forms send the choice as text: "true"/"false" mean the booleans."""
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return value


@dataclass(frozen=True)
class FieldError:
    """One problem with a training request: the field (dotted path) and what to do about it."""

    field: str
    message: str

    def as_dict(self) -> dict[str, object]:
        """In FastAPI's 422 shape: ``{"loc": ["body", *field path], "msg": ..., "type": ...}``."""
        return {"loc": ["body", *self.field.split(".")], "msg": self.message, "type": "value_error"}


def cuda_available() -> bool:
    import torch

    return torch.cuda.is_available()


def qlora_available() -> tuple[bool, str]:
    """(True, "") where QLoRA may run in production: bitsandbytes installed and a CUDA GPU."""
    try:
        import bitsandbytes  # noqa: F401
    except Exception as exc:  # noqa: BLE001 - ImportError, or a broken native library
        return False, f"bitsandbytes cannot be imported ({exc}); install llmworks-torch[qlora]"
    if not cuda_available():
        return False, "QLoRA needs a CUDA GPU and none is available on this machine; use method 'lora' instead"
    return True, ""


def resolve_device(device: Device) -> str:
    if device == "auto":
        return "cuda" if cuda_available() else "cpu"
    return device


def dataset_shape(columns: Iterable[str]) -> tuple[str, ...] | None:
    """Which of :data:`DATASET_SHAPES` the columns provide (first match), else None."""
    cols = set(columns)
    for shape in DATASET_SHAPES:
        if cols.issuperset(shape):
            return shape
    return None


def _check_model(config: TrainingConfig, model_folder: Path, errors: list[FieldError]) -> None:
    from llmworks_torch.model_info import context_length_of, is_adapter_folder, lora_target_modules, read_json

    if is_adapter_folder(model_folder):
        errors.append(FieldError("base_model", "this is a PEFT adapter; train on its base model instead"))
        return
    model_config = read_json(model_folder / "config.json")
    if not model_config:
        errors.append(FieldError("base_model", f"{model_folder} has no readable config.json"))
        return
    context = context_length_of(model_config)
    if context is not None and config.max_seq_length > context:
        errors.append(
            FieldError(
                "max_seq_length", f"{config.max_seq_length} exceeds the model's context length {context}; use at most {context}"
            )
        )
    if config.method in ("lora", "qlora") and config.target_modules:
        try:
            valid = lora_target_modules(model_folder)
        except Exception as exc:  # noqa: BLE001 - any failure to build the model is reported as a field error
            errors.append(FieldError("base_model", f"cannot build the model from its config: {exc}"))
            return
        unknown = [m for m in config.target_modules if m not in valid]
        if unknown:
            errors.append(
                FieldError(
                    "target_modules", f"unknown module(s) {', '.join(unknown)}; valid LoRA targets are: {', '.join(valid)}"
                )
            )


def _check_dataset(model_folder: Path | None, columns: list[str], errors: list[FieldError]) -> None:
    shape = dataset_shape(columns)
    if shape is None:
        errors.append(
            FieldError(
                "dataset",
                f"the dataset has columns {sorted(columns)}; it needs a 'text' column, 'prompt' and 'completion' "
                "columns, or a chat 'messages' column",
            )
        )
    elif shape == ("messages",) and model_folder is not None:
        from llmworks_torch.model_info import read_json

        tok_config = read_json(model_folder / "tokenizer_config.json")
        if not tok_config.get("chat_template") and not (model_folder / "chat_template.jinja").is_file():
            errors.append(
                FieldError("dataset", "chat 'messages' rows need a tokenizer with a chat template, and this model has none")
            )


def validate_config(
    config: TrainingConfig, model_folder: str | Path | None, dataset_columns: Iterable[str] | None
) -> list[FieldError]:
    """Every problem with running ``config`` on this model and dataset; [] when it can run."""
    errors: list[FieldError] = []
    cuda = cuda_available()
    device = resolve_device(config.device)
    if config.device == "cuda" and not cuda:
        errors.append(FieldError("device", "no CUDA GPU is available; use 'cpu' or 'auto'"))
    if config.method == "qlora":
        ok, reason = qlora_available()
        if not ok and not (config.allow_cpu_qlora and "bitsandbytes" not in reason):
            errors.append(FieldError("method", reason))
    elif config.quant_bits is not None:
        errors.append(FieldError("quant_bits", "quant_bits only applies to method 'qlora'; remove it"))
    if config.method == "full":
        if config.target_modules is not None:
            errors.append(FieldError("target_modules", "target_modules only applies to 'lora' and 'qlora'; remove it"))
    if config.precision == "fp16" and device != "cuda":
        errors.append(FieldError("precision", "fp16 mixed precision needs a CUDA GPU; use 'bf16' or 'fp32' on the CPU"))
    if config.optimizer in CUDA_ONLY_OPTIMIZERS and device != "cuda":
        errors.append(FieldError("optimizer", f"{config.optimizer} needs a CUDA GPU; use 'adamw_torch' on the CPU"))
    if config.warmup_steps and config.warmup_ratio:
        errors.append(FieldError("warmup_ratio", "set warmup_steps or warmup_ratio, not both"))
    if config.distributed_strategy == "fsdp" and config.method != "full":
        errors.append(FieldError("distributed_strategy", "fsdp shards full fine-tuning only; use 'ddp' or 'auto' for "
                                 f"'{config.method}' (its trainable weights are small)"))
    if config.max_steps is not None and config.warmup_steps >= config.max_steps:
        errors.append(
            FieldError("warmup_steps", f"warm-up ({config.warmup_steps}) must be shorter than max_steps ({config.max_steps})")
        )
    if config.lora_alpha < config.lora_r / 4 and config.method != "full":
        errors.append(
            FieldError("lora_alpha", f"lora_alpha {config.lora_alpha} is far below lora_r {config.lora_r}; use about r to 2r")
        )
    folder = Path(model_folder) if model_folder is not None else None
    if folder is not None and not folder.is_dir():
        errors.append(FieldError("base_model", f"model folder {folder} does not exist"))
        folder = None
    elif folder is not None:
        _check_model(config, folder, errors)
    if dataset_columns is not None:
        _check_dataset(folder, list(dataset_columns), errors)
    return errors
