"""Issue 11, item 2: the demo model has learned something, and fine-tuning it shows.

Through the REST API of a real kernel (every installed plugin):

- on first start the demo model is registered and built in the background (pre-trained on
  generated English and Hindi text, cached between builds); ``/api/models/available`` says it is
  building, never ``ready`` with an error, then ready with a context of 1,024 tokens;
- its generations are word-like (English words, Devanagari words), and a Hindi row is a few
  dozen tokens, not hundreds of bytes;
- a LoRA job on a small English + Hindi question/answer dataset raises BLEU and ROUGE-L on the
  dataset's validation split (evaluated before and after with the same settings);
- rows longer than ``max_seq_length`` are counted in the job log and the run's metrics,
  truncated by default and dropped with ``overlong_rows="drop"``.
"""

from __future__ import annotations

import json
import re
import time
from typing import Any

import pytest
from llmworks_sdk.demo import DEMO_MODEL_NAME, demo_instruction_rows
from llmworks_sdk.testing import KernelHarness

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

DEMO = f"base:{DEMO_MODEL_NAME}"
TERMINAL = ("succeeded", "failed", "cancelled")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = tmp_path_factory.mktemp("demo-learns")
    # "start": what `llmworks serve` does (the harness defaults to building on first use)
    with KernelHarness(home, env={"LLMWORKS_DEMO_MODEL": "start", "LLMWORKS_TORCH_THREADS": "1"}) as h:
        client = h.login()
        yield h, client, h.default_project_id()


def _demo_entry(client: Any) -> dict[str, Any]:
    items = client.get("/api/models/available").json()["items"]
    return next(m for m in items if m["name"] == DEMO_MODEL_NAME)


