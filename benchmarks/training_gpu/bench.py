"""GPU training benchmark: the llmworks trainer (with and without its fast path, LoRA and QLoRA)
against a plain transformers + peft script, on a Llama-shaped ~1B model with random weights.

One run builds the model (Llama-3.2-1B shape: 16 layers, hidden 2048, MLP 8192, 32 heads with 8
key/value heads, vocabulary 128,256, tied embeddings; random bf16 weights, nothing downloaded),
a word-level tokenizer whose words are the token ids, and rows of synthetic token sequences
(lengths uniform in 256..2047 plus EOS, so batches need padding as real instruction data does;
tokens from a Zipf law over 8,192 ids where every other token follows from the one before, so
LoRA has something to learn). Every variant then trains in its own process on the same rows in
the same order, LoRA r=16 (alpha 32, dropout 0.05) on all seven linear layers of every block,
batch 4, sequences up to 2048 tokens, AdamW lr 1e-3 with 10 warm-up steps:

- ``plain``: plain_peft.py (bf16 weights, SDPA, rows padded to the longest of the batch);
- ``llmworks_fast``: ``llmworks_torch.training.run_training`` with the default switches
  (bf16, packing with varlen flash attention, Liger kernels and fused linear cross-entropy,
  gradient checkpointing chosen by memory, prefetching);
- ``llmworks_qlora``: the same with ``method="qlora"`` (4-bit nf4 + double quantisation,
  paged 8-bit AdamW);
- ``llmworks_no_liger`` (only when named in ``--variants``): the fast path without Liger kernels;
- ``llmworks_nofast``: ``run_training`` with packing, fused kernels and prefetching off
  (bf16 like the plain script);

Reported per variant: tokens/s (tokens of the rows, padding excluded, over the steps after
the first ``--warmup``), peak CUDA memory (``max_memory_allocated``, and reserved), first and
final loss, and the loss curve against the plain script's (same rows at every step).

    python benchmarks/training_gpu/bench.py [--steps 100] [--budget-s 330] [--out DIR]
    python benchmarks/training_gpu/bench.py --tiny      # the same pipeline on the CPU in seconds
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LINEAR = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
SPECIALS = ["<s>", "</s>", "<pad>", "<unk>"]  # ids 0..3; word "t<i>" is id i for i >= 4

#: (name, kind, TrainingConfig overrides) in the order they run (the budget may cut the last)
VARIANTS = [
    ("plain", "plain", {}),
    ("llmworks_fast", "platform", {}),
    ("llmworks_qlora", "platform", {"method": "qlora", "optimizer": "paged_adamw_8bit"}),
    ("llmworks_no_liger", "platform", {"fused_kernels": False}),  # run only when named in --variants
    (
        "llmworks_nofast",
        "platform",
        {"precision": "bf16", "packing": False, "fused_kernels": False, "prefetch_batches": 0, "gradient_checkpointing": False},
    ),
]


# -- model and data --------------------------------------------------------------------------------


def build_model(folder: Path, tiny: bool, device: str) -> dict:
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import AutoModelForCausalLM, LlamaConfig, PreTrainedTokenizerFast

    keys = ("hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads", "num_key_value_heads", "vocab_size")
    shape = dict(zip(keys, (64, 256, 2, 4, 2, 512) if tiny else (2048, 8192, 16, 32, 8, 128256), strict=True))
    config = LlamaConfig(
        **shape,
        max_position_embeddings=4096,
        rope_theta=500000.0,
        tie_word_embeddings=True,
        bos_token_id=0,
        eos_token_id=1,
        pad_token_id=2,
    )
    torch.manual_seed(0)
    with torch.device(device):
        model = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16)
    n_params = sum(p.numel() for p in model.parameters())
    model.save_pretrained(folder)
    del model
    vocab = {tok: i for i, tok in enumerate(SPECIALS)} | {f"t{i}": i for i in range(len(SPECIALS), shape["vocab_size"])}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
        unk_token="<unk>",
        model_input_names=["input_ids", "attention_mask"],
    )
    fast.save_pretrained(folder)
    return {"parameters": n_params, **shape}


def make_rows(n: int, tiny: bool, seed: int = 1) -> list[list[int]]:
    """Token rows: lengths uniform in [lo, hi), Zipf-distributed ids with a learnable successor rule."""
    import numpy as np

    rng = np.random.default_rng(seed)
    k, lo, hi = (200, 16, 127) if tiny else (8192, 256, 2047)
    weights = 1.0 / np.arange(1, k + 1) ** 1.1
    weights /= weights.sum()
    successor = rng.permutation(k)
    rows = []
    for length in rng.integers(lo, hi, size=n):
        draws = rng.choice(k, size=int(length), p=weights)
        follow = rng.random(int(length)) < 0.5
        for i in range(1, int(length)):
            if follow[i]:
                draws[i] = successor[draws[i - 1]]
        rows.append([int(t) + len(SPECIALS) for t in draws])
    return rows


# -- the llmworks side -----------------------------------------------------------------------------


def run_platform(model_dir: Path, rows: list[list[int]], s: dict, overrides: dict, out_dir: Path) -> dict:
    import torch
    from llmworks_torch.training import TrainingCallbacks, run_training
    from llmworks_torch.training_config import TrainingConfig

    started = time.time()
    stamps: list[float] = []
    losses: list[float] = []

    class Timer(TrainingCallbacks):
        def on_step(self, step, total_steps, metrics):
            losses.append(metrics["loss"])
            stamps.append(time.time())

        def should_stop(self):
            return len(stamps) > 1 and stamps[-1] - stamps[0] > s["time_cap_s"]

    config = TrainingConfig(
        **{
            "method": "lora",
            "max_steps": s["steps"],
            "batch_size": s["batch_size"],
            "learning_rate": s["learning_rate"],
            "warmup_steps": s["warmup_steps"],
            "lora_r": s["lora_r"],
            "lora_alpha": s["lora_alpha"],
            "lora_dropout": s["lora_dropout"],
            "target_modules": s["target_modules"],
            "max_seq_length": s["max_seq_length"],
            "max_grad_norm": s["max_grad_norm"],
            "checkpoint_every": None,
            "val_fraction": 0.0,
            "seed": s["seed"],
            "device": s["device"],
            **(
                {"allow_cpu_qlora": True, "optimizer": "adamw_torch"}
                if s["device"] == "cpu" and overrides.get("method") == "qlora"
                else {}
            ),
            **{k: v for k, v in overrides.items() if not (s["device"] == "cpu" and k == "optimizer")},
        }
    )
    text_rows = [{"text": " ".join(f"t{i}" for i in ids)} for ids in rows]
    result = run_training(config, model_dir, text_rows, [], out_dir, Timer())
    card = json.loads((Path(result.output_dir or out_dir) / "llmworks_training.json").read_text()) if result.output_dir else {}
    out = {
        "losses": losses,
        "stamps": stamps,
        "load_s": (stamps[0] if stamps else time.time()) - started,
        "status": result.status,
        "fast_path": card.get("fast_path"),
    }
    if s["device"] == "cuda":
        out["peak_allocated_bytes"] = torch.cuda.max_memory_allocated()
        out["peak_reserved_bytes"] = torch.cuda.max_memory_reserved()
    return out


# -- orchestration ---------------------------------------------------------------------------------


def step_tokens(rows: list[list[int]], s: dict, steps: int) -> list[int]:
    """Tokens of the rows (with EOS, no padding) each step trains on, in the trainer's order."""
    sys.path.insert(0, str(HERE))
    from plain_peft import batch_order

    out, epoch = [], 0
    while len(out) < steps:
        for idx in batch_order(len(rows), s["batch_size"], s["seed"], epoch):
            out.append(sum(min(len(rows[i]) + 1, s["max_seq_length"]) for i in idx))
            if len(out) == steps:
                break
        epoch += 1
    return out


