"""The plugin as the kernel sees it: loaded from its entry point, tables migrated, UI remote declared."""

from __future__ import annotations


def test_loaded_with_routes_migrations_and_ui(harness):
    info = harness.kernel.plugins.infos["inference"]
    assert info.status == "ok"
    ui = harness.kernel.registry.all("ui")["inference"]
    assert ui.directory.name == "ui" and ui.directory.parent.name == "llmworks_inference"
    assert [(r.path, r.title) for r in ui.routes] == [("playground", "Playground"), ("routes", "Routes & A/B tests")]
    manifest = harness.new_client().get("/api/ui/manifest").json()
    entries = [e for e in manifest["remotes"] + manifest["failed"] if e["name"] == "inference"]
    assert len(entries) == 1 and [r["path"] for r in entries[0]["routes"]] == ["playground", "routes"]
    paths = harness.app.openapi()["paths"]
    for path in ("/api/inference/generate", "/api/inference/attention", "/api/inference/routes", "/api/inference/ab-tests",
                 "/api/prompts", "/api/prompts/{prompt_id}/run", "/v1/chat/completions", "/v1/completions", "/v1/models"):
        assert path in paths, path
    operation_ids = [op["operationId"] for item in paths.values() for op in item.values()]
    assert len(operation_ids) == len(set(operation_ids))
