"""The training methods registered with ``register_trainers`` and ``register_export_targets``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmworks_torch.training_config import TrainingConfig, validate_config

_TOP_LEVEL = {"base_model": ["body", "base_model"], "dataset": ["body", "dataset"]}


def error_loc(field: str) -> list[str]:
    """Where a :class:`FieldError` of ``validate_config`` sits in a training job request."""
    return _TOP_LEVEL.get(field, ["body", "config", *field.split(".")])


@dataclass(frozen=True)
class TorchTrainer:
    """A training method of ``run_training``: "full", "lora" or "qlora"."""

    name: str
    description: str

    def validate(self, config: Any, model_path: Path, dataset_columns: list[str] | None) -> list[dict[str, Any]]:
        cfg = config if isinstance(config, TrainingConfig) else TrainingConfig.model_validate({**config, "method": self.name})
        if cfg.method != self.name:
            cfg = cfg.model_copy(update={"method": self.name})
        return [
            {"loc": error_loc(e.field), "msg": e.message, "type": "value_error"}
            for e in validate_config(cfg, model_path, dataset_columns)
        ]


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
