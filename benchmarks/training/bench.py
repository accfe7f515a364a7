"""LoRA fine-tuning through the llmworks API against the same training as a plain peft +
transformers script (``plain_lora.py``), in one run on the same machine.

llmworks: a real ``llmworks serve`` (uvicorn, embedded worker, SQLite) on 127.0.0.1 in a
temporary home. The bench uploads a JSON Lines dataset (``POST /api/datasets/upload``), queues
``POST /api/training/jobs`` and waits for the job. Its throughput comes from what the job
recorded: the times of its ``training.metrics`` events (``GET /api/events/history``) give the
wall-clock rate between the first and the last reported step (per-step bookkeeping, database
flushes, checkpoints and events included), and its per-step ``tokens_per_second`` metrics
(``GET /api/training/jobs/{id}/metrics``) the time spent inside the steps, hence the share
outside them. Start-up is timed from the POST, from the ``job.started`` event (the job
claimed) and from the child's "started in pid" log line (handler called) to the first
``training.metrics`` event (step 1). A 2-step warm-up job goes first, right after the server
answers (the "cold server" figures: the forkserver may still be preloading then).

plain: ``plain_lora.py`` in its own process (as the job runs in its own child), the SAME demo
model folder (``llmworks_sdk.demo.build_demo_model``), the same rows, LoRA r/alpha/dropout/
targets, batch size, sequence length, steps, learning rate and schedule, clipping and seed; its
rate is taken the same way, between the timestamps of its first and last step.

Every row is longer than the sequence length, so every step trains ``batch_size x
seq_length`` tokens on both sides. torch runs on 1 thread on each side (LLMWORKS_TORCH_THREADS
for the job, ``torch.set_num_threads`` for the script). By default each job is *paired* with a
plain run: the script loads everything, waits, and starts its loop when the job reports its
first step, so both train at the same time under the same machine load (on a shared machine,
runs one after the other differ by +-30 %); the ratio is the median over rounds of job / plain
beside it. ``--sequential`` runs them one after the other instead (an idle machine). The CPU
time of the job child (sampled from /proc) and of the script give tokens per CPU second too.
``--before-src`` (run.sh: ``BEFORE=<rev>``) adds a second server running other sources.
Target: llmworks tokens/s >= 0.95 x plain.

    bash benchmarks/training/run.sh [--steps 200] [--rounds 4] [--sequential]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
ADMIN = ("admin", "benchmark-password-123")
TARGET = 0.95


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(home: Path, port: int, threads: int, models: Path, src: list[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "LLMWORKS_HOME": str(home), "LLMWORKS_ADMIN_USERNAME": ADMIN[0],
           "LLMWORKS_ADMIN_PASSWORD": ADMIN[1], "LLMWORKS_TORCH_THREADS": str(threads), "LLMWORKS_MODELS_DIR": str(models),
           "OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads)}
    if src:  # the sources of another revision first on the path (the installed entry points then load them)
        env["PYTHONPATH"] = os.pathsep.join([*src, *filter(None, [os.environ.get("PYTHONPATH")])])
    cli = Path(sys.executable).parent / "llmworks"
    log = open(home / "server.log", "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen([str(cli), "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited: {(home / 'server.log').read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("the server did not answer /api/health within 180 s")


def make_rows(tokenizer: Any, n: int, seq: int) -> list[dict[str, str]]:
    """``n`` texts of demo sentences, each longer than ``seq`` tokens (so every batch is full)."""
    from llmworks_sdk.demo import demo_corpus

    sentences = demo_corpus(n * 40, seed=1)
    rows, i = [], 0
    for _ in range(n):
        text = ""
        while len(tokenizer(text)["input_ids"]) <= seq:
            text = f"{text} {sentences[i % len(sentences)]}".strip()
            i += 1
        rows.append({"text": text})
    return rows


def ts(event: dict[str, Any]) -> float:
    return datetime.fromisoformat(event["ts"]).timestamp()


def events_of(client: httpx.Client, project: int, type_: str, job_id: int) -> list[dict[str, Any]]:
    """Events of one type about one job, oldest first."""
    out, offset = [], 0
    while True:
        page = client.get("/api/events/history", params={"project_id": project, "type": type_, "limit": 500,
                                                          "offset": offset}).json()
        out += [e for e in page["items"] if e["subject_kind"] == "job" and e["subject_id"] == str(job_id)]
        offset += len(page["items"])
        if not page["items"] or offset >= page["total"]:
            return sorted(out, key=lambda e: e["id"])


def rate(first: tuple[int, float], last: tuple[int, float], tokens_per_step: int) -> float:
    """Tokens/s between two (step, wall time) marks: the steps after the first one."""
    return (last[0] - first[0]) * tokens_per_step / (last[1] - first[1])


class ChildCpu:
    """Samples the CPU time of the server's job children (forked by its forkserver) while a job
    runs, so that the job's CPU time between two wall-clock marks can be read back."""

    def __init__(self, server_pid: int, every: float = 0.05) -> None:
        import psutil

        self.server, self.every = psutil.Process(server_pid), every
        self.samples: dict[int, list[tuple[float, float]]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.wait(self.every):
            for fs in self.server.children():
                try:
                    for child in fs.children():
                        now, cpu = time.time(), sum(child.cpu_times()[:2])
                        self.samples.setdefault(child.pid, []).append((now, cpu))
                except psutil.Error:
                    pass

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def span(self) -> dict[str, Any]:
        """What was sampled (to tell why ``between`` found nothing)."""
        return {str(pid): [pts[0][0], pts[-1][0], len(pts)] for pid, pts in self.samples.items()}

    def tokens_per_cpu_second(self, marks: list[tuple[int, float]], tokens_per_step: int) -> float | None:
        """Tokens per CPU second of the job child between its first mark (step, time) and the
        last one the samples cover (the child may exit within a sampling interval of its last)."""
        if not self.samples:
            return None
        pts = max(self.samples.values(), key=len)

        def cpu_at(t: float) -> float | None:
            for (ta, ca), (tb, cb) in zip(pts, pts[1:], strict=False):
                if ta <= t <= tb:
                    return ca + (cb - ca) * (t - ta) / max(tb - ta, 1e-9)
            return None

        covered = [m for m in marks if cpu_at(m[1]) is not None]
        if len(covered) < 2 or covered[0] != marks[0]:
            return None
        first, last = covered[0], covered[-1]
        return (last[0] - first[0]) * tokens_per_step / (cpu_at(last[1]) - cpu_at(first[1]))


def platform_job(client: httpx.Client, project: int, dataset_version: int, config: dict[str, Any],
                 tokens_per_step: int, name: str, server_pid: int,
                 on_first_step: Callable[[], None] | None = None) -> dict[str, Any]:
    """Queue one training job through the API, wait for it (calling ``on_first_step`` once it
    reports a step) and read what it recorded."""
    import psutil

    server = psutil.Process(server_pid)
    server_cpu = sum(server.cpu_times()[:2])  # the server process itself (API, embedded worker), not the job child
    sampler = ChildCpu(server_pid)
    posted = time.time()
    r = client.post("/api/training/jobs", json={"project_id": project, "name": name, "base_model": "llmworks-demo-tiny",
                                                "dataset_version_id": dataset_version, "config": config})
    if r.status_code != 201:
        raise RuntimeError(f"POST /api/training/jobs: {r.status_code} {r.text}")
    job_id = r.json()["id"]
    while on_first_step is not None:
        job = client.get(f"/api/training/jobs/{job_id}").json()
        if (job.get("step") or 0) >= 1 or job["state"] not in ("queued", "running"):
            on_first_step()
            break
        time.sleep(0.1)
    while (job := client.get(f"/api/jobs/{job_id}").json())["state"] in ("queued", "running"):
        time.sleep(1.0)
    server_cpu = sum(server.cpu_times()[:2]) - server_cpu
    finished = time.time()
    sampler.stop()
    if job["state"] != "succeeded":
        log = client.get(f"/api/jobs/{job_id}/log").text[-3000:]
        raise RuntimeError(f"training job {job_id} {job['state']}: {job.get('error')}\n{log}")
    started = events_of(client, project, "job.started", job_id)[-1]
    marks = [(e["data"]["step"], ts(e)) for e in events_of(client, project, "training.metrics", job_id)]
    series = client.get(f"/api/training/jobs/{job_id}/metrics",
                        params={"keys": "tokens_per_second,loss", "limit": 100_000}).json()["series"]
    log = client.get(f"/api/jobs/{job_id}/log", params={"limit": 8192}).json()["text"]
    line = next(ln for ln in log.splitlines() if " started in pid " in ln)  # child_main, before the handler
    handler_started = datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f").timestamp()  # local time, as logged
    in_step = [v for _, v in series["tokens_per_second"]]
    losses = [v for _, v in series["loss"]]
    first, last = marks[0], marks[-1]
    assert first[0] == 1 and last[0] == config["max_steps"], f"unexpected reported steps {first}, {last}"
    # the steps' own time (each step's tokens / its tokens_per_second) against the wall clock
    # between the same marks: the share spent outside the steps (same run, same machine load)
    in_steps_s = sum(tokens_per_step / v for v in in_step[1:])
    return {"job_id": job_id, "steps": last[0], "post_to_first_step_s": first[1] - posted,
            "claimed_to_first_step_s": first[1] - ts(started), "post_to_claimed_s": ts(started) - posted,
            "claimed_to_handler_s": handler_started - ts(started), "handler_to_first_step_s": first[1] - handler_started,
            "tokens_per_second": rate(first, last, tokens_per_step),
            "tokens_per_cpu_second": sampler.tokens_per_cpu_second(marks, tokens_per_step),
            "in_step_tokens_per_second": (last[0] - first[0]) * tokens_per_step / in_steps_s,
            "outside_steps_fraction": 1 - in_steps_s / (last[1] - first[1]),
            "in_step_tokens_per_second_median": statistics.median(in_step),
            "loss_first": losses[0], "loss_last": losses[-1], "loss_mean": statistics.fmean(losses),
            "events": len(marks), "server_cpu_share": server_cpu / (finished - posted), "window": [first[1], last[1]],
            "cpu_samples": sampler.span()}


class Server:
    """A ``llmworks serve`` in its own home, logged in, with the rows uploaded as a dataset."""

    def __init__(self, home: Path, models: Path, threads: int, src: list[str], data: Path) -> None:
        home.mkdir(parents=True)
        port = free_port()
        self.proc = start_server(home, port, threads, models, src)
        try:
            self._setup(port, data)
        except BaseException:
            self.stop()
            raise

    def _setup(self, port: int, data: Path) -> None:
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120)
        token = self.client.post("/api/auth/login", json={"username": ADMIN[0], "password": ADMIN[1]}).json()["token"]
        self.client.headers["Authorization"] = f"Bearer {token}"
        projects = self.client.get("/api/projects")
        projects.raise_for_status()
        self.project = projects.json()["items"][0]["id"]
        up = self.client.post("/api/datasets/upload", files={"file": ("rows.jsonl", data.read_bytes())},
                              data={"name": "bench-rows", "project_id": str(self.project), "validation_fraction": "0"})
        if up.status_code not in (200, 201):
            raise RuntimeError(f"dataset upload: {up.status_code} {up.text}")
        self.version = up.json()["id"]

    def job(self, config: dict[str, Any], tokens_per_step: int, name: str,
            on_first_step: Callable[[], None] | None = None) -> dict[str, Any]:
        return platform_job(self.client, self.project, self.version, config, tokens_per_step, name, self.proc.pid,
                            on_first_step)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