def summarise(name: str, r: dict, tokens: list[int], warmup: int) -> dict:
    stamps, losses = r.get("stamps", []), r.get("losses", [])
    n = len(stamps)
    row = {
        "variant": name,
        "steps": n,
        "first_loss": losses[0] if losses else None,
        "final_loss": losses[-1] if losses else None,
        "final_loss_10": sum(losses[-10:]) / len(losses[-10:]) if losses else None,
        "peak_allocated_gib": r.get("peak_allocated_bytes", 0) / 2**30,
        "peak_reserved_gib": r.get("peak_reserved_bytes", 0) / 2**30,
        "load_s": r.get("load_s"),
    }
    if n > warmup + 1:
        row["tokens_per_s"] = sum(tokens[warmup + 1 : n]) / (stamps[n - 1] - stamps[warmup])
        row["s_per_step"] = (stamps[n - 1] - stamps[warmup]) / (n - 1 - warmup)
    return row


def moving(xs: list[float], w: int = 10) -> list[float]:
    return [sum(xs[max(0, i - w + 1) : i + 1]) / len(xs[max(0, i - w + 1) : i + 1]) for i in range(len(xs))]


def curve_agreement(a: list[float], b: list[float]) -> dict:
    n = min(len(a), len(b))
    if n == 0:
        return {"steps": 0}
    ma, mb = moving(a[:n]), moving(b[:n])
    return {
        "steps": n,
        "first_step_rel_diff": abs(a[0] - b[0]) / abs(b[0]),
        "mean_abs_diff": sum(abs(x - y) for x, y in zip(a[:n], b[:n], strict=True)) / n,
        "max_rel_diff_10step_avg": max(abs(x - y) / abs(y) for x, y in zip(ma, mb, strict=True)),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--steps", type=int, default=100)
    ap.add_argument("--warmup", type=int, default=5, help="steps left out of tokens/s (kernel compilation, allocator)")
    ap.add_argument("--budget-s", type=float, default=330, help="start no variant after this many seconds")
    ap.add_argument("--time-cap-s", type=float, default=55, help="a variant stops training after this long")
    ap.add_argument("--variants", default="plain,llmworks_fast,llmworks_qlora,llmworks_nofast")
    ap.add_argument("--tiny", action="store_true", help="tiny model on the CPU: checks the pipeline, times nothing")
    ap.add_argument("--work", type=Path, default=Path("/tmp/llmworks-gpu-bench"))
    ap.add_argument("--out", type=Path, default=HERE / "out")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--overrides", default="{}", help=argparse.SUPPRESS)
    args = ap.parse_args()
    work = args.work
    if args.worker:  # a child process: one llmworks variant
        s = json.loads((work / "settings.json").read_text())
        rows = json.loads((work / "data.json").read_text())["ids"]
        r = run_platform(work / "model", rows, s, json.loads(args.overrides), work / f"run-{args.worker}")
        (work / f"{args.worker}.json").write_text(json.dumps(r))
        return

    t0 = time.time()
    import torch

    device = "cpu" if args.tiny else "cuda"
    if device == "cuda" and not torch.cuda.is_available():
        sys.exit("no CUDA GPU here: run with --tiny on a CPU")
    work.mkdir(parents=True, exist_ok=True)
    args.out.mkdir(parents=True, exist_ok=True)
    s = {
        "device": device,
        "steps": 8 if args.tiny else args.steps,
        "batch_size": 4,
        "learning_rate": 1e-3,
        "warmup_steps": 2 if args.tiny else 10,
        "lora_r": 16,
        "lora_alpha": 32,
        "lora_dropout": 0.05,
        "target_modules": LINEAR,
        "max_seq_length": 128 if args.tiny else 2048,
        "max_grad_norm": 1.0,
        "seed": 42,
        "time_cap_s": args.time_cap_s,
    }
    gpu = (
        {
            "name": torch.cuda.get_device_name(0),
            "memory_gib": torch.cuda.get_device_properties(0).total_memory / 2**30,
            "torch": torch.__version__,
            "cuda": torch.version.cuda,
        }
        if device == "cuda"
        else {"name": "cpu"}
    )
    import peft
    import transformers

    gpu.update(transformers=transformers.__version__, peft=peft.__version__)
    for pkg in ("liger_kernel", "bitsandbytes", "triton"):
        try:
            mod = __import__(pkg)
            gpu[pkg] = getattr(mod, "__version__", "?")
        except Exception as exc:  # noqa: BLE001 - reported, the variant will say what it could not use
            gpu[pkg] = f"not importable: {exc}"
    print(f"device: {json.dumps(gpu)}", flush=True)
    model_info = build_model(work / "model", args.tiny, device)
    rows = make_rows(s["steps"] * s["batch_size"], args.tiny)
    (work / "data.json").write_text(json.dumps({"ids": rows}))
    (work / "settings.json").write_text(json.dumps(s))
    check_same_tokens(work / "model", rows[:3], s)
    print(
        f"model: {model_info['parameters'] / 1e9:.3f} B parameters; {len(rows)} rows, mean length "
        f"{sum(map(len, rows)) / len(rows):.0f}; built in {time.time() - t0:.1f} s",
        flush=True,
    )
    tokens = step_tokens(rows, s, s["steps"])

    results: dict[str, dict] = {}
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    for name, kind, overrides in VARIANTS:
        if name not in args.variants.split(","):
            continue
        if time.time() - t0 > args.budget_s:
            print(f"{name}: skipped (budget of {args.budget_s:.0f} s spent)", flush=True)
            results[name] = {"skipped": True}
            continue
        started = time.time()
        if kind == "plain":
            cmd = [
                sys.executable,
                str(HERE / "plain_peft.py"),
                "--model",
                str(work / "model"),
                "--data",
                str(work / "data.json"),
                "--settings",
                json.dumps(s),
                "--out",
                str(work / f"{name}.json"),
            ]
        else:
            cmd = [
                sys.executable,
                str(Path(__file__).resolve()),
                "--work",
                str(work),
                "--worker",
                name,
                "--overrides",
                json.dumps(overrides),
            ]
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=args.time_cap_s + 150)
        (args.out / f"{name}.log").write_text(proc.stdout + proc.stderr)
        if proc.returncode != 0:
            print(
                f"{name}: FAILED (exit {proc.returncode}) after {time.time() - started:.0f} s\n"
                f"{(proc.stdout + proc.stderr)[-3000:]}",
                flush=True,
            )
            results[name] = {"failed": proc.returncode}
            continue
        results[name] = json.loads((work / f"{name}.json").read_text())
        row = summarise(name, results[name], tokens, 1 if args.tiny else args.warmup)
        results[name]["summary"] = row
        print(f"{name}: {json.dumps(row)} ({time.time() - started:.0f} s)", flush=True)
        if results[name].get("fast_path"):
            print(f"  fast path: {json.dumps(results[name]['fast_path'])}", flush=True)

    report(results, s, gpu, model_info, args, time.time() - t0)


