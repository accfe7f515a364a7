"""The LoRA fine-tune of bench.py as a plain transformers + peft script (SDPA attention).

What a user would write without llmworks on a GPU: load the model folder in bf16 with SDPA
attention, wrap it with ``peft.get_peft_model`` (LoRA on every linear layer), pad each batch
to its longest row, let the model compute its loss (``labels=``), and run AdamW with a linear
schedule, bf16 autocast and gradient clipping. It reads the same token ids that llmworks gets
as text, appends EOS as llmworks does, and visits the rows in the same seeded order as the
llmworks trainer, so both sides see the same rows at every step. It imports nothing from
llmworks. Timestamps are taken after each optimizer step (``loss.item()`` waits for the GPU).

    python benchmarks/training_gpu/plain_peft.py --model DIR --data data.json --settings '{...}' --out result.json
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def batch_order(n_rows: int, batch_size: int, seed: int, epoch: int) -> list[list[int]]:
    """The llmworks trainer's shuffled batches of one epoch (a seeded ``torch.randperm``)."""
    import torch

    gen = torch.Generator().manual_seed(seed * 1_000_003 + epoch)
    order = torch.randperm(n_rows, generator=gen).tolist()
    return [order[i : i + batch_size] for i in range(0, n_rows, batch_size)]


def train(model_dir: Path, rows: list[list[int]], s: dict) -> dict:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer, get_scheduler

    device = s["device"]
    dtype = torch.bfloat16 if device == "cuda" else torch.float32
    started = time.time()
    torch.manual_seed(s["seed"])
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=dtype, attn_implementation="sdpa").to(device)
    lora = LoraConfig(
        r=s["lora_r"],
        lora_alpha=s["lora_alpha"],
        lora_dropout=s["lora_dropout"],
        target_modules=s["target_modules"],
        task_type="CAUSAL_LM",
    )
    model = get_peft_model(model, lora)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=s["learning_rate"], weight_decay=0.0)
    scheduler = get_scheduler("linear", optimizer, num_warmup_steps=s["warmup_steps"], num_training_steps=s["steps"])
    eos, pad = tokenizer.eos_token_id, tokenizer.pad_token_id
    examples = [(ids + [eos])[: s["max_seq_length"]] for ids in rows]
    model.train()
    losses, stamps = [], []
    loaded = time.time()
    step, epoch = 0, 0
    while step < s["steps"]:
        for idx in batch_order(len(examples), s["batch_size"], s["seed"], epoch):
            batch = [examples[i] for i in idx]
            width = max(len(e) for e in batch)
            input_ids = torch.full((len(batch), width), pad, dtype=torch.long)
            mask = torch.zeros_like(input_ids)
            for i, e in enumerate(batch):
                input_ids[i, : len(e)] = torch.tensor(e)
                mask[i, : len(e)] = 1
            labels = input_ids.masked_fill(mask == 0, -100)
            input_ids, mask, labels = input_ids.to(device), mask.to(device), labels.to(device)
            with torch.autocast(device_type=device, dtype=dtype, enabled=device == "cuda"):
                loss = model(input_ids=input_ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, s["max_grad_norm"])
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            losses.append(loss.item())
            stamps.append(time.time())
            step += 1
            if step == s["steps"] or (len(stamps) > 1 and stamps[-1] - stamps[0] > s["time_cap_s"]):
                break
        if len(stamps) > 1 and stamps[-1] - stamps[0] > s["time_cap_s"]:
            break
        epoch += 1
    out = {"losses": losses, "stamps": stamps, "load_s": loaded - started, "trainable_parameters": sum(p.numel() for p in params)}
    if device == "cuda":
        out["peak_allocated_bytes"] = torch.cuda.max_memory_allocated()
        out["peak_reserved_bytes"] = torch.cuda.max_memory_reserved()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--data", type=Path, required=True, help="JSON: {'ids': [[token ids of a row], ...]}")
    ap.add_argument("--settings", required=True, help="JSON: the settings bench.py gives every variant")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    rows = json.loads(args.data.read_text())["ids"]
    args.out.write_text(json.dumps(train(args.model, rows, json.loads(args.settings))))


if __name__ == "__main__":
    main()
