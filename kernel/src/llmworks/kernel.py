"""The Kernel: settings, database, artifact store, plugins and their registry, event bus
and job queue, built once per process (server, worker, job child, CLI)."""

from __future__ import annotations

import importlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from llmworks_sdk.kernel import KERNEL_INFO_KEY

from llmworks.auth import principal_cache
from llmworks.db import Database
from llmworks.events import EventBus
from llmworks.jobs.queue import JobQueue
from llmworks.lineage import Lineage
from llmworks.plugins import PluginManager, Registry
from llmworks.plugins.registry import FEATURE_HOOKS
from llmworks.projects import ProjectDirectory
from llmworks.settings import Settings

if TYPE_CHECKING:
    from fastapi import Request
    from sqlalchemy.orm import Session

    from llmworks.auth.principal import Principal

log = logging.getLogger("llmworks")


class Kernel:
    def __init__(self, settings: Settings, *, role: str = "server") -> None:
        self.settings = settings
        self.role = role
        settings.ensure_dirs()
        self.db = Database(settings.db_url)
        principal_cache.configure(self.db.engine, settings.auth_cache_seconds)
        # plugins find the kernel from a session (llmworks_sdk.kernel.kernel_of)
        self.db.factory.configure(info={KERNEL_INFO_KEY: self})
        self.events = EventBus(self.db)
        self.plugins = PluginManager(
            load_plugins=settings.load_plugins,
            disable_plugins=settings.disable_plugins,
            trace=settings.trace_plugins,
        )
        self.registry = Registry()
        self.queue = JobQueue(self)
        self.artifacts: Any = None
        self.lineage = Lineage()
        self.projects = ProjectDirectory()
        self.state: dict[str, Any] = {}  # per-process caches owned by plugins (keyed by plugin name)

    # ---------------------------------------------------------------- building
    @classmethod
    def create(
        cls,
        settings: Settings | None = None,
        *,
        migrate: bool = True,
        role: str = "server",
        autoload: bool = True,
        plugins: dict[str, Any] | None = None,
    ) -> Kernel:
        k = cls(settings or Settings(), role=role)
        k._supervise_processes()
        if autoload:
            k.plugins.load_entrypoints()
        for name, obj in (plugins or {}).items():
            k.plugins.register(obj, name)
        for spec in filter(None, (os.environ.get("LLMWORKS_EXTRA_PLUGINS") or "").split(",")):
            name, _, target = spec.partition("=")
            try:
                k.plugins.register(importlib.import_module(target), name)
            except Exception as exc:  # noqa: BLE001
                log.error("extra plugin %s (%s) failed to load: %s", name, target, exc)
        k.collect()
        if migrate:
            from llmworks.db.migrate import upgrade

            upgrade(k)
        return k

    def collect(self) -> None:
        """(Re)build the registry from the plugins' register_* hooks."""
        self.registry = Registry()
        for hook, (kind, key_attr) in FEATURE_HOOKS.items():
            self.plugins.collect(hook, lambda plugin, obj, kind=kind, key_attr=key_attr: self.registry.add(kind, key_attr, plugin, obj))
        self.plugins.collect("register_migrations", lambda plugin, path: self.registry.migrations.append(_entry(plugin, path)))
        for name, ui in self.registry.all("ui").items():
            info = self.plugins.infos.get(self.registry.owners("ui")[name])
            if info is not None:
                info.ui = name
        from llmworks.storage.artifacts import open_store

        self.artifacts = open_store(self.settings.artifacts_url, self.registry.all("artifact_stores"))

    def _supervise_processes(self) -> None:
        """Record the processes this one starts (llmworks_sdk.processes.spawn) under
        ``$LLMWORKS_HOME/run/processes``; a server or worker first ends what a killed
        predecessor left there (process groups, temp folders)."""
        from llmworks_sdk import processes

        processes.configure(self.settings.home / "run" / "processes")
        if self.role in ("server", "worker"):
            for rec in processes.sweep():
                log.warning("ended %s (process group %s) and removed %s, left behind by a process that was killed",
                            rec.get("name") or "a child process", rec.get("pgid"), ", ".join(rec.get("cleanup") or []) or "nothing")

    def register_plugin(self, obj: Any, name: str) -> None:
        """Register a plugin at run time (tests) and rebuild the registry; job children
        started afterwards load it too when it is an importable module."""
        self.plugins.register(obj, name)
        if hasattr(obj, "__name__") and isinstance(obj.__name__, str):
            extra = [e for e in (os.environ.get("LLMWORKS_EXTRA_PLUGINS") or "").split(",") if e]
            spec = f"{name}={obj.__name__}"
            if spec not in extra:
                os.environ["LLMWORKS_EXTRA_PLUGINS"] = ",".join([*extra, spec])
        self.collect()

    def unregister_plugin(self, name: str) -> None:
        self.plugins.unregister(name)
        extra = [e for e in (os.environ.get("LLMWORKS_EXTRA_PLUGINS") or "").split(",") if e and not e.startswith(f"{name}=")]
        os.environ["LLMWORKS_EXTRA_PLUGINS"] = ",".join(extra)
        self.collect()

    def startup(self) -> None:
        sweep = getattr(self.artifacts, "sweep_tmp", None)
        if sweep is not None:  # uploads a crash interrupted leave no temporary files behind
            removed = sweep()
            if removed:
                log.warning("removed %d temporary file(s) left by an interrupted upload or job", len(removed))
        self.plugins.call("llmworks_startup", kernel=self)
        self.plugins.call("llmworks_process_started", kernel=self)

    def process_started(self) -> None:
        """A standalone worker's counterpart of :meth:`startup` (no start-up work, only the
        per-process background work of ``llmworks_process_started``)."""
        self.plugins.call("llmworks_process_started", kernel=self)

    def shutdown(self) -> None:
        self.plugins.call("llmworks_shutdown", kernel=self)

    # ---------------------------------------------------------------- helpers
    def job_dir(self, job_id: int) -> Path:
        p = self.settings.jobs_dir / str(job_id)
        p.mkdir(parents=True, exist_ok=True)
        return p

    def settings_env(self) -> dict[str, str | None]:
        s = self.settings
        return {
            "LLMWORKS_HOME": str(s.home),
            "LLMWORKS_DATABASE_URL": s.db_url,
            "LLMWORKS_ARTIFACT_URL": s.artifacts_url,
            "LLMWORKS_MODELS_DIR": str(s.models_path),
            "LLMWORKS_LOAD_PLUGINS": s.load_plugins,
            "LLMWORKS_DISABLE_PLUGINS": s.disable_plugins,
            "LLMWORKS_EXTRA_PLUGINS": os.environ.get("LLMWORKS_EXTRA_PLUGINS"),
        }

    def session(self) -> Any:
        return self.db.session()

    def authenticate(self, request: Request, session: Session) -> Principal:
        """The caller of ``request`` (what ``llmworks_sdk.web.Auth`` resolves to)."""
        from llmworks.auth.deps import authenticate

        return authenticate(request, session)

    def audit(self, session: Session, request: Request | None, action: str, **kwargs: Any) -> None:
        """Write an audit-log entry (what ``llmworks_sdk.web.audit`` calls)."""
        from llmworks.auth.deps import write_audit

        write_audit(session, request, action, **kwargs)

    def close(self) -> None:
        self.shutdown()
        self.db.dispose()


def _entry(plugin: str, path: Any) -> Any:
    from llmworks.plugins.registry import Entry

    return Entry(plugin, path)
