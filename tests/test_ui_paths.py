"""Every page of a UI plugin is reachable by a deep link: a full page load of `/<path>` returns the shell.

The resources plugin's Prometheus endpoint `/metrics` once shadowed the tracking plugin's Metrics page,
so reloading that page returned a 401 instead of the UI. This asks the running server for every page
path of the manifest, as a browser would.
"""

from __future__ import annotations

from llmworks_sdk.testing import KernelHarness


def test_every_ui_page_path_serves_the_shell(tmp_path):
    with KernelHarness(tmp_path / "home", worker=False, env={"LLMWORKS_DEMO_MODEL": "off"}) as h:
        client = h.new_client()
        manifest = client.get("/api/ui/manifest").json()
        pages = {route["path"].split("/", 1)[0]: remote["plugin"] for remote in manifest["remotes"] for route in remote["routes"]}
        assert len(pages) > 5, manifest
        shell = client.get("/", headers={"accept": "text/html"})
        assert shell.status_code == 200 and "<html" in shell.text.lower()
        wrong = {}
        for path, plugin in sorted(pages.items()):
            r = client.get(f"/{path}", headers={"accept": "text/html"})
            if r.status_code != 200 or r.text != shell.text:
                wrong[f"/{path} ({plugin})"] = r.status_code
        assert not wrong, f"deep links that do not reach the UI (a server route shadows them): {wrong}"
