"""The training methods registered with ``register_trainers`` and ``register_export_targets``.

"full", "lora" and "qlora" are :class:`llmworks_sdk.Trainer` objects like any other plugin's:
the generic training job calls :meth:`TorchTrainer.run` with a
:class:`llmworks_sdk.TrainingContext`, and ``run`` drives :func:`llmworks_torch.training.run_training`
through :class:`ContextCallbacks`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmworks_sdk.training import TrainingContext, TrainingOutcome

from llmworks_torch.training_config import TrainingConfig, qlora_available, validate_config

_TOP_LEVEL = {"base_model": ["body", "base_model"], "dataset": ["body", "dataset"]}
#: server switch that lets requests set ``allow_cpu_qlora`` (tests, demos on machines without CUDA)
ALLOW_CPU_QLORA = "LLMWORKS_TORCH_ALLOW_CPU_QLORA"


def error_loc(field: str) -> list[str]:
    """Where a :class:`FieldError` of ``validate_config`` sits in a training job request."""
    return _TOP_LEVEL.get(field, ["body", "config", *field.split(".")])


class ContextCallbacks:
    """:class:`~llmworks_torch.training.TrainingCallbacks` that report into a :class:`TrainingContext`."""

    def __init__(self, context: TrainingContext):
        self.context = context
        self.step = 0

    def on_step(self, step: int, total_steps: int, metrics: dict[str, float]) -> None:
        self.step = step
        self.context.log_metrics(step, metrics, total_steps=total_steps)

    def on_eval(self, step: int, metrics: dict[str, float]) -> None:
        self.context.log_metrics(step, metrics)

    def before_checkpoint(self, step: int) -> None:
        self.context.metrics.flush()  # a job resumed from this checkpoint must have these steps' metrics

    def on_checkpoint(self, step: int, path: Path) -> None:
        self.context.metrics.checkpoint_saved(step)
        self.context.log.info("checkpoint saved at step %d", step)

    def should_stop(self) -> bool:
        return self.context.cancelled()

    def on_notice(self, message: str) -> None:
        self.context.log.warning("%s", message)


@dataclass(frozen=True)
class TorchTrainer:
    """A training method of ``run_training``: "full", "lora" or "qlora"."""

    name: str
    description: str
    config_model: type[TrainingConfig] = TrainingConfig

    def available(self) -> tuple[bool, str]:
        return qlora_available() if self.name == "qlora" else (True, "")

    def validate(self, config: Any, model_path: Path, dataset_columns: list[str] | None) -> list[dict[str, Any]]:
        cfg = config if isinstance(config, TrainingConfig) else TrainingConfig.model_validate({**config, "method": self.name})
        if cfg.method != self.name:
            cfg = cfg.model_copy(update={"method": self.name})
        errors = [
            {"loc": error_loc(e.field), "msg": e.message, "type": "value_error"}
            for e in validate_config(cfg, model_path, dataset_columns)
        ]
        if cfg.allow_cpu_qlora and os.environ.get(ALLOW_CPU_QLORA) != "1":
            errors.append(
                {
                    "loc": ["body", "config", "allow_cpu_qlora"],
                    "type": "value_error",
                    "msg": f"QLoRA on the CPU is for tests only; the server allows it when {ALLOW_CPU_QLORA}=1",
                }
            )
        return errors

    def run(self, context: TrainingContext) -> TrainingOutcome:
        from llmworks_sdk.compute import nodes

        from llmworks_torch.distributed import processes_for, run_distributed
        from llmworks_torch.training import run_training

        config: TrainingConfig = context.config
        n = processes_for(config)
        if n > 1 or nodes() > 1:  # DDP under torchrun (several devices or nodes), metrics and checkpoints from rank 0
            result = run_distributed(config, context.model_path, context.train_rows, context.validation_rows,
                                     context.work_dir, ContextCallbacks(context), resume=context.resume, processes=n,
                                     log=context.log)
        else:
            result = run_training(
                config,
                context.model_path,
                context.train_rows,
                context.validation_rows,
                context.work_dir,
                ContextCallbacks(context),
                resume=context.resume,
            )
        return TrainingOutcome(
            status="stopped" if result.status == "stopped" else "completed",
            steps=result.global_step,
            model_dir=Path(result.output_dir) if result.output_dir else None,
            kind="adapter" if result.is_adapter else "full",
            metrics=result.metrics,
            checkpoint=Path(result.last_checkpoint) if result.last_checkpoint else None,
        )


TRAINERS = (
    TorchTrainer("full", "Full fine-tuning: every weight is trained (PyTorch)"),
    TorchTrainer("lora", "LoRA: low-rank adapters on the linear layers of a frozen base (peft)"),
    TorchTrainer("qlora", "QLoRA: LoRA on a 4-bit NF4 (or 8-bit) quantised base (bitsandbytes; needs CUDA)"),
)


@dataclass(frozen=True)
class TorchExport:
    """An export format of ``llmworks_torch.export``: "adapter", "merged" or "safetensors"."""

    name: str
    description: str
    media_type: str = "application/gzip"

    def export(self, model_path: Path, out_dir: Path, *, adapter_path: Path | None = None) -> Path:
        from llmworks_torch.export import export_folder

        if adapter_path is not None:
            return export_folder(adapter_path, self.name, Path(out_dir) / self.name, base_model=model_path)
        return export_folder(model_path, self.name, Path(out_dir) / self.name)


EXPORTS = (
    TorchExport("adapter", "The PEFT adapter folder with the tokenizer (LoRA/QLoRA versions)"),
    TorchExport("merged", "Adapter merged into its base (merge_and_unload), saved with save_pretrained"),
    TorchExport("safetensors", "Full weights as one model.safetensors with config and tokenizer"),
)
