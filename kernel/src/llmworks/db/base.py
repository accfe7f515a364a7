"""Declarative base shared by the kernel and every plugin's tables (defined in the plugin SDK,
``llmworks_sdk.db``, so that plugins never import the kernel)."""

from __future__ import annotations

from llmworks_sdk.db import NAMING, Base, BigId, UTCDateTime, utcnow

__all__ = ["NAMING", "Base", "BigId", "UTCDateTime", "utcnow"]
