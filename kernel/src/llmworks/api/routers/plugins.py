"""Introspection of loaded plugins: name, version, hooks, UI remote and health."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from llmworks.auth.deps import Auth, KernelDep

router = APIRouter(prefix="/api/plugins", tags=["plugins"])


def plugins_report(k: Any) -> list[dict[str, Any]]:
    provides: dict[str, dict[str, list[str]]] = {}
    for kind, bucket in k.registry.kinds.items():
        for key, entry in bucket.items():
            provides.setdefault(entry.plugin, {}).setdefault(kind, []).append(key)
    out = []
    for info in sorted(k.plugins.infos.values(), key=lambda i: i.name):
        d = info.to_dict()
        d["provides"] = provides.get(info.name, {})
        if info.status == "ok" and info.failed_hooks:
            d["status"] = "degraded"
        out.append(d)
    return out


@router.get("", summary="Loaded plugins with version, hooks, UI remote and health (failed ones with their error)")
def list_plugins(auth: Auth, k: KernelDep) -> list[dict[str, Any]]:
    return plugins_report(k)


@router.get("/registry", summary="What the plugins provide: backends, trainers, metrics, formats, exporters, job kinds")
def registry(auth: Auth, k: KernelDep) -> dict[str, Any]:
    return {
        kind: {name: {"plugin": e.plugin, "description": getattr(e.obj, "description", "")} for name, e in bucket.items()}
        for kind, bucket in k.registry.kinds.items()
        if kind not in ("commands", "artifact_stores")
    } | {"conflicts": k.registry.conflicts}
