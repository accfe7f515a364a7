"""The prompt playground API: versions, rendering, side-by-side runs, export and import."""

from __future__ import annotations

import json

import pytest
import yaml
from llmworks_inference.testing import create_route

BODY = {
    "name": "colours",
    "description": "colour questions",
    "template": "What colour is the {{ thing }}?",
    "system_prompt": "Answer {{ style }}.",
    "variables": {"thing": "sky", "style": "briefly"},
    "examples": [{"input": "What colour is snow?", "output": "White."}],
    "history": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}],
    "params": {"temperature": 0, "max_new_tokens": 6},
    "routes": ["p-greedy"],
}


@pytest.fixture(scope="module")
def prompt(admin, project_id):
    create_route(admin, project_id, "p-greedy", temperature=0, max_new_tokens=4)
    create_route(admin, project_id, "p-sampled", temperature=0.8, top_k=20, seed=7, max_new_tokens=4)
    r = admin.post("/api/prompts", json={"project_id": project_id, **BODY})
    assert r.status_code == 201, r.text
    return r.json()


def test_each_save_is_an_immutable_version(admin, prompt):
    pid = prompt["id"]
    assert prompt["latest_version"] == 1 and prompt["current"]["template_variables"] == ["style", "thing"]
    r = admin.post(f"/api/prompts/{pid}/versions", json={**{k: v for k, v in BODY.items() if k not in ("name", "description")},
                                                         "template": "Name the colour of the {{ thing }}.", "message": "wording"})
    assert r.status_code == 201 and r.json()["latest_version"] == 2
    assert admin.get(f"/api/prompts/{pid}/versions/1").json()["template"] == BODY["template"]
    assert admin.get(f"/api/prompts/{pid}").json()["current"]["message"] == "wording"
    versions = admin.get(f"/api/prompts/{pid}/versions").json()
    assert versions["total"] == 2 and [v["version"] for v in versions["items"]] == [2, 1]
    assert admin.patch(f"/api/prompts/{pid}", json={"description": "renamed"}).json()["latest_version"] == 2


def test_render(admin, prompt):
    r = admin.post(f"/api/prompts/{prompt['id']}/render", json={"version": 1, "variables": {"thing": "grass"}}).json()
    assert r["messages"][0] == {"role": "system", "content": "Answer briefly."}
    assert r["messages"][-1] == {"role": "user", "content": "What colour is the grass?"} and len(r["messages"]) == 6


def test_template_errors_are_422(admin, project_id, prompt):
    bad = admin.post("/api/prompts", json={"project_id": project_id, "name": "evil",
                                           "template": "{{ ''.__class__.__mro__ }}"})
    assert bad.status_code == 201  # it parses; it fails when rendered
    r = admin.post(f"/api/prompts/{bad.json()['id']}/render", json={})
    assert r.status_code == 422 and r.json()["error"] == "template_security" and "__class__" in r.json()["detail"]
    missing = admin.post("/api/prompts", json={"project_id": project_id, "name": "needs-who", "template": "Hello {{ who }}"})
    r = admin.post(f"/api/prompts/{missing.json()['id']}/run", json={"routes": ["p-greedy"]})
    assert r.status_code == 422 and "'who'" in r.json()["detail"] and r.json()["errors"][0]["loc"] == ["body", "variables", "who"]
    r = admin.post("/api/prompts", json={"project_id": project_id, "name": "broken", "template": "{% for %}"})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "template"]
    assert admin.post("/api/prompts", json={"project_id": project_id, **BODY}).status_code == 409


def test_run_side_by_side(admin, prompt):
    r = admin.post(f"/api/prompts/{prompt['id']}/run", json={"version": 1, "routes": ["p-greedy", "p-sampled", "p-greedy"],
                                                             "variables": {"thing": "sea"}})
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["rendered"]["messages"][-1]["content"] == "What colour is the sea?"
    a, b, a2 = out["results"]
    assert [x["route"] for x in out["results"]] == ["p-greedy", "p-sampled", "p-greedy"] and all(x["ok"] for x in out["results"])
    assert a["result"]["params"]["max_new_tokens"] == 6  # the prompt's saved parameters over the route's
    assert b["result"]["params"]["temperature"] == 0 and a["result"]["text"] == a2["result"]["text"]
    assert admin.post(f"/api/prompts/{prompt['id']}/run", json={"routes": ["missing"]}).status_code == 404
    default = admin.post(f"/api/prompts/{prompt['id']}/run", json={"version": 1})
    assert [x["route"] for x in default.json()["results"]] == ["p-greedy"]


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_export_import_round_trip(admin, project_id, prompt, fmt):
    r = admin.get(f"/api/prompts/{prompt['id']}/export", params={"format": fmt, "version": 1})
    assert r.status_code == 200 and f"colours.v1.{fmt}" in r.headers["content-disposition"]
    doc = json.loads(r.text) if fmt == "json" else yaml.safe_load(r.text)
    req = doc["openai_request"]
    assert req["endpoint"] == "/v1/chat/completions" and req["body"]["model"] == "p-greedy"
    assert req["body"]["max_tokens"] == 6 and req["body"]["messages"][-1]["content"] == "What colour is the sky?"
    imported = admin.post("/api/prompts/import", params={"project_id": project_id, "name": f"colours-{fmt}"},
                          content=r.content, headers={"content-type": r.headers["content-type"]})
    assert imported.status_code == 201, imported.text
    again = admin.get(f"/api/prompts/{imported.json()['id']}/export", params={"format": fmt}).text
    doc2 = json.loads(again) if fmt == "json" else yaml.safe_load(again)
    assert doc2.pop("name") == f"colours-{fmt}" and doc.pop("name") == "colours"
    assert doc2 == doc
    original = admin.get(f"/api/prompts/{prompt['id']}/versions/1").json()
    copy = imported.json()["current"]
    for key in ("template", "system_prompt", "variables", "examples", "history", "params", "routes", "mode"):
        assert copy[key] == original[key], key


def test_bad_imports(admin, project_id):
    r = admin.post("/api/prompts/import", params={"project_id": project_id, "format": "yaml"}, content=b"{{{")
    assert r.status_code == 422 and "YAML" in r.json()["detail"]
    r = admin.post("/api/prompts/import", params={"project_id": project_id}, json={"format": "llmworks-prompt/v1", "name": "z"})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "template"]


def test_roles_and_visibility(harness, admin, project_id, prompt):
    viewer = harness.create_user("val-prompts")
    assert viewer.get(f"/api/prompts/{prompt['id']}").status_code == 404
    admin.post(f"/api/projects/{project_id}/members", json={"username": "val-prompts", "role": "viewer"})
    assert viewer.get(f"/api/prompts/{prompt['id']}").status_code == 200
    assert viewer.post(f"/api/prompts/{prompt['id']}/versions", json={"template": "x"}).status_code == 403
    assert viewer.post(f"/api/prompts/{prompt['id']}/render", json={}).status_code == 200