class Plain:
    """``plain_lora.py`` in its own process. With ``paired``, it loads everything, says so, and
    starts its loop only when :meth:`go` is called (at the platform job's first step)."""

    def __init__(self, model_dir: Path, data: Path, settings: dict[str, Any], work: Path, paired: bool) -> None:
        work.mkdir(parents=True, exist_ok=True)
        self.out, self.ready, self.go_file = work / "plain.json", work / "ready", work / "go"
        for f in (self.out, self.ready, self.go_file):
            f.unlink(missing_ok=True)
        env = {**os.environ, "OMP_NUM_THREADS": str(settings["threads"]), "MKL_NUM_THREADS": str(settings["threads"])}
        cmd = [sys.executable, str(HERE / "plain_lora.py"), "--model", str(model_dir), "--data", str(data),
               "--settings", json.dumps(settings), "--out", str(self.out)]
        if paired:
            cmd += ["--ready", str(self.ready), "--go", str(self.go_file)]
        self.started = time.time()
        self.proc = subprocess.Popen(cmd, env=env)
        if paired:
            while not self.ready.exists():
                if self.proc.poll() is not None:
                    raise RuntimeError(f"plain_lora.py exited with {self.proc.returncode} before it was ready")
                time.sleep(0.05)

    def go(self) -> None:
        self.go_file.touch()

    def result(self) -> dict[str, Any]:
        self.go()
        if self.proc.wait() != 0:
            raise RuntimeError(f"plain_lora.py exited with {self.proc.returncode}")
        res = json.loads(self.out.read_text())
        stamps, tps, cpu = res["step_wall_times"], res["tokens_per_step"], res["step_cpu_times"]
        per_step = [tps / (b - a) for a, b in zip([res["loop_started"], *stamps[:-1]], stamps, strict=True)]
        return {"steps": len(stamps), "tokens_per_second": rate((1, stamps[0]), (len(stamps), stamps[-1]), tps),
                "tokens_per_cpu_second": rate((1, cpu[0]), (len(cpu), cpu[-1]), tps),
                "in_step_tokens_per_second_median": statistics.median(per_step),
                # process start -> step 1, less any wait for the go signal
                "start_to_first_step_s": (res["ready_at"] - self.started) + (stamps[0] - res["loop_started"]),
                "window": [stamps[0], stamps[-1]],
                "loss_first": res["losses"][0], "loss_last": res["losses"][-1], "loss_mean": statistics.fmean(res["losses"])}


