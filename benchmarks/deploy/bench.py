"""Local deployment vs in-process generation, and the time from POST to healthy.

A real kernel (SQLite, the embedded worker) in a temporary folder deploys a LoRA model version
of the demo model to the "local" target: a supervised ``llmworks serve-model`` process with the
OpenAI-compatible API. Requests then alternate between ``POST /v1/completions`` on that process
(httpx, keep-alive, API-key auth, the safety service consulted) and ``TorchLoadedModel.generate``
called in this process on the same base + adapter with the same settings (greedy, no log-probs).
Both sides run torch on ``--threads`` threads. Target: deployment latency <= 1.10 x in-process.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--requests", type=int, default=30)
    ap.add_argument("--max-new-tokens", type=int, default=64)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    import httpx
    import torch
    from llmworks_deploy.testing import make_adapter, register_versions
    from llmworks_sdk import GenerationParams, ModelRef
    from llmworks_sdk.demo import DEMO_MODEL_NAME, build_demo_model
    from llmworks_sdk.testing import KernelHarness, inference_backend

    torch.set_num_threads(args.threads)
    tmp = Path(tempfile.mkdtemp(prefix="llmworks-bench-deploy-"))
    demo = build_demo_model(tmp / "models" / DEMO_MODEL_NAME, arch="gpt2")
    adapter = make_adapter(demo, tmp / "lora", 11, ["c_attn"], 8)
    prompt = "The pilot keeps the map"
    out: dict = {"requests": args.requests, "max_new_tokens": args.max_new_tokens, "threads": args.threads,
                 "load_1min": os.getloadavg()[0]}
    with KernelHarness(tmp / "home", env={"LLMWORKS_MODELS_DIR": str(tmp / "models")}) as h:
        admin = h.login()
        pid = h.default_project_id()
        version = register_versions(h, pid, demo, {"lora": adapter})["lora"]
        key = admin.post("/api/auth/api-keys", json={"name": "bench", "project_id": pid}).json()["key"]
        t0 = time.perf_counter()
        r = admin.post("/api/plugins/deploy/deployments", json={
            "project_id": pid, "name": "bench", "target": "local", "model": f"custom:{version}",
            "settings": {"torch_threads": args.threads}})
        dep_id = r.json()["id"]
        while True:
            d = admin.get(f"/api/plugins/deploy/deployments/{dep_id}").json()
            if d["state"] in ("running", "failed"):
                break
            time.sleep(0.05)
        out["post_to_healthy_s"] = time.perf_counter() - t0
        if d["state"] != "running":
            print(admin.get(f"/api/plugins/deploy/deployments/{dep_id}/logs").json()["text"], file=sys.stderr)
            return 1
        url = d["outputs"]["openai_base_url"]
        model = inference_backend("pytorch").load(ModelRef(key="bench", path=demo, adapters={"lora": adapter}))
        params = GenerationParams(temperature=0, max_new_tokens=args.max_new_tokens, logprobs=False, top_logprobs=0)
        body = {"model": "bench", "prompt": prompt, "max_tokens": args.max_new_tokens, "temperature": 0}
        api, local, server = [], [], []
        try:
            with httpx.Client(headers={"Authorization": f"Bearer {key}"}, timeout=120) as c:
                for _ in range(3):  # warm-up both sides
                    c.post(f"{url}/completions", json=body).raise_for_status()
                    model.generate(prompt, params, adapter="lora")
                for _ in range(args.requests):
                    s = time.perf_counter()
                    resp = c.post(f"{url}/completions", json=body)
                    api.append(time.perf_counter() - s)
                    resp.raise_for_status()
                    s = time.perf_counter()
                    res = model.generate(prompt, params, adapter="lora")
                    local.append(time.perf_counter() - s)
                    server.append(resp.json()["llmworks"]["timings"])
                same = resp.json()["llmworks"]["token_ids"] == [t.token_id for t in res.tokens]
        finally:
            model.close()
            admin.post(f"/api/plugins/deploy/deployments/{dep_id}/stop")
    out.update(api_median_ms=statistics.median(api) * 1000, inprocess_median_ms=statistics.median(local) * 1000,
               api_p90_ms=sorted(api)[int(len(api) * 0.9) - 1] * 1000,
               inprocess_p90_ms=sorted(local)[int(len(local) * 0.9) - 1] * 1000, same_tokens=same)
    out["ratio"] = out["api_median_ms"] / out["inprocess_median_ms"]
    out["server_median_ms"] = {k: statistics.median(t[k] for t in server) for k in server[0]}
    out["load_1min_after"] = os.getloadavg()[0]
    print(f"POST /deployments -> healthy: {out['post_to_healthy_s']:.1f} s")
    print(f"/v1/completions on the deployment: median {out['api_median_ms']:.1f} ms (p90 {out['api_p90_ms']:.1f})")
    print(f"in-process generate:               median {out['inprocess_median_ms']:.1f} ms (p90 {out['inprocess_p90_ms']:.1f})")
    print("inside the serving process (median): " + ", ".join(f"{k} {v:.1f}" for k, v in out["server_median_ms"].items()))
    print(f"ratio deployment / in-process: {out['ratio']:.2f} (target <= 1.10: {'met' if out['ratio'] <= 1.10 else 'missed'}); "
          f"same tokens: {same}; load {out['load_1min']:.1f} -> {out['load_1min_after']:.1f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
