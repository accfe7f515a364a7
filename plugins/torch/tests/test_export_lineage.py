"""Downloading a model version in an export format records ``model_version -> export`` in the
lineage graph (issue 16, item 6: exports are part of the graph)."""

from __future__ import annotations

import pytest
from llmworks_sdk import lineage
from llmworks_sdk.services import ModelRegistry, require_service

pytestmark = pytest.mark.timeout(300)


def test_export_adds_a_lineage_edge(harness, client, project, demo_model):
    k = harness.kernel
    with k.db.session() as s:
        v = require_service(k, ModelRegistry).register_version(
            s, project_id=project, name="to-export", base_model="demo", base_path=str(demo_model), method="full",
            kind="full", path=str(demo_model))
        vid = v.id
    for _ in range(2):  # the same format twice: one node, one edge
        r = client.get(f"/api/models/custom/{vid}/export", params={"format": "safetensors"})
        assert r.status_code == 200, r.text
    assert client.get(f"/api/models/custom/{vid}/export", params={"format": "merged"}).status_code == 200
    with k.db.session() as s:
        assert sorted(lineage.targets(s, (lineage.MODEL_VERSION, vid), kind=lineage.EXPORT)) == [
            ("export", f"merged:{vid}"), ("export", f"safetensors:{vid}")]
    assert client.get(f"/api/models/custom/{vid}/export", params={"format": "gguf"}).status_code == 422
    with k.db.session() as s:  # a failed export leaves no node
        assert len(lineage.targets(s, (lineage.MODEL_VERSION, vid), kind=lineage.EXPORT)) == 2
    down = client.get("/api/plugins/resources/lineage/downstream", params={"kind": "model_version", "id": str(vid)})
    if down.status_code != 404:  # the resources plugin draws the graph when installed
        assert {("export", f"safetensors:{vid}"), ("export", f"merged:{vid}")} <= {(n["kind"], n["id"]) for n in down.json()["nodes"]}
