"""POST /api/inference/generate on the PyTorch backend: results, streaming, validation, auth, cache."""

from __future__ import annotations

import pytest
from llmworks_inference.testing import create_route, parse_sse
from llmworks_sdk import GeneratedToken, hookimpl

PROMPT = "The colour of the sky is"


@pytest.fixture(scope="module")
def route(admin, project_id):
    return create_route(admin, project_id, "demo", temperature=0, max_new_tokens=8)


def test_generate_through_a_route(admin, route):
    r = admin.post("/api/inference/generate", json={"route": "demo", "prompt": PROMPT})
    assert r.status_code == 200, r.text
    g = r.json()
    assert g["route"] == "demo" and g["backend"] == "pytorch" and g["model"] == "base:llmworks-demo-tiny"
    assert g["params"]["temperature"] == 0 and g["params"]["max_new_tokens"] == 8  # the route's defaults
    assert 1 <= g["completion_tokens"] == len(g["tokens"]) <= 8
    assert g["text"] == "".join(t["token"] for t in g["tokens"])
    assert g["finish_reason"] in ("length", "eos", "stop")
    for t in g["tokens"]:
        assert t["logprob"] <= 0 and t["rank"] == 1 and t["entropy"] > 0  # greedy: always the top token
        assert len(t["top"]) == 5 and t["top"][0]["token_id"] == t["token_id"]
    assert g["latency_ms"] > 0 and 0 < g["time_to_first_token_ms"] <= g["latency_ms"] and g["tokens_per_second"] > 0
    m = g["metrics"]
    assert m["mean_logprob"] < 0 and m["perplexity"] > 1 and m["mean_entropy"] > 0 and m["mean_rank"] == 1


def test_request_params_override_the_route_and_model_requests_work(admin, route, project_id):
    r = admin.post("/api/inference/generate", json={"route": "demo", "prompt": PROMPT,
                                                    "params": {"max_new_tokens": 3, "top_logprobs": 2}})
    assert r.status_code == 200, r.text
    g = r.json()
    assert g["params"]["temperature"] == 0 and len(g["tokens"]) <= 3 and all(len(t["top"]) == 2 for t in g["tokens"])
    same = admin.post("/api/inference/generate", json={"model": "base:llmworks-demo-tiny", "backend": "pytorch",
                                                       "prompt": PROMPT, "params": {"temperature": 0, "max_new_tokens": 3}})
    assert same.status_code == 200, same.text
    assert [t["token_id"] for t in same.json()["tokens"]] == [t["token_id"] for t in g["tokens"]]
    slug = admin.get(f"/api/projects/{project_id}").json()["slug"]
    assert admin.post("/api/inference/generate", json={"route": f"{slug}/demo", "prompt": PROMPT}).status_code == 200


def test_chat_messages_use_the_model_chat_template(admin, route):
    r = admin.post("/api/inference/generate", json={"route": "demo", "messages": [
        {"role": "system", "content": "Be brief."}, {"role": "user", "content": "What colour is the sky?"}]})
    assert r.status_code == 200, r.text
    # <|system|>\nBe brief.<|endoftext|>\n<|user|>\n...<|endoftext|>\n<|assistant|>\n
    assert r.json()["prompt_tokens"] > 10


