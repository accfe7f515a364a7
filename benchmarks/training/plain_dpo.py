"""The DPO run of benchmarks/training/bench_dpo.py written as a plain trl script: what a user writes
without llmworks. Loads the model folder and its tokenizer, wraps LoRA through trl's ``peft_config``
and trains ``trl.DPOTrainer`` with the same ``DPOConfig`` fields as the platform's "dpo" method
(batch size, steps, learning rate, beta, max length, seed, logging every step, no checkpoints). A
callback stamps the wall time after each optimizer step; loading is never timed.

    python benchmarks/training/plain_dpo.py --model DIR --data rows.jsonl --settings '{...}' --out result.json \\
        [--ready FILE --go FILE]   # paired mode: train at the same time as the platform's job
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from plain_lora import wait_for_go


def train(model_dir: Path, rows: list[dict], s: dict, work: Path, ready: Path | None = None, go: Path | None = None) -> dict:
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, AutoTokenizer, TrainerCallback
    from trl import DPOConfig, DPOTrainer

    torch.set_num_threads(s["threads"])
    torch.manual_seed(s["seed"])
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = AutoModelForCausalLM.from_pretrained(model_dir)
    stamps: list[float] = []
    losses: list[float] = []

    class Stamp(TrainerCallback):
        def on_step_end(self, args, state, control, **kw):  # noqa: ANN001, ANN201
            stamps.append(time.time())

        def on_log(self, args, state, control, logs=None, **kw):  # noqa: ANN001, ANN201
            if logs and "loss" in logs:
                losses.append(float(logs["loss"]))

    args = DPOConfig(output_dir=str(work / "hf"), max_steps=s["steps"], per_device_train_batch_size=s["batch_size"],
                     learning_rate=s["learning_rate"], use_cpu=True, report_to=[], logging_steps=1, save_strategy="no",
                     max_length=s["max_length"], disable_tqdm=True, seed=s["seed"], data_seed=s["seed"],
                     dataloader_num_workers=0, beta=s["beta"])
    lora = LoraConfig(r=s["lora_r"], lora_alpha=s["lora_alpha"], lora_dropout=0.0, target_modules=["c_attn"],
                      fan_in_fan_out=True, task_type="CAUSAL_LM")
    trainer = DPOTrainer(model=model, args=args, train_dataset=Dataset.from_list(rows), processing_class=tokenizer,
                         peft_config=lora, callbacks=[Stamp()])
    ready_at = wait_for_go(ready, go)
    started = time.time()
    trainer.train()
    return {"step_wall_times": stamps, "ready_at": ready_at, "loop_started": started, "losses": losses}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--data", type=Path, required=True, help="JSON Lines, one {'prompt', 'chosen', 'rejected'} per line")
    ap.add_argument("--settings", required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--ready", type=Path)
    ap.add_argument("--go", type=Path)
    a = ap.parse_args()
    rows = [json.loads(line) for line in a.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    res = train(a.model, rows, json.loads(a.settings), a.out.parent, a.ready, a.go)
    a.out.write_text(json.dumps(res))


if __name__ == "__main__":
    main()
