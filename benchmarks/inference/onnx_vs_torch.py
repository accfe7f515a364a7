"""ONNX Runtime against PyTorch: generation speed on the same model and prompt, in one run.

Both run through their llmworks backends (``llmworks_onnx.backend.OnnxRuntimeBackend`` and
``llmworks_torch.backend.TorchBackend``) with the same ``GenerationParams``: greedy decoding,
a fixed number of new tokens (EOS cannot end a run early: ``repetition_penalty`` keeps the
random model moving and every run is checked to reach ``max_new_tokens``), per-token
log-probs with 5 alternatives. Both decode token by token over a key/value cache. Runs
alternate between the backends so that both see the same machine state; medians are
reported, with the ratio ONNX Runtime / PyTorch in tokens per second, and a check that both
produced the same tokens.

Both use the same number of intra-op threads (``--threads``, default 1): on a shared 2-core
machine two spinning threads per runtime collapse under contention (PyTorch fell from ~250 to
~10 tokens/s for the tiny model while other jobs ran), which would measure the neighbours.

Models (random weights, the demo tokenizer): ``tiny`` is the demo model (2 layers, width 64),
``small`` a 6-layer, width-512 GPT-2 (about 19 M parameters), where the matrix work is no
longer negligible next to the per-token Python work.

    .venv/bin/python benchmarks/inference/onnx_vs_torch.py [--sizes tiny small] [--repeat 5] [--max-new-tokens 128] [--threads 1]

Results: ``benchmarks/inference/out/onnx_vs_torch.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PROMPT = "The old farmer paints the door in the morning, and the young girl"


def build_model(size: str, folder: Path) -> Path:
    from llmworks_sdk.demo import build_demo_model

    # random weights (no pre-training): the pre-trained demo model ends its answer after a few
    # tokens, and the comparison needs every run to reach max_new_tokens
    path = build_demo_model(folder / "demo", arch="gpt2", pretrain_steps=0)
    if size == "tiny":
        return path
    import torch
    from transformers import AutoTokenizer, GPT2Config, GPT2LMHeadModel

    tokenizer = AutoTokenizer.from_pretrained(path)
    config = GPT2Config(
        n_layer=6, n_head=8, n_embd=512, n_positions=512, vocab_size=len(tokenizer),
        bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
    )
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        model = GPT2LMHeadModel(config)
    out = folder / "small"
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def timed_run(loaded: Any, params: Any) -> tuple[float, list[int]]:
    start = time.perf_counter()
    ids = [t.token_id for t in loaded.stream(PROMPT, params)]
    return time.perf_counter() - start, ids


def bench(size: str, repeat: int, max_new_tokens: int, threads: int, work: Path) -> dict[str, Any]:
    import torch
    from llmworks_onnx.backend import OnnxRuntimeBackend
    from llmworks_sdk import GenerationParams, ModelRef
    from llmworks_torch.backend import TorchBackend

    torch.set_num_threads(threads)
    model_dir = build_model(size, work / size)
    ref = ModelRef(key=f"bench-{size}", path=model_dir)
    params = GenerationParams(temperature=0, repetition_penalty=1.3, max_new_tokens=max_new_tokens, top_logprobs=5)
    start = time.perf_counter()
    onnx = OnnxRuntimeBackend(cache_dir=work / "onnx-cache", threads=threads).load(ref)
    export_s = time.perf_counter() - start
    torch_model = TorchBackend().load(ref)
    backends = {"onnxruntime": onnx, "pytorch": torch_model}
    for loaded in backends.values():  # warm-up
        timed_run(loaded, params)
    seconds: dict[str, list[float]] = {name: [] for name in backends}
    tokens: dict[str, list[int]] = {}
    for _ in range(repeat):
        for name, loaded in backends.items():
            elapsed, ids = timed_run(loaded, params)
            if len(ids) != max_new_tokens:
                raise SystemExit(f"{name} stopped after {len(ids)} tokens; the comparison needs {max_new_tokens}")
            seconds[name].append(elapsed)
            tokens[name] = ids
    n_params = sum(p.numel() for p in torch_model.model.parameters())
    tps = {name: max_new_tokens / statistics.median(s) for name, s in seconds.items()}
    return {
        "size": size,
        "parameters": n_params,
        "max_new_tokens": max_new_tokens,
        "repeat": repeat,
        "export_and_load_s": round(export_s, 2),
        "providers": onnx.providers,
        "threads": {"pytorch": torch.get_num_threads(), "onnxruntime": threads},
        "median_s": {name: round(statistics.median(s), 4) for name, s in seconds.items()},
        "tokens_per_s": {name: round(v, 1) for name, v in tps.items()},
        "ratio_onnxruntime_over_pytorch": round(tps["onnxruntime"] / tps["pytorch"], 3),
        "same_tokens": tokens["onnxruntime"] == tokens["pytorch"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["tiny", "small"], choices=["tiny", "small"])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--max-new-tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, default=1, help="intra-op threads of both runtimes")
    parser.add_argument("--json", type=Path, default=HERE / "out" / "onnx_vs_torch.json")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="llmworks-bench-onnx-") as tmp:
        for size in args.sizes:
            r = bench(size, args.repeat, args.max_new_tokens, args.threads, Path(tmp))
            results.append(r)
            tps = r["tokens_per_s"]
            print(
                f"{size:5s} ({r['parameters'] / 1e6:.2f} M params, {r['max_new_tokens']} tokens, median of {r['repeat']}): "
                f"onnxruntime {tps['onnxruntime']:.0f} tok/s, pytorch {tps['pytorch']:.0f} tok/s, "
                f"ratio {r['ratio_onnxruntime_over_pytorch']:.2f}x, same tokens: {r['same_tokens']}",
                flush=True,
            )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({
        "benchmark": "onnx_vs_torch",
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
                    "load_average": os.getloadavg()},
        "results": results,
    }, indent=2) + "\n")
    print(f"results: {args.json}")


if __name__ == "__main__":
    main()
