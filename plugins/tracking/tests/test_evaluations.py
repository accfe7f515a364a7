"""Evaluation jobs end to end on the tiny demo model: a YAML metric registered through the API
and the pip-installed contrib metric plugin are listed and run in the job next to the
built-in metrics; per-example scores, worst examples, the model's run summary and the
notification; validation and auth."""

from __future__ import annotations

import math
import site
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

pytest.importorskip("llmworks_torch")

PLUGINS = "kernel,inapp,metrics,tracking,models,torch,onnx,inference,metric_example"
ROOT = Path(__file__).resolve().parents[3]
YAML = r"""
metrics:
  - name: says_something
    type: regex_match_rate
    pattern: '\w'
  - name: lambada_plus
    type: formula
    formula: lambada + says_something / 10
"""


@pytest.fixture(scope="module", autouse=True)
def metric_example_installed() -> None:
    """pip-install the contrib metric plugin (editable) before the module's kernel starts."""
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--disable-pip-version-check", "-e",
                    str(ROOT / "contrib" / "llmworks-metric-example")], check=True)
    site.addsitedir(sysconfig.get_paths()["purelib"])  # this process picks up the new .pth like a fresh one


@pytest.fixture(scope="module")
def model(team):
    """A model version of the demo model whose training run is known (through lineage)."""
    from llmworks_sdk.lineage import add_edge
    from llmworks_sdk.services import ModelRegistry, require_service
    from llmworks_tracking import service

    k = team.h.kernel
    registry = require_service(k, ModelRegistry)
    folder = registry.ensure_demo_model(k)
    with k.db.session() as db:
        run = service.create_run(db, project_id=team.project_id, experiment="fine-tuning", name="demo training",
                                 config={"learning_rate": 1e-3})
        v = registry.register_version(db, project_id=team.project_id, name="demo-full", base_model="llmworks-demo-tiny",
                                      base_path=str(folder), method="full", kind="full", path=str(folder), run_id=str(run.id))
        add_edge(db, team.project_id, ("run", run.id), ("model_version", v.id), "produced")
        return {"ref": f"custom:{v.id}", "run_id": run.id, "folder": folder}


@pytest.fixture(scope="module")
def evaluation(team, model):
    r = team.annotator.post("/api/metrics/yaml", json={"project_id": team.project_id, "yaml": YAML})
    assert r.status_code == 201, r.text
    body = {"project_id": team.project_id, "name": "demo on lambada", "model": model["ref"], "dataset": {"builtin": "lambada-mini"},
            "metrics": ["lambada", "perplexity", "bleu", "says_something", "lambada_plus", "distinct_2"], "max_examples": 6,
            "generation": {"temperature": 0, "max_new_tokens": 4}}
    r = team.annotator.post("/api/evaluations", json=body)
    assert r.status_code == 201, r.text
    ev = r.json()
    job = team.h.wait_for_job(team.annotator, ev["job_id"], timeout=300)
    assert job["state"] == "succeeded", job
    return team.viewer.get(f"/api/evaluations/{ev['id']}").json()


def test_yaml_and_contrib_metrics_are_listed(team, evaluation):
    items = {m["name"]: m for m in team.viewer.get("/api/metrics", params={"project_id": team.project_id, "limit": 500}).json()["items"]}
    assert items["distinct_2"]["source"] == "plugin" and items["distinct_2"]["plugin"] == "metric_example"
    assert items["says_something"]["source"] == "yaml" and items["lambada_plus"]["requires"] == ["lambada", "says_something"]


def test_every_metric_ran_with_per_example_scores(team, evaluation, model):
    assert evaluation["status"] == "succeeded" and evaluation["n_examples"] == 6
    res = evaluation["results"]
    assert set(res) == {"lambada", "perplexity", "bleu", "says_something", "lambada_plus", "distinct_2"}
    assert res["perplexity"]["higher_is_better"] is False and res["perplexity"]["kind"] == "model"
    assert res["lambada_plus"]["score"] == pytest.approx(res["lambada"]["score"] + res["says_something"]["score"] / 10)
    assert 0 <= res["distinct_2"]["score"] <= 1
    examples = team.viewer.get(f"/api/evaluations/{evaluation['id']}/examples", params={"limit": 10}).json()
    assert examples["total"] == 6
    first = examples["items"][0]
    assert set(first["scores"]) == set(res) and first["prompt"] and first["reference"]
    # perplexity over the full passages equals exp(mean token NLL) computed here with transformers
    import torch
    from llmworks_tracking.evalsets import lambada_mini
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model["folder"])
    lm = AutoModelForCausalLM.from_pretrained(model["folder"]).eval()
    nll, count = 0.0, 0
    with torch.no_grad():
        for row in lambada_mini(6):
            ids = torch.tensor([tok(row["text"])["input_ids"]])
            nll += lm(input_ids=ids, labels=ids).loss.item() * (ids.shape[1] - 1)
            count += ids.shape[1] - 1
    assert res["perplexity"]["score"] == pytest.approx(math.exp(nll / count), rel=1e-4)


