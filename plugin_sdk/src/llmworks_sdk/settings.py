"""Settings: the kernel's (``kernel.settings``, a :class:`KernelSettings`) and a plugin's own.

In a route, job or start-up hook read ``kernel.settings.models_path`` etc. Outside a running
kernel (a CLI command), :func:`load_settings` reads the same environment variables
(``LLMWORKS_HOME``, ``LLMWORKS_MODELS_DIR``, ...) the server would.

A plugin's own settings: a ``pydantic_settings.BaseSettings`` with the prefix
``LLMWORKS_<PLUGIN>_``, cached per process in ``kernel.state["<plugin>.settings"]``.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from llmworks_sdk.kernel import KernelSettings


def llmworks_home() -> Path:
    """The kernel's data folder (``LLMWORKS_HOME``, default ``~/.llmworks``), read from the
    environment: for code that runs without a kernel object (a backend's defaults, a CLI)."""
    return Path(os.environ.get("LLMWORKS_HOME") or Path.home() / ".llmworks")


def load_settings() -> KernelSettings:
    """The kernel's settings from the environment (the kernel distribution must be installed)."""
    module = importlib.import_module("llmworks.settings")
    settings: KernelSettings = module.Settings()
    return settings


__all__ = ["KernelSettings", "llmworks_home", "load_settings"]
