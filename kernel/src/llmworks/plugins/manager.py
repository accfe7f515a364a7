"""pluggy-based plugin manager with per-plugin isolation.

Each entry point of the ``llmworks`` group is loaded inside its own ``try``: a plugin that
fails to import, or whose hook raises, is logged with a "fix or uninstall" hint, marked
failed, and the kernel carries on. Hook calls go through :meth:`PluginManager.call`, which
calls each implementation separately for the same reason.
"""

from __future__ import annotations

import logging
import os
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from types import ModuleType
from typing import Any

import pluggy
from llmworks_sdk import PROJECT_NAME, hookspecs

log = logging.getLogger("llmworks.plugins")

#: plugins of the kernel itself that cannot be disabled
ESSENTIAL = frozenset({"kernel"})


@dataclass
class PluginInfo:
    name: str
    distribution: str | None = None
    version: str | None = None
    module: str | None = None
    status: str = "ok"  # ok | failed | disabled
    error: str | None = None
    hooks: list[str] = field(default_factory=list)
    failed_hooks: dict[str, str] = field(default_factory=dict)
    ui: str | None = None

    @property
    def health(self) -> str:
        """``ok``, ``failed``, ``disabled``, or ``degraded`` (loaded, but a hook raised)."""
        return "degraded" if self.status == "ok" and self.failed_hooks else self.status

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "distribution": self.distribution,
            "version": self.version,
            "module": self.module,
            "status": self.status,
            "error": self.error,
            "hooks": self.hooks,
            "failed_hooks": self.failed_hooks,
            "ui": self.ui,
            # what to do about it, for the API, the CLI and the UI's Plugins page
            "hint": hint(self) if self.health in ("failed", "degraded") else None,
        }


def _split(value: str | None) -> set[str] | None:
    if value is None:
        return None
    return {v.strip() for v in value.split(",") if v.strip()}


def hint(info: PluginInfo) -> str:
    dist = info.distribution or info.name
    return f"fix or uninstall the package '{dist}' (pip uninstall {dist}), or disable it with LLMWORKS_DISABLE_PLUGINS={info.name}"


