"""Deployments: create, deploy a revision (a job), redeploy, roll back, stop; events, logs, health.

A deployment is a name in a project + a target; each deploy, redeploy or rollback adds a
revision (model + uploaded adapters + settings) and queues a ``deploy.revision`` job that runs
the target. The deployment's folder (``$LLMWORKS_HOME/deployments/<id>``) holds the live log
(``deployment.log``: the jobs' lines and the serving processes' output), the supervisor's
``events.jsonl`` and ``supervisor.json`` and one folder per revision.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from llmworks_sdk import DeploySource, Invalid, NotFound
from llmworks_sdk import events as kernel_events
from llmworks_sdk import jobs as kernel_jobs
from llmworks_sdk.db import utcnow
from llmworks_sdk.lineage import EXPORT, MODEL_VERSION, add_edge
from llmworks_sdk.services import ModelRegistry, require_service
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_deploy.tables import ACTIVE, LIVE, RAN, Adapter, Deployment, DeploymentEvent, DeploymentRevision

log = logging.getLogger("llmworks.deploy")
DEPLOYMENT = "deploy_deployment"  # lineage node kind
#: events that become kernel events (and so reach the UI's live stream and notifiers)
PUBLISHED = {
    "deployment.state",
    "deployment.process_crashed",
    "deployment.process_started",
    "deployment.adopted",
    "deployment.rollback",
    "deployment.adapter_attached",
    "deployment.process_hung",
    "deployment.health",
}
#: the events.jsonl offset each deployment's events were read up to in this process: the
#: watcher and the routes sync in sessions of their own, so the offset a session read from the
#: row may be behind what another session already claimed (and will commit)
_CLAIMED: dict[str, int] = {}
_SYNC_LOCK = threading.Lock()


def deployments_root(kernel: Any) -> Path:
    root = Path(kernel.settings.home) / "deployments"
    root.mkdir(parents=True, exist_ok=True)
    return root


def deployment_dir(kernel: Any, deployment_id: int) -> Path:
    folder = deployments_root(kernel) / str(deployment_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# ------------------------------------------------------------------ targets and settings
def get_target(kernel: Any, name: str, loc: tuple[str, ...] = ("body", "target")) -> Any:
    target = kernel.registry.get("deploy_targets", name)
    if target is None:
        names = ", ".join(sorted(kernel.registry.all("deploy_targets"))) or "none"
        raise Invalid(f"unknown deploy target '{name}'; installed: {names}", field=loc)
    ok, why = target.available()
    if not ok:
        raise Invalid(f"deploy target '{name}' is unavailable here: {why}", field=loc)
    return target


def validate_settings(target: Any, settings: dict[str, Any]) -> Any:
    model = getattr(target, "settings_model", None)
    if model is None:
        return dict(settings)
    try:
        return model.model_validate(settings)
    except ValidationError as exc:
        errors = [{"loc": ["body", "settings", *e["loc"]], "msg": e["msg"]} for e in exc.errors()]
        first = errors[0]
        raise Invalid(f"settings.{'.'.join(str(p) for p in first['loc'][2:])}: {first['msg']}", errors=errors) from exc


# ------------------------------------------------------------------ what to deploy
def resolve_source(
    kernel: Any, db: Session, project_id: int, model: str, adapter_ids: list[int], principal: Any = None
) -> DeploySource:
    """The folders of ``model`` (``custom:<id>`` / ``base:<name>``) plus the uploaded adapters
    ``adapter_ids`` (each enabled, of this project and on the same base); ``Invalid`` otherwise."""
    registry = require_service(kernel, ModelRegistry)
    try:
        ref, owner = registry.resolve(db, model, principal=principal, project_id=project_id)
    except (LookupError, FileNotFoundError, ValueError) as exc:
        raise Invalid(f"model '{model}': {exc}", field=("body", "model")) from exc
    if owner is not None and owner != project_id:
        raise Invalid(f"model '{model}' belongs to another project", field=("body", "model"))
    version_id = None
    metadata: dict[str, Any] = {}
    base_model = model[5:] if model.startswith("base:") else ""
    raw = model[7:] if model.startswith("custom:") else model
    if raw.isdigit():
        info = registry.get_version(db, int(raw))
        version_id = info.id
        base_model = info.base_model
        metadata = {
            "name": info.name,
            "method": info.method,
            "kind": info.kind,
            "config": info.config,
            "metrics": info.metrics,
            "dataset_version_id": info.dataset_version_id,
            "run_id": info.run_id,
            "job_id": info.job_id,
        }
        if info.config.get("adapter_upload"):
            up = db.get(Adapter, int(info.config["adapter_upload"]))
            if up is not None and not up.enabled:
                raise Invalid(
                    f"adapter '{up.name}' (model version {info.id}) is disabled: enable it first", field=("body", "model")
                )
    adapters = dict(ref.adapters)
    base_path = Path(ref.path)
    for i, aid in enumerate(adapter_ids):
        row = db.get(Adapter, aid)
        if row is None or row.project_id != project_id:
            raise Invalid(f"adapter {aid} does not exist in this project", field=("body", "adapters", i))
        if not row.enabled:
            raise Invalid(f"adapter '{row.name}' is disabled: enable it first", field=("body", "adapters", i))
        if Path(row.base_path).resolve() != base_path.resolve():
            raise Invalid(
                f"adapter '{row.name}' was validated against base '{row.base_model}', not the base of '{model}'",
                field=("body", "adapters", i),
            )
        adapters[f"a{row.id}"] = Path(row.path)
    return DeploySource(
        model=model, base_path=base_path, adapters=adapters, model_version_id=version_id, base_model=base_model, metadata=metadata
    )


# ------------------------------------------------------------------ events
def record_event(
    kernel: Any,
    db: Session,
    dep: Deployment,
    type_: str,
    message: str,
    data: dict[str, Any] | None = None,
    *,
    revision: int | None = None,
    user_id: int | None = None,
) -> None:
    data = dict(data or {})
    db.add(
        DeploymentEvent(
            deployment_id=dep.id,
            revision=revision if revision is not None else dep.revision,
            type=type_,
            message=message,
            data=data,
        )
    )
    if type_ in PUBLISHED:
        kernel_events.publish(
            kernel,
            type_,
            project_id=dep.project_id,
            subject_kind="deployment",
            subject_id=dep.id,
            data={
                "name": dep.name,
                "target": dep.target,
                "message": message,
                "link": f"/deployments/{dep.id}",
                "title": f"deployment {dep.name}",
                **data,
            },
            user_id=user_id,
            session=db,
        )


def set_state(
    kernel: Any, db: Session, dep: Deployment, state: str, message: str = "", *, rev: DeploymentRevision | None = None
) -> None:
    if rev is not None:  # the revision follows even when the row already says so
        rev.state = state
        rev.message = message
    if dep.state == state and dep.message == message:
        return
    dep.state = state
    dep.message = message
    record_event(
        kernel,
        db,
        dep,
        "deployment.state",
        f"{state}{': ' + message if message else ''}",
        {"state": state, "revision": rev.number if rev is not None else dep.revision},
    )


def append_log(kernel: Any, deployment_id: int, text: str) -> None:
    import time

    stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
    with open(deployment_dir(kernel, deployment_id) / "deployment.log", "a", encoding="utf-8") as f:
        f.write(f"{stamp} {text}\n")


def sync(kernel: Any, db: Session, dep: Deployment) -> None:
    """Bring a local deployment's row up to date with its supervisor: new supervisor events
    become deployment events (and kernel events), the restart count and a dead supervisor
    (failed) are recorded."""
    folder = deployments_root(kernel) / str(dep.id)
    path = folder / "events.jsonl"
    with _SYNC_LOCK:
        start = max(dep.events_offset, _CLAIMED.get(str(path), 0))
        if not path.is_file() or path.stat().st_size <= start:
            chunk = b""
        else:
            with open(path, "rb") as f:
                f.seek(start)
                chunk = f.read()
        end = chunk.rfind(b"\n") + 1
        _CLAIMED[str(path)] = start + end
    if end:
        for line in chunk[:end].splitlines():
            try:
                ev = json.loads(line)
            except ValueError:
                continue
            kind = str(ev.get("type", "process"))
            data = dict(ev.get("data") or {})
            type_ = {"process.crashed": "deployment.process_crashed", "process.started": "deployment.process_started"}.get(
                kind, f"deployment.{kind.replace('.', '_')}"
            )
            record_event(kernel, db, dep, type_, str(ev.get("message", "")), data, revision=data.get("revision"))
            if kind == "process.crashed":
                dep.restarts += 1
        dep.events_offset = start + end
    if dep.target == "local" and dep.state == "running":
        from llmworks_deploy.targets.local import supervisor_alive

        if supervisor_alive(folder) is None:
            set_state(kernel, db, dep, "failed", "the serving supervisor is gone (restart the server to adopt it, or redeploy)")


# ------------------------------------------------------------------ the deploy context
@dataclass
class Context:
    kernel: Any
    deployment_id: int
    revision: int
    name: str
    project_id: int
    source: DeploySource
    settings: Any
    work_dir: Path
    deployment_dir: Path
    outputs: dict[str, Any]
    log: Any
    _db_state: Any = None
    _emit: Any = None
    secrets: dict[str, str] = field(default_factory=dict)

    def state(self, name: str, message: str = "") -> None:
        if name not in ("building", "starting"):
            raise ValueError("a target may move a deployment to 'building' or 'starting' only")
        if self._db_state is not None:
            self._db_state(name, message)

    def emit(self, type: str, data: dict[str, Any] | None = None) -> None:
        if self._emit is not None:
            self._emit(type, data or {})

    def secret(self, name: str) -> str | None:
        from llmworks_deploy.secrets import get_secret

        with self.kernel.session() as db:
            return get_secret(self.kernel, db, self.project_id, name)


def _logger(kernel: Any, deployment_id: int, revision: int, job_log: Any = None) -> logging.Logger:
    logger = logging.getLogger(f"llmworks.deploy.d{deployment_id}.r{revision}.{os.getpid()}")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    for h in list(logger.handlers):
        logger.removeHandler(h)
        h.close()
    handler = logging.FileHandler(deployment_dir(kernel, deployment_id) / "deployment.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter(f"%(asctime)s [revision {revision}] %(levelname)s %(message)s", "%Y-%m-%d %H:%M:%S"))
    logger.addHandler(handler)
    if job_log is not None:
        for h in getattr(job_log, "handlers", []):
            logger.addHandler(h)
    return logger


def make_context(
    kernel: Any, db: Session, dep: Deployment, rev: DeploymentRevision, *, job_log: Any = None, principal: Any = None
) -> Context:
    target = kernel.registry.get("deploy_targets", dep.target)
    settings = validate_settings(target, rev.settings) if target is not None else rev.settings
    source = resolve_source(kernel, db, dep.project_id, rev.model, list(rev.adapters), principal)
    folder = deployment_dir(kernel, dep.id)
    work = folder / f"rev-{rev.number}"
    work.mkdir(parents=True, exist_ok=True)
    return Context(
        kernel,
        dep.id,
        rev.number,
        dep.name,
        dep.project_id,
        source,
        settings,
        work,
        folder,
        dict(rev.outputs or {}),
        _logger(kernel, dep.id, rev.number, job_log),
    )


# ------------------------------------------------------------------ the job
def run_deploy_job(jctx: Any) -> dict[str, Any]:
    kernel = jctx.kernel
    dep_id = int(jctx.payload["deployment_id"])
    number = int(jctx.payload["revision"])
    with kernel.session() as db:
        dep = db.get(Deployment, dep_id)
        rev = db.scalar(
            select(DeploymentRevision).where(DeploymentRevision.deployment_id == dep_id, DeploymentRevision.number == number)
        )
        if dep is None or rev is None:
            raise NotFound(f"deployment {dep_id} revision {number} is gone")
        if dep.revision != number:
            return {"skipped": f"revision {number} was superseded by {dep.revision}"}
        if rev.state == "stopped":
            return {"skipped": f"revision {number} was stopped before it was deployed"}
        target = kernel.registry.get("deploy_targets", dep.target)
        try:
            ctx = make_context(kernel, db, dep, rev, job_log=jctx.log)
        except Invalid as exc:
            set_state(kernel, db, dep, "failed", exc.detail, rev=rev)
            raise
        previous = db.scalar(
            select(DeploymentRevision)
            .where(
                DeploymentRevision.deployment_id == dep_id,
                DeploymentRevision.number < number,
                DeploymentRevision.state.in_(RAN),
            )
            .order_by(DeploymentRevision.number.desc())
        )
        if previous is not None:
            ctx.outputs = {"previous": dict(previous.outputs or {})}
        set_state(kernel, db, dep, "building", f"revision {number}: {rev.model}", rev=rev)
        db.commit()

    def db_state(name: str, message: str) -> None:
        with kernel.session() as s:
            d, r = s.get(Deployment, dep_id), s.get(DeploymentRevision, rev.id)
            set_state(kernel, s, d, name, message, rev=r)
        jctx.progress({"building": 1, "starting": 2}.get(name, 1), 4, name)

    def emit(type_: str, data: dict[str, Any]) -> None:
        with kernel.session() as s:
            record_event(kernel, s, s.get(Deployment, dep_id), f"deployment.{type_}", type_, data, revision=number)

    ctx._db_state, ctx._emit = db_state, emit
    jctx.progress(1, 4, "building")
    ctx.log.info("deploying %s to %s (%s)", ctx.source.model, dep.target, rev.reason)
    try:
        outputs = dict(target.deploy(ctx) or {})
    except Exception as exc:
        detail = exc.detail if isinstance(exc, Invalid) else f"{type(exc).__name__}: {exc}"
        ctx.log.error("deploy failed: %s", detail)
        with kernel.session() as s:
            set_state(kernel, s, s.get(Deployment, dep_id), "failed", detail, rev=s.get(DeploymentRevision, rev.id))
        raise
    final = "running" if (target.long_running or outputs.get("running")) else "completed"
    with kernel.session() as s:
        d, r = s.get(Deployment, dep_id), s.get(DeploymentRevision, rev.id)
        r.outputs = outputs
        d.outputs = outputs
        d.health = {}
        if d.target == "local":
            d.events_offset = d.events_offset  # events of the new supervisor are read by sync()
        set_state(kernel, s, d, final, f"revision {number} {final}", rev=r)
        replace_earlier(kernel, s, d, r)
        _lineage(s, d, r, ctx.source, outputs)
    ctx.log.info("revision %s %s", number, final)
    jctx.progress(4, 4, final)
    return {"deployment_id": dep_id, "revision": number, "state": final, "outputs": outputs}


def replace_earlier(kernel: Any, db: Session, dep: Deployment, rev: DeploymentRevision) -> None:
    """``rev`` went live: the earlier revisions that were live (running or completed) are
    "replaced" by it, with the time and its number; failed and stopped ones stay as they are."""
    now = utcnow()
    for old in db.scalars(
        select(DeploymentRevision).where(
            DeploymentRevision.deployment_id == dep.id,
            DeploymentRevision.number < rev.number,
            DeploymentRevision.state.in_(LIVE),
        ).order_by(DeploymentRevision.number)
    ).all():
        old.state, old.replaced_by, old.replaced_at = "replaced", rev.number, now
        old.message = f"replaced by revision {rev.number}"
        record_event(kernel, db, dep, "deployment.revision_replaced", f"revision {old.number} replaced by revision {rev.number}",
                     {"revision": old.number, "replaced_by": rev.number}, revision=old.number)


def _lineage(db: Session, dep: Deployment, rev: DeploymentRevision, source: DeploySource, outputs: dict[str, Any]) -> None:
    node = (DEPLOYMENT, dep.id)
    src = (MODEL_VERSION, source.model_version_id) if source.model_version_id is not None else ("base_model", source.model[5:])
    if outputs.get("export"):  # targets that produce an artifact: model version → export → deployment
        export = (EXPORT, outputs["export"])
        add_edge(db, dep.project_id, src, export, "exported")
        add_edge(db, dep.project_id, export, node, "deployed")
    else:
        add_edge(db, dep.project_id, src, node, "deployed")


# ------------------------------------------------------------------ actions
def new_revision(
    kernel: Any,
    db: Session,
    dep: Deployment,
    *,
    model: str,
    adapters: list[int],
    settings: dict[str, Any],
    reason: str,
    user_id: int | None,
    rollback_of: int | None = None,
    principal: Any = None,
) -> DeploymentRevision:
    target = get_target(kernel, dep.target)
    validate_settings(target, settings)
    resolve_source(kernel, db, dep.project_id, model, adapters, principal)  # 4xx now, not in the job
    dep.revision += 1
    rev = DeploymentRevision(
        deployment_id=dep.id,
        number=dep.revision,
        model=model,
        adapters=list(adapters),
        settings=dict(settings),
        reason=reason,
        rollback_of=rollback_of,
        state="pending",
        message="",
        outputs={},
        created_by=user_id,
    )
    db.add(rev)
    db.flush()
    job = kernel_jobs.enqueue(
        kernel,
        "deploy.revision",
        {"deployment_id": dep.id, "revision": rev.number},
        project_id=dep.project_id,
        user_id=user_id,
        title=f"deploy {dep.name} revision {rev.number}",
        session=db,
    )
    rev.job_id = job.id
    set_state(kernel, db, dep, "pending", f"revision {rev.number} queued ({reason})", rev=rev)
    return rev


def running_context(kernel: Any, dep: Deployment, rev: DeploymentRevision, logger: Any) -> Context:
    """The context of the revision that runs, for ``stop`` and ``health`` (no model lookup)."""
    target = kernel.registry.get("deploy_targets", dep.target)
    try:
        settings = validate_settings(target, dict(rev.settings or {})) if target is not None else rev.settings
    except Invalid:
        settings = rev.settings
    folder = deployment_dir(kernel, dep.id)
    return Context(kernel, dep.id, rev.number, dep.name, dep.project_id, DeploySource(model=rev.model, base_path=Path(".")),
                   settings, folder / f"rev-{rev.number}", folder, dict(dep.outputs or {}), logger)


def stop_deployment(kernel: Any, db: Session, dep: Deployment) -> None:
    target = kernel.registry.get("deploy_targets", dep.target)
    rev = current_revision(db, dep)
    if target is not None and rev is not None and (target.long_running or (dep.outputs or {}).get("running")):
        ctx = running_context(kernel, dep, rev, _logger(kernel, dep.id, rev.number))
        target.stop(ctx)
    sync(kernel, db, dep)
    set_state(kernel, db, dep, "stopped", f"revision {dep.revision} stopped", rev=rev)
    # a newer revision that had not gone live yet leaves the one that served running until now
    for old in db.scalars(
        select(DeploymentRevision).where(DeploymentRevision.deployment_id == dep.id, DeploymentRevision.state == "running")
    ).all():
        old.state, old.message = "stopped", f"stopped with the deployment (at revision {dep.revision})"


def current_revision(db: Session, dep: Deployment) -> DeploymentRevision | None:
    return db.scalar(
        select(DeploymentRevision).where(DeploymentRevision.deployment_id == dep.id, DeploymentRevision.number == dep.revision)
    )


def _serves(rev: DeploymentRevision) -> tuple[Any, ...]:
    """What a revision deploys: a rollback copies all of it (model, adapters and settings)."""
    return (rev.model, list(rev.adapters or []), dict(rev.settings or {}))


def _earlier_that_ran(db: Session, dep: Deployment) -> list[DeploymentRevision]:
    return list(db.scalars(
        select(DeploymentRevision)
        .where(
            DeploymentRevision.deployment_id == dep.id,
            DeploymentRevision.number < dep.revision,
            DeploymentRevision.state.in_(RAN),
        )
        .order_by(DeploymentRevision.number.desc())
    ).all())


def rollback_candidate(db: Session, dep: Deployment) -> DeploymentRevision | None:
    """The revision a rollback would deploy again: the newest earlier revision that ran (running,
    completed, replaced by a newer one or stopped) and serves something else (model, adapters or
    settings) than the current one; None when there is none (a redeploy of the same spec only
    restarts: nothing to go back to). The deployment's detail shows its number (``rollback_to``), so the UI offers exactly this."""
    current = current_revision(db, dep)
    for row in _earlier_that_ran(db, dep):
        if current is None or _serves(row) != _serves(current):
            return row
    return None