def test_worst_examples_of_a_metric(team, evaluation):
    res = evaluation["results"]
    worst = team.viewer.get(f"/api/evaluations/{evaluation['id']}/examples",
                            params={"metric": "perplexity", "order": "worst", "limit": 6}).json()["items"]
    ppl = [x["scores"]["perplexity"] for x in worst]
    assert ppl == sorted(ppl, reverse=True)  # lower is better: the worst are the highest
    assert [x["index"] for x in worst][: len(res["perplexity"]["worst"])] == res["perplexity"]["worst"]
    best = team.viewer.get(f"/api/evaluations/{evaluation['id']}/examples", params={"metric": "bleu", "order": "best"}).json()["items"]
    assert [x["scores"]["bleu"] for x in best] == sorted((x["scores"]["bleu"] for x in best), reverse=True)
    r = team.viewer.get(f"/api/evaluations/{evaluation['id']}/examples", params={"metric": "nope", "order": "worst"})
    assert r.status_code == 422


def test_scores_land_on_the_model_run_and_a_notification_is_sent(team, evaluation, model):
    run = team.viewer.get(f"/api/tracking/runs/{model['run_id']}").json()
    assert run["summary"]["lambada"] == evaluation["results"]["lambada"]["score"]
    assert run["summary"]["perplexity"] == pytest.approx(evaluation["results"]["perplexity"]["score"])
    assert evaluation["run_id"] == model["run_id"]
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        notes = team.viewer.get("/api/notifications").json()["items"]
        mine = [n for n in notes if n["kind"] == "evaluation.report" and n["link"] == f"/evaluations/{evaluation['id']}"]
        if mine:
            assert "demo on lambada" in mine[0]["title"] and "lambada" in mine[0]["body"]
            break
        time.sleep(0.3)
    else:
        pytest.fail("no evaluation.report notification")
    lineage = team.viewer.get("/api/lineage", params={"kind": "evaluation", "id": str(evaluation["id"])}).json()
    assert {"kind": "model_version", "id": model["ref"].split(":")[1]} in lineage["nodes"]


def test_inline_examples_and_text_metrics(team, model):
    body = {"project_id": team.project_id, "model": "base:llmworks-demo-tiny",
            "dataset": {"examples": [{"prompt": "The colour of the sky is", "reference": "blue"},
                                     {"prompt": "Two plus two is", "reference": "four"}]},
            "metrics": ["exact_match", "token_f1", "rougeL"], "generation": {"temperature": 0, "max_new_tokens": 3}}
    r = team.annotator.post("/api/evaluations", json=body)
    assert r.status_code == 201, r.text
    assert team.h.wait_for_job(team.annotator, r.json()["job_id"], timeout=300)["state"] == "succeeded"
    ev = team.viewer.get(f"/api/evaluations/{r.json()['id']}").json()
    assert ev["n_examples"] == 2 and set(ev["results"]) == {"exact_match", "token_f1", "rougeL"}
    listed = team.viewer.get("/api/evaluations", params={"project_id": team.project_id}).json()
    assert listed["total"] >= 2 and listed["items"][0]["id"] == ev["id"]


def test_an_evaluation_names_the_backend_that_generates(team):
    """Predictions from the ONNX Runtime backend: the same greedy text as PyTorch's."""
    pytest.importorskip("llmworks_onnx")
    body = {"project_id": team.project_id, "model": "base:llmworks-demo-tiny",
            "dataset": {"examples": [{"prompt": "The colour of the sky is", "reference": "blue"},
                                     {"prompt": "Two plus two is", "reference": "four"}]},
            "metrics": ["exact_match"], "generation": {"temperature": 0, "max_new_tokens": 4}}
    predictions = {}
    for backend in ("pytorch", "onnxruntime"):
        r = team.annotator.post("/api/evaluations", json={**body, "backend": backend})
        assert r.status_code == 201, r.text
        assert r.json()["settings"]["backend"] == backend
        job = team.h.wait_for_job(team.annotator, r.json()["job_id"], timeout=300)
        assert job["state"] == "succeeded", job
        items = team.viewer.get(f"/api/evaluations/{r.json()['id']}/examples", params={"limit": 10}).json()["items"]
        predictions[backend] = sorted((e["prompt"], e["prediction"]) for e in items)
    assert predictions["onnxruntime"] == predictions["pytorch"] and all(p for _, p in predictions["pytorch"])
    r = team.annotator.post("/api/evaluations", json={**body, "backend": "nope"})
    assert r.status_code == 422 and "no inference backend 'nope'" in r.text and "onnxruntime" in r.text