class PluginManager:
    def __init__(
        self,
        *,
        load_plugins: str | None = None,
        disable_plugins: str | None = None,
        trace: bool = False,
    ) -> None:
        self.pm = pluggy.PluginManager(PROJECT_NAME)
        self.pm.add_hookspecs(hookspecs)
        self.infos: dict[str, PluginInfo] = {}
        self.allow = _split(load_plugins)
        self.deny = _split(disable_plugins) or set()
        self.trace = trace or os.environ.get("LLMWORKS_TRACE_PLUGINS") == "1"
        if self.trace:
            self.pm.trace.root.setwriter(lambda m: log.info("hook %s", m.rstrip()))
            self.pm.enable_tracing()

    # ------------------------------------------------------------------ loading
    def load_entrypoints(self, eps: Iterable[EntryPoint] | None = None) -> None:
        """Load every ``llmworks`` entry point, each isolated."""
        if eps is None:
            eps = entry_points(group=PROJECT_NAME)
        for ep in sorted(eps, key=lambda e: e.name):
            dist = getattr(ep, "dist", None)
            info = PluginInfo(
                name=ep.name,
                distribution=dist.metadata["Name"] if dist else None,
                version=dist.version if dist else None,
                module=ep.value,
            )
            if ep.name in self.infos:
                info.status, info.error = "failed", f"duplicate plugin name '{ep.name}' (also from {self.infos[ep.name].distribution})"
                log.error("plugin %s: %s; %s", ep.name, info.error, hint(info))
                continue
            self.infos[ep.name] = info
            if not self._enabled(ep.name):
                info.status = "disabled"
                continue
            try:
                obj = ep.load()
                self._register(obj, info)
            except Exception as exc:  # noqa: BLE001 - isolation is the point
                self._fail(info, exc, "import")

    def register(self, obj: Any, name: str, *, distribution: str | None = None, version: str | None = None) -> PluginInfo:
        """Register a plugin object directly (tests, ``llmworks_sdk.testing``)."""
        info = PluginInfo(name=name, distribution=distribution, version=version, module=getattr(obj, "__name__", None))
        self.infos[name] = info
        try:
            self._register(obj, info)
        except Exception as exc:  # noqa: BLE001
            self._fail(info, exc, "register")
        return info

    def unregister(self, name: str) -> None:
        if self.pm.has_plugin(name):
            self.pm.unregister(name=name)
        self.infos.pop(name, None)

    def _enabled(self, name: str) -> bool:
        if name in ESSENTIAL:
            return True
        if self.allow is not None and name not in self.allow:
            return False
        return name not in self.deny

    def _register(self, obj: Any, info: PluginInfo) -> None:
        self.pm.register(obj, name=info.name)
        # reject misspelled hook implementations at start (pytest's check_pending)
        unknown = [
            impl.function.__name__
            for impls in self.pm.get_hookcallers(obj) or []
            for impl in impls.get_hookimpls()
            if impl.plugin is obj and not impls.has_spec()
        ]
        if unknown:
            self.pm.unregister(obj)
            raise TypeError(f"unknown hook implementation(s) {unknown}: check the spelling against llmworks_sdk.hookspecs")
        info.hooks = sorted(
            name for name in dir(obj) if hasattr(self.pm.hook, name) and callable(getattr(obj, name, None))
        )

    def _fail(self, info: PluginInfo, exc: BaseException, where: str) -> None:
        info.status = "failed"
        info.error = f"{where}: {type(exc).__name__}: {exc}"
        log.error(
            "plugin %s failed (%s): %s\n%s -- %s",
            info.name,
            where,
            exc,
            "".join(traceback.format_exception(exc)[-3:]),
            hint(info),
        )
        if self.pm.has_plugin(info.name):
            self.pm.unregister(name=info.name)

    # ------------------------------------------------------------------ calling
    def call(self, hook: str, **kwargs: Any) -> list[tuple[str, Any]]:
        """Call every implementation of ``hook`` separately; return (plugin, result) pairs.

        An implementation that raises is recorded in its plugin's ``failed_hooks`` and
        skipped; the others still run."""
        results: list[tuple[str, Any]] = []
        caller = getattr(self.pm.hook, hook)
        for impl in reversed(caller.get_hookimpls()):
            name = self.pm.get_name(impl.plugin) or "?"
            args = {k: kwargs[k] for k in impl.argnames if k in kwargs}
            started = time.perf_counter()
            try:
                results.append((name, impl.function(**args)))
            except Exception as exc:  # noqa: BLE001
                info = self.infos.setdefault(name, PluginInfo(name=name))
                info.failed_hooks[hook] = f"{type(exc).__name__}: {exc}"
                log.exception("plugin %s raised in hook %s -- %s", name, hook, hint(info))
            finally:
                if self.trace:
                    log.info("hook %s.%s took %.1f ms", name, hook, (time.perf_counter() - started) * 1e3)
        return results

    def collect(self, hook: str, register_wrapper: Callable[[str, Any], None], **kwargs: Any) -> None:
        """Call a ``register_<kind>(register)`` hook giving each plugin its own ``register``
        that records the plugin's name with the object."""
        caller = getattr(self.pm.hook, hook)
        for impl in reversed(caller.get_hookimpls()):
            name = self.pm.get_name(impl.plugin) or "?"

            def register(obj: Any, _name: str = name) -> None:
                register_wrapper(_name, obj)

            args = {"register": register, **{k: kwargs[k] for k in impl.argnames if k in kwargs}}
            try:
                impl.function(**{k: args[k] for k in impl.argnames})
            except Exception as exc:  # noqa: BLE001
                info = self.infos.setdefault(name, PluginInfo(name=name))
                info.failed_hooks[hook] = f"{type(exc).__name__}: {exc}"
                log.exception("plugin %s raised in hook %s -- %s", name, hook, hint(info))

    def plugin_names(self) -> list[str]:
        return sorted(self.infos)

    def module_of(self, name: str) -> ModuleType | None:
        obj = self.pm.get_plugin(name)
        return obj if isinstance(obj, ModuleType) else None
