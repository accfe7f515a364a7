"""Where a plugin's failure shows: the UI manifest (with the routes its remote declared, so the
shell can put an error card there), /api/plugins and /api/health, each with what to do about it.
A plugin installed from a package is never told to run ``make ui``."""

from __future__ import annotations

import json
import types
from pathlib import Path

from llmworks_sdk import UIRemote, UIRoute, hookimpl
from llmworks_sdk.testing import KernelHarness


def ui_plugin(name: str, directory: Path) -> types.ModuleType:
    mod = types.ModuleType(name)

    @hookimpl
    def register_ui(register):
        register(UIRemote(name, directory, routes=[UIRoute(f"{name}-page", name.title(), icon="extension", order=7)]))

    mod.register_ui = register_ui
    return mod


def raising_plugin() -> types.ModuleType:
    mod = types.ModuleType("raiser")

    @hookimpl
    def register_metrics(register):
        raise RuntimeError("boom in a hook")

    @hookimpl
    def register_ui(register):
        raise ValueError("no UI today")

    mod.register_metrics = register_metrics
    mod.register_ui = register_ui
    return mod


def test_missing_bundle_of_an_installed_plugin_says_fix_or_uninstall(tmp_path):
    site = tmp_path / "site" / "llmworks_wheelish" / "ui"  # no frontend/angular.json above it
    with KernelHarness(tmp_path / "home", plugins={"wheelish": ui_plugin("wheelish", site)}) as h:
        failed = {f["plugin"]: f for f in h.login().get("/api/ui/manifest").json()["failed"]}
    f = failed["wheelish"]
    assert "remote bundle missing" in f["error"] and "ships no built UI" in f["error"]
    assert "make ui" not in f["error"] + f["hint"]
    assert f["hint"].startswith("fix or uninstall the package 'wheelish'")
    assert f["routes"] == [{"path": "wheelish-page", "title": "Wheelish", "icon": "extension", "order": 7, "annotation": False}]


def test_missing_bundle_in_a_source_checkout_says_make_ui(tmp_path):
    checkout = tmp_path / "checkout"
    (checkout / "frontend").mkdir(parents=True)
    (checkout / "frontend" / "angular.json").write_text(json.dumps({"projects": {"srcplug": {}}}))
    ui_dir = checkout / "plugins" / "srcplug" / "src" / "llmworks_srcplug" / "ui"
    with KernelHarness(tmp_path / "home", plugins={"srcplug": ui_plugin("srcplug", ui_dir)}) as h:
        f = {f["plugin"]: f for f in h.login().get("/api/ui/manifest").json()["failed"]}["srcplug"]
    assert "make ui" in f["hint"] and "frontend/scripts/build.sh srcplug" in f["hint"]


def test_a_degraded_plugin_shows_in_health_plugins_and_manifest(tmp_path):
    with KernelHarness(tmp_path, plugins={"raiser": raising_plugin()}) as h:
        c = h.login()
        health = c.get("/api/health").json()
        p = {p["name"]: p for p in c.get("/api/plugins").json()}["raiser"]
        failed = {f["plugin"]: f for f in c.get("/api/ui/manifest").json()["failed"]}
    assert health["status"] == "ok" and health["failed_plugins"] == []
    [degraded] = health["degraded_plugins"]
    assert degraded["name"] == "raiser" and "boom in a hook" in degraded["failed_hooks"]["register_metrics"]
    assert "fix or uninstall" in degraded["hint"]
    assert p["status"] == "degraded" and "fix or uninstall" in p["hint"]
    assert set(p["failed_hooks"]) == {"register_metrics", "register_ui"}
    assert "no UI today" in failed["raiser"]["error"] and "fix or uninstall" in failed["raiser"]["hint"]
    assert {q["name"]: q for q in c.get("/api/plugins").json()}["kernel"]["hint"] is None


def test_the_shell_page_without_a_built_ui_says_make_ui_only_in_a_checkout(tmp_path, monkeypatch):
    from llmworks.api.routers import ui

    checkout = tmp_path / "checkout"
    (checkout / "frontend").mkdir(parents=True)
    (checkout / "frontend" / "angular.json").write_text(json.dumps({"projects": {"shell": {}}}))
    monkeypatch.setattr(ui, "SHELL_DIR", checkout / "kernel" / "src" / "llmworks" / "static" / "shell")
    assert b"make ui" in ui.shell_response(None, "").body
    monkeypatch.setattr(ui, "SHELL_DIR", tmp_path / "site-packages" / "llmworks" / "static" / "shell")
    body = ui.shell_response(None, "").body
    assert b"make ui" not in body and b"no built UI" in body
