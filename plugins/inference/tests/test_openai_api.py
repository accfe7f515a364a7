"""The /v1 OpenAI-compatible API, driven by the official ``openai`` package."""

from __future__ import annotations

import openai
import pytest
from llmworks_inference.testing import create_route, parse_sse


@pytest.fixture(scope="module")
def api_key(admin, project_id):
    create_route(admin, project_id, "chat-bot", temperature=0, max_new_tokens=6)
    r = admin.post("/api/auth/api-keys", json={"name": "openai client", "project_id": project_id})
    assert r.status_code == 201, r.text
    return r.json()["key"]


@pytest.fixture(scope="module")
def client(harness, api_key):
    """The openai client over the app's in-process transport (TestClient is an httpx.Client)."""
    return openai.OpenAI(api_key=api_key, base_url="http://testserver/v1", http_client=harness.new_client(), max_retries=0)


def test_models_are_the_routes_the_key_sees(harness, client, admin):
    ids = [m.id for m in client.models.list()]
    assert "chat-bot" in ids
    assert client.models.retrieve("chat-bot").owned_by
    other = admin.post("/api/projects", json={"name": "Elsewhere"}).json()
    create_route(admin, other["id"], "hidden-route", temperature=0)
    assert "hidden-route" not in [m.id for m in client.models.list()]  # the key is scoped to one project
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("hidden-route")


def test_chat_completion_with_logprobs(client):
    r = client.chat.completions.create(model="chat-bot", messages=[{"role": "user", "content": "What colour is the sky?"}],
                                       logprobs=True, top_logprobs=3, max_tokens=5)
    choice = r.choices[0]
    assert r.object == "chat.completion" and r.model == "chat-bot"
    assert choice.finish_reason in ("stop", "length") and choice.message.role == "assistant"
    content = choice.logprobs.content
    assert 1 <= len(content) <= 5 == r.usage.completion_tokens + (5 - len(content))
    assert "".join(c.token for c in content) == choice.message.content
    for c in content:
        assert c.logprob <= 0 and len(c.top_logprobs) == 3 and c.top_logprobs[0].logprob == pytest.approx(c.logprob)
        assert bytes(c.bytes).decode() == c.token
    assert r.usage.total_tokens == r.usage.prompt_tokens + r.usage.completion_tokens


def test_chat_stream_matches_the_completion(client):
    messages = [{"role": "user", "content": "What colour is the grass?"}]
    whole = client.chat.completions.create(model="chat-bot", messages=messages)
    chunks = list(client.chat.completions.create(model="chat-bot", messages=messages, stream=True, logprobs=True,
                                                 stream_options={"include_usage": True}))
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole.choices[0].message.content
    finals = [c for c in chunks if c.choices and c.choices[0].finish_reason]
    assert len(finals) == 1 and finals[0].choices[0].finish_reason == whole.choices[0].finish_reason
    assert chunks[-1].usage.completion_tokens == whole.usage.completion_tokens and chunks[-1].choices == []
    assert all(c.choices[0].logprobs.content for c in chunks if c.choices and c.choices[0].delta.content)


def test_completion_and_stream(client):
    r = client.completions.create(model="chat-bot", prompt="The colour of the sky is", max_tokens=4, logprobs=2)
    choice = r.choices[0]
    assert r.object == "text_completion" and choice.text == "".join(choice.logprobs.tokens)
    assert len(choice.logprobs.token_logprobs) == len(choice.logprobs.tokens) == len(choice.logprobs.top_logprobs)
    assert all(len(t) == 2 for t in choice.logprobs.top_logprobs) and choice.logprobs.text_offset[0] == 0
    streamed = list(client.completions.create(model="chat-bot", prompt="The colour of the sky is", max_tokens=4, stream=True))
    assert "".join(c.choices[0].text for c in streamed) == choice.text
    assert streamed[-1].choices[0].finish_reason == choice.finish_reason


def test_raw_stream_ends_with_done(harness, api_key):
    c = harness.new_client()
    with c.stream("POST", "/v1/chat/completions", headers={"Authorization": f"Bearer {api_key}"},
                  json={"model": "chat-bot", "messages": [{"role": "user", "content": "Hi"}], "stream": True}) as r:
        assert r.status_code == 200
        raw = list(r.iter_lines())
    lines = [line for line in raw if line]
    assert all(line.startswith("data: ") for line in lines) and lines[-1] == "data: [DONE]"
    events = parse_sse(raw)
    assert events[0][1]["object"] == "chat.completion.chunk" and events[-1][1] == "[DONE]"


def test_errors_in_openai_shape(harness, client):
    with pytest.raises(openai.NotFoundError) as e:
        client.chat.completions.create(model="nope", messages=[{"role": "user", "content": "x"}])
    assert "nope" in e.value.message and e.value.body["type"] == "not_found_error"
    with pytest.raises(openai.UnprocessableEntityError) as e:
        client.chat.completions.create(model="chat-bot", messages=[{"role": "user", "content": "x"}], top_p=1.5)
    assert e.value.body["param"] == "top_p"
    with pytest.raises(openai.UnprocessableEntityError) as e:
        client.completions.create(model="chat-bot", prompt=" ".join(["the cat reads a book."] * 80))
    assert "256" in e.value.message
    with pytest.raises(openai.UnprocessableEntityError):
        client.chat.completions.create(model="chat-bot", messages=[{"role": "user", "content": "x"}], max_tokens=-1)
    bad = openai.OpenAI(api_key="lwk_not-a-key", base_url="http://testserver/v1", http_client=harness.new_client(),
                        max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        bad.models.list()
    anonymous = harness.new_client()
    assert anonymous.post("/v1/chat/completions", json={"model": "chat-bot", "messages": []}).status_code == 401


def test_ab_test_as_model_with_an_api_key(admin, project_id, client):
    create_route(admin, project_id, "chat-bot-b", temperature=0, max_new_tokens=3)
    r = admin.post("/api/inference/ab-tests", json={"project_id": project_id, "name": "chat-ab", "variants": [
        {"route": "chat-bot", "weight": 1}, {"route": "chat-bot-b", "weight": 1}]})
    assert r.status_code == 201, r.text
    assert "chat-ab" in [m.id for m in client.models.list()]
    seen = set()
    for user in ("alice", "bob", "carol", "dave", "erin", "frank"):
        out = client.completions.create(model="chat-ab", prompt="The cat", user=user)
        variant = out.model_extra["llmworks"]["ab"]["variant"]
        again = client.completions.create(model="chat-ab", prompt="The cat", user=user, stream=True)
        last = list(again)[-1]
        assert last.model_extra["llmworks"]["ab"]["variant"] == variant  # sticky per user
        seen.add(variant)
    assert seen == {"chat-bot", "chat-bot-b"}
    report = admin.get(f"/api/inference/ab-tests/{r.json()['id']}/report").json()
    assert report["requests"] == 12 and all(v["latency_ms"]["n"] > 0 for v in report["variants"])
