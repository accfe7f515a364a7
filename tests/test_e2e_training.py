"""Acceptance: "Custom model training on custom data, end to end".

1. ``test_custom_data_to_served_model`` goes through the REST API only (an in-process
   ``KernelHarness`` client; the demo base model is built by the server on first use): a
   jsonl dataset of generated prompt/completion rows is uploaded, a LoRA job on the demo model
   trains on that dataset version, its loss goes down, an evaluation stores perplexity, BLEU
   and ROUGE, the merged and the adapter exports load back in transformers / peft and agree
   with each other and with the inference API, which serves ``custom:<id>`` greedily with
   log-probs.
2. ``test_killed_worker_resumes_from_checkpoint``: a standalone ``llmworks worker`` is
   SIGKILLed in the middle of a training job; its job child dies with it, a second worker
   recovers the job, which resumes from its newest checkpoint and succeeds; the step metrics
   (the torch job's and the tracking run's) are exactly steps 1..N, and a model version is
   registered.

SQLite only: the standalone workers of test 2 claim every queued job of their database.
The tiny demo model trains on one torch thread (``LLMWORKS_TORCH_THREADS=1``).
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import signal
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from llmworks_sdk.testing import KernelHarness

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "kernel" / "tests"))  # the kernel's subprocess helpers
from test_jobs_support import Procs, llmworks_cmd, pid_alive, wait_for  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

DEMO = "llmworks-demo-tiny"  # the torch plugin's demo base model (GET /api/models/available)
TERMINAL = ("succeeded", "failed", "cancelled")
WORKER = llmworks_cmd("worker", "--concurrency", "1")
ENV = {"LLMWORKS_TORCH_THREADS": "1"}

_THINGS = {
    "apple": "red",
    "banana": "yellow",
    "grass": "green",
    "sky": "blue",
    "snow": "white",
    "coal": "black",
    "plum": "purple",
    "carrot": "orange",
}
_NAMES = [
    "Anna", "Ben", "Carla", "David", "Emma", "Felix", "Grace", "Hugo", "Iris", "Jonas",
    "Karl", "Lena", "Marco", "Nina", "Oscar", "Paula", "Quinn", "Rosa", "Sam", "Tara",
    "Umar", "Vera", "Will", "Xena", "Yusuf", "Zoe", "Alma", "Bruno", "Cleo", "Dario",
    "Elif", "Finn", "Gina", "Hans", "Ines", "Jack", "Kira", "Liam", "Mila", "Noah",
]  # fmt: skip


def colour_rows() -> list[dict[str, str]]:
    """320 short prompt/completion rows: the completion's colour follows from the object."""
    return [
        {"prompt": f"Question: what colour is the {thing} of {name}?\nAnswer:", "completion": f" The {thing} is {colour}."}
        for name in _NAMES
        for thing, colour in _THINGS.items()
    ]


def job_log(client: Any, job_id: int) -> str:
    return client.get(f"/api/jobs/{job_id}/log").json()["text"]


def wait_training_job(client: Any, job_id: int, timeout: float) -> dict[str, Any]:
    """Poll ``GET /api/training/jobs/{id}`` until the job has ended; it must have succeeded."""
    job = wait_for(
        lambda: (j := client.get(f"/api/training/jobs/{job_id}").json())["state"] in TERMINAL and j,
        timeout,
        f"training job {job_id} to end",
        interval=0.2,
    )
    assert job["state"] == "succeeded", f"{job['state']}: {job['error']}\n{job_log(client, job_id)}"
    return job


def step_series(client: Any, job_id: int) -> dict[str, list[list[float]]]:
    r = client.get(f"/api/training/jobs/{job_id}/metrics", params={"limit": 100_000})
    assert r.status_code == 200, r.text
    return r.json()["series"]


def unpack(content: bytes, dest: Path) -> Path:
    with tarfile.open(fileobj=io.BytesIO(content), mode="r:gz") as tar:
        tar.extractall(dest, filter="data")
    (root,) = list(dest.iterdir())
    return root


def upload_dataset(client: Any, project: int, name: str, rows: list[dict[str, str]]) -> dict[str, Any]:
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    r = client.post(
        "/api/datasets/upload",
        files={"file": (f"{name}.jsonl", data, "application/jsonl")},
        data={"project_id": str(project), "name": name},
    )
    assert r.status_code == 201, r.text
    return r.json()


