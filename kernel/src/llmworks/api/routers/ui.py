"""The UI manifest (built from ``register_ui``), plugin remotes and the shell, all served
from the API's origin. A missing or broken remote is listed under ``failed``; the shell
shows an error card for it and keeps working."""

from __future__ import annotations

import json
import mimetypes
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse
from llmworks_sdk import NotFound
from llmworks_sdk.schemas import ApiModel
from pydantic import Field

from llmworks.auth.deps import KernelDep
from llmworks.plugins.manager import hint

router = APIRouter(tags=["ui"])
SHELL_DIR = Path(__file__).resolve().parents[2] / "static" / "shell"


def _inside(root: Path, rel: str) -> Path | None:
    """The file ``rel`` under ``root``, or None: outside the root, missing, not a file, or a bad
    name (NUL, ...) are all the same None, so the answer reveals nothing about other files."""
    if "\x00" in rel or "\\" in rel:
        return None
    try:
        root = root.resolve()
        p = (root / rel).resolve()
        if root != p and root not in p.parents:
            return None
        return p if p.is_file() else None
    except (OSError, ValueError):
        return None


def _safe_file(root: Path, rel: str) -> Path:
    p = _inside(root, rel)
    if p is None:
        raise NotFound("no such file")
    return p


def source_workspace(directory: Path, name: str) -> Path | None:
    """The front-end workspace that builds remote ``name``, when its plugin runs from a source
    checkout of llmworks (``frontend/angular.json`` above the plugin lists the project); None
    for a plugin installed from a wheel, which must ship its built remote."""
    for parent in Path(directory).resolve().parents:
        workspace = parent / "frontend" / "angular.json"
        if workspace.is_file():
            try:
                projects = json.loads(workspace.read_text(encoding="utf-8")).get("projects", {})
            except (OSError, ValueError):
                return None
            return workspace.parent if name in projects else None
    return None


def missing_bundle(entry: Path, name: str, info: Any) -> tuple[str, str]:
    """(error, hint) for a registered remote whose ``remoteEntry.json`` is missing."""
    if source_workspace(entry.parent, name) is not None:
        return (f"remote bundle missing: remoteEntry.json of '{name}'",  # no server paths in this public answer
                f"build the front end: make ui (or frontend/scripts/build.sh {name})")
    dist = (info.distribution if info else None) or name
    return (f"remote bundle missing: remoteEntry.json of '{name}' (the installed package '{dist}' ships no built UI)",
            hint(info) if info else f"fix or uninstall the package '{dist}'")


class UiRouteOut(ApiModel):
    """One page a remote adds (see ``llmworks_sdk.UIRoute``)."""

    path: str
    title: str
    icon: str
    order: int
    annotation: bool = Field(False, description="An annotation page: the only pages the 'labeler' role is shown")


class UiRemoteOut(ApiModel):
    plugin: str
    name: str
    version: str | None
    remote_entry: str = Field(..., description="URL of the federation remoteEntry.json")
    exposed_module: str
    routes: list[UiRouteOut]


class UiFailedRemote(ApiModel):
    plugin: str
    name: str
    error: str | None
    hint: str | None = Field(..., description="What to do about it: fix or uninstall the package, or (in a source checkout) make ui")
    routes: list[UiRouteOut] = Field(..., description="The pages the remote declared: the shell shows the error card there")


class UiManifest(ApiModel):
    remotes: list[UiRemoteOut]
    failed: list[UiFailedRemote]


def manifest(k: Any) -> dict[str, Any]:
    remotes, failed = [], []
    owners = k.registry.owners("ui")
    for name, ui in sorted(k.registry.all("ui").items()):
        entry = Path(ui.directory) / "remoteEntry.json"
        info = k.plugins.infos.get(owners[name])
        routes = [r.__dict__ for r in sorted(ui.routes, key=lambda r: r.order)]
        if not entry.is_file():
            error, fix = missing_bundle(entry, name, info)
            failed.append({"plugin": owners[name], "name": name, "error": error, "hint": fix, "routes": routes})
            continue
        remotes.append({
            "plugin": owners[name], "name": name, "version": info.version if info else None,
            "remote_entry": f"/ui/remotes/{name}/remoteEntry.json", "exposed_module": ui.exposed_module,
            "routes": routes,
        })
    for info in sorted(k.plugins.infos.values(), key=lambda i: i.name):
        if info.status == "failed":
            failed.append({"plugin": info.name, "name": info.name, "error": info.error, "hint": hint(info), "routes": []})
        elif "register_ui" in info.failed_hooks:
            failed.append({"plugin": info.name, "name": info.name, "error": f"register_ui raised {info.failed_hooks['register_ui']}",
                           "hint": hint(info), "routes": []})
    return {"remotes": remotes, "failed": failed}


@router.get("/api/ui/manifest", response_model=UiManifest, summary="Micro-frontends to load (public: the login page needs it)")
def ui_manifest(k: KernelDep) -> dict[str, Any]:
    return manifest(k)


@router.get("/ui/remotes/{name}/{path:path}", include_in_schema=False)
def remote_file(name: str, path: str, k: KernelDep) -> FileResponse:
    ui = k.registry.get("ui", name)
    if ui is None:
        raise NotFound(f"no UI remote named '{name}'")
    p = _safe_file(Path(ui.directory), path)
    return FileResponse(p, media_type=mimetypes.guess_type(p.name)[0] or "application/octet-stream",
                        headers={"Cache-Control": "no-cache"})


def shell_response(request: Request, path: str) -> Any:
    if "\x00" in path:
        raise NotFound("no such file")
    if path and (p := _inside(SHELL_DIR, path)) is not None:
        return FileResponse(p)
    index = SHELL_DIR / "index.html"
    if index.is_file():
        return FileResponse(index, headers={"Cache-Control": "no-cache"})
    if source_workspace(SHELL_DIR, "shell") is not None:
        fix = "Run <code>make serve</code> (it builds the UI) or <code>make ui</code>."
    else:
        fix = "This installation of llmworks has no built UI: install a release of the <code>llmworks</code> package that includes it."
    return HTMLResponse(
        "<!doctype html><html lang=en><title>llmworks</title><body><h1>llmworks</h1>"
        f"<p>The web UI is not built. {fix} "
        "The API is up: see <a href=/docs>/docs</a>.</p></body></html>", status_code=200)
