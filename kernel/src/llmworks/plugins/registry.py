"""What the plugins registered, keyed by kind and name, with the owning plugin."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("llmworks.plugins")

#: hook name -> (registry kind, attribute holding the object's unique name)
FEATURE_HOOKS: dict[str, tuple[str, str]] = {
    "register_job_handlers": ("job_handlers", "kind"),
    "register_inference_backends": ("inference_backends", "name"),
    "register_trainers": ("trainers", "name"),
    "register_metrics": ("metrics", "name"),
    "register_dataset_formats": ("dataset_formats", "name"),
    "register_export_targets": ("export_targets", "name"),
    "register_deploy_targets": ("deploy_targets", "name"),
    "register_notifiers": ("notifiers", "name"),
    "register_artifact_stores": ("artifact_stores", "scheme"),
    "register_ui": ("ui", "name"),
    "register_commands": ("commands", "name"),
    "register_dashboard_figures": ("dashboard_figures", "name"),
    "register_safety_filters": ("safety_filters", "name"),
    "register_eval_suites": ("eval_suites", "name"),
    "register_services": ("services", "name"),
    "register_resource_probes": ("resource_probes", "name"),
    "register_cost_models": ("cost_models", "name"),
    "register_storage_references": ("storage_references", "name"),
    "register_curators": ("curators", "name"),
    "register_augmenters": ("augmenters", "name"),
    "register_compute_backends": ("compute_backends", "name"),
}


@dataclass
class Entry:
    plugin: str
    obj: Any


@dataclass
class Registry:
    kinds: dict[str, dict[str, Entry]] = field(default_factory=dict)
    routes: list[Entry] = field(default_factory=list)
    migrations: list[Entry] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def add(self, kind: str, key_attr: str, plugin: str, obj: Any) -> None:
        key = getattr(obj, key_attr)
        bucket = self.kinds.setdefault(kind, {})
        if key in bucket:
            msg = f"{kind} '{key}' from plugin '{plugin}' ignored: already registered by '{bucket[key].plugin}'"
            self.conflicts.append(msg)
            log.error(msg)
            return
        bucket[key] = Entry(plugin, obj)

    def get(self, kind: str, name: str) -> Any | None:
        entry = self.kinds.get(kind, {}).get(name)
        return entry.obj if entry else None

    def all(self, kind: str) -> dict[str, Any]:
        return {k: e.obj for k, e in self.kinds.get(kind, {}).items()}

    def owners(self, kind: str) -> dict[str, str]:
        return {k: e.plugin for k, e in self.kinds.get(kind, {}).items()}

    # convenience accessors used across the code base
    @property
    def job_handlers(self) -> dict[str, Any]:
        return self.all("job_handlers")

    @property
    def inference_backends(self) -> dict[str, Any]:
        return self.all("inference_backends")

    @property
    def trainers(self) -> dict[str, Any]:
        return self.all("trainers")

    @property
    def metrics(self) -> dict[str, Any]:
        return self.all("metrics")

    @property
    def dataset_formats(self) -> dict[str, Any]:
        return self.all("dataset_formats")

    @property
    def export_targets(self) -> dict[str, Any]:
        return self.all("export_targets")

    @property
    def notifiers(self) -> dict[str, Any]:
        return self.all("notifiers")
