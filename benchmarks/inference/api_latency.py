"""Generation through the llmworks HTTP API against ``model.generate`` in-process, in one run.

A real ``llmworks serve`` (uvicorn) runs on 127.0.0.1 in a temporary home with the tiny demo
model. The same model folder is loaded in this process with the PyTorch backend
(``llmworks_torch.generation.TorchLoadedModel``), and both generate with the same prompt and
settings (greedy, per-token log-probs with 5 alternatives, as the API returns by default).
Requests alternate between the two so that both see the same machine state.

Reported: median and p90 latency of each, their ratio (target <= 1.10: the API adds at most
10 % to a generation), and the time to the first streamed token over SSE against the
in-process time to the first token. Results go to ``benchmarks/inference/out/api_latency.json``.

    .venv/bin/python benchmarks/inference/api_latency.py [--requests 30] [--max-new-tokens 64]
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
import time
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
PROMPT = "The old farmer watches the small boat near the lake, and the captain"
ADMIN = ("admin", "benchmark-password-123")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(home: Path, port: int, threads: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "LLMWORKS_HOME": str(home), "LLMWORKS_ADMIN_USERNAME": ADMIN[0],
           "LLMWORKS_ADMIN_PASSWORD": ADMIN[1], "LLMWORKS_EMBEDDED_WORKER": "false",
           "OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads)}
    cli = Path(sys.executable).parent / "llmworks"
    log = open(home / "server.log", "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen([str(cli), "serve", "--host", "127.0.0.1", "--port", str(port), "--no-worker",
                             "--log-level", "warning"], env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited: {(home / 'server.log').read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.terminate()
    raise RuntimeError("the server did not answer /api/health within 120 s")


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def first_token_ms(client: httpx.Client, body: dict[str, Any]) -> float:
    start = time.perf_counter()
    first: float | None = None
    with client.stream("POST", "/api/inference/generate", json={**body, "stream": True}) as r:
        r.raise_for_status()
        for line in r.iter_lines():  # read to the end: the next request starts on an idle server
            if first is None and line.startswith("event: token"):
                first = time.perf_counter()
    if first is None:
        raise RuntimeError("the stream had no token")
    return (first - start) * 1000


def run(requests: int, max_new_tokens: int, threads: int) -> dict[str, Any]:
    import torch
    from llmworks_sdk import GenerationParams, ModelRef
    from llmworks_sdk.demo import DEMO_MODEL_NAME, build_demo_model
    from llmworks_torch.generation import TorchLoadedModel

    home = Path(tempfile.mkdtemp(prefix="llmworks-bench-inference-"))
    model_dir = build_demo_model(home / "models" / DEMO_MODEL_NAME)
    torch.set_num_threads(threads)  # the server gets the same count through OMP_NUM_THREADS
    load_before = os.getloadavg()[0]
    port = free_port()
    server = start_server(home, port, threads)
    try:
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120)
        token = client.post("/api/auth/login", json={"username": ADMIN[0], "password": ADMIN[1]}).json()["token"]
        client.headers["Authorization"] = f"Bearer {token}"
        project = client.get("/api/projects").json()["items"][0]["id"]
        key = client.post("/api/auth/api-keys", json={"name": "benchmark", "project_id": project}).json()["key"]
        client.headers["Authorization"] = f"Bearer {key}"
        params = GenerationParams(temperature=0, max_new_tokens=max_new_tokens)
        r = client.post("/api/inference/routes", json={"project_id": project, "name": "bench",
                                                        "model": f"base:{DEMO_MODEL_NAME}", "backend": "pytorch",
                                                        "params": params.model_dump(exclude_unset=True)})
        r.raise_for_status()
        body = {"route": "bench", "prompt": PROMPT}

        local = TorchLoadedModel(ModelRef(key="local", path=model_dir))
        for _ in range(3):  # warm both: model load, allocator, first-call paths
            api = client.post("/api/inference/generate", json=body)
            api.raise_for_status()
            local.generate(PROMPT, params)
        api_tokens = [t["token_id"] for t in api.json()["tokens"]]
        local_tokens = [t.token_id for t in local.generate(PROMPT, params).tokens]
        assert api_tokens == local_tokens, "the API and the in-process model generated different tokens"

        api_ms, local_ms, api_ttft, local_ttft, server_ms = [], [], [], [], []
        for _ in range(requests):
            start = time.perf_counter()
            resp = client.post("/api/inference/generate", json=body)
            api_ms.append((time.perf_counter() - start) * 1000)
            resp.raise_for_status()
            server_ms.append(resp.json()["latency_ms"])
            start = time.perf_counter()
            result = local.generate(PROMPT, params)
            local_ms.append((time.perf_counter() - start) * 1000)
            local_ttft.append(result.time_to_first_token_ms)
            api_ttft.append(first_token_ms(client, body))
        n_tokens = len(api_tokens)
    finally:
        server.terminate()
        server.wait(timeout=30)

    med_api, med_local = statistics.median(api_ms), statistics.median(local_ms)
    return {
        "benchmark": "inference/api_latency",
        "machine": {"cpu_count": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "load_average_1min": [load_before, os.getloadavg()[0]], "torch_threads_each_side": threads},
        "settings": {"requests": requests, "prompt": PROMPT, "generated_tokens": n_tokens, "temperature": 0,
                     "max_new_tokens": max_new_tokens, "logprobs": True, "top_logprobs": 5, "model": DEMO_MODEL_NAME,
                     "backend": "pytorch", "server": "llmworks serve (uvicorn) on 127.0.0.1, API key auth"},
        "api_ms": {"median": med_api, "p90": pct(api_ms, 0.9), "mean": statistics.fmean(api_ms)},
        "api_server_side_ms": {"median": statistics.median(server_ms)},
        "in_process_ms": {"median": med_local, "p90": pct(local_ms, 0.9), "mean": statistics.fmean(local_ms)},
        "latency_ratio": med_api / med_local,
        "target_ratio": 1.10,
        "meets_target": med_api / med_local <= 1.10,
        "overhead_ms": med_api - med_local,
        "time_to_first_token_ms": {"api_streamed_median": statistics.median(api_ttft), "api_streamed_p90": pct(api_ttft, 0.9),
                                   "in_process_median": statistics.median(local_ttft)},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=30)
    ap.add_argument("--max-new-tokens", type=int, default=64)
    ap.add_argument("--threads", type=int, default=1, help="torch threads in the server and in this process (same on both)")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "api_latency.json")
    args = ap.parse_args()
    res = run(args.requests, args.max_new_tokens, args.threads)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2))
    a, b, t = res["api_ms"], res["in_process_ms"], res["time_to_first_token_ms"]
    print(f"{res['settings']['generated_tokens']} tokens, {args.requests} requests each")
    print(f"HTTP API      median {a['median']:.1f} ms  p90 {a['p90']:.1f} ms")
    print(f"in-process    median {b['median']:.1f} ms  p90 {b['p90']:.1f} ms")
    print(f"ratio {res['latency_ratio']:.3f} (target <= 1.10: {'met' if res['meets_target'] else 'NOT met'}), "
          f"overhead {res['overhead_ms']:.1f} ms")
    print(f"load average (1 min) before/after: {res['machine']['load_average_1min'][0]:.1f}/"
          f"{res['machine']['load_average_1min'][1]:.1f} on {res['machine']['cpu_count']} cores")
    print(f"first token: streamed over HTTP {t['api_streamed_median']:.1f} ms, in-process {t['in_process_median']:.1f} ms")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
