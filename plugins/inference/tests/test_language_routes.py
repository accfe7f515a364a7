"""Language-aware routes (each request to the model version of the language detected in its
prompt, with a fallback) and /v1 content parts (text parts everywhere; image and audio parts a
422 naming the accepted modalities unless the backend declares them)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from llmworks_inference.routers.openai_api import ChatMessageIn, check_modalities
from llmworks_sdk import Invalid

pytestmark = pytest.mark.slow  # model versions, generation on three models, lingua's models load

HINDI = "भारत की राजधानी क्या है? कृपया मुझे बताइए।"
ENGLISH = "What is the capital city of India? Please tell me."
FRENCH = "Quelle est la capitale de l'Inde ? Dites-le-moi, s'il vous plaît."


@pytest.fixture(scope="module")
def versions(harness, project_id, demo_model) -> dict[str, str]:
    """Two full model versions (a Hindi and an English fine-tune, here both the demo weights)."""
    from llmworks_sdk.services import ModelRegistry, require_service

    registry = require_service(harness.kernel, ModelRegistry)
    with harness.kernel.db.session() as db:
        out = {lang: registry.register_version(db, project_id=project_id, name=f"demo-{lang}", base_model="llmworks-demo-tiny",
                                               base_path=str(demo_model), method="full", kind="full",
                                               path=str(demo_model)).ref
               for lang in ("hi", "en")}
        db.commit()
    return out


@pytest.fixture(scope="module")
def route(admin, project_id, versions) -> dict:
    r = admin.post("/api/inference/routes", json={
        "project_id": project_id, "name": "by-language", "model": "base:llmworks-demo-tiny",
        "languages": {"hi": versions["hi"], "en": versions["en"]}, "params": {"temperature": 0, "max_new_tokens": 3}})
    assert r.status_code == 201, r.text
    return r.json()


def test_a_hindi_and_an_english_prompt_go_to_different_model_versions(admin, route, versions):
    assert route["languages"] == {"hi": versions["hi"], "en": versions["en"]}
    hi = admin.post("/api/inference/generate", json={"route": "by-language", "prompt": HINDI}).json()
    en = admin.post("/api/inference/generate", json={"route": "by-language", "prompt": ENGLISH}).json()
    assert hi["model"] == versions["hi"] and hi["language"]["detected"] == "hi" and hi["language"]["script"] == "Devanagari"
    assert en["model"] == versions["en"] and en["language"]["detected"] == "en" and not en["language"]["fallback"]
    assert hi["model"] != en["model"]
    fr = admin.post("/api/inference/generate", json={"route": "by-language", "prompt": FRENCH}).json()
    assert fr["model"] == "base:llmworks-demo-tiny" and fr["language"] == {**fr["language"], "detected": "fr", "fallback": True}
    chat = admin.post("/api/inference/generate", json={"route": "by-language", "messages": [
        {"role": "user", "content": ENGLISH}, {"role": "assistant", "content": "Delhi."}, {"role": "user", "content": HINDI}]})
    assert chat.json()["model"] == versions["hi"]  # the last user message decides


def test_language_route_through_v1(harness, admin, project_id, route, versions):
    key = admin.post("/api/auth/api-keys", json={"name": "lang", "project_id": project_id}).json()["key"]
    c = harness.new_client()
    r = c.post("/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
               json={"model": "by-language", "messages": [{"role": "user", "content": [{"type": "text", "text": HINDI}]}],
                     "max_tokens": 2})
    assert r.status_code == 200, r.text
    assert r.json()["llmworks"]["model"] == versions["hi"] and r.json()["llmworks"]["language"]["detected"] == "hi"


def test_bad_language_routes(admin, project_id, versions):
    base = {"project_id": project_id, "model": "base:llmworks-demo-tiny"}
    r = admin.post("/api/inference/routes", json={**base, "name": "bad-lang", "languages": {"xx": versions["hi"]}})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "languages", "xx"]
    r = admin.post("/api/inference/routes", json={**base, "name": "bad-model", "languages": {"hi": "custom:999999"}})
    assert r.status_code in (404, 422) and "999999" in r.text
    r = admin.patch(f"/api/inference/routes/{admin.get('/api/inference/routes').json()['items'][0]['id']}",
                    json={"languages": {"hi": "base:nope"}})
    assert r.status_code in (404, 422)


def test_content_parts(harness, admin, project_id, route):
    key = admin.post("/api/auth/api-keys", json={"name": "parts", "project_id": project_id}).json()["key"]
    c = harness.new_client()
    auth = {"Authorization": f"Bearer {key}"}

    def chat(content):
        return c.post("/v1/chat/completions", headers=auth, json={"model": "by-language", "max_tokens": 2,
                                                                   "messages": [{"role": "user", "content": content}]})

    ok = chat([{"type": "text", "text": "Hello "}, {"type": "text", "text": "there"}])
    assert ok.status_code == 200, ok.text
    image = chat([{"type": "text", "text": "What is this?"}, {"type": "image_url", "image_url": {"url": "data:image/png;base64,AA=="}}])
    assert image.status_code == 422
    body = image.json()
    assert "is an image part" in body["detail"] and "accepts text only" in body["detail"]
    assert body["accepted_modalities"] == ["text"] and body["error"]["param"] == "messages.0.content.1"
    audio = chat([{"type": "input_audio", "input_audio": {"data": "AA==", "format": "wav"}}])
    assert audio.status_code == 422 and "is an audio part" in audio.json()["detail"]
    unknown = chat([{"type": "video", "video": {}}])
    assert unknown.status_code == 422 and "unknown content part type 'video'" in unknown.json()["detail"]


def test_a_backend_that_declares_images_accepts_image_parts():
    kernel = SimpleNamespace(registry=SimpleNamespace(inference_backends={"vision": SimpleNamespace(modalities=("text", "image"))}))
    target = SimpleNamespace(backend="vision", route="see", model="base:x")
    msgs = [ChatMessageIn(role="user", content=[{"type": "text", "text": "hi"},
                                                {"type": "image_url", "image_url": {"url": "http://x/y.png"}}])]
    assert check_modalities(kernel, target, msgs) is True
    with pytest.raises(Invalid, match="accepts text, image only"):
        check_modalities(kernel, target, [ChatMessageIn(role="user", content=[{"type": "input_audio", "input_audio": {}}])])
