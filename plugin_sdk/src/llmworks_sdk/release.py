"""The release gate: checks that run before a model version is promoted (an inference route, a
deployment).

A plugin that promotes models (routes in ``llmworks-inference``, deployments) calls
:func:`check_release` before it stores the promotion; a plugin that judges releases
(``llmworks-responsible``: a project may require a passing bias/toxicity scorecard) registers a
:class:`ReleaseGate` with ``register_services``. Without a gate installed every promotion passes.

    from llmworks_sdk.release import check_release

    check_release(k, db, auth, project_id=body.project_id, model=body.model,
                  target=f"route:{body.name}", override_reason=body.release_override)

A refused promotion raises :class:`ReleaseBlocked` (409, problem+json) whose body lists the
failing measures, each with a link to its scorecard; an administrator may promote anyway by
giving ``override_reason``, which the gate records (and audits) before letting it through.
"""

from __future__ import annotations

from typing import Any, Protocol

from llmworks_sdk.errors import Conflict


class ReleaseBlocked(Conflict):
    """409: the project's release gate refuses this model. ``failing`` (in the problem body)
    lists ``{"suite", "measure", "category", "group", "value", "threshold", "scorecard_id", "link"}``
    (or ``{"suite", "reason", "link"}`` when no passing scorecard exists)."""

    title = "Release gate"


class ReleaseGate(Protocol):
    """Judges promotions (provided by ``llmworks-responsible``)."""

    def check(self, session: Any, principal: Any, *, project_id: int, model: str, target: str,
              override_reason: str | None = None) -> dict[str, Any] | None:
        """Pass (return None, or a dict describing a recorded override) or raise
        :class:`ReleaseBlocked`. ``model`` is the promoted model (``"custom:<id>"``,
        ``"base:<name>"``); ``target`` what it is promoted to (``"route:<name>"``,
        ``"deployment:<name>"``). ``override_reason`` from an administrator records an override
        and passes; from anyone else it is refused (403)."""
        ...


class ScorecardService(Protocol):
    """Reads the bias/toxicity scorecards of a model (provided by ``llmworks-responsible``), for
    model cards and reports. Consumers: ``get_service(kernel, ScorecardService)`` (None when
    the responsible plugin is not installed)."""

    def for_model(self, session: Any, project_id: int, model: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """The newest finished scorecards of ``model`` (``"custom:<id>"``, ``"base:<name>"``) in
        ``project_id``, newest first, as JSON-ready dicts: ``{"id", "suite", "suite_kind",
        "backend", "passed", "items", "flagged", "finished_at", "cells"}``; each cell is
        ``{"measure", "category", "group", "value", "ci", "threshold", "passed"}``."""
        ...


def check_release(source: object, session: Any, principal: Any, *, project_id: int, model: str, target: str,
                  override_reason: str | None = None) -> dict[str, Any] | None:
    """Ask the installed release gate (if any) whether ``model`` may be promoted to ``target``."""
    from llmworks_sdk.services import get_service

    gate = get_service(source, ReleaseGate)
    if gate is None:
        return None
    return gate.check(session, principal, project_id=project_id, model=model, target=target,
                      override_reason=override_reason)


__all__ = ["ReleaseBlocked", "ReleaseGate", "ScorecardService", "check_release"]
