"""The plugin's settings (environment variables)."""

from __future__ import annotations

import os


def _float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


def interval_seconds() -> float:
    """LLMWORKS_RESOURCES_INTERVAL: seconds between samples (0 turns the collector off)."""
    return _float("LLMWORKS_RESOURCES_INTERVAL", 5.0)


def flush_seconds() -> float:
    """LLMWORKS_RESOURCES_FLUSH: seconds between writes of buffered samples to the series store."""
    return _float("LLMWORKS_RESOURCES_FLUSH", 10.0)


def project_slug() -> str:
    """LLMWORKS_RESOURCES_PROJECT: the project whose tracking runs hold the machines' series."""
    return os.environ.get("LLMWORKS_RESOURCES_PROJECT", "default")


def prices_path(home: os.PathLike[str] | str) -> str:
    """LLMWORKS_PRICES: the YAML price table (default ``<home>/resources/prices.yaml``)."""
    return os.environ.get("LLMWORKS_PRICES") or os.path.join(os.fspath(home), "resources", "prices.yaml")
