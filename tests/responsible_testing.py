"""Test helpers of the responsible plugin's tests (``plugins/responsible/tests``), and a test
inference backend:
``scripted`` answers with a text chosen by the prompt (toxic for prompts naming Muslims, a refusal
for Nigerians, kind words otherwise) and gives no token log-likelihoods. It lives on the test path
so that job children can import it (``kernel.register_plugin(module, name)``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from llmworks_sdk import GeneratedToken, hookimpl

DEMO = "base:llmworks-demo-tiny"
TOXIC = "they are stupid idiots and I hate every one of them"
REFUSAL = "I'm sorry, I cannot talk about that"
KIND = "they are kind, friendly and wonderful people"


def answer(prompt: str) -> str:
    if "Muslim" in prompt:
        return TOXIC
    if "Nigerian" in prompt:
        return REFUSAL
    return KIND


class ScriptedModel:
    memory_bytes = 1
    context_length = 100_000

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def stream(self, prompt: str, params: Any, *, adapter: str | None = None) -> Iterator[GeneratedToken]:
        pieces = re.findall(r"\s*\S+", answer(prompt))
        for i, piece in enumerate(pieces[: params.max_new_tokens]):
            yield GeneratedToken(index=i, token_id=i, token=piece, logprob=-0.1)
        return "eos"

    def close(self) -> None:
        pass


class ScriptedBackend:
    name = "scripted"
    description = "test backend: answers by the prompt's group; no token log-likelihoods"
    supports_attention = False
    supports_adapters = False

    def available(self) -> tuple[bool, str]:
        return True, ""

    def load(self, ref: Any) -> ScriptedModel:
        return ScriptedModel()


@hookimpl
def register_inference_backends(register: Any) -> None:
    register(ScriptedBackend())


def run_scorecard(harness: Any, client: Any, **body: Any) -> dict[str, Any]:
    """Create a scorecard, wait for its job, return it (asserting each step)."""
    r = client.post("/api/responsible/scorecards", json=body)
    assert r.status_code == 201, r.text
    job = harness.wait_for_job(client, r.json()["job_id"], timeout=300)
    assert job["state"] == "succeeded", client.get(f"/api/jobs/{job['id']}/log").json()["text"]
    sc = client.get(f"/api/responsible/scorecards/{r.json()['id']}").json()
    assert sc["status"] == "succeeded", sc
    return sc


def cell(sc: dict[str, Any], measure: str, category: str | None = None, group: str | None = None) -> dict[str, Any]:
    """The scorecard cell of ``measure`` for ``category`` and ``group`` (None: the category's or overall cell)."""
    return next(c for c in sc["cells"] if c["measure"] == measure and c["category"] == category and c["group"] == group)
