"""Preference trainers: "dpo" (trl ``DPOTrainer``) and "reward" (trl ``RewardTrainer`` on a
sequence-classification head), registered with ``register_trainers`` next to full/LoRA/QLoRA.

Both read rows ``{"prompt", "chosen", "rejected"}`` (a ``preference`` dataset version, or the
feedback plugin's export), train LoRA adapters or every weight, report step metrics
(``loss``, ``accuracy``, ``margin``, ...) into the job, save resumable checkpoints through the
job's :class:`~llmworks_sdk.training.Checkpoints` (trl's own checkpoint folder: weights,
optimizer, scheduler, RNG, trainer state) and stop cooperatively on cancel.

- "dpo" publishes a causal LM (a PEFT adapter with ``adapter="lora"``): a model version that
  generates like any other.
- "reward" publishes a ``...ForSequenceClassification`` model with one output (the score);
  with ``adapter="lora"`` the adapter is merged so the folder loads with ``from_pretrained``.
  :func:`reward_scores` scores (prompt, response) pairs with it.
"""

from __future__ import annotations

import math
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from llmworks_sdk.training import TrainingContext, TrainingOutcome
from pydantic import BaseModel, ConfigDict, Field

PREFERENCE_COLUMNS = ("prompt", "chosen", "rejected")


class PreferenceConfig(BaseModel):
    """Hyper-parameters of the "dpo" and "reward" methods."""

    model_config = ConfigDict(extra="forbid")

    method: Literal["dpo", "reward"] = "dpo"
    adapter: Literal["lora", "full"] = Field("lora", description="Train LoRA adapters on a frozen base, or every weight")
    max_steps: int = Field(30, ge=1, le=1_000_000)
    batch_size: int = Field(8, ge=1, le=1024)
    learning_rate: float = Field(5e-4, gt=0, le=1)
    beta: float = Field(0.1, gt=0, le=100, description="DPO: strength of the KL penalty to the reference model")
    max_length: int = Field(256, ge=8, le=32768, description="Longest prompt+response in tokens: DPO cuts longer pairs, "
                            "reward training leaves them out (the job log says how many)")
    lora_r: int = Field(8, ge=1, le=1024)
    lora_alpha: int = Field(16, ge=1, le=4096)
    lora_dropout: float = Field(0.0, ge=0, lt=1)
    target_modules: list[str] | None = Field(None, max_length=64, description="Modules that get adapters (default: the model's attention projections)")
    checkpoint_every: int | None = Field(None, ge=1, description="Save a resumable checkpoint every N steps")
    keep_checkpoints: int = Field(2, ge=1, le=100)
    seed: int = Field(0, ge=0, le=2**31 - 1)


def preference_row_problem(row: Any) -> str | None:
    """Why ``row`` is not a preference pair, or None."""
    if not isinstance(row, Mapping):
        return "a row must be an object"
    missing = [c for c in PREFERENCE_COLUMNS if c not in row]
    if missing:
        return f"a preference row needs 'prompt', 'chosen' and 'rejected' (missing {', '.join(missing)})"
    if not all(isinstance(row[c], str) for c in PREFERENCE_COLUMNS):
        return "'prompt', 'chosen' and 'rejected' must be strings"
    if not row["chosen"] or not row["rejected"]:
        return "'chosen' and 'rejected' must not be empty"
    return None


def _target_modules(config: PreferenceConfig, model: Any) -> tuple[list[str], bool]:
    if config.target_modules:
        names = list(config.target_modules)
    elif getattr(model.config, "model_type", "") == "gpt2":
        names = ["c_attn"]
    else:
        names = ["q_proj", "v_proj"]
    return names, getattr(model.config, "model_type", "") == "gpt2"


