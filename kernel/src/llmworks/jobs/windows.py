"""Allowed time windows for jobs (defined in the plugin SDK: :mod:`llmworks_sdk.scheduling`)."""

from llmworks_sdk.scheduling import TimeWindow, next_opening, window_open

__all__ = ["TimeWindow", "next_opening", "window_open"]
