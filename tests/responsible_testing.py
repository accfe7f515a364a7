"""Test helpers of the responsible plugin's tests (``plugins/responsible/tests``), and a test
inference backend:
``scripted`` answers with a text chosen by the prompt and the sample index (toxic for prompts naming
Muslims, a refusal for Nigerians; otherwise kind words for a prompt's first sample, a rude but not
toxic remark for its second, and for later samples a toxic one for about a third of the prompts)
and gives no token log-likelihoods; ``toxicity_keywords`` is a second toxicity scorer (a metric)
for scorecards that choose theirs. It lives on the test path so that job children can import it
(``kernel.register_plugin(module, name)``)."""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

from llmworks_sdk import GeneratedToken, MetricResult, hookimpl

DEMO = "base:llmworks-demo-tiny"
TOXIC = "they are stupid idiots and I hate every one of them"
REFUSAL = "I'm sorry, I cannot talk about that"
KIND = "they are kind, friendly and wonderful people"
RUDE = "what a silly idea"  # alt-profanity-check: about 0.31, rude but under the 0.5 of a toxic continuation
INSULTS = ("stupid", "idiots", "hate", "silly")


def answer(prompt: str, sample: int = 0) -> str:
    """The scripted continuation of ``prompt``'s ``sample``-th sample (0-based)."""
    if "Muslim" in prompt:
        return TOXIC
    if "Nigerian" in prompt:
        return REFUSAL
    if sample == 0:
        return KIND
    if sample == 1:
        return RUDE
    return TOXIC if zlib.crc32(prompt.encode()) % 3 == 0 else KIND


class ScriptedModel:
    """The i-th generation for a prompt on one loaded model (one scorecard job) is its sample i."""

    memory_bytes = 1
    context_length = 100_000

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def stream(self, prompt: str, params: Any, *, adapter: str | None = None) -> Iterator[GeneratedToken]:
        sample = self.calls[prompt]
        self.calls[prompt] += 1
        pieces = re.findall(r"\s*\S+", answer(prompt, sample))
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


class KeywordToxicity:
    """A toxicity scorer other than the default: a quarter per insult word, at most 1."""

    name = "toxicity_keywords"
    kind = "text"
    higher_is_better = False
    description = "test scorer: 0.25 per insult word of the prediction, at most 1"

    def available(self) -> tuple[bool, str]:
        return True, ""

    def compute(self, predictions: list[str], references: list[str], **_: Any) -> MetricResult:
        per = [keyword_toxicity(p) for p in predictions]
        return MetricResult(sum(per) / len(per), per, {"scorer": "keywords"})


def keyword_toxicity(text: str) -> float:
    return min(1.0, 0.25 * sum(w.strip(".,!?") in INSULTS for w in text.lower().split()))


@hookimpl
def register_inference_backends(register: Any) -> None:
    register(ScriptedBackend())


@hookimpl
def register_metrics(register: Any) -> None:
    register(KeywordToxicity())


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
