"""The metrics API: list, register YAML metrics (validated), compute; auth on every route."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from llmworks_sdk.testing import KernelHarness, create_pg_database, drop_pg_database

YAML = """
metrics:
  - name: cites
    type: regex_match_rate
    pattern: '\\[\\d+\\]'
    description: Cites a numbered source
  - name: quality
    type: formula
    formula: 0.5 * bleu / 100 + 0.5 * cites
"""


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def h(request, tmp_path_factory) -> Iterator[KernelHarness]:
    url = create_pg_database() if request.param == "postgres" else None
    try:
        with KernelHarness(tmp_path_factory.mktemp("metrics-api"), worker=False, database_url=url,
                           env={"LLMWORKS_LOAD_PLUGINS": "kernel,inapp,metrics"}) as harness:
            yield harness
    finally:
        if url:
            drop_pg_database(url)


@pytest.fixture(scope="module")
def project(h: KernelHarness) -> dict[str, Any]:
    admin = h.login()
    pid = admin.post("/api/projects", json={"name": f"metrics api {os.getpid()}"}).json()["id"]
    viewer = h.create_user(f"mviewer{os.getpid()}")
    outsider = h.create_user(f"moutsider{os.getpid()}")
    assert admin.post(f"/api/projects/{pid}/members", json={"username": f"mviewer{os.getpid()}", "role": "viewer"}).status_code == 201
    return {"id": pid, "admin": admin, "viewer": viewer, "outsider": outsider}


def test_plugin_metrics_are_listed(h: KernelHarness) -> None:
    r = h.login().get("/api/metrics", params={"limit": 500})
    assert r.status_code == 200
    names = {m["name"]: m for m in r.json()["items"]}
    for n in ("bleu", "chrf", "rouge1", "rouge2", "rougeL", "gleu", "exact_match", "token_f1", "perplexity", "lambada"):
        assert names[n]["source"] == "plugin" and names[n]["plugin"] == "metrics"
    assert names["perplexity"]["kind"] == "model" and names["perplexity"]["higher_is_better"] is False
    assert {m["name"] for m in h.login().get("/api/metrics", params={"kind": "model"}).json()["items"]} >= {"perplexity", "lambada"}


def test_register_yaml_metrics_then_list_and_compute(project: dict[str, Any]) -> None:
    admin, pid = project["admin"], project["id"]
    r = admin.post("/api/metrics/yaml", json={"project_id": pid, "yaml": YAML})
    assert r.status_code == 201, r.text
    assert [m["name"] for m in r.json()["items"]] == ["cites", "quality"]
    listed = {m["name"]: m for m in admin.get("/api/metrics", params={"project_id": pid, "source": "yaml"}).json()["items"]}
    assert set(listed) == {"cites", "quality"}
    assert listed["quality"]["requires"] == ["bleu", "cites"]
    assert listed["cites"]["description"] == "Cites a numbered source"
    # viewers see them, outsiders do not
    assert {m["name"] for m in project["viewer"].get("/api/metrics", params={"project_id": pid, "source": "yaml"}).json()["items"]} == {"cites", "quality"}
    assert project["outsider"].get("/api/metrics", params={"project_id": pid}).status_code == 404
    got = admin.get(f"/api/metrics/yaml/{listed['cites']['id']}").json()
    assert "regex_match_rate" in got["document"]
    r = admin.post("/api/metrics/compute", json={"project_id": pid, "metrics": ["quality"],
                                                 "predictions": ["the cat sat [1]", "a dog"], "references": ["the cat sat", "a cat"]})
    assert r.status_code == 200, r.text
    res = r.json()["results"]
    assert res["cites"]["per_example"] == [1.0, 0.0]
    assert res["quality"]["score"] == pytest.approx(0.5 * res["bleu"]["score"] / 100 + 0.5 * 0.5)
    # again without replace: 409; with replace: updated
    assert admin.post("/api/metrics/yaml", json={"project_id": pid, "yaml": YAML}).status_code == 409
    r = admin.post("/api/metrics/yaml", json={"project_id": pid, "yaml": YAML.replace("Cites a numbered", "Has a"), "replace": True})
    assert r.status_code == 201 and r.json()["items"][0]["description"] == "Has a source"


@pytest.mark.parametrize("yaml_text, where", [
    ("metrics: [", "does not parse"),
    ("name: x\ntype: nope\n", "unknown type"),
    ("name: x\ntype: regex_match_rate\npattern: '(['\n", "bad regular expression"),
    ("name: x\ntype: formula\nformula: bleu + missing_metric\n", "unknown metric"),
    ("metrics:\n  - {name: p, type: formula, formula: q}\n  - {name: q, type: formula, formula: p}\n", "cycle"),
])
def test_bad_yaml_is_422_with_what_to_fix(project: dict[str, Any], yaml_text: str, where: str) -> None:
    r = project["admin"].post("/api/metrics/yaml", json={"project_id": project["id"], "yaml": yaml_text})
    assert r.status_code == 422, r.text
    body = r.json()
    assert where in body["detail"]
    assert body["errors"][0]["loc"][:2] == ["body", "yaml"]


def test_plugin_names_and_dependents_are_protected(project: dict[str, Any]) -> None:
    admin, pid = project["admin"], project["id"]
    assert admin.post("/api/metrics/yaml", json={"project_id": pid, "yaml": "name: bleu\ntype: length_ratio\n"}).status_code == 409
    r = admin.post("/api/metrics/yaml", json={"project_id": pid, "yaml": "name: lr\ntype: length_ratio\n", "dry_run": True})
    assert r.status_code == 201 and r.json()["dry_run"] is True
    assert "lr" not in {m["name"] for m in admin.get("/api/metrics", params={"project_id": pid}).json()["items"]}
    items = {m["name"]: m for m in admin.get("/api/metrics", params={"project_id": pid, "source": "yaml"}).json()["items"]}
    if "cites" in items:  # used by "quality": cannot go first
        assert admin.delete(f"/api/metrics/yaml/{items['cites']['id']}").status_code == 409


def test_writes_need_a_writer_role(h: KernelHarness, project: dict[str, Any]) -> None:
    body = {"project_id": project["id"], "yaml": "name: v\ntype: length_ratio\n"}
    assert project["viewer"].post("/api/metrics/yaml", json=body).status_code == 403
    assert project["outsider"].post("/api/metrics/yaml", json=body).status_code == 404
    assert project["outsider"].post("/api/metrics/compute", json={"project_id": project["id"], "metrics": ["bleu"],
                                                                  "predictions": ["a"], "references": ["a"]}).status_code == 404
    items = project["admin"].get("/api/metrics", params={"project_id": project["id"], "source": "yaml"}).json()["items"]
    assert project["viewer"].delete(f"/api/metrics/yaml/{items[0]['id']}").status_code == 403
    assert project["outsider"].get(f"/api/metrics/yaml/{items[0]['id']}").status_code == 404
    assert h.new_client().get("/api/metrics").status_code == 401


def test_model_metrics_cannot_be_computed_without_a_model(project: dict[str, Any]) -> None:
    r = project["admin"].post("/api/metrics/compute", json={"metrics": ["perplexity"], "predictions": ["a"], "references": ["a"]})
    assert r.status_code == 422 and "evaluation" in r.json()["detail"]
