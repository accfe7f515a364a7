"""Acceptance: one prompt, greedy decoding, through this plugin's API on the PyTorch, ONNX
Runtime and Triton backends (a real Triton server, managed by the triton plugin's backend):
the same tokens, log-probs within 1e-3, and every backend fills log-prob, rank and entropy."""

from __future__ import annotations

import pytest
from llmworks_inference.testing import create_route, parse_sse

BACKENDS = ("pytorch", "onnxruntime", "triton")
PROMPT = "Does the pilot know where the baker keeps the map?"


@pytest.fixture(scope="module")
def results(admin, project_id):
    out = {}
    for backend in BACKENDS:
        create_route(admin, project_id, f"parity-{backend}", backend=backend, temperature=0, max_new_tokens=16,
                     top_logprobs=3)
        r = admin.post("/api/inference/generate", json={"route": f"parity-{backend}", "prompt": PROMPT})
        assert r.status_code == 200, f"{backend}: {r.text}"
        out[backend] = r.json()
    return out


def test_all_backends_are_installed_and_available(admin):
    backends = {b["name"]: b for b in admin.get("/api/inference/backends").json()["items"]}
    for name in BACKENDS:
        assert backends[name]["available"], backends[name]["reason"]


def test_same_tokens_and_logprobs(results):
    ref = results["pytorch"]
    assert ref["completion_tokens"] >= 4
    for backend in BACKENDS[1:]:
        got = results[backend]
        assert got["backend"] == backend and got["prompt_tokens"] == ref["prompt_tokens"]
        assert [t["token_id"] for t in got["tokens"]] == [t["token_id"] for t in ref["tokens"]], backend
        assert got["text"] == ref["text"] and got["finish_reason"] == ref["finish_reason"]
        for a, b in zip(ref["tokens"], got["tokens"], strict=True):
            assert abs(a["logprob"] - b["logprob"]) < 1e-3, backend
            assert abs(a["entropy"] - b["entropy"]) < 1e-3, backend
            assert a["rank"] == b["rank"] == 1
            assert [x["token_id"] for x in a["top"]] == [x["token_id"] for x in b["top"]]
            assert [x["logprob"] for x in a["top"]] == pytest.approx([x["logprob"] for x in b["top"]], abs=1e-3)


def test_every_backend_fills_the_token_statistics(results):
    for backend, g in results.items():
        for t in g["tokens"]:
            assert t["logprob"] is not None and t["rank"] is not None and t["entropy"] is not None, backend
            assert len(t["top"]) == 3, backend
        assert g["metrics"]["perplexity"] > 1 and g["time_to_first_token_ms"] > 0 and g["tokens_per_second"] > 0


@pytest.mark.parametrize("backend", BACKENDS[1:])
def test_streams_match_too(admin, results, backend):
    with admin.stream("POST", "/api/inference/generate",
                      json={"route": f"parity-{backend}", "prompt": PROMPT, "stream": True}) as r:
        assert r.status_code == 200
        events = parse_sse(r.iter_lines())
    tokens = [d for e, d in events if e == "token"]
    assert [t["token_id"] for t in tokens] == [t["token_id"] for t in results["pytorch"]["tokens"]]
    assert events[-1][0] == "done" and events[-1][1]["backend"] == backend
