"""The LoRA fine-tune of benchmarks/training/bench.py written as a plain peft + transformers script.

What a user would write without llmworks: load the model folder and its tokenizer, wrap the
model with ``peft.get_peft_model``, tokenise the rows (truncated to the sequence length, EOS
appended as llmworks does), shuffle them into batches with a seeded ``DataLoader`` and run
AdamW with a linear schedule and gradient clipping for a fixed number of steps. The loop is
timed around the steps (a timestamp after each optimizer step), never around loading.

    python benchmarks/training/plain_lora.py --model DIR --data rows.jsonl --settings '{...}' --out result.json \
        [--ready FILE --go FILE]   # bench.py's paired mode: train at the same time as the platform's job
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def wait_for_go(ready: Path | None, go: Path | None) -> float:
    """Say we are ready to train (``ready`` file) and wait for the ``go`` file; returns when ready."""
    now = time.time()
    if ready is not None:
        ready.write_text(str(now))
    while go is not None and not go.exists():
        time.sleep(0.005)
    return now


def train(model_dir: Path, rows: list[dict], s: dict, ready: Path | None = None, go: Path | None = None) -> dict:
    import torch
    from peft import LoraConfig, get_peft_model
    from torch.utils.data import DataLoader
    from transformers import AutoModelForCausalLM, AutoTokenizer, get_scheduler

    torch.set_num_threads(s["threads"])
    torch.manual_seed(s["seed"])
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    lora = LoraConfig(r=s["lora_r"], lora_alpha=s["lora_alpha"], lora_dropout=s["lora_dropout"],
                      target_modules=s["target_modules"], fan_in_fan_out=True,  # GPT-2 Conv1D layers
                      task_type="CAUSAL_LM")
    model = get_peft_model(model, lora)

    seq = s["max_seq_length"]
    ids = [(tokenizer(r["text"])["input_ids"] + [tokenizer.eos_token_id])[:seq] for r in rows]
    data = torch.tensor(ids)  # every row is longer than seq: one rectangular tensor
    loader = DataLoader(data, batch_size=s["batch_size"], shuffle=True, generator=torch.Generator().manual_seed(s["seed"]))

    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=s["learning_rate"], weight_decay=0.0)
    scheduler = get_scheduler("linear", optimizer, num_warmup_steps=0, num_training_steps=s["steps"])
    model.train()
    step, losses, stamps, cpu = 0, [], [], []
    ready_at = wait_for_go(ready, go)
    started = time.time()
    while step < s["steps"]:
        for batch in loader:
            out = model(input_ids=batch, attention_mask=torch.ones_like(batch), labels=batch)
            out.loss.backward()
            torch.nn.utils.clip_grad_norm_(params, s["max_grad_norm"])
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            losses.append(float(out.loss.detach()))
            stamps.append(time.time())
            cpu.append(time.process_time())
            step += 1
            if step == s["steps"]:
                break
    return {"step_wall_times": stamps, "step_cpu_times": cpu, "ready_at": ready_at, "loop_started": started, "losses": losses,
            "tokens_per_step": s["batch_size"] * seq, "trainable_parameters": sum(p.numel() for p in params)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--data", type=Path, required=True, help="JSON Lines, one {'text': ...} per line")
    ap.add_argument("--settings", required=True, help="JSON: the settings bench.py gives both sides")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--ready", type=Path, help="written when everything is loaded (then the loop waits for --go)")
    ap.add_argument("--go", type=Path, help="the training loop starts once this file exists")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    args.out.write_text(json.dumps(train(args.model, rows, json.loads(args.settings), args.ready, args.go)))


if __name__ == "__main__":
    main()
