"""POST /api/inference/attention and stepping through layers and heads."""

from __future__ import annotations

import numpy as np
import pytest
from llmworks_inference.attention import decode_map
from llmworks_inference.testing import create_route

TEXT = "The colour of the sky is blue."


@pytest.fixture(scope="module")
def analysis(admin, project_id):
    create_route(admin, project_id, "attn", temperature=0)
    r = admin.post("/api/inference/attention", json={"route": "attn", "text": TEXT, "layer": 0, "head": 1})
    assert r.status_code == 200, r.text
    return r.json()


def test_one_layer_and_head(analysis, demo_model):
    a = analysis
    assert (a["layers"], a["heads"]) == (2, 2) and a["seq_len"] == len(a["tokens"]) == len(a["token_ids"]) > 3
    assert "".join(a["tokens"]) == TEXT
    (m,) = a["maps"]
    assert (m["layer"], m["head"], m["encoding"], m["shape"]) == (0, 1, "float16", [a["seq_len"]] * 2)
    att = decode_map(m)
    assert np.allclose(att.sum(-1), 1.0, atol=2e-3) and np.allclose(np.triu(att, 1), 0)  # causal rows of probabilities
    # the same numbers as the PyTorch backend's own attention function
    from llmworks_sdk import ModelRef
    from llmworks_sdk.testing import inference_backend

    direct = inference_backend("pytorch").load(ModelRef(key="direct", path=demo_model)).attentions(TEXT)
    assert np.allclose(att, direct.maps[0, 1].astype(np.float32), atol=1e-3)
    assert a["navigation"] == {"previous": {"layer": 0, "head": 0}, "next": {"layer": 1, "head": 0}}
    (h,) = a["head_summary"]
    assert h["most_attended"][0] is None and len(h["most_attended"]) == a["seq_len"] and h["mean_entropy"] > 0
    assert h["most_attended_tokens"][1] == a["tokens"][0]  # position 1 can only look back at position 0


def test_step_through_layers_and_heads(admin, analysis):
    aid = analysis["id"]
    full = admin.get(f"/api/inference/attention/{aid}").json()
    assert len(full["maps"]) == 4 and len(full["head_summary"]) == 4
    layer1 = admin.get(f"/api/inference/attention/{aid}", params={"layer": 1}).json()
    assert [(m["layer"], m["head"]) for m in layer1["maps"]] == [(1, 0), (1, 1)]
    last = admin.get(f"/api/inference/attention/{aid}", params={"layer": 1, "head": 1, "encoding": "uint8"}).json()
    assert last["navigation"]["next"] is None and last["maps"][0]["encoding"] == "uint8" and last["maps"][0]["scale"] > 0
    f16 = decode_map(layer1["maps"][1])
    u8 = decode_map(last["maps"][0])
    assert np.abs(f16 - u8).max() <= last["maps"][0]["scale"] / 2 + 1e-3
    summary = admin.get(f"/api/inference/attention/{aid}/summary").json()
    assert [(h["layer"], h["head"]) for h in summary["head_summary"]] == [(0, 0), (0, 1), (1, 0), (1, 1)]
    assert "maps" not in summary


def test_attention_errors(harness, admin, analysis):
    r = admin.get(f"/api/inference/attention/{analysis['id']}", params={"layer": 7})
    assert r.status_code == 422 and "0..1" in r.json()["detail"]
    assert admin.get("/api/inference/attention/att-unknown").status_code == 404
    other = harness.create_user("eve-attn")
    assert other.get(f"/api/inference/attention/{analysis['id']}").status_code == 404  # not hers
    assert other.post("/api/inference/attention", json={"route": "attn", "text": TEXT}).status_code == 404
