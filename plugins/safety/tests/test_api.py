"""Safety through the REST API and ``/v1`` (the ``openai`` client): policies, locks, toggles, the
decision log, redaction of the prompt before the backend sees it, output filtering on the
streaming and non-streaming paths, A/B variants with their own policies, prompt runs."""

from __future__ import annotations

import re
import time

import openai
import pytest
from llmworks_sdk.testing import parse_sse

SCRIPT = ("Sure. You can reach our support lead at priya.sharma@example.com or on +91 98765 43210 any time. "
          "That guy is a fucking idiot though. Have a good day and thanks for asking!")
SECRETS = ("priya.sharma@example.com", "98765 43210", "fucking")
CLEAN_OUT = ("Sure. You can reach our support lead at <EMAIL> or on <PHONE> any time. "
             "That guy is a <PROFANITY> <PROFANITY> though. Have a good day and thanks for asking!")


@pytest.fixture(scope="module")
def routes(admin, project_id):
    create_route(admin, project_id, "echo-bot", model="base:llmworks-demo-tiny", backend="echo", max_new_tokens=400)
    create_route(admin, project_id, "echo-strict", model="base:llmworks-demo-tiny", backend="echo", max_new_tokens=400)
    create_route(admin, project_id, "demo-bot", temperature=0, max_new_tokens=12)
    return ["echo-bot", "echo-strict", "demo-bot"]


@pytest.fixture(scope="module")
def policy(admin, project_id, routes):
    r = admin.post("/api/safety/policies", json={
        "project_id": project_id, "name": "default", "window_chars": 48,
        "filters": {"pii": {"action": "redact", "locked": True}, "offensive": {"action": "redact"},
                    "length": {"action": "block", "options": {"max_input_chars": 20_000}}}})
    assert r.status_code == 201, r.text
    return r.json()


@pytest.fixture(scope="module")
def viewer(harness, admin, project_id):
    client = harness.create_user("safety-viewer")
    r = admin.post(f"/api/projects/{project_id}/members", json={"username": "safety-viewer", "role": "annotator"})
    assert r.status_code == 201, r.text
    return client


def create_route(client, project_id, name, *, model="base:llmworks-demo-tiny", backend="pytorch", **params):
    r = client.post("/api/inference/routes", json={"project_id": project_id, "name": name, "model": model,
                                                   "backend": backend, "params": params})
    assert r.status_code == 201, r.text
    return r.json()


def generate(client, **body):
    return client.post("/api/inference/generate", json={"route": "echo-bot", "params": {"max_new_tokens": 400}, **body})


def decisions(admin, project_id, **query):
    r = admin.get("/api/safety/decisions", params={"project_id": project_id, **query})
    assert r.status_code == 200, r.text
    return r.json()["items"]


def test_filters_are_listed_with_availability(admin, project_id):
    items = {f["name"]: f for f in admin.get("/api/safety/filters", params={"project_id": project_id}).json()["items"]}
    assert {"pii", "offensive", "length", "toxicity"} <= set(items)
    assert items["pii"]["available"] and items["offensive"]["available"]
    reason = items["toxicity"]["reason"]
    assert not items["toxicity"]["available"] and ("weights are absent" in reason or "not installed" in reason)


def test_prompt_pii_is_redacted_before_the_backend_sees_it(admin, echo, policy):
    echo.script = None  # echo the prompt back
    r = generate(admin, prompt="My email is rahul_k92@example.in and my PAN is ABCPE1234F.")
    assert r.status_code == 200, r.text
    assert echo.prompts[-1] == "My email is <EMAIL> and my PAN is <PAN>."
    body = r.json()
    assert body["text"] == "My email is <EMAIL> and my PAN is <PAN>."
    assert body["safety"]["policy"] == "default" and body["safety"]["input"]["action"] == "redact"
    [d] = decisions(admin, policy["project_id"], generation_id=body["id"])
    assert d["input_action"] == "redact" and d["flagged"] and "rahul" not in str(d)


def test_output_pii_and_banned_words_never_reach_the_client(admin, echo, policy):
    echo.script = SCRIPT
    plain = generate(admin, prompt="hi").json()
    assert plain["text"] == CLEAN_OUT and plain["finish_reason"] == "eos"
    assert all(t["token_id"] == -1 and t["top"] == [] for t in plain["tokens"] if "<" in t["token"])
    r = generate(admin, prompt="hi", stream=True)
    events = parse_sse(r.text)
    streamed = "".join(data["token"] for kind, data in events if kind == "token")
    assert streamed == plain["text"]
    assert not any(s in r.text for s in SECRETS)
    done = events[-1][1]
    assert events[-1][0] == "done" and done["safety"]["output"]["action"] == "redact"
    d = decisions(admin, policy["project_id"], generation_id=done["id"])[0]
    assert {f["type"] for f in d["output"]["findings"]} == {"EMAIL", "PHONE", "PROFANITY"}
    assert not any(s in str(d) for s in SECRETS)