def _wait_ready(client: Any, timeout: float = 240.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        entry = _demo_entry(client)
        if entry["ready"]:
            return entry
        # while it is built the listing says so, and never shows an error
        assert entry.get("status") in ("building", "not built") and not entry.get("error"), entry
        time.sleep(0.5)
    raise TimeoutError("the demo model was not built")


def _upload(client: Any, project: int, name: str, rows: list[dict[str, str]], validation_fraction: float = 0.25) -> dict:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
    r = client.post(
        "/api/datasets/upload",
        files={"file": (f"{name}.jsonl", data, "application/jsonl")},
        data={"project_id": str(project), "name": name, "validation_fraction": str(validation_fraction)},
    )
    assert r.status_code == 201, r.text
    return r.json()


def _evaluate(h: Any, client: Any, project: int, model: str, version_id: int) -> dict[str, float]:
    r = client.post(
        "/api/evaluations",
        json={
            "project_id": project,
            "model": model,
            "dataset": {"version_id": version_id, "split": "validation"},
            "metrics": ["bleu", "rougeL"],
            "max_examples": 24,
            "generation": {"temperature": 0, "max_new_tokens": 16},
        },
    )
    assert r.status_code == 201, r.text
    ev = r.json()
    job = h.wait_for_job(client, ev["job_id"], timeout=240)
    assert job["state"] == "succeeded", client.get(f"/api/jobs/{ev['job_id']}/log").json()["text"]
    stored = client.get(f"/api/evaluations/{ev['id']}").json()
    return {m: stored["results"][m]["score"] for m in ("bleu", "rougeL")}


def _train(h: Any, client: Any, project: int, version_id: int, **config: Any) -> dict[str, Any]:
    body = {
        "project_id": project,
        "base_model": DEMO,
        "dataset_version_id": version_id,
        "config": {"method": "lora", "batch_size": 8, "learning_rate": 1e-2, "seed": 0,
                   "target_modules": ["c_attn", "c_proj", "c_fc"], **config},
    }
    r = client.post("/api/training/jobs", json=body)
    assert r.status_code == 201, r.text
    job_id = r.json()["id"]
    deadline = time.monotonic() + 300
    while (job := client.get(f"/api/training/jobs/{job_id}").json())["state"] not in TERMINAL:
        assert time.monotonic() < deadline, "training did not end"
        time.sleep(0.3)
    log = client.get(f"/api/jobs/{job_id}/log").json()["text"]
    assert job["state"] == "succeeded", f"{job['error']}\n{log}"
    job["log"] = log
    return job


def test_demo_model_is_built_on_first_start_and_is_word_like(server):
    h, client, project = server
    entry = _wait_ready(client)
    assert entry["context_length"] >= 1024 and not entry.get("error"), entry
    assert entry["parameters"] > 100_000 and entry["license"] == "apache-2.0"

    # word-like generations (greedy): English words from an English prompt, Devanagari from a Hindi one
    outputs = {}
    for prompt in ("The colour of the sky", "My order has", "राम सुबह"):
        r = client.post("/api/inference/generate", json={
            "model": DEMO, "backend": "pytorch", "prompt": prompt,
            "params": {"temperature": 0, "max_new_tokens": 12}})
        assert r.status_code == 200, r.text
        outputs[prompt] = r.json()["text"]
    assert "\ufffd" not in "".join(outputs.values()), outputs
    english = re.findall(r"[A-Za-z]+", outputs["The colour of the sky"] + outputs["My order has"])
    assert len(english) >= 3 and all(len(w) <= 12 for w in english), outputs
    assert re.search(r"[\u0900-\u097f]{2,}", outputs["राम सुबह"]), outputs

    # the tokenizer knows Devanagari: a Hindi support-desk row is a few dozen tokens, not 300
    hindi = [{"text": "मेरा ऑर्डर अभी तक नहीं आया है। कृपया मेरा पैसा वापस भेजें। धन्यवाद, आपका अनुरोध देखा जा रहा है।"}] * 4
    version = _upload(client, project, "hindi-desk", hindi, validation_fraction=0.0)
    r = client.get(f"/api/datasets/versions/{version['id']}/token-stats", params={"model": DEMO})
    assert r.status_code == 200, r.text
    stats = r.json()
    assert stats["model_max_length"] >= 1024 and stats["tokens_per_row"]["max"] < 80, stats
    assert len(hindi[0]["text"].encode()) > 200  # bytes: what a tokenizer without Devanagari merges would cost


def test_lora_raises_bleu_and_rouge_on_the_validation_split(server):
    h, client, project = server
    _wait_ready(client)
    rows = demo_instruction_rows(160, seed=3, hindi=0.3)
    version = _upload(client, project, "qa-en-hi", rows)
    assert version["split"]["validation_rows"] >= 24

    before = _evaluate(h, client, project, DEMO, version["id"])
    job = _train(h, client, project, version["id"], max_steps=80)
    after = _evaluate(h, client, project, f"custom:{job['model_version_id']}", version["id"])
    # measured: BLEU 0.4 -> 6-10, ROUGE-L 0.10 -> 0.34-0.45 (ROUGE-L counts only the English rows:
    # rouge-score's tokenizer keeps ASCII letters and digits)
    assert after["bleu"] > max(before["bleu"] * 3, before["bleu"] + 4), (before, after)
    assert after["rougeL"] > before["rougeL"] + 0.15, (before, after)


def test_rows_longer_than_the_context_are_reported(server):
    h, client, project = server
    _wait_ready(client)
    rows = demo_instruction_rows(40, seed=4)
    long = [{"prompt": "Tell me a story.", "completion": " " + " ".join(["the cat reads a book"] * 60)} for _ in range(3)]
    version = _upload(client, project, "with-long-rows", rows + long, validation_fraction=0.0)
    def reported(log: str) -> int:
        """Rows the job log reports as longer than max_seq_length (training and held-out validation)."""
        found = re.findall(r"(\d+) of (\d+) (?:training|validation) rows are longer than max_seq_length=64", log)
        return sum(int(n) for n, _ in found)

    truncated = _train(h, client, project, version["id"], max_steps=2, max_seq_length=64)
    assert reported(truncated["log"]) == 3 and "truncated to 64 tokens" in truncated["log"], truncated["log"]
    summary = client.get(f"/api/tracking/runs/{truncated['run_id']}").json()["summary"]
    assert summary["rows_over_max_length"] == 3 and summary["rows_truncated"] == 3 and summary["rows_dropped"] == 0

    dropped = _train(h, client, project, version["id"], max_steps=2, max_seq_length=64, overlong_rows="drop")
    assert reported(dropped["log"]) == 3 and "were dropped" in dropped["log"], dropped["log"]
    summary = client.get(f"/api/tracking/runs/{dropped['run_id']}").json()["summary"]
    assert summary["rows_dropped"] == 3 and summary["rows_truncated"] == 0
