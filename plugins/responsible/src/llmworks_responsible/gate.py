"""The release gate (``llmworks_sdk.release.ReleaseGate``): a project may require a passing
scorecard of each of its gate suites before a model is promoted (routes, deployments)."""

from __future__ import annotations

from typing import Any

from llmworks_sdk import Forbidden
from llmworks_sdk.release import ReleaseBlocked
from llmworks_sdk.web import audit
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_responsible.models import GateOverride, Scorecard
from llmworks_responsible.suites_lookup import settings_of


def latest_scorecard(db: Session, project_id: int, model: str, suite: str) -> Scorecard | None:
    return db.scalar(select(Scorecard).where(Scorecard.project_id == project_id, Scorecard.model == model,
                                             Scorecard.suite == suite, Scorecard.status == "succeeded")
                     .order_by(Scorecard.id.desc()).limit(1))


def failing_measures(db: Session, project_id: int, model: str, suites: list[str]) -> list[dict[str, Any]]:
    """What stops ``model`` from passing the gate: failing cells of its latest scorecard per suite,
    or a suite it has no finished scorecard for."""
    failing: list[dict[str, Any]] = []
    for suite in suites:
        sc = latest_scorecard(db, project_id, model, suite)
        if sc is None:
            failing.append({"suite": suite, "reason": f"no finished scorecard of suite '{suite}' for {model}: run one",
                            "link": f"/responsible?model={model}"})
            continue
        for cell in sc.results.get("cells", []):
            if cell.get("passed") is False:
                failing.append({"suite": suite, "measure": cell["measure"], "category": cell.get("category"),
                                "group": cell.get("group"), "value": cell.get("value"), "ci": cell.get("ci"),
                                "threshold": cell.get("threshold"), "scorecard_id": sc.id,
                                "link": f"/responsible/scorecards/{sc.id}?measure={cell['measure']}"
                                        f"&category={cell.get('category') or ''}&group={cell.get('group') or ''}"})
    return failing


class ScorecardGate:
    def check(self, session: Any, principal: Any, *, project_id: int, model: str, target: str,
              override_reason: str | None = None) -> dict[str, Any] | None:
        settings = settings_of(session, project_id)
        if settings is None or not settings.gate_enabled or not settings.gate_suites:
            return None
        failing = failing_measures(session, project_id, model, list(settings.gate_suites))
        if not failing:
            return None
        if override_reason is not None and override_reason.strip():
            if not getattr(principal, "is_admin", False):
                raise Forbidden("only an administrator may override the release gate", field=("body", "release_override"))
            row = GateOverride(project_id=project_id, model=model, target=target, reason=override_reason.strip()[:4000],
                               failing=failing, created_by=getattr(principal, "user_id", None))
            session.add(row)
            session.flush()
            audit(session, None, "responsible.gate.overridden", principal=principal, project_id=project_id,
                  target_kind="model", target_id=model, target=target, reason=row.reason, failing=len(failing))
            return {"override_id": row.id, "failing": failing}
        names = sorted({f"{f['suite']}/{f.get('measure', 'scorecard')}" + (f"[{f['category']}]" if f.get("category") else "")
                        for f in failing})
        raise ReleaseBlocked(
            f"the release gate of this project refuses {model}: {len(failing)} failing measure(s): {', '.join(names[:10])}. "
            "Improve the model and run the suites again, or (administrators) give release_override with a reason",
            failing=failing, model=model, target=target)


class ScorecardReader:
    """``llmworks_sdk.release.ScorecardService``: a model's finished scorecards for other plugins
    (the deploy plugin's Hugging Face model card)."""

    CELL_KEYS = ("measure", "category", "group", "value", "ci", "threshold", "passed")

    def for_model(self, session: Any, project_id: int, model: str, *, limit: int = 20) -> list[dict[str, Any]]:
        rows = session.scalars(select(Scorecard).where(Scorecard.project_id == project_id, Scorecard.model == model,
                                                       Scorecard.status == "succeeded")
                               .order_by(Scorecard.id.desc()).limit(limit))
        return [{"id": sc.id, "suite": sc.suite, "suite_kind": sc.suite_kind, "backend": sc.backend, "passed": sc.passed,
                 "items": sc.items, "flagged": sc.flagged,
                 "finished_at": sc.finished_at.isoformat() if sc.finished_at else None,
                 "cells": [{k: c.get(k) for k in self.CELL_KEYS} for c in (sc.results or {}).get("cells", [])]}
                for sc in rows]
