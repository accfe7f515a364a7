"""The services this plugin provides (:mod:`llmworks_sdk.services`): ``TrackingService``
(runs and their metrics, used by trainers) and ``EvaluationService`` (the one place
evaluations are created)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from llmworks_sdk import Invalid
from llmworks_sdk.kernel import Principal, kernel_of
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_tracking import service
from llmworks_tracking.models import Evaluation, RunMetric

if TYPE_CHECKING:
    from starlette.requests import Request


class Tracking:
    def create_run(self, session: Session, *, project_id: int, experiment: str, name: str, config: dict[str, Any],
                   source: str, job_id: int | None = None) -> int:
        run = service.create_run(session, project_id=project_id, experiment=experiment, name=name, config=config,
                                 source=source, job_id=job_id)
        session.flush()
        return int(run.id)

    def log_metrics(self, session: Session, run_id: int, points: Sequence[tuple[str, int, float, float | None]]) -> None:
        service.log_metrics(session, run_id, points)

    def last_steps(self, session: Session, run_id: int) -> dict[str, int]:
        rows = session.execute(
            select(RunMetric.key, RunMetric.last_step).where(RunMetric.run_id == run_id, RunMetric.summary.is_(False)))
        return {key: int(step) for key, step in rows if step is not None}

    def log_summary(self, session: Session, run_id: int, summary: Mapping[str, float]) -> None:
        service.log_summary(session, run_id, summary)

    def set_status(self, session: Session, run_id: int, status: str) -> None:
        service.set_status(session, run_id, status)

    def storage(self, session: Session) -> list[dict[str, Any]]:
        from llmworks_tracking.models import Run, RunArtifact

        out: dict[int, dict[str, Any]] = {}
        q = select(Run.id, Run.project_id, Run.name, RunArtifact.uri).join(RunArtifact, RunArtifact.run_id == Run.id)
        for run_id, project_id, name, uri in session.execute(q.where(RunArtifact.uri.like("blob:%"))):
            item = out.setdefault(run_id, {"kind": "run", "id": run_id, "project_id": project_id, "name": name, "blobs": []})
            item["blobs"].append(uri[len("blob:"):])
        return list(out.values())

    def series_keys(self, session: Session, run_id: int) -> list[str]:
        rows = session.scalars(select(RunMetric.key).where(RunMetric.run_id == run_id, RunMetric.summary.is_(False)))
        return sorted(rows)

    def chart(self, session: Session, run_id: int, key: str, *, x: str = "step", lo: float | None = None,
              hi: float | None = None, points: int = 1000) -> dict[str, Any]:
        from llmworks_tracking import series

        return series.chart_payload(series.chart(session, run_id, key, x=x, lo=lo, hi=hi, points=points), x=x)


class Evaluations:
    def create(self, session: Session, request: Request | None, principal: Principal, spec: dict[str, Any]) -> dict[str, Any]:
        from llmworks_tracking.routes.evaluations import EvaluationIn, create_evaluation

        try:
            body = EvaluationIn.model_validate(spec)
        except ValidationError as exc:
            first = exc.errors()[0]
            raise Invalid(f"{first['msg']}", field=("body", *first["loc"])) from None
        return create_evaluation(body, request, session, principal, kernel_of(session))  # type: ignore[arg-type]

    def for_model(self, session: Session, model: str, *, limit: int = 50) -> list[dict[str, Any]]:
        from llmworks_tracking.routes.evaluations import evaluation_out

        rows = session.scalars(select(Evaluation).where(Evaluation.model == model).order_by(Evaluation.id.desc()).limit(limit))
        return [evaluation_out(e) for e in rows]
