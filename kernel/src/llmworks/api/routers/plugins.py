"""Introspection of loaded plugins: name, version, hooks, UI remote and health."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from llmworks_sdk.schemas import ApiModel
from pydantic import ConfigDict, Field

from llmworks.auth.deps import Auth, KernelDep

router = APIRouter(prefix="/api/plugins", tags=["plugins"])


class PluginOut(ApiModel):
    name: str
    distribution: str | None
    version: str | None
    module: str | None
    status: Literal["ok", "degraded", "failed", "disabled"]
    error: str | None
    hooks: list[str]
    failed_hooks: dict[str, str] = Field(..., description="hook name -> the error it raised")
    ui: str | None
    provides: dict[str, list[str]] = Field(..., description="registry kind -> names this plugin registered")
    hint: str | None = Field(..., description="For a failed or degraded plugin: what to do about it (fix or uninstall ...)")


class RegistryEntry(ApiModel):
    plugin: str
    description: str


class RegistryOut(ApiModel):
    """registry kind (backends, trainers, metrics, ...) -> name -> entry, plus ``conflicts``."""

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, dict[str, RegistryEntry]]  # type: ignore[assignment]

    conflicts: list[str] = Field(..., description="Registrations refused because the name was taken")


def plugins_report(k: Any) -> list[dict[str, Any]]:
    provides: dict[str, dict[str, list[str]]] = {}
    for kind, bucket in k.registry.kinds.items():
        for key, entry in bucket.items():
            provides.setdefault(entry.plugin, {}).setdefault(kind, []).append(key)
    out = []
    for info in sorted(k.plugins.infos.values(), key=lambda i: i.name):
        d = info.to_dict()
        d["provides"] = provides.get(info.name, {})
        d["status"] = info.health
        out.append(d)
    return out


@router.get("", response_model=list[PluginOut], summary="Loaded plugins with version, hooks, UI remote and health (failed ones with their error)")
def list_plugins(auth: Auth, k: KernelDep) -> list[dict[str, Any]]:
    return plugins_report(k)


@router.get("/registry", response_model=RegistryOut, summary="What the plugins provide: backends, trainers, metrics, formats, exporters, job kinds")
def registry(auth: Auth, k: KernelDep) -> dict[str, Any]:
    return {
        kind: {name: {"plugin": e.plugin, "description": getattr(e.obj, "description", "")} for name, e in bucket.items()}
        for kind, bucket in k.registry.kinds.items()
        if kind not in ("commands", "artifact_stores")
    } | {"conflicts": k.registry.conflicts}
