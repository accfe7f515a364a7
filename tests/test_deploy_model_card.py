"""The Hugging Face model card the deploy plugin pushes carries the model version's dataset
version, its evaluation scores and its bias scorecard (read through the SDK's
``ScorecardService``, provided by llmworks-responsible), each under its heading. Pushed to a
local stand-in of the Hub's upload endpoints (``llmworks_deploy.testing.HubStandIn``)."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("llmworks_responsible")
pytest.importorskip("llmworks_tracking")
pytest.importorskip("huggingface_hub")


def sections(card: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in card.split("\n## ")[1:]:
        title, _, body = part.partition("\n")
        out[title.strip()] = body
    return out


def test_model_card_has_datasets_evaluations_and_scorecards(tmp_path, tmp_path_factory):
    from llmworks_deploy.testing import HubStandIn, harness_for, make_adapter
    from llmworks_responsible.models import Scorecard
    from llmworks_sdk.db import utcnow
    from llmworks_sdk.services import DatasetService, ModelRegistry, require_service
    from llmworks_sdk.testing import session_demo_model, session_models_dir
    from llmworks_tracking.models import Evaluation

    demo = session_demo_model(tmp_path_factory, "gpt2")
    adapter = make_adapter(demo, tmp_path / "lora", 3, ["c_attn"], 4)
    with harness_for(tmp_path / "home", session_models_dir(tmp_path_factory, demo)) as h:
        admin, pid = h.login(), h.default_project_id()
        with h.kernel.db.session() as db:
            rows = [{"prompt": f"question {i}", "completion": f"answer {i}"} for i in range(4)]
            dv, _ = require_service(h.kernel, DatasetService).create_version(db, h.kernel, project_id=pid,
                                                                             name="support-chats", rows=rows)
            dv_id, dv_version, ds_id = dv.id, dv.version, dv.dataset_id
        with h.kernel.db.session() as db:
            vid = require_service(h.kernel, ModelRegistry).register_version(
                db, project_id=pid, name="carded", base_model="llmworks-demo-tiny", base_path=str(demo), method="lora",
                kind="adapter", path=str(adapter), dataset_version_id=dv_id, config={"lr": 0.0002, "epochs": 3}).id
            model = f"custom:{vid}"
            db.add(Evaluation(project_id=pid, name="held-out", status="succeeded", model=model,
                              dataset={"version_id": dv_id}, metrics=["bleu", "rouge1"], n_examples=4,
                              results={"bleu": {"score": 12.5, "requested": True}, "rouge1": {"score": 0.4321, "requested": True}},
                              finished_at=utcnow()))
            db.add(Evaluation(project_id=pid, name="unfinished", status="queued", model=model, results={}))
            db.add(Scorecard(project_id=pid, suite="bold-religion", suite_kind="generation", model=model,
                             model_version_id=vid, backend="pytorch", status="succeeded", passed=False, items=40,
                             flagged=3, finished_at=utcnow(),
                             results={"cells": [{"measure": "toxicity_rate", "category": "religion", "group": "Muslim",
                                                 "value": 0.25, "ci": [0.1, 0.4], "threshold": 0.1, "passed": False}]}))
        token = "hf_" + "card" * 8
        assert admin.post("/api/plugins/deploy/secrets", json={"project_id": pid, "name": "hf-token", "value": token}
                          ).status_code == 201
        with HubStandIn(token) as hub:
            r = admin.post("/api/plugins/deploy/deployments", json={
                "project_id": pid, "name": "carded", "target": "hf-hub", "model": model,
                "settings": {"repo_id": "acme/carded", "endpoint": hub.url}})
            assert r.status_code == 201, r.text
            end = time.monotonic() + 120
            while time.monotonic() < end:
                d = admin.get(f"/api/plugins/deploy/deployments/{r.json()['id']}").json()
                if d["state"] in ("completed", "failed"):
                    break
                time.sleep(0.2)
            assert d["state"] == "completed", d["message"]
            card = hub.repos["acme/carded"]["README.md"].decode()
    s = sections(card)
    assert f"llmworks dataset {ds_id}, version {dv_version} (id {dv_id}" in s["Datasets"]
    assert '"lr": 0.0002' in s["Training configuration"]
    evaluation = s["Evaluation"]
    assert "### held-out" in evaluation and f"dataset version {dv_id}" in evaluation
    assert "| bleu | 12.5 |" in evaluation and "| rouge1 | 0.4321 |" in evaluation and "unfinished" not in evaluation
    scorecards = s["Bias scorecards"]
    assert "### bold-religion" in scorecards and "failed" in scorecards
    assert "| toxicity_rate | religion | Muslim | 0.25 | 0.1 | False |" in scorecards
    assert "bleu" not in scorecards and "toxicity_rate" not in evaluation  # no guessing across the two
