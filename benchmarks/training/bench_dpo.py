"""DPO through the llmworks API against the same training as a plain trl ``DPOTrainer`` script
(``plain_dpo.py``), paired on the same machine (the row "DPO" of benchmarks/README.md "## training").

llmworks: a real ``llmworks serve`` (see bench.py) with the preference rows uploaded as a dataset
version; ``POST /api/training/jobs`` with ``method: dpo`` (LoRA r=8 on c_attn, the platform's
defaults otherwise: step metrics, the tracking run, ``training.metrics`` events). Its rate is taken
between the times of its first and last ``training.metrics`` events. plain: ``plain_dpo.py`` in its
own process with the same model folder, rows, DPOConfig fields and LoRA; its rate between the
timestamps of its first and last step. Each job is paired with a plain run that starts training
when the job reports its first step (same machine load); the ratio is the median over rounds of
job / plain beside it. Both sides train the same rows in the same order, so tokens per step are the
same on both sides: the mean of prompt+chosen and prompt+rejected tokens × batch size.
Target: llmworks tokens/s >= 0.95 x plain.

    bash benchmarks/training/run.sh --dpo [--steps 60] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import HERE, TARGET, Server, events_of, rate, ts


def make_rows(n: int, seed: int) -> list[dict[str, str]]:
    from llmworks_sdk.demo import demo_corpus

    s = demo_corpus(n * 3, seed=seed)
    return [{"prompt": s[3 * i], "chosen": " " + s[3 * i + 1] + " " + s[3 * i + 2], "rejected": " " + s[3 * i + 2]} for i in range(n)]


def tokens_per_row(model_dir: Path, rows: list[dict[str, str]]) -> float:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir)
    n = [len(tok(r["prompt"])["input_ids"]) * 2 + len(tok(r["chosen"])["input_ids"]) + len(tok(r["rejected"])["input_ids"]) + 2
         for r in rows]
    return statistics.fmean(n)


class Plain:
    def __init__(self, model_dir: Path, data: Path, settings: dict[str, Any], work: Path) -> None:
        work.mkdir(parents=True, exist_ok=True)
        self.out, self.ready, self.go_file = work / "plain.json", work / "ready", work / "go"
        for f in (self.out, self.ready, self.go_file):
            f.unlink(missing_ok=True)
        env = {**os.environ, "OMP_NUM_THREADS": str(settings["threads"]), "MKL_NUM_THREADS": str(settings["threads"]),
               "PYTHONPATH": os.pathsep.join([str(HERE), *filter(None, [os.environ.get("PYTHONPATH")])])}
        self.proc = subprocess.Popen([sys.executable, str(HERE / "plain_dpo.py"), "--model", str(model_dir), "--data", str(data),
                                      "--settings", json.dumps(settings), "--out", str(self.out), "--ready", str(self.ready),
                                      "--go", str(self.go_file)], env=env)
        while not self.ready.exists():
            if self.proc.poll() is not None:
                raise RuntimeError(f"plain_dpo.py exited with {self.proc.returncode} before it was ready")
            time.sleep(0.05)

    def go(self) -> None:
        self.go_file.touch()

    def result(self, tokens_per_step: float) -> dict[str, Any]:
        self.go()
        if self.proc.wait() != 0:
            raise RuntimeError(f"plain_dpo.py exited with {self.proc.returncode}")
        res = json.loads(self.out.read_text())
        stamps = res["step_wall_times"]
        return {"steps": len(stamps), "tokens_per_second": rate((1, stamps[0]), (len(stamps), stamps[-1]), tokens_per_step),
                "loss_last": res["losses"][-1] if res["losses"] else None}


def platform_dpo(server: Server, config: dict[str, Any], tokens_per_step: float, on_first_step: Any) -> dict[str, Any]:
    c = server.client
    r = c.post("/api/training/jobs", json={"project_id": server.project, "name": "bench-dpo", "base_model": "llmworks-demo-tiny",
                                           "dataset_version_id": server.version, "config": config})
    if r.status_code != 201:
        raise RuntimeError(f"POST /api/training/jobs: {r.status_code} {r.text}")
    job_id = r.json()["id"]
    while True:
        job = c.get(f"/api/training/jobs/{job_id}").json()
        if (job.get("step") or 0) >= 1 or job["state"] not in ("queued", "running"):
            on_first_step()
            break
        time.sleep(0.05)
    while (job := c.get(f"/api/jobs/{job_id}").json())["state"] in ("queued", "running"):
        time.sleep(0.5)
    if job["state"] != "succeeded":
        raise RuntimeError(f"DPO job {job_id} {job['state']}: {c.get(f'/api/jobs/{job_id}/log').text[-3000:]}")
    marks = sorted({e["data"]["step"]: ts(e) for e in events_of(c, server.project, "training.metrics", job_id)}.items())
    first, last = marks[0], marks[-1]
    assert last[0] == config["max_steps"], f"the job reported steps up to {last[0]}"
    return {"job_id": job_id, "steps": last[0], "tokens_per_second": rate(first, last, tokens_per_step),
            "first_reported_step": first[0]}


def run(args: argparse.Namespace) -> dict[str, Any]:
    from llmworks_sdk.demo import DEMO_MODEL_NAME, build_demo_model

    home = Path(tempfile.mkdtemp(prefix="llmworks-bench-dpo-"))
    model_dir = build_demo_model(home / "models" / DEMO_MODEL_NAME)
    rows = make_rows(args.rows, args.seed)
    data = home / "pairs.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    tokens_per_step = tokens_per_row(model_dir, rows) * args.batch_size
    config = {"method": "dpo", "adapter": "lora", "max_steps": args.steps, "batch_size": args.batch_size,
              "learning_rate": args.lr, "beta": 0.1, "max_length": 256, "lora_r": 8, "lora_alpha": 16, "lora_dropout": 0.0,
              "target_modules": ["c_attn"], "seed": args.seed}
    settings = {"steps": args.steps, "batch_size": args.batch_size, "learning_rate": args.lr, "beta": 0.1, "max_length": 256,
                "lora_r": 8, "lora_alpha": 16, "seed": args.seed, "threads": args.threads}
    server = Server(home / "server", home / "models", args.threads, [], data)
    runs: dict[str, list[dict[str, Any]]] = {"llmworks": [], "plain": []}
    load = [os.getloadavg()]
    try:
        for i in range(args.rounds):
            plain = Plain(model_dir, data, settings, home / "plain")
            try:
                runs["llmworks"].append(platform_dpo(server, config, tokens_per_step, plain.go))
            finally:
                runs["plain"].append(plain.result(tokens_per_step))
            ratio = runs["llmworks"][-1]["tokens_per_second"] / runs["plain"][-1]["tokens_per_second"]
            runs["llmworks"][-1]["paired_ratio"] = ratio
            print(f"round {i + 1}: llmworks {runs['llmworks'][-1]['tokens_per_second']:.0f} tokens/s, "
                  f"plain {runs['plain'][-1]['tokens_per_second']:.0f} tokens/s, ratio {ratio:.3f}", flush=True)
    finally:
        server.stop()
    load.append(os.getloadavg())
    ratio = statistics.median(r["paired_ratio"] for r in runs["llmworks"])
    return {"settings": {**settings, "rows": args.rows, "tokens_per_step": tokens_per_step}, "runs": runs,
            "summary": {"llmworks_tokens_per_second": statistics.median(r["tokens_per_second"] for r in runs["llmworks"]),
                        "plain_tokens_per_second": statistics.median(r["tokens_per_second"] for r in runs["plain"]),
                        "ratio": ratio, "target": TARGET, "meets_target": ratio >= TARGET},
            "machine": {"load_average": load}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--steps", type=int, default=60)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--rows", type=int, default=240)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", type=Path, default=HERE / "out" / "dpo-results.json")
    args = ap.parse_args()
    res = run(args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2))
    s = res["summary"]
    print(f"\nDPO (LoRA r=8) on the demo model, {args.steps} steps x batch {args.batch_size}, "
          f"{res['settings']['tokens_per_step']:.0f} tokens per step, {args.rounds} paired rounds (medians)")
    print("| | llmworks DPO job | plain trl DPOTrainer |\n|---|---:|---:|")
    print(f"| tokens/s, first to last step | {s['llmworks_tokens_per_second']:,.0f} | {s['plain_tokens_per_second']:,.0f} |")
    print(f"ratio llmworks / plain {s['ratio']:.3f} (target >= {TARGET}: {'met' if s['meets_target'] else 'NOT met'})")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