def run(args: argparse.Namespace) -> dict[str, Any]:
    from llmworks_sdk.demo import DEMO_MODEL_NAME, build_demo_model
    from transformers import AutoTokenizer

    home = Path(tempfile.mkdtemp(prefix="llmworks-bench-training-"))
    model_dir = build_demo_model(home / "models" / DEMO_MODEL_NAME)  # the folder the servers train too
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    rows = make_rows(tokenizer, args.rows, args.seq_length)
    data = home / "rows.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    tokens_per_step = args.batch_size * args.seq_length
    targets = ["c_attn", "c_proj"]
    config = {"method": "lora", "max_steps": args.steps, "batch_size": args.batch_size,
              "max_seq_length": args.seq_length, "learning_rate": args.lr, "lr_scheduler": "linear",
              "warmup_steps": 0, "weight_decay": 0.0, "max_grad_norm": 1.0, "optimizer": "adamw_torch",
              "lora_r": 8, "lora_alpha": 16, "lora_dropout": 0.05, "target_modules": targets, "seed": args.seed,
              "val_fraction": 0.0, "device": "cpu"}
    settings = {"steps": args.steps, "batch_size": args.batch_size, "max_seq_length": args.seq_length,
                "learning_rate": args.lr, "lora_r": 8, "lora_alpha": 16, "lora_dropout": 0.05,
                "target_modules": targets, "max_grad_norm": 1.0, "seed": args.seed, "threads": args.threads}

    load = [os.getloadavg()]
    servers: dict[str, Server] = {}
    runs: dict[str, list[dict[str, Any]]] = {"llmworks": [], "plain": []}
    try:
        cold = {}
        for name, src in [("llmworks", []), *([("before", args.before_src)] if args.before_src else [])]:
            servers[name] = Server(home / f"server-{name}", home / "models", args.threads, src, data)
            cold[name] = servers[name].job({**config, "max_steps": 2}, tokens_per_step, "warm-up")  # right after start
            runs.setdefault(name, [])
        platforms = list(servers)
        for i in range(args.rounds):
            order = platforms[i % len(platforms):] + platforms[: i % len(platforms)]
            for side in order:
                if args.sequential:  # the plain script first on even rounds, after the job on odd ones
                    if i % 2 == 0:
                        runs["plain"].append(Plain(model_dir, data, settings, home / "plain", False).result())
                    runs[side].append(servers[side].job(config, tokens_per_step, f"bench-{i}"))
                    if i % 2 == 1:
                        runs["plain"].append(Plain(model_dir, data, settings, home / "plain", False).result())
                else:  # paired: the plain loop starts at the job's first step, both train at the same time
                    plain = Plain(model_dir, data, settings, home / "plain", True)
                    try:
                        runs[side].append(servers[side].job(config, tokens_per_step, f"bench-{i}", plain.go))
                    finally:
                        runs["plain"].append(plain.result())
                    runs[side][-1]["paired_ratio"] = runs[side][-1]["tokens_per_second"] / runs["plain"][-1]["tokens_per_second"]
                    p, q = runs[side][-1]["window"], runs["plain"][-1]["window"]
                    runs[side][-1]["overlap"] = max(0.0, min(p[1], q[1]) - max(p[0], q[0])) / max(p[1] - p[0], q[1] - q[0])
                load.append(os.getloadavg())
                print(f"round {i + 1} {side}: {runs[side][-1]['tokens_per_second']:.0f} tokens/s, plain "
                      f"{runs['plain'][-1]['tokens_per_second']:.0f}", flush=True)
    finally:
        for srv in servers.values():
            srv.stop()
    platform_runs, plain_runs = runs["llmworks"], runs["plain"]

    def med(runs: list[dict[str, Any]], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    if args.sequential:
        ratio = med(platform_runs, "tokens_per_second") / med(plain_runs, "tokens_per_second")
    else:  # each job against the plain run beside it
        ratio = med(platform_runs, "paired_ratio")
    cpu_ok = all(r["tokens_per_cpu_second"] for r in platform_runs)
    cpu_ratio = med(platform_runs, "tokens_per_cpu_second") / med(plain_runs, "tokens_per_cpu_second") if cpu_ok else None
    return {
        "benchmark": "training/lora",
        "machine": {"cpu_count": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "load_average": load, "uptime": subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip(),
                    "torch_threads_each_side": args.threads},
        "settings": {**config, "rows": args.rows, "tokens_per_step": tokens_per_step, "rounds": args.rounds,
                     "mode": "sequential" if args.sequential else "paired",
                     "model": DEMO_MODEL_NAME, "server": "llmworks serve (uvicorn, embedded worker, SQLite) on 127.0.0.1"},
        "warm_up_job": cold["llmworks"],
        "platform": platform_runs,
        "plain": plain_runs,
        "before": {"src": args.before_src, "label": args.before_label, "warm_up_job": cold["before"], "runs": runs["before"],
                   "tokens_per_second": med(runs["before"], "tokens_per_second"),
                   "ratio": None if args.sequential else med(runs["before"], "paired_ratio"),
                   "post_to_first_step_s": med(runs["before"], "post_to_first_step_s"),
                   "claimed_to_first_step_s": med(runs["before"], "claimed_to_first_step_s")} if args.before_src else None,
        "summary": {
            "platform_tokens_per_second": med(platform_runs, "tokens_per_second"),
            "plain_tokens_per_second": med(plain_runs, "tokens_per_second"),
            "platform_in_step_tokens_per_second": med(platform_runs, "in_step_tokens_per_second_median"),
            "plain_in_step_tokens_per_second": med(plain_runs, "in_step_tokens_per_second_median"),
            "ratio": ratio, "target": TARGET, "meets_target": ratio >= TARGET, "cpu_ratio": cpu_ratio,
            "post_to_first_step_s": med(platform_runs, "post_to_first_step_s"),
            "claimed_to_first_step_s": med(platform_runs, "claimed_to_first_step_s"),
            "cold_server_post_to_first_step_s": cold["llmworks"]["post_to_first_step_s"],
            "cold_server_claimed_to_first_step_s": cold["llmworks"]["claimed_to_first_step_s"],
            "plain_start_to_first_step_s": med(plain_runs, "start_to_first_step_s"),
        },
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=4, help="platform + plain runs, alternating which goes first")
    ap.add_argument("--rows", type=int, default=800, help="training rows (a multiple of the batch size)")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--seq-length", type=int, default=128)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--threads", type=int, default=1, help="torch threads on each side")
    ap.add_argument("--sequential", action="store_true",
                    help="run the plain script before/after each job instead of at the same time (an idle machine)")
    ap.add_argument("--before-src", action="append", default=[], metavar="DIR",
                    help="also run the platform from these source folders of another revision (run.sh: BEFORE=<rev>)")
    ap.add_argument("--before-label", default="before")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "results.json")
    args = ap.parse_args()
    if args.rows % args.batch_size:
        ap.error("--rows must be a multiple of --batch-size (every step then trains the same number of tokens)")
    res = run(args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2))
    s, b = res["summary"], res["before"]
    print(f"\nLoRA r=8 on {res['settings']['model']}, {args.steps} steps x {res['settings']['tokens_per_step']} tokens "
          f"(batch {args.batch_size} x {args.seq_length}), torch threads {args.threads} each, medians of {args.rounds}")
    cols = [("llmworks API", res["platform"]), *([(f"llmworks {args.before_label}", b["runs"])] if b else []),
            ("plain peft", res["plain"])]
    rows = [("tokens/s (first to last step)", "tokens_per_second", "{:.0f}"),
            ("tokens/s in-step (median step)", "in_step_tokens_per_second_median", "{:.0f}"),
            ("tokens per CPU second (first to last step)", "tokens_per_cpu_second", "{:.0f}"),
            ("time outside the steps", "outside_steps_fraction", "{:.1%}"),
            ("POST -> step 1 (s)", "post_to_first_step_s", "{:.2f}"),
            ("job claimed -> step 1 (s)", "claimed_to_first_step_s", "{:.2f}"),
            ("  claimed -> handler running in the child (s)", "claimed_to_handler_s", "{:.3f}"),
            ("  handler -> step 1 (s)", "handler_to_first_step_s", "{:.2f}"),
            ("process start -> step 1 (s)", "start_to_first_step_s", "{:.2f}"),
            ("server process CPU while the job ran", "server_cpu_share", "{:.1%}"),
            ("tokens/s / the plain run beside it", "paired_ratio", "{:.3f}"),
            ("overlap of the two training windows", "overlap", "{:.0%}"),
            ("final step loss", "loss_last", "{:.4f}")]
    print("| " + " | ".join(["", *(c for c, _ in cols)]) + " |")
    print("|" + "---|" * (len(cols) + 1))
    for label, key, fmt in rows:
        cells = [fmt.format(statistics.median(r[key] for r in rs)) if rs and all(r.get(key) is not None for r in rs) else ""
                 for _, rs in cols]
        print("| " + " | ".join([label, *cells]) + " |")
    print(f"ratio llmworks / plain {s['ratio']:.3f} (target >= {TARGET}: {'met' if s['meets_target'] else 'NOT met'})"
          + (f"; per CPU second (machine load left out): {s['cpu_ratio']:.3f}" if s["cpu_ratio"] else ""))
    cold = [("llmworks", res["warm_up_job"]), *([(args.before_label, b["warm_up_job"])] if b else [])]
    print("cold server (2-step job posted as the server answered): " + "; ".join(
        f"{n}: POST -> step 1 {c['post_to_first_step_s']:.2f} s, claimed -> step 1 {c['claimed_to_first_step_s']:.2f} s"
        for n, c in cold))
    print(f"load average (1/5/15 min) before: {'/'.join(f'{x:.1f}' for x in res['machine']['load_average'][0])}, "
          f"after: {'/'.join(f'{x:.1f}' for x in res['machine']['load_average'][-1])} on {res['machine']['cpu_count']} cores")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