# ------------------------------------------------------------------------------ 1. end to end
def test_custom_data_to_served_model(tmp_path):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    torch.set_num_threads(1)
    with KernelHarness(tmp_path / "home", env=ENV) as h:
        client = h.login()
        project = h.default_project_id()

        # the demo base model is listed (and built by the server on first use)
        available = client.get("/api/models/available").json()["items"]
        demo = next(m for m in available if m["name"] == DEMO)
        assert demo["ref"] == f"base:{DEMO}"  # test kernels build it lazily: the training job below builds it

        # 1. upload custom data
        rows = colour_rows()
        version = upload_dataset(client, project, "colours", rows)
        assert version["row_count"] == len(rows) and "completion" in version["columns"]
        detail = client.get(f"/api/datasets/versions/{version['id']}").json()
        assert detail["kind"] == "prompt-completion", detail

        # 2. train a LoRA adapter on that dataset version
        steps = 30
        config = {
            "method": "lora",
            "max_steps": steps,
            "batch_size": 8,
            "learning_rate": 2e-2,
            "eval_every": 15,
            "seed": 1,
            "target_modules": ["c_attn", "c_proj", "c_fc"],
        }
        r = client.post(
            "/api/training/jobs",
            json={
                "project_id": project,
                "base_model": DEMO,
                "dataset_version_id": version["id"],
                "config": config,
                "name": "colours-lora",
            },
        )
        assert r.status_code == 201, r.text
        job = wait_training_job(client, r.json()["id"], timeout=240)
        assert job["step"] == job["total_steps"] == steps and job["dataset_version_id"] == version["id"]
        vid = job["model_version_id"]
        assert vid is not None

        # 3. the loss went down (the job's recorded step metrics)
        series = step_series(client, job["id"])
        loss = series["loss"]
        assert [s for s, _ in loss] == list(range(1, steps + 1))
        first, last = [v for _, v in loss[:5]], [v for _, v in loss[-5:]]
        assert sum(last) / 5 < sum(first) / 5 - 0.2, loss  # a random-weight model: LoRA moves it slowly
        assert loss[-1][1] < loss[0][1]
        assert [s for s, _ in series["val_loss"]] == [15, 30]

        model_version = client.get(f"/api/models/custom/{vid}").json()
        assert model_version["kind"] == "adapter" and model_version["dataset_version_id"] == version["id"]

        # 4. evaluate on the dataset's validation split: perplexity, BLEU and ROUGE are stored
        metrics = ["perplexity", "bleu", "rougeL"]
        r = client.post(
            f"/api/models/custom/{vid}/evaluate",
            json={"metrics": metrics, "dataset_version_id": version["id"], "max_examples": 16, "max_new_tokens": 8},
        )
        assert r.status_code == 201, r.text
        evaluation = r.json()
        done = h.wait_for_job(client, evaluation["job_id"], timeout=180)
        assert done["state"] == "succeeded", job_log(client, done["id"])
        stored = client.get(f"/api/evaluations/{evaluation['id']}").json()
        assert stored["status"] == "succeeded" and stored["model"] == f"custom:{vid}"
        assert set(metrics) <= set(stored["results"]), stored["results"]
        scores = {m: stored["results"][m]["score"] for m in metrics}
        assert 1 < scores["perplexity"] < 1e4 and 0 <= scores["bleu"] <= 100 and 0 <= scores["rougeL"] <= 1, scores
        assert [e["id"] for e in client.get(f"/api/models/custom/{vid}").json()["evaluations"]] == [evaluation["id"]]
        # ... and written on the training run (tracking) of the model version
        assert stored["run_id"] is not None and str(stored["run_id"]) == str(job["run_id"]), (stored, job["run_id"])
        summary = client.get(f"/api/tracking/runs/{stored['run_id']}").json()["summary"]
        assert set(metrics) <= set(summary) and summary["bleu"] == scores["bleu"], summary

        # 5. export merged and adapter, load both back, same greedy next token
        folders = {}
        for fmt in ("merged", "adapter"):
            r = client.get(f"/api/models/custom/{vid}/export", params={"format": fmt})
            assert r.status_code == 200, r.text
            folders[fmt] = unpack(r.content, tmp_path / fmt)
        assert (folders["adapter"] / "adapter_config.json").is_file()
        base_path = next(m for m in client.get("/api/models/available").json()["items"] if m["name"] == DEMO)["path"]
        tokenizer = AutoTokenizer.from_pretrained(folders["merged"])
        prompts = [rows[0]["prompt"], "Question: what colour is the sky of Zoe?\nAnswer: The sky is", "Hello"]
        encoded = [torch.tensor([tokenizer(p)["input_ids"]]) for p in prompts]

        def next_logits(model: Any) -> list[Any]:
            with torch.no_grad():
                return [model(input_ids=ids).logits[0, -1] for ids in encoded]

        def completion_nll(model: Any) -> float:
            """Mean next-token NLL of the completions of a few training rows given their prompts."""
            total, count = 0.0, 0
            with torch.no_grad():
                for row in rows[:16]:
                    start = len(tokenizer(row["prompt"])["input_ids"])
                    ids = torch.tensor([tokenizer(row["prompt"] + row["completion"])["input_ids"]])
                    logprobs = torch.log_softmax(model(input_ids=ids).logits[0, :-1].float(), -1)
                    targets = ids[0, 1:]
                    total -= float(logprobs[torch.arange(len(targets)), targets][start - 1 :].sum())
                    count += len(targets) - (start - 1)
            return total / count

        base = AutoModelForCausalLM.from_pretrained(base_path).eval()
        base_logits, base_nll = next_logits(base), completion_nll(base)
        adapter_model = PeftModel.from_pretrained(base, str(folders["adapter"])).eval()
        merged = AutoModelForCausalLM.from_pretrained(folders["merged"]).eval()
        adapter_logits, merged_logits = next_logits(adapter_model), next_logits(merged)
        for a, m, b in zip(adapter_logits, merged_logits, base_logits, strict=True):
            assert int(a.argmax()) == int(m.argmax())
            assert torch.allclose(a, m, atol=1e-3), float((a - m).abs().max())
            assert float((a - b).abs().max()) > 1e-2  # the adapter changes the base model
        # the exported weights are the trained ones: the completions are more likely than under the base
        merged_nll = completion_nll(merged)
        assert merged_nll < base_nll - 0.2, (merged_nll, base_nll)
        assert completion_nll(adapter_model) == pytest.approx(merged_nll, abs=1e-4)

        # 6. generate from the trained model through the inference API (greedy, with log-probs)
        prompt = prompts[0]
        r = client.post(
            "/api/inference/generate",
            json={
                "model": f"custom:{vid}",
                "backend": "pytorch",
                "prompt": prompt,
                "params": {"temperature": 0, "max_new_tokens": 6, "logprobs": True, "top_logprobs": 2},
            },
        )
        assert r.status_code == 200, r.text
        out = r.json()
        tokens = out["tokens"]
        assert tokens and all(t["logprob"] is not None and t["logprob"] <= 0 and math.isfinite(t["logprob"]) for t in tokens)
        assert all(t["rank"] == 1 for t in tokens)  # greedy: always the most likely token
        # the served model is the exported one: same greedy tokens and log-probs as the merged export
        ids = tokenizer(prompt)["input_ids"]
        with torch.no_grad():
            for t in tokens:
                logprobs = torch.log_softmax(merged(input_ids=torch.tensor([ids])).logits[0, -1].float(), -1)
                assert t["token_id"] == int(logprobs.argmax())
                assert abs(t["logprob"] - float(logprobs[t["token_id"]])) < 1e-3
                ids.append(t["token_id"])


