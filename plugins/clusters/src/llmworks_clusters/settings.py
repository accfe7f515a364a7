"""The plugin's settings (environment variables)."""

from __future__ import annotations

import os


def poll_seconds() -> float:
    """LLMWORKS_CLUSTERS_POLL_SECONDS: seconds between two passes of the submitter (default 5)."""
    try:
        return max(0.05, float(os.environ.get("LLMWORKS_CLUSTERS_POLL_SECONDS", 5.0)))
    except ValueError:
        return 5.0


def submitter_enabled() -> bool:
    """LLMWORKS_CLUSTERS_SUBMITTER: 0 turns the server's submitter off (another server runs it)."""
    return os.environ.get("LLMWORKS_CLUSTERS_SUBMITTER", "1") != "0"