def test_toggles_are_honoured_and_locks_enforced(admin, viewer, echo, policy):
    echo.script = SCRIPT
    r = generate(viewer, prompt="hi", safety={"offensive": False})
    assert r.status_code == 200, r.text
    assert "fucking" in r.json()["text"] and "<EMAIL>" in r.json()["text"]
    r = generate(viewer, prompt="hi", safety={"pii": False})
    assert r.status_code == 403 and "locked" in r.json()["detail"] and r.json()["errors"][0]["loc"] == ["body", "safety", "pii"]
    r = generate(admin, prompt="hi", safety={"pii": False})  # maintainers may
    assert r.status_code == 200 and "priya.sharma@example.com" in r.json()["text"]
    r = generate(viewer, prompt="hi", safety={"nonsense": False})
    assert r.status_code == 422 and "unknown safety filter" in r.json()["detail"] and "pii" in r.json()["detail"]


def test_only_maintainers_edit_and_lock_policies(viewer, admin, project_id, policy):
    r = viewer.patch(f"/api/safety/policies/{policy['id']}", json={"filters": {"pii": {"locked": False}}})
    assert r.status_code == 403
    r = viewer.post("/api/safety/policies", json={"project_id": project_id, "name": "mine", "scope": "route",
                                                 "target": "demo-bot"})
    assert r.status_code == 403
    assert viewer.get(f"/api/safety/policies/{policy['id']}").status_code == 200
    r = admin.post("/api/safety/policies", json={"project_id": project_id, "name": "bad", "filters": {"nope": {}}})
    assert r.status_code == 422 and "unknown safety filter" in r.json()["detail"]
    r = admin.post("/api/safety/policies", json={"project_id": project_id, "name": "again"})
    assert r.status_code == 409


def test_blocked_input_is_a_400_naming_the_rule(admin, echo, project_id, routes, policy):
    r = admin.post("/api/safety/policies", json={"project_id": project_id, "name": "strict", "scope": "route",
                                                "target": "echo-strict", "filters": {"offensive": {"action": "block"}}})
    assert r.status_code == 201, r.text
    before = len(echo.prompts)
    r = admin.post("/api/inference/generate", json={"route": "echo-strict", "prompt": "tum c\u200bhutiya ho"})
    assert r.status_code == 400, r.text
    body = r.json()
    assert body["filter"] == "offensive" and body["rule"] == "wordlist:hi" and "offensive" in body["detail"]
    assert len(echo.prompts) == before  # the model never ran
    assert decisions(admin, project_id, action="block", route="echo-strict")


def test_blocked_output_finishes_with_content_filter(admin, echo, project_id):
    echo.script = SCRIPT
    before = echo.produced
    r = admin.post("/api/inference/generate", json={"route": "echo-strict", "prompt": "hi", "params": {"max_new_tokens": 400}})
    body = r.json()
    assert body["finish_reason"] == "content_filter" and "fucking" not in body["text"]
    assert echo.produced - before < len(re.findall(r"\s*\S{1,3}", SCRIPT))  # generation stopped early