def rollback_source(db: Session, dep: Deployment) -> DeploymentRevision:
    """:func:`rollback_candidate`, or a 422 that says why there is none."""
    src = rollback_candidate(db, dep)
    if src is not None:
        return src
    if not _earlier_that_ran(db, dep):
        detail = "there is no earlier revision that ran to roll back to"
    else:
        detail = (f"nothing to roll back to: every earlier revision that ran serves what revision {dep.revision} "
                  "serves (the same model, adapters and settings)")
    raise Invalid(detail, field=("path", "deployment_id"))


def health(kernel: Any, db: Session, dep: Deployment) -> dict[str, Any]:
    target = kernel.registry.get("deploy_targets", dep.target)
    rev = current_revision(db, dep)
    if target is None or rev is None:
        return {"ok": False, "detail": "the target is not installed" if target is None else "no revision"}
    if not target.long_running and not (dep.outputs or {}).get("running"):
        return {"ok": dep.state == "completed", "detail": f"{dep.target} produces an artifact: {dep.state}"}
    if dep.state not in ACTIVE:
        return {"ok": False, "detail": f"deployment is {dep.state}"}
    ctx = running_context(kernel, dep, rev, log)
    out = dict(target.health(ctx))
    dep.health = out
    return out


# ------------------------------------------------------------------ server start
def adopt_deployments(kernel: Any) -> None:
    """At server start: local deployments that should run keep running. A supervisor still alive
    (it survived the restart) is adopted as it is; one that is gone is started again from the
    revision's spec."""
    from llmworks_deploy.targets.local import start_supervisor, supervisor_alive

    try:
        with kernel.session() as db:
            rows = db.scalars(select(Deployment).where(Deployment.target == "local", Deployment.state == "running")).all()
            for dep in rows:
                folder = deployments_root(kernel) / str(dep.id)
                if supervisor_alive(folder) is not None:
                    sync(kernel, db, dep)
                    record_event(
                        kernel,
                        db,
                        dep,
                        "deployment.adopted",
                        "the serving process survived the server restart",
                        {"supervisor_pid": (dep.outputs or {}).get("supervisor_pid")},
                    )
                    continue
                spec = (dep.outputs or {}).get("spec")
                if not spec or not Path(spec).is_file():
                    set_state(kernel, db, dep, "failed", "the serving process is gone and its spec is missing: redeploy")
                    continue
                env = dict(os.environ)
                env["LLMWORKS_HOME"] = str(kernel.settings.home)
                pid = start_supervisor(Path(spec), folder, env)
                dep.state = "running"
                dep.outputs = {**dep.outputs, "supervisor_pid": pid}
                record_event(
                    kernel,
                    db,
                    dep,
                    "deployment.adopted",
                    f"the serving process was gone: supervisor {pid} started",
                    {"supervisor_pid": pid},
                )
                sync(kernel, db, dep)
    except Exception:  # noqa: BLE001 - never keep the server from starting
        log.exception("could not adopt the running deployments")