def test_stream_gives_the_same_tokens(admin, route):
    plain = admin.post("/api/inference/generate", json={"route": "demo", "prompt": PROMPT}).json()
    with admin.stream("POST", "/api/inference/generate", json={"route": "demo", "prompt": PROMPT, "stream": True}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = parse_sse(r.iter_lines())
    kinds = [e for e, _ in events]
    assert kinds[0] == "start" and kinds[-1] == "done" and set(kinds[1:-1]) == {"token"}
    tokens = [d for e, d in events if e == "token"]
    assert [t["token_id"] for t in tokens] == [t["token_id"] for t in plain["tokens"]]
    assert [t["logprob"] for t in tokens] == pytest.approx([t["logprob"] for t in plain["tokens"]], abs=1e-6)
    done = events[-1][1]
    assert done["text"] == plain["text"] and done["time_to_first_token_ms"] > 0 and done["finish_reason"] == plain["finish_reason"]


def _problem(r, status):
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    return r.json()


def test_bad_inputs_are_clear_4xx(admin, route):
    p = _problem(admin.post("/api/inference/generate", json={"route": "nope", "prompt": "x"}), 404)
    assert "nope" in p["detail"]
    p = _problem(admin.post("/api/inference/generate", json={"route": "demo", "prompt": "x", "params": {"top_p": 1.5}}), 422)
    assert p["errors"][0]["loc"] == ["body", "params", "top_p"]
    p = _problem(admin.post("/api/inference/generate", json={"route": "demo", "prompt": "x", "params": {"max_new_tokens": -1}}), 422)
    assert p["errors"][0]["loc"] == ["body", "params", "max_new_tokens"]
    long_prompt = " ".join(["the cat reads a book in the morning."] * 320)
    p = _problem(admin.post("/api/inference/generate", json={"route": "demo", "prompt": long_prompt}), 422)
    assert p["context_length"] == 1024 and p["prompt_tokens"] > 1024
    assert f"{p['prompt_tokens']} tokens" in p["detail"] and "1024" in p["detail"]
    assert p["errors"][0]["loc"] == ["body", "prompt"]
    p = _problem(admin.post("/api/inference/generate", json={"model": "base:llmworks-demo-tiny", "backend": "tensorflow",
                                                             "prompt": "x"}), 422)
    assert "tensorflow" in p["detail"] and "pytorch" in p["detail"]
    p = _problem(admin.post("/api/inference/generate", json={"model": "base:no-such-model", "prompt": "x"}), 422)
    assert "no-such-model" in p["detail"]
    _problem(admin.post("/api/inference/generate", json={"route": "demo"}), 422)
    _problem(admin.post("/api/inference/generate", json={"prompt": "x"}), 422)


class _Offline:
    name = "offline"
    description = "a backend whose server is down"
    supports_attention = False
    supports_adapters = False

    def available(self):
        return False, "the server at http://10.0.0.1:8000 does not answer"

    def load(self, ref):  # pragma: no cover - never called
        raise AssertionError


class _OfflinePlugin:
    @hookimpl
    def register_inference_backends(self, register):
        register(_Offline())


def test_an_unavailable_backend_is_503_with_its_reason(harness, admin):
    harness.kernel.register_plugin(_OfflinePlugin(), "offline-backend")
    try:
        backends = {b["name"]: b for b in admin.get("/api/inference/backends").json()["items"]}
        assert backends["offline"]["available"] is False and backends["pytorch"]["available"] is True
        p = _problem(admin.post("/api/inference/generate", json={"model": "base:llmworks-demo-tiny", "backend": "offline",
                                                                 "prompt": "x"}), 503)
        assert "does not answer" in p["detail"] and p["backend"] == "offline"
    finally:
        harness.kernel.unregister_plugin("offline-backend")


def test_other_projects_routes_are_invisible(harness, route):
    bob = harness.create_user("bob-gen")
    p = _problem(bob.post("/api/inference/generate", json={"route": "demo", "prompt": "x"}), 404)
    assert "demo" in p["detail"]
    assert bob.get("/api/inference/routes").json()["total"] == 0
    _problem(bob.get("/api/inference/cache"), 403)


def test_cache_stats(admin, route):
    s = admin.get("/api/inference/cache").json()
    entry = next(e for e in s["entries"] if "base:llmworks-demo-tiny" in e["refs"] and e["backend"] == "pytorch")
    assert entry["key"].startswith("base@") and entry["adapters"] == []  # the shared base of the demo folder
    assert entry["memory_bytes"] > 0 and entry["uses"] >= 1 and s["misses"] >= 1 and s["hits"] >= 1
    assert s["budget_bytes"] == 4096 * 1024 * 1024


def test_every_endpoint_needs_authentication(harness):
    anonymous = harness.new_client()
    checked = 0
    for path, operations in harness.app.openapi()["paths"].items():
        if not path.startswith(("/api/inference", "/api/prompts", "/v1")):
            continue
        for method in operations:
            url = "/".join("1" if part.startswith("{") else part for part in path.split("/"))
            resp = anonymous.request(method.upper(), url, json={})
            assert resp.status_code == 401, f"{method} {path} answered {resp.status_code}"
            checked += 1
    assert checked >= 30


class _RemoteChatModel:
    """A model behind a chat API: renders messages itself and echoes the prompt word by word."""

    memory_bytes = 0
    context_length = 1000

    def count_tokens(self, text):
        return len(text.split())

    def render_chat(self, messages):
        return " ".join(f"{m['role'].upper()}: {m['content']}" for m in messages) + " ASSISTANT:"

    def stream(self, prompt, params, *, adapter=None):
        if "refuse" in prompt:
            raise ValueError("this remote model refuses prompts that say 'refuse'; rephrase it")
        for i, word in enumerate(prompt.split()[: params.max_new_tokens]):
            yield GeneratedToken(index=i, token_id=i, token=word + " ")
        return "stop"

    def close(self):
        pass


class _RemoteChat:
    name = "remote-chat"
    description = "a chat API that renders its own prompts"
    supports_attention = False
    supports_adapters = False
    renders_chat = True

    def available(self):
        return True, ""

    def load(self, ref):
        return _RemoteChatModel()


class _RemoteChatPlugin:
    @hookimpl
    def register_inference_backends(self, register):
        register(_RemoteChat())


def test_a_backend_that_renders_its_own_chat_and_returns_its_finish_reason(harness, admin):
    harness.kernel.register_plugin(_RemoteChatPlugin(), "remote-chat-backend")
    try:
        body = {"model": "base:llmworks-demo-tiny", "backend": "remote-chat", "params": {"max_new_tokens": 50},
                "messages": [{"role": "user", "content": "hello there"}]}
        r = admin.post("/api/inference/generate", json=body)
        assert r.status_code == 200, r.text
        g = r.json()
        # the backend's rendering, not the demo model's chat template (<|user|> ...)
        assert g["text"] == "USER: hello there ASSISTANT: " and g["prompt_tokens"] == 4
        assert g["finish_reason"] == "stop"  # the generator's return value (StopIteration.value)
        refused = admin.post("/api/inference/generate", json={**body, "messages": [{"role": "user", "content": "refuse"}]})
        p = _problem(refused, 422)  # a ValueError from a backend is a 422 that says what to change
        assert "rephrase" in p["detail"]
    finally:
        harness.kernel.unregister_plugin("remote-chat-backend")


def test_prompt_length_is_checked_in_characters_before_tokenising(admin, route):
    """Issue 9: 7.5 MB of chat cost 1 GB of RSS in the tokeniser before the context check."""
    p = _problem(admin.post("/api/inference/generate", json={"route": "demo", "prompt": "word " * 200_000}), 422)
    assert p["prompt_chars"] == 1_000_000 and p["context_length"] == 1024 and "prompt_tokens" not in p
    p = _problem(admin.post("/api/inference/generate", json={"route": "demo", "messages": [
        {"role": "user", "content": "x" * 500_000}]}), 422)
    assert p["prompt_chars"] == 500_000 and p["errors"][0]["loc"] == ["body", "messages"]
