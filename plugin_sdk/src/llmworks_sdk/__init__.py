"""llmworks plugin SDK: hook specifications, types, errors and testing helpers."""

from __future__ import annotations

import pluggy

from llmworks_sdk.backends import InferenceBackend, LoadedModel, ModelRef
from llmworks_sdk.errors import (
    BadRequest,
    Conflict,
    Forbidden,
    Invalid,
    LlmworksError,
    NotFound,
    PayloadTooLarge,
    PluginMissingDependency,
    Unauthorized,
    Unavailable,
)
from llmworks_sdk.generation import GeneratedToken, GenerationParams, GenerationResult, TokenAlternative
from llmworks_sdk.types import (
    CliCommand,
    DashboardFigure,
    DatasetFormat,
    ExportTarget,
    JobContext,
    JobHandler,
    Metric,
    MetricResult,
    Notifier,
    RouterSpec,
    RowProblem,
    Trainer,
    UIRemote,
    UIRoute,
)

PROJECT_NAME = "llmworks"
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)

__all__ = [
    "BadRequest", "CliCommand", "DashboardFigure", "Conflict", "DatasetFormat", "ExportTarget", "Forbidden",
    "GeneratedToken", "GenerationParams", "GenerationResult", "InferenceBackend", "Invalid",
    "JobContext", "JobHandler", "LlmworksError", "LoadedModel", "Metric", "MetricResult",
    "ModelRef", "NotFound", "Notifier", "PROJECT_NAME", "PayloadTooLarge",
    "PluginMissingDependency", "RouterSpec", "RowProblem", "TokenAlternative", "Trainer",
    "UIRemote", "UIRoute", "Unauthorized", "Unavailable", "hookimpl",
]