def test_v1_with_the_openai_client(harness, admin, echo, project_id, policy):
    key = admin.post("/api/auth/api-keys", json={"name": "safety", "project_id": project_id}).json()["key"]
    client = openai.OpenAI(api_key=key, base_url="http://testserver/v1", http_client=harness.new_client(), max_retries=0)
    echo.script = SCRIPT
    r = client.chat.completions.create(model="echo-bot", messages=[{"role": "user", "content": "hi"}], max_tokens=400)
    assert r.choices[0].message.content == CLEAN_OUT
    chunks = list(client.chat.completions.create(model="echo-bot", messages=[{"role": "user", "content": "hi"}],
                                                 max_tokens=400, stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == CLEAN_OUT
    r = client.completions.create(model="echo-strict", prompt="hi", max_tokens=400)
    assert r.choices[0].finish_reason == "content_filter" and "fucking" not in r.choices[0].text
    chunks = list(client.completions.create(model="echo-strict", prompt="hi", max_tokens=400, stream=True))
    assert [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason] == ["content_filter"]
    with pytest.raises(openai.BadRequestError) as exc:
        client.chat.completions.create(model="echo-strict", messages=[{"role": "user", "content": "you b\u0456tch"}])
    assert exc.value.status_code == 400 and exc.value.code == "content_filter" and "wordlist:en" in exc.value.message
    assert exc.value.response.json()["rule"] == "wordlist:en"
    echo.script = None
    client.chat.completions.create(model="echo-bot", messages=[{"role": "user", "content": "mail me: ana.lopez@example.net"}],
                                   max_tokens=400, extra_body={"safety": {"offensive": False}})
    assert "ana.lopez" not in echo.prompts[-1] and "<EMAIL>" in echo.prompts[-1]


def test_ab_variants_run_under_their_own_policies(admin, echo, project_id, routes):
    r = admin.post("/api/inference/ab-tests", json={"project_id": project_id, "name": "echo-ab", "variants": [
        {"route": "echo-bot", "weight": 1}, {"route": "echo-strict", "weight": 1}]})
    assert r.status_code == 201, r.text
    echo.script = SCRIPT
    seen = {}
    for i in range(12):
        body = admin.post("/api/inference/generate", json={"route": "echo-ab", "prompt": "hi", "session_key": f"user-{i}",
                                                          "params": {"max_new_tokens": 400}}).json()
        seen[body["ab"]["variant"]] = (body["safety"]["policy"], body["finish_reason"])
        if len(seen) == 2:
            break
    assert seen == {"echo-bot": ("default", "eos"), "echo-strict": ("strict", "content_filter")}


def test_prompt_runs_are_filtered(admin, echo, project_id, routes, policy):
    r = admin.post("/api/prompts", json={"project_id": project_id, "name": "pii-prompt",
                                        "template": "Contact {{ who }} please", "variables": {"who": "x"}})
    assert r.status_code == 201, r.text
    echo.script = None
    r = admin.post(f"/api/prompts/{r.json()['id']}/run", json={"routes": ["echo-bot"],
                                                               "variables": {"who": "j.doe@mail.example.org"}})
    [res] = r.json()["results"]
    assert res["ok"] and "j.doe" not in res["result"]["text"] and "j.doe" not in echo.prompts[-1]
    assert decisions(admin, project_id, source="prompt_run")


def test_demo_model_runs_under_the_policy(admin, project_id, routes, policy):
    r = admin.post("/api/inference/generate", json={"route": "demo-bot", "prompt": "The colour of the sky is"})
    assert r.status_code == 200, r.text
    s = r.json()["safety"]
    assert s["policy"] == "default" and set(s["filters"]) == {"pii", "offensive", "length"}
    r2 = admin.post("/api/inference/generate", json={"route": "demo-bot", "prompt": "The colour of the sky is",
                                                     "stream": True})
    done = parse_sse(r2.text)[-1][1]
    assert done["text"] == r.json()["text"]


def test_yaml_filters_and_the_test_box(admin, viewer, project_id):
    doc = "filters:\n  - name: ticket_ids\n    type: regex\n    pattern: 'TCK-\\d{6}'\n    action: redact\n    label: '<TICKET>'\n"
    assert viewer.post("/api/safety/yaml-filters", json={"project_id": project_id, "name": "rules", "yaml": doc}).status_code == 403
    r = admin.post("/api/safety/yaml-filters", json={"project_id": project_id, "name": "rules", "yaml": doc})
    assert r.status_code == 201 and r.json()["filters"] == ["ticket_ids"]
    r = viewer.post("/api/safety/check", json={"project_id": project_id, "text": "ticket TCK-123456 for a@example.com",
                                              "filters": {"ticket_ids": {}, "pii": {}}})
    assert r.status_code == 200, r.text
    assert r.json()["text"] == "ticket <TICKET> for <EMAIL>"
    bomb = "a: &a [x, x]\nb: [*a, *a]\n"
    r = admin.post("/api/safety/yaml-filters", json={"project_id": project_id, "name": "bomb", "yaml": bomb})
    assert r.status_code == 422 and "aliases" in r.json()["detail"]
    start = time.perf_counter()
    r = admin.post("/api/safety/yaml-filters", json={"project_id": project_id, "name": "evil",
                                                    "yaml": "name: evil\ntype: regex\npattern: '(a|aa)+$'\n"})
    assert r.status_code == 201
    r = viewer.post("/api/safety/check", json={"project_id": project_id, "text": "a" * 50_000 + "b", "filters": {"evil": {}}})
    assert r.status_code == 200 and time.perf_counter() - start < 10


def test_huge_prompt_is_a_clear_4xx(admin, policy):
    r = admin.post("/api/inference/generate", json={"route": "echo-bot", "prompt": "word " * 200_000})
    assert r.status_code == 400 and r.json()["rule"] == "max_input_chars"
    assert admin.get("/api/safety/filters").status_code == 200  # still responsive


def test_decisions_need_membership(harness, admin, project_id, policy):
    outsider = harness.create_user("safety-outsider")
    assert outsider.get("/api/safety/decisions", params={"project_id": project_id}).status_code == 404
    assert outsider.get("/api/safety/decisions").json()["items"] == []
    d = decisions(admin, project_id)[0]
    assert outsider.get(f"/api/safety/decisions/{d['id']}").status_code == 404
    flagged = decisions(admin, project_id, flagged="true", filter="pii")
    assert flagged and all(x["flagged"] and "pii" in x["filters"] for x in flagged)


def test_review_page_filters_and_marks_reviewed(harness, admin, viewer, echo, project_id, policy):
    """The review page's queries: by the filter that found something, by direction (input or
    output findings), by route, and not-yet-reviewed; marking reviewed needs an annotator."""
    echo.script = "Mail the report to anita.rao@example.org today."
    g_out = generate(admin, prompt="hello there").json()           # output finding only (pii)
    echo.script = "ok"
    g_in = generate(admin, prompt="My PAN is ABCPE1234F.").json()  # input finding only (pii)
    out_ids = {d["generation_id"] for d in decisions(admin, project_id, stage="output", found_by="pii", route="echo-bot")}
    in_ids = {d["generation_id"] for d in decisions(admin, project_id, stage="input", found_by="pii")}
    assert g_out["id"] in out_ids and g_out["id"] not in in_ids
    assert g_in["id"] in in_ids and g_in["id"] not in out_ids
    assert not decisions(admin, project_id, found_by="offensive", generation_id=g_in["id"])
    [d] = decisions(admin, project_id, generation_id=g_out["id"])
    assert d["reviewed"] is False and d["reviewed_at"] is None

    only_viewer = harness.create_user("safety-readonly")
    admin.post(f"/api/projects/{project_id}/members", json={"username": "safety-readonly", "role": "viewer"})
    r = only_viewer.post(f"/api/safety/decisions/{d['id']}/review", json={"reviewed": True})
    assert r.status_code == 403, r.text
    r = viewer.post(f"/api/safety/decisions/{d['id']}/review", json={"reviewed": True, "note": "true positive"})  # annotator
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["reviewed"] and body["review_note"] == "true positive" and body["reviewed_at"] and body["reviewed_by"]
    assert d["id"] not in {x["id"] for x in decisions(admin, project_id, reviewed="false", flagged="true")}
    assert d["id"] in {x["id"] for x in decisions(admin, project_id, reviewed="true")}
    r = admin.post(f"/api/safety/decisions/{d['id']}/review", json={"reviewed": False})
    assert r.status_code == 200 and r.json()["reviewed"] is False and r.json()["reviewed_by"] is None
    assert admin.post(f"/api/safety/decisions/{d['id']}/review", json={"reviewed": True, "oops": 1}).status_code == 422
    assert admin.post("/api/safety/decisions/999999/review", json={}).status_code == 404
    assert admin.get("/api/safety/decisions", params={"stage": "sideways"}).status_code == 422


def test_yaml_editor_test_box_runs_only_the_unsaved_rules(viewer, project_id):
    doc = ("filters:\n  - name: draft_codes\n    type: regex\n    pattern: 'DRF-\\d{4}'\n    action: redact\n    label: '<CODE>'\n"
           "  - name: draft_words\n    type: keywords\n    keywords: [frobnicate]\n    action: warn\n")
    r = viewer.post("/api/safety/check", json={"project_id": project_id, "yaml": doc, "yaml_only": True,
                                              "text": "Write to x@example.com: frobnicate DRF-1234 now"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["text"] == "Write to x@example.com: frobnicate <CODE> now"      # pii did not run
    assert {f["filter"] for f in body["findings"]} == {"draft_codes", "draft_words"}
    assert {x["name"] for x in body["filters"]} == {"draft_codes", "draft_words"}
    code = next(f for f in body["findings"] if f["filter"] == "draft_codes")
    assert "Write to x@example.com: frobnicate DRF-1234 now"[code["start"]:code["end"]] == "DRF-1234"
    r = viewer.post("/api/safety/check", json={"project_id": project_id, "text": "x", "yaml_only": True})
    assert r.status_code == 422 and "give 'yaml'" in r.json()["detail"]
    r = viewer.post("/api/safety/check", json={"project_id": project_id, "text": "x", "yaml_only": True,
                                              "yaml": "filters:\n  - name: bad\n    type: regex\n    pattern: '('\n"})
    assert r.status_code == 422, r.text
