"""Registers the prebuilt ``hello`` remote (built from frontend/projects/hello).

This is all a plugin needs to add pages to the UI: a folder with ``remoteEntry.json`` inside
the package and a ``register_ui`` hook naming its routes. The kernel serves the folder at
``/ui/remotes/hello/`` and the shell loads it at run time, with no rebuild of the shell.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from llmworks_sdk import UIRemote, UIRoute, hookimpl

UI_DIR = Path(__file__).parent / "ui"


@hookimpl
def register_ui(register: Callable[..., None]) -> None:
    register(UIRemote("hello", UI_DIR, routes=[UIRoute("hello", "Hello", icon="waving_hand", order=900)]))