class _Bridge:
    """A transformers ``TrainerCallback`` that reports into the job's :class:`TrainingContext`."""

    def __new__(cls, context: TrainingContext, hf_dir: Path, config: PreferenceConfig) -> Any:
        from transformers import TrainerCallback

        class Bridge(TrainerCallback):  # type: ignore[misc]
            def __init__(self) -> None:
                self.stopped = False
                self.last_checkpoint: Path | None = None

            def on_log(self, args: Any, state: Any, control: Any, logs: dict[str, Any] | None = None, **kw: Any) -> None:
                values = {
                    k: float(v) for k, v in (logs or {}).items()
                    if isinstance(v, int | float) and math.isfinite(float(v)) and not k.startswith("train_") and k != "epoch"
                }
                if values:
                    context.log_metrics(state.global_step, values, total_steps=config.max_steps)

            def on_step_end(self, args: Any, state: Any, control: Any, **kw: Any) -> None:
                context.progress(state.global_step, config.max_steps, f"step {state.global_step}/{config.max_steps}")
                if context.cancelled():
                    self.stopped = True
                    control.should_save = True
                    control.should_training_stop = True

            def on_save(self, args: Any, state: Any, control: Any, **kw: Any) -> None:
                src = hf_dir / f"checkpoint-{state.global_step}"
                if src.is_dir():
                    self.last_checkpoint = context.save_checkpoint(
                        state.global_step, lambda folder: shutil.copytree(src, folder, dirs_exist_ok=True)
                    )
                    shutil.rmtree(src, ignore_errors=True)
                    context.log.info("checkpoint saved at step %d", state.global_step)

        return Bridge()


@dataclass(frozen=True)
class PreferenceTrainer:
    """"dpo" or "reward": a trl trainer on prompt/chosen/rejected rows."""

    name: Literal["dpo", "reward"]
    description: str
    config_model: type[PreferenceConfig] = PreferenceConfig

    def available(self) -> tuple[bool, str]:
        try:
            import trl  # noqa: F401
        except ImportError:
            return False, "trl is not installed: pip install 'trl>=1.16'"
        return True, ""

    def row_problem(self, row: Any) -> str | None:
        return preference_row_problem(row)

    def validate(self, config: Any, model_path: Path, dataset_columns: list[str] | None) -> list[dict[str, Any]]:
        errors: list[dict[str, Any]] = []
        if dataset_columns is not None:
            missing = [c for c in PREFERENCE_COLUMNS if c not in dataset_columns]
            if missing:
                errors.append({
                    "loc": ["body", "dataset"], "type": "value_error",
                    "msg": f"method '{self.name}' needs a preference dataset with columns prompt, chosen and rejected "
                           f"(missing: {', '.join(missing)}; has: {', '.join(dataset_columns) or 'none'})",
                })
        if not (Path(model_path) / "config.json").is_file():
            errors.append({"loc": ["body", "base_model"], "type": "value_error",
                           "msg": f"{model_path} is not a transformers model folder (no config.json)"})
        return errors

    def run(self, context: TrainingContext) -> TrainingOutcome:
        config: PreferenceConfig = context.config
        rows = [dict((c, r[c]) for c in PREFERENCE_COLUMNS) for r in context.train_rows if preference_row_problem(r) is None]
        if not rows:
            raise ValueError("no prompt/chosen/rejected rows to train on")
        return _train(self.name, config, context, rows)


