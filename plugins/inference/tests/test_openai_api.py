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
        client.completions.create(model="chat-bot", prompt=" ".join(["the cat reads a book."] * 320))
    assert "1024" in e.value.message
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


# ------------------------------------------------------------------ issue 11, item 3
@pytest.fixture(scope="module")
def model_version(harness, project_id, demo_model) -> int:
    """A model version of the key's project (full weights: the demo model's folder), as a training job registers it."""
    from llmworks_sdk.services import ModelRegistry, require_service

    registry = require_service(harness.kernel, ModelRegistry)
    with harness.kernel.db.session() as db:
        return registry.register_version(db, project_id=project_id, name="demo-copy", base_model="llmworks-demo-tiny",
                                         base_path=str(demo_model), method="full", kind="full", path=str(demo_model)).id


def test_models_list_versions_and_base_models_and_custom_ids_work_without_a_route(harness, client, admin, model_version):
    listed = {m.id: m for m in client.models.list()}
    assert f"custom:{model_version}" in listed and "base:llmworks-demo-tiny" in listed and "chat-bot" in listed
    assert listed[f"custom:{model_version}"].llmworks["kind"] == "model_version"
    assert listed["base:llmworks-demo-tiny"].owned_by == "llmworks"
    assert client.models.retrieve(f"custom:{model_version}").llmworks["name"] == "demo-copy"
    # a version of a project the key does not belong to is neither listed nor callable
    other = admin.post("/api/projects", json={"name": "Versions elsewhere"}).json()
    from llmworks_sdk.services import ModelRegistry, require_service

    with harness.kernel.db.session() as db:
        hidden = require_service(harness.kernel, ModelRegistry).register_version(
            db, project_id=other["id"], name="hidden", base_model="llmworks-demo-tiny", base_path="/nowhere",
            method="full", kind="full", path="/nowhere").id
    assert f"custom:{hidden}" not in [m.id for m in client.models.list()]
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve(f"custom:{hidden}")
    with pytest.raises((openai.NotFoundError, openai.PermissionDeniedError)):
        client.completions.create(model=f"custom:{hidden}", prompt="The cat", max_tokens=2)

    # model="custom:<id>" and "base:<name>" generate without a route
    for model in (f"custom:{model_version}", "base:llmworks-demo-tiny"):
        r = client.completions.create(model=model, prompt="The colour of the sky is", max_tokens=4, temperature=0)
        assert r.model == model and r.choices[0].text and r.usage.completion_tokens >= 1
        chat = client.chat.completions.create(model=model, messages=[{"role": "user", "content": "Hello"}], max_tokens=4)
        assert chat.choices[0].message.role == "assistant"
    same = client.completions.create(model="base:llmworks-demo-tiny", prompt="The colour of the sky is", max_tokens=4,
                                     temperature=0)
    assert same.choices[0].text == r.choices[0].text  # the version is the demo model's weights


def test_logprobs_keep_the_bytes_of_byte_fragment_tokens(client):
    """Hindi text through a byte-level BPE: every token and alternative carries its own bytes, the
    bytes of the tokens add up to the text, and ``top_logprobs`` has as many entries as asked."""
    r = client.completions.create(model="chat-bot", prompt="राम सुबह किताब", max_tokens=8, temperature=0, logprobs=5)
    lp = r.choices[0].logprobs
    assert lp.tokens and all(lp.tokens) and len(lp.tokens) == len(lp.text_offset) == len(lp.token_logprobs)
    assert all(len(alts) == 5 for alts in lp.top_logprobs)  # no two alternatives collapse onto one key

    def raw(label: str) -> bytes:
        return bytes(int(h, 16) for h in label[6:].split("\\x")[1:]) if label.startswith("bytes:") else label.encode()

    joined, text = b"".join(raw(t) for t in lp.tokens), r.choices[0].text.encode()
    # (a character cut by max_tokens is not in the text: at most its first 3 bytes are extra)
    assert joined.startswith(text) and len(joined) - len(text) < 4, (joined, text)
    assert lp.text_offset == sorted(lp.text_offset) and lp.text_offset[-1] <= len(r.choices[0].text)

    chat = client.chat.completions.create(model="chat-bot", messages=[{"role": "user", "content": "राम का रंग क्या है?"}],
                                          logprobs=True, top_logprobs=4, max_tokens=8)
    content = chat.choices[0].logprobs.content
    assert all(c.bytes for c in content) and all(a.bytes for c in content for a in c.top_logprobs)
    joined, text = b"".join(bytes(c.bytes) for c in content), chat.choices[0].message.content.encode()
    assert joined.startswith(text) and len(joined) - len(text) < 4, (joined, text)
    assert all(len({bytes(a.bytes) for a in c.top_logprobs}) == 4 for c in content)


def test_token_bytes_of_fragments_and_labels():
    """The SDK's TokenBytes on a byte-level vocabulary: single-byte tokens are not valid UTF-8 alone."""
    from llmworks_inference.openai_shapes import chat_logprob, completion_logprobs
    from llmworks_sdk import GeneratedToken, TokenAlternative

    fragments = [GeneratedToken(index=0, token_id=1, token="", logprob=-0.5, bytes=[0xE0, 0xA4],
                                top=[TokenAlternative(token_id=1, token="\ufffd", logprob=-0.5, bytes=[0xE0, 0xA4]),
                                     TokenAlternative(token_id=2, token="\ufffd", logprob=-1.0, bytes=[0xE0])]),
                 GeneratedToken(index=1, token_id=3, token="र", logprob=-0.1, bytes=[0xB0], top=[])]
    legacy = completion_logprobs(fragments, 2)
    assert legacy["tokens"] == ["bytes:\\xe0\\xa4", "bytes:\\xb0"] and legacy["text_offset"] == [0, 0]
    assert list(legacy["top_logprobs"][0]) == ["bytes:\\xe0\\xa4", "bytes:\\xe0"]
    chat = chat_logprob(fragments[0], 2)
    assert chat["bytes"] == [0xE0, 0xA4] and [a["bytes"] for a in chat["top_logprobs"]] == [[0xE0, 0xA4], [0xE0]]
