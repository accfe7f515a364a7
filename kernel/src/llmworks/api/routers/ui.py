"""The UI manifest (built from ``register_ui``), plugin remotes and the shell, all served
from the API's origin. A missing or broken remote is listed under ``failed``; the shell
shows an error card for it and keeps working."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse
from llmworks_sdk import NotFound

from llmworks.auth.deps import KernelDep

router = APIRouter(tags=["ui"])
SHELL_DIR = Path(__file__).resolve().parents[2] / "static" / "shell"


def _safe_file(root: Path, rel: str) -> Path:
    root = root.resolve()
    p = (root / rel).resolve()
    if root != p and root not in p.parents:
        raise NotFound("no such file")
    if not p.is_file():
        raise NotFound(f"no such file: {rel}")
    return p


def manifest(k: Any) -> dict[str, Any]:
    remotes, failed = [], []
    owners = k.registry.owners("ui")
    for name, ui in sorted(k.registry.all("ui").items()):
        entry = Path(ui.directory) / "remoteEntry.json"
        info = k.plugins.infos.get(owners[name])
        if not entry.is_file():
            failed.append({"plugin": owners[name], "name": name, "error": f"remote bundle missing: {entry} (build the front end: make ui)",
                           "routes": [r.__dict__ for r in ui.routes]})
            continue
        remotes.append({
            "plugin": owners[name], "name": name, "version": info.version if info else None,
            "remote_entry": f"/ui/remotes/{name}/remoteEntry.json", "exposed_module": ui.exposed_module,
            "routes": [r.__dict__ for r in sorted(ui.routes, key=lambda r: r.order)],
        })
    for info in k.plugins.infos.values():
        if info.status == "failed":
            failed.append({"plugin": info.name, "name": info.name, "error": info.error, "routes": []})
    return {"remotes": remotes, "failed": failed}


@router.get("/api/ui/manifest", summary="Micro-frontends to load (public: the login page needs it)")
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
    if path and (SHELL_DIR / path).is_file():
        return FileResponse(_safe_file(SHELL_DIR, path))
    index = SHELL_DIR / "index.html"
    if index.is_file():
        return FileResponse(index, headers={"Cache-Control": "no-cache"})
    return HTMLResponse(
        "<!doctype html><html lang=en><title>llmworks</title><body><h1>llmworks</h1>"
        "<p>The web UI is not built. Run <code>make serve</code> (it builds the UI) or <code>make ui</code>. "
        "The API is up: see <a href=/docs>/docs</a>.</p></body></html>", status_code=200)