def _train(method: str, config: PreferenceConfig, context: TrainingContext, rows: list[dict[str, str]]) -> TrainingOutcome:
    import torch
    from datasets import Dataset
    from transformers import AutoModelForCausalLM, AutoModelForSequenceClassification, AutoTokenizer

    torch.manual_seed(config.seed)
    tokenizer = AutoTokenizer.from_pretrained(context.model_path)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    over = _overlong(tokenizer, rows, config.max_length)
    if over:
        if method == "reward" and over == len(rows):
            raise ValueError(f"every one of the {len(rows)} pairs is longer than max_length={config.max_length} tokens "
                             "(prompt + response): raise max_length or shorten the rows")
        what = "left out" if method == "reward" else f"cut to their first {config.max_length} tokens"
        context.log.warning("%d of %d pairs are longer than max_length=%d tokens (prompt + response) and are %s",
                            over, len(rows), config.max_length, what)
    hf_dir = context.work_dir / "hf"
    bridge = _Bridge(context, hf_dir, config)
    common = dict(
        output_dir=str(hf_dir), max_steps=config.max_steps, per_device_train_batch_size=config.batch_size,
        learning_rate=config.learning_rate, use_cpu=not torch.cuda.is_available(), report_to=[], logging_steps=1,
        save_strategy="steps" if config.checkpoint_every else "no", save_steps=config.checkpoint_every or 500,
        save_total_limit=None, max_length=config.max_length, disable_tqdm=True, seed=config.seed, data_seed=config.seed,
        dataloader_num_workers=0,
    )
    if method == "dpo":
        from trl import DPOConfig
        from trl import DPOTrainer as TrlDPO

        model = AutoModelForCausalLM.from_pretrained(context.model_path)
        trainer_cls, args = TrlDPO, DPOConfig(**common, beta=config.beta)
        task = "CAUSAL_LM"
    else:
        from trl import RewardConfig, RewardTrainer

        model = AutoModelForSequenceClassification.from_pretrained(context.model_path, num_labels=1)
        model.config.pad_token_id = tokenizer.pad_token_id
        trainer_cls, args = RewardTrainer, RewardConfig(**common)
        task = "SEQ_CLS"
    peft_config = None
    if config.adapter == "lora":
        from peft import LoraConfig

        modules, fan_in_fan_out = _target_modules(config, model)
        peft_config = LoraConfig(r=config.lora_r, lora_alpha=config.lora_alpha, lora_dropout=config.lora_dropout,
                                 target_modules=modules, fan_in_fan_out=fan_in_fan_out, task_type=task)
    trainer = trainer_cls(model=model, args=args, train_dataset=Dataset.from_list(rows), processing_class=tokenizer,
                          peft_config=peft_config, callbacks=[bridge])
    found = context.checkpoints.latest() if context.resume and context.checkpoints else None
    if found:
        context.log.info("resuming %s from step %d", method, found[0])
    result = trainer.train(resume_from_checkpoint=str(found[1]) if found else None)
    steps = int(trainer.state.global_step)
    if bridge.stopped:
        return TrainingOutcome(status="stopped", steps=steps, checkpoint=bridge.last_checkpoint)
    out = context.output_dir
    shutil.rmtree(out, ignore_errors=True)
    final = trainer.model
    kind: Literal["full", "adapter"] = "full"
    if config.adapter == "lora":
        if method == "reward":
            final = final.merge_and_unload()  # a reward model is used whole (scoring), not as an adapter
        else:
            kind = "adapter"
    final.save_pretrained(out)
    tokenizer.save_pretrained(out)
    metrics: dict[str, float] = {"train_loss": float(result.training_loss), "pairs_over_max_length": float(over)}
    last = [h for h in trainer.state.log_history if "loss" in h]
    if last:
        for key in ("accuracy", "margin", "rewards/accuracies", "rewards/margins"):
            if key in last[-1] and math.isfinite(float(last[-1][key])):
                metrics[key.replace("rewards/", "reward_")] = float(last[-1][key])
    shutil.rmtree(hf_dir, ignore_errors=True)
    return TrainingOutcome(status="completed", steps=steps, model_dir=out, kind=kind, metrics=metrics)


def _overlong(tokenizer: Any, rows: Sequence[dict[str, str]], max_length: int) -> int:
    """How many pairs have a prompt + chosen or prompt + rejected longer than ``max_length`` tokens
    (trl's DPO trainer cuts those, its reward trainer leaves them out: the job says so)."""
    def length(prompt: str, response: str) -> int:
        return len(tokenizer(prompt + response, add_special_tokens=True)["input_ids"])

    return sum(1 for r in rows if max(length(r["prompt"], r["chosen"]), length(r["prompt"], r["rejected"])) > max_length)


def reward_scores(model_dir: str | Path, pairs: Sequence[tuple[str, str]], *, max_length: int = 512,
                  batch_size: int = 16) -> list[float]:
    """The reward model in ``model_dir`` scores each (prompt, response): higher is preferred."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = AutoModelForSequenceClassification.from_pretrained(model_dir).eval()
    model.config.pad_token_id = tokenizer.pad_token_id
    scores: list[float] = []
    with torch.inference_mode():
        for i in range(0, len(pairs), batch_size):
            texts = [p + r for p, r in pairs[i : i + batch_size]]
            enc = tokenizer(texts, return_tensors="pt", padding=True, truncation=True, max_length=max_length)
            scores += model(**enc).logits[:, 0].float().tolist()
    return scores


class TorchRewardScorer:
    """The SDK's ``RewardScorer`` service: :func:`reward_scores`."""

    def score(self, model_dir: Path, pairs: Sequence[tuple[str, str]]) -> list[float]:
        return reward_scores(model_dir, pairs)


PREFERENCE_TRAINERS = (
    PreferenceTrainer("dpo", "DPO: direct preference optimisation on prompt/chosen/rejected pairs (trl DPOTrainer)"),
    PreferenceTrainer("reward", "Reward model: a scalar head trained on prompt/chosen/rejected pairs (trl RewardTrainer)"),
)
