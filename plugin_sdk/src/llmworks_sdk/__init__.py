"""llmworks plugin SDK: everything a plugin imports.

- ``llmworks_sdk``: ``hookimpl``, the objects plugins register (types), errors, backends.
- ``llmworks_sdk.hookspecs``: every hook with its contract.
- ``llmworks_sdk.kernel``: the kernel object (typed Protocols) and ``kernel_of``.
- ``llmworks_sdk.web``: route dependencies (``Auth``, ``Admin``, ``DB``, ``KernelDep``),
  ``audit``, ``load_in_project``, ``scope_to_projects``.
- ``llmworks_sdk.pagination``: ``Page[T]``, ``Paging``, ``paginate``, ``paginate_list``.
- ``llmworks_sdk.db``: ``Base``, ``BigId``, ``utcnow``, ``UTCDateTime`` and column mixins.
- ``llmworks_sdk.events``, ``llmworks_sdk.jobs``, ``llmworks_sdk.lineage``,
  ``llmworks_sdk.artifacts``, ``llmworks_sdk.settings``: the kernel's services.
- ``llmworks_sdk.testing``: a real kernel for tests, fixtures, PostgreSQL helpers.

Plugins import nothing from the kernel package (``llmworks``) or from another plugin.
"""

from __future__ import annotations

import pluggy

from llmworks_sdk.backends import ChatRenderer, InferenceBackend, LoadedModel, ModelRef
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
from llmworks_sdk.generation import FinishReason, GeneratedToken, GenerationParams, GenerationResult, TokenAlternative
from llmworks_sdk.training import Checkpoints, MetricsSink, Trainer, TrainingContext, TrainingOutcome
from llmworks_sdk.types import (
    CliCommand,
    DashboardFigure,
    DatasetFormat,
    DeployContext,
    DeploySource,
    DeployTarget,
    ExportTarget,
    JobContext,
    JobHandler,
    Metric,
    MetricResult,
    Notification,
    NotificationKind,
    Notifier,
    RouterSpec,
    RowProblem,
    UIRemote,
    UIRoute,
)

PROJECT_NAME = "llmworks"
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)

__all__ = [
    "BadRequest", "ChatRenderer", "Checkpoints", "CliCommand", "DashboardFigure", "Conflict", "DatasetFormat", "DeployContext", "DeploySource", "DeployTarget", "ExportTarget", "FinishReason", "Forbidden",
    "GeneratedToken", "GenerationParams", "GenerationResult", "InferenceBackend", "Invalid",
    "JobContext", "JobHandler", "LlmworksError", "LoadedModel", "Metric", "MetricResult", "MetricsSink",
    "ModelRef", "NotFound", "Notification", "NotificationKind", "Notifier", "PROJECT_NAME", "PayloadTooLarge",
    "PluginMissingDependency", "RouterSpec", "RowProblem", "TokenAlternative", "Trainer", "TrainingContext", "TrainingOutcome",
    "UIRemote", "UIRoute", "Unauthorized", "Unavailable", "hookimpl",
]