def test_an_evaluation_names_a_route_and_runs_what_it_serves(team):
    """A route's model, backend and generation settings (explicit fields override them)."""
    pytest.importorskip("llmworks_inference")
    pytest.importorskip("llmworks_onnx")
    r = team.admin.post("/api/inference/routes", json={
        "project_id": team.project_id, "name": "eval-route", "model": "base:llmworks-demo-tiny", "backend": "onnxruntime",
        "params": {"temperature": 0, "max_new_tokens": 3, "repetition_penalty": 1.2}})
    assert r.status_code == 201, r.text
    body = {"project_id": team.project_id, "route": "eval-route", "metrics": ["exact_match"],
            "dataset": {"examples": [{"prompt": "The colour of the sky is", "reference": "blue"}]}}
    r = team.annotator.post("/api/evaluations", json=body)
    assert r.status_code == 201, r.text
    ev = r.json()
    assert ev["model"] == "base:llmworks-demo-tiny" and ev["name"].startswith("route eval-route (base:llmworks-demo-tiny)")
    settings = ev["settings"]
    assert settings["route"] == "eval-route" and settings["backend"] == "onnxruntime"
    assert settings["generation"]["max_new_tokens"] == 3 and settings["generation"]["repetition_penalty"] == 1.2
    job = team.h.wait_for_job(team.annotator, ev["job_id"], timeout=300)
    assert job["state"] == "succeeded", job
    [example] = team.viewer.get(f"/api/evaluations/{ev['id']}/examples").json()["items"]
    # the same prediction as evaluating the model directly with the route's settings
    direct = {**body, "model": "base:llmworks-demo-tiny", "backend": "onnxruntime",
              "generation": {"temperature": 0, "max_new_tokens": 3, "repetition_penalty": 1.2}}
    direct.pop("route")
    r = team.annotator.post("/api/evaluations", json=direct)
    assert team.h.wait_for_job(team.annotator, r.json()["job_id"], timeout=300)["state"] == "succeeded"
    [same] = team.viewer.get(f"/api/evaluations/{r.json()['id']}/examples").json()["items"]
    assert example["prediction"] == same["prediction"] and example["prediction"]
    # explicit generation fields win over the route's
    r = team.annotator.post("/api/evaluations", json={**body, "generation": {"max_new_tokens": 5}})
    assert r.status_code == 201 and r.json()["settings"]["generation"]["max_new_tokens"] == 5
    assert r.json()["settings"]["generation"]["repetition_penalty"] == 1.2
    # bad inputs
    for patch, status, words in [({"route": "nope"}, 404, "no route named 'nope'"),
                                 ({"model": "base:llmworks-demo-tiny"}, 422, "either model"),
                                 ({"backend": "pytorch"}, 422, "runs on the onnxruntime backend")]:
        r = team.annotator.post("/api/evaluations", json={**body, **patch})
        assert r.status_code == status and words in r.text, (patch, r.text)
    r = team.annotator.post("/api/evaluations", json={k: v for k, v in body.items() if k != "route"})
    assert r.status_code == 422 and "either model" in r.text
    assert team.viewer.post("/api/evaluations", json=body).status_code == 403


def test_validation_and_auth(team, model, evaluation):
    base = {"project_id": team.project_id, "model": model["ref"], "dataset": {"builtin": "lambada-mini"}, "metrics": ["lambada"]}
    c = team.annotator
    for patch, where in [({"metrics": ["nope"]}, "unknown metric"), ({"dataset": {"builtin": "nope"}}, "unknown built-in"),
                         ({"model": "base:does-not-exist"}, "model"), ({"dataset": {"builtin": "lambada-mini", "version_id": 1}}, "exactly one"),
                         ({"max_examples": 0}, "max_examples")]:
        r = c.post("/api/evaluations", json={**base, **patch})
        assert r.status_code == 422 and where in r.text, (patch, r.text)
    assert team.viewer.post("/api/evaluations", json=base).status_code == 403
    assert team.outsider.post("/api/evaluations", json=base).status_code == 404
    for url in (f"/api/evaluations/{evaluation['id']}", f"/api/evaluations/{evaluation['id']}/examples"):
        assert team.outsider.get(url).status_code == 404
        assert team.viewer.get(url).status_code == 200
    assert team.outsider.get("/api/evaluations", params={"project_id": team.project_id}).status_code == 404
    assert team.viewer.delete(f"/api/evaluations/{evaluation['id']}").status_code == 403
    sets = team.viewer.get("/api/evaluations/datasets").json()["items"]
    assert sets[0]["name"] == "lambada-mini" and sets[0]["sample"][0]["text"].endswith(sets[0]["sample"][0]["reference"])
    assert team.h.new_client().get("/api/evaluations/datasets").status_code == 401
