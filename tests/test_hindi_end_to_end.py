"""Acceptance: Hindi works end to end — upload, curate, train, evaluate, filter, generate.

Through the REST API of one in-process server (``KernelHarness``): a Hindi prompt/completion
dataset with the noise real data has (exact duplicates, English rows, an e-mail address) is
uploaded; a recipe (normalise, exact dedupe, keep Hindi, redact personal data) makes a clean
version with lineage; the language distribution of both versions says so; a LoRA adapter of the
demo model trains on the clean version; an evaluation scores it with BLEU (the intl tokenizer
for Devanagari), chrF and ROUGE-L (Unicode words); the tokenizer's fertility for Hindi is
measured; a Hindi prompt with an e-mail address is redacted by the safety filter before the
model sees it; the trained model version generates from a Hindi prompt.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from llmworks_sdk.testing import KernelHarness

pytestmark = [pytest.mark.slow, pytest.mark.timeout(420)]

PAIRS = [
    ("भारत की राजधानी क्या है?", "भारत की राजधानी नई दिल्ली है।"),
    ("आसमान का रंग क्या है?", "आसमान का रंग नीला है।"),
    ("घास किस रंग की होती है?", "घास हरे रंग की होती है।"),
    ("सूरज कब उगता है?", "सूरज सुबह पूर्व में उगता है।"),
    ("पानी कहाँ से आता है?", "पानी बादलों और नदियों से आता है।"),
    ("बच्चे कहाँ पढ़ते हैं?", "बच्चे विद्यालय में पढ़ते हैं।"),
    ("किसान क्या उगाते हैं?", "किसान खेतों में अनाज उगाते हैं।"),
    ("रात में आसमान में क्या दिखता है?", "रात में आसमान में चाँद और तारे दिखते हैं।"),
]


def rows() -> list[dict[str, str]]:
    out = [{"prompt": p, "completion": c} for p, c in PAIRS * 3]  # each pair three times: two exact duplicates each
    out += [{"prompt": f"प्रश्न {i}: {p}", "completion": c} for i, (p, c) in enumerate(PAIRS)]
    out.append({"prompt": "What is the capital of India?", "completion": "The capital of India is New Delhi."})
    out.append({"prompt": "मेरा ईमेल ravi.kumar@example.in है, मुझे जवाब भेजें।", "completion": "ठीक है, मैं आपको जवाब भेज दूँगा।"})
    out.append({"prompt": "नमस्ते\u200b   दोस्त,  आप   कैसे हैं?", "completion": "मैं ठीक हूँ, धन्यवाद।"})
    return out


def wait(client: Any, path: str, done: Any, timeout: float = 240) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = client.get(path).json()
        if done(body):
            return body
        time.sleep(0.5)
    raise AssertionError(f"{path} did not finish: {body}")


def test_hindi_upload_curate_train_evaluate_filter_generate(tmp_path):
    env = {"LLMWORKS_TORCH_THREADS": "1",  # the plugins this needs, not every installed one (faster job processes)
           "LLMWORKS_LOAD_PLUGINS": "kernel,inapp,datasets,models,torch,tracking,metrics,inference,safety,curation"}
    with KernelHarness(tmp_path / "home", env=env) as h:
        c = h.login()
        pid = h.default_project_id()

        # upload
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()).encode()
        up = c.post("/api/datasets/upload", data={"name": "hindi-qa", "project_id": str(pid)}, files={"file": ("hi.jsonl", data)})
        assert up.status_code == 201, up.text
        raw = up.json()
        assert raw["row_count"] == len(rows()) and raw["kind"] == "prompt-completion"
        langs = {x["language"]: x for x in c.get(f"/api/curation/dataset-versions/{raw['id']}/languages").json()["languages"]}
        assert langs["hi"]["rows"] == len(rows()) - 1 and langs["hi"]["scripts"] == {"Devanagari": len(rows()) - 1}
        assert langs["en"]["rows"] == 1

        # curate
        steps = [{"step": "normalize"}, {"step": "exact_dedupe"}, {"step": "language_filter", "params": {"keep": ["hi"]}},
                 {"step": "pii"}]
        recipe = c.post("/api/curation/recipes", json={"project_id": pid, "name": "hindi-clean", "steps": steps}).json()
        run = c.post("/api/curation/runs", json={"recipe_id": recipe["id"], "dataset_version_id": raw["id"]}).json()
        assert h.wait_for_job(c, run["job_id"], timeout=240)["state"] == "succeeded"
        run = c.get(f"/api/curation/runs/{run['id']}").json()
        stats = {s["step"]: s for s in run["stats"]}
        assert stats["exact_dedupe"]["removed"] == 2 * len(PAIRS) and stats["language_filter"]["removed"] == 1
        assert stats["normalize"]["changed"] == 1 and stats["pii"]["changed"] == 1
        clean = c.get(f"/api/datasets/versions/{run['output_version_id']}").json()
        assert clean["name"] == "hindi-qa" and clean["version"] == 2 and clean["row_count"] == 2 * len(PAIRS) + 2
        texts = json.dumps(c.get(f"/api/datasets/versions/{clean['id']}/rows", params={"limit": 100}).json(), ensure_ascii=False)
        assert "ravi.kumar@example.in" not in texts and "New Delhi" not in texts and "भारत की राजधानी" in texts
        assert {x["language"] for x in c.get(f"/api/curation/dataset-versions/{clean['id']}/languages").json()["languages"]} == {"hi"}

        # the tokenizer's fertility for Hindi, before training
        fert = c.post("/api/curation/fertility", json={"dataset_version_id": raw["id"], "models": ["base:llmworks-demo-tiny"]}).json()
        per = {x["language"]: x["tokens_per_word"] for x in fert["models"][0]["languages"]}
        assert per["hi"] > per["en"]

        # train
        job = c.post("/api/training/jobs", json={"project_id": pid, "base_model": "llmworks-demo-tiny", "name": "hindi-lora",
                                                "dataset_version_id": clean["id"],
                                                "config": {"method": "lora", "max_steps": 6, "batch_size": 4, "seed": 1}})
        assert job.status_code == 201, job.text
        job = wait(c, f"/api/training/jobs/{job.json()['id']}", lambda j: j["state"] in ("succeeded", "failed", "cancelled"))
        assert job["state"] == "succeeded" and job["model_version_id"], job
        vid = job["model_version_id"]

        # evaluate: Devanagari-aware BLEU, chrF and ROUGE-L
        ev = c.post(f"/api/models/custom/{vid}/evaluate", json={"metrics": ["bleu", "chrf", "rougeL"],
                                                                 "dataset_version_id": clean["id"], "max_examples": 4,
                                                                 "max_new_tokens": 8})
        assert ev.status_code == 201, ev.text
        assert h.wait_for_job(c, ev.json()["job_id"], timeout=240)["state"] == "succeeded"
        results = c.get(f"/api/evaluations/{ev.json()['id']}").json()["results"]
        assert 0 <= results["bleu"]["score"] <= 100 and 0 <= results["chrf"]["score"] <= 100 and 0 <= results["rougeL"]["score"] <= 1
        same = c.post("/api/metrics/compute", json={"metrics": ["bleu", "rougeL", "chrf"], "predictions": [PAIRS[0][1]],
                                                    "references": [PAIRS[0][1]]}).json()["results"]
        assert same["bleu"]["score"] == pytest.approx(100) and same["rougeL"]["score"] == pytest.approx(1)  # Hindi is not empty
        assert same["chrf"]["score"] == pytest.approx(100)

        # filter: personal data in a Hindi prompt is redacted before the model sees it
        r = c.post("/api/inference/generate", json={"model": f"custom:{vid}", "project_id": pid,
                                                    "prompt": "मेरा ईमेल ravi.kumar@example.in है।", "safety": {"pii": True},
                                                    "params": {"max_new_tokens": 4, "temperature": 0}})
        assert r.status_code == 200, r.text
        assert r.json()["safety"]["input"]["action"] == "redact"

        # generate with the trained model from a Hindi prompt
        g = c.post("/api/inference/generate", json={"model": f"custom:{vid}", "project_id": pid, "prompt": PAIRS[1][0],
                                                    "params": {"max_new_tokens": 6, "temperature": 0}})
        assert g.status_code == 200, g.text
        assert g.json()["model"] == f"custom:{vid}" and g.json()["completion_tokens"] >= 1