# ------------------------------------------------------------------------------ 2. killed worker
@pytest.fixture
def workers(tmp_path: Path) -> Iterator[Procs]:
    """Standalone worker subprocesses, each in its own process group (worker, forkserver, job
    children), all killed at the end of the test whatever happened."""
    procs = Procs(tmp_path)
    try:
        yield procs
    finally:
        procs.kill_all()


def child_pids(log: str) -> list[int]:
    return [int(m) for m in re.findall(r"attempt \d+ of job \d+ \(torch\.train\) started in pid (\d+)", log)]


def test_killed_worker_resumes_from_checkpoint(tmp_path, workers):
    steps, every, evals = 120, 30, [45, 90, 120]
    home = tmp_path / "home"
    with KernelHarness(home, worker=False, env=ENV) as h:
        client = h.login()
        project = h.default_project_id()
        env = {k: v for k, v in os.environ.items() if not k.startswith("LLMWORKS_")}
        env.update(
            ENV,
            LLMWORKS_HOME=str(home),
            LLMWORKS_DATABASE_URL=h.kernel.settings.db_url,
            LLMWORKS_HEARTBEAT_SECONDS="0.25",
            LLMWORKS_POLL_SECONDS="0.1",
            LLMWORKS_HEARTBEAT_TIMEOUT_SECONDS="60",  # the first worker must not reap its own job on a busy machine
        )
        first = workers.start(WORKER, env, "worker-1")

        config = {
            "method": "lora",
            "max_steps": steps,
            "batch_size": 16,
            "learning_rate": 1e-2,
            "checkpoint_every": every,
            "eval_every": evals[0],
            "seed": 3,
        }
        r = client.post(
            "/api/training/jobs",
            json={"project_id": project, "base_model": DEMO, "rows": colour_rows()[:160], "config": config, "name": "killed"},
        )
        assert r.status_code == 201, r.text
        job_id = r.json()["id"]

        def past_a_checkpoint() -> dict[str, Any] | None:
            """The job once it has trained past its first checkpoint: its recorded step metrics go
            beyond its newest checkpoint (they are written at each evaluation, and evaluations
            fall between checkpoints), so that the resumed attempt reports those steps again; or
            its log shows it half way to the next checkpoint."""
            j = client.get(f"/api/training/jobs/{job_id}").json()
            assert j["state"] in ("queued", "running"), (j, workers.output("worker-1"), job_log(client, job_id))
            log = job_log(client, job_id)
            saved = [int(s) for s in re.findall(r"checkpoint saved at step (\d+)", log)]
            trained = [int(s) for s in re.findall(r" step (\d+)/\d+ loss=", log)]
            if not saved or not trained:
                return None
            if (j["step"] or 0) > saved[-1] or trained[-1] >= saved[-1] + every // 2:
                return {**j, "log_step": trained[-1]}
            return None

        before = wait_for(past_a_checkpoint, 180, "the job to train past its first checkpoint", interval=0.1)
        assert before["log_step"] < steps, "training finished before the worker could be killed: use more steps"
        children = child_pids(job_log(client, job_id))
        assert len(children) == 1, job_log(client, job_id)
        os.kill(first.pid, signal.SIGKILL)
        assert first.wait(10) == -signal.SIGKILL
        # the job child sees its worker die and exits at once (a recovered job never runs twice at a time)
        wait_for(lambda: not pid_alive(children[0]), 10, "the job child of the killed worker to exit")
        killed = client.get(f"/api/training/jobs/{job_id}").json()
        assert killed["state"] == "running" and killed["attempts"] == 1  # nobody has noticed yet
        checkpoint_at_kill = killed["last_checkpoint_step"]
        # what the killed attempt recorded: every step up to its newest checkpoint, at least
        recorded = [step for step, _ in step_series(client, job_id)["loss"]]
        assert recorded == list(range(1, len(recorded) + 1)) and len(recorded) >= checkpoint_at_kill, recorded
        assert every <= checkpoint_at_kill < steps

        workers.start(WORKER, {**env, "LLMWORKS_HEARTBEAT_TIMEOUT_SECONDS": "4"}, "worker-2")
        job = wait_training_job(client, job_id, timeout=180)
        log = job_log(client, job_id)

        # recovered: a second attempt that resumed from the newest checkpoint
        assert job["attempts"] >= 2, job
        assert f"job {job_id} recovered" in workers.output("worker-2")
        assert f"attempt 2 of job {job_id}" in log
        resumed = [int(s) for s in re.findall(r"resuming lora on .* from step (\d+)", log)]
        assert resumed and checkpoint_at_kill <= resumed[0] < steps, log
        assert job["step"] == job["total_steps"] == steps

        # the step metrics: exactly 1..N, nothing repeated, nothing missing
        series = step_series(client, job_id)
        for key in ("loss", "learning_rate", "grad_norm", "tokens_per_second"):
            assert [s for s, _ in series[key]] == list(range(1, steps + 1)), (key, series[key])
        assert [s for s, _ in series["val_loss"]] == evals

        # ... in the tracking run too
        run_id = job["run_id"]
        assert run_id is not None  # the tracking plugin is installed: every training job has a run
        run = client.get(f"/api/tracking/runs/{run_id}").json()
        assert run["status"] == "finished", run
        r = client.get(f"/api/tracking/runs/{run_id}/series", params={"keys": "loss,val_loss", "points": 20_000})
        assert r.status_code == 200, r.text
        tracked = {s["key"]: s for s in r.json()["series"]}
        assert tracked["loss"]["step"] == list(range(1, steps + 1)) and tracked["loss"]["count"] == steps
        assert tracked["val_loss"]["step"] == evals
        # exact resume: the retrained steps have the losses of the first attempt
        assert tracked["loss"]["y"] == pytest.approx([v for _, v in series["loss"]], rel=1e-5)

        # a model version was registered by the recovered job
        vid = job["model_version_id"]
        assert vid is not None and job["result"]["model_version_id"] == vid
        version = client.get(f"/api/models/custom/{vid}").json()
        assert version["job_id"] == job_id and version["kind"] == "adapter"