def check_same_tokens(model_dir: Path, rows: list[list[int]], s: dict) -> None:
    """The llmworks side's text rows encode to exactly the plain side's ids (+ EOS)."""
    from llmworks_torch.formatting import encode_rows
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    got = encode_rows([{"text": " ".join(f"t{i}" for i in ids)} for ids in rows], tokenizer, s["max_seq_length"])
    want = [(ids + [tokenizer.eos_token_id])[: s["max_seq_length"]] for ids in rows]
    if [e.input_ids for e in got] != want:
        sys.exit("the tokenizer does not give the plain script's ids: the comparison would be unfair")


def report(results: dict, s: dict, gpu: dict, model_info: dict, args, total_s: float) -> None:
    summaries = {k: v["summary"] for k, v in results.items() if "summary" in v}
    base = summaries.get("plain")
    agreement = {}
    for name, r in results.items():
        if name != "plain" and "losses" in r and "plain" in results and "losses" in results["plain"]:
            agreement[name] = curve_agreement(r["losses"], results["plain"]["losses"])
    out = {
        "device": gpu,
        "model": model_info,
        "settings": s,
        "summaries": summaries,
        "loss_curve_vs_plain": agreement,
        "losses": {k: v.get("losses") for k, v in results.items()},
        "fast_path": {k: v.get("fast_path") for k, v in results.items() if v.get("fast_path")},
        "total_s": total_s,
    }
    (args.out / "results.json").write_text(json.dumps(out, indent=2))
    print(
        f"\n{gpu['name']} | {model_info['parameters'] / 1e9:.2f} B params | LoRA r={s['lora_r']} all linear | "
        f"batch {s['batch_size']} x up to {s['max_seq_length']} tokens | total {total_s:.0f} s"
    )
    print(
        f"{'variant':<17}{'steps':>6}{'tok/s':>10}{'x plain':>9}{'peak GiB':>10}{'x plain':>9}"
        f"{'loss 1st':>10}{'final10':>9}{'curve Δ':>9}"
    )
    for name, row in summaries.items():
        tps, mem = row.get("tokens_per_s"), row["peak_allocated_gib"]
        speed = f"{tps / base['tokens_per_s']:.2f}" if base and tps and base.get("tokens_per_s") else "-"
        memx = f"{mem / base['peak_allocated_gib']:.2f}" if base and base["peak_allocated_gib"] else "-"
        curve = agreement.get(name, {}).get("max_rel_diff_10step_avg")
        print(
            f"{name:<17}{row['steps']:>6}{(tps or math.nan):>10.0f}{speed:>9}{mem:>10.1f}{memx:>9}"
            f"{row['first_loss']:>10.3f}{row['final_loss_10']:>9.3f}{(f'{curve:.3f}' if curve is not None else '-'):>9}"
        )


if __name__ == "__main__":
    main()
