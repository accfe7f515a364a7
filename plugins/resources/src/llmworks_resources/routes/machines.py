"""Machines and their live values and series; the Prometheus endpoint."""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Query, Response
from llmworks_sdk import NotFound, jobs
from llmworks_sdk.schemas import ApiModel, Timestamp, file_response, unvalidated_json
from llmworks_sdk.services import TrackingService, get_service
from llmworks_sdk.web import DB, Admin, Auth, KernelDep
from pydantic import Field
from sqlalchemy import select

from llmworks_resources import prometheus
from llmworks_resources.routes.common import collector
from llmworks_resources.tables import Machine

router = APIRouter(tags=["resources"])
metrics_router = APIRouter(tags=["resources"])


class MachineSampleOut(ApiModel):
    key: str = Field(..., examples=["gpu.0.utilization_percent"])
    value: float
    labels: dict[str, str]


class DeviceOut(ApiModel):
    index: str = Field(..., examples=["0"])
    type: str = Field(..., examples=["NVIDIA H100 80GB HBM3"])
    memory_total_bytes: int | None = None


class ProcessOut(ApiModel):
    """Memory one process holds on one device."""

    pid: int
    device: str
    memory_bytes: int


class LiveJobOut(ApiModel):
    id: int
    kind: str
    title: str
    project_id: int | None
    devices: list[str]
    pid: int | None


class MachineOut(ApiModel):
    id: int
    host: str
    role: str
    run_id: int | None = Field(..., description="The tracking run holding this machine's series")
    devices: list[DeviceOut] = Field(..., description="The machine's GPUs")
    status: dict[str, str] = Field(..., description="Probe -> 'ok' or what is missing ('no GPU: ...')")
    latest: list[MachineSampleOut]
    interval_seconds: float
    last_seen: Timestamp
    online: bool = Field(..., description="Seen within three flush intervals")


class LiveOut(ApiModel):
    host: str
    ts: float | None = Field(..., description="Seconds since the epoch of the sample")
    samples: list[MachineSampleOut]
    status: dict[str, str]
    processes: list[ProcessOut] = Field(..., description="Per-process GPU memory")
    jobs: list[LiveJobOut] = Field(..., description="Running jobs on this host")


class MachineSeriesOut(ApiModel):
    key: str
    count: int
    returned: int
    x: list[float]
    y: list[float]
    min: float | None
    max: float | None
    downsampled: bool


class SeriesSetOut(ApiModel):
    machine_id: int
    since: float
    until: float
    series: list[MachineSeriesOut]


def machine_out(m: Machine, flush: float) -> dict[str, Any]:
    from llmworks_sdk.db import utcnow

    age = (utcnow() - m.last_seen).total_seconds()
    return {"id": m.id, "host": m.host, "role": m.role, "run_id": m.run_id, "devices": m.devices or [],
            "status": m.status or {}, "interval_seconds": m.interval_seconds, "last_seen": m.last_seen.isoformat(),
            "online": age <= 3 * max(flush, m.interval_seconds) + 5,
            "latest": [{"key": k, "value": v[0], "labels": v[1] or {}} for k, v in sorted((m.latest or {}).items())]}


@router.get("/machines", response_model=list[MachineOut], summary="Machines with a collector: GPUs, probe status, latest values")
def list_machines(db: DB, auth: Auth) -> list[dict[str, Any]]:
    from llmworks_resources import settings

    return [machine_out(m, settings.flush_seconds()) for m in db.scalars(select(Machine).order_by(Machine.host))]


@router.get("/live", response_model=LiveOut,
            summary="The latest values of a machine (default: this server's collector; poll it for live charts)")
def live(db: DB, auth: Auth, k: KernelDep,
         machine_id: int | None = Query(None, description="A machine from /machines; its latest stored sample when it "
                                        "is not this server (a worker's collector flushes it every few seconds)")) -> Any:
    c = collector(k)
    if machine_id is not None:
        m = db.get(Machine, machine_id)
        if m is None:
            raise NotFound(f"machine {machine_id} not found")
        if c is None or m.host != c.host:
            return unvalidated_json(LiveOut, {
                "host": m.host, "ts": m.last_seen.timestamp(), "status": m.status or {}, "processes": [],
                "samples": [{"key": key, "value": v[0], "labels": v[1] or {}} for key, v in sorted((m.latest or {}).items())],
                "jobs": _running_on(db, auth, m.host)})
    if c is None:  # the collector is off (LLMWORKS_RESOURCES_INTERVAL=0): sample now, store nothing
        from llmworks_resources.collector import Collector

        c = k.state.get("resources.on_demand")
        if c is None:
            c = k.state["resources.on_demand"] = Collector(k, interval=0, store=False)
        c.tick()
    latest = c.latest
    return unvalidated_json(LiveOut, {
        "host": c.host, "ts": latest.get("ts"), "status": latest.get("status", {}), "processes": latest.get("processes", []),
        "samples": [{"key": s.key, "value": s.value, "labels": s.labels} for s in latest.get("samples", [])],
        "jobs": _running_on(db, auth, c.host)})


def _running_on(db: Any, auth: Any, host: str) -> list[dict[str, Any]]:
    """The running jobs assigned to ``host`` that this user may see."""
    visible = auth.project_ids(db)
    running = []
    for j in jobs.running(db):
        a = j.assignment or {}
        if a.get("host") != host or (visible is not None and j.project_id not in visible):
            continue
        running.append({"id": j.id, "kind": j.kind, "title": j.title, "project_id": j.project_id,
                        "devices": a.get("devices") or [], "pid": a.get("pid")})
    return running


@router.get("/machines/{machine_id}/series", response_model=None, responses={200: {"model": SeriesSetOut}},
            summary="A machine's series over the last hours, downsampled (min/max kept) for charts")
def machine_series(machine_id: int, db: DB, auth: Auth, k: KernelDep,
                   key: list[str] = Query(..., max_length=64, description="Series keys, e.g. cpu.percent"),
                   hours: float = Query(1.0, gt=0, le=24 * 31), points: int = Query(600, ge=10, le=5000),
                   until: float | None = Query(None, description="End (seconds since the epoch); default now")) -> Any:
    m = db.get(Machine, machine_id)
    if m is None:
        raise NotFound(f"machine {machine_id} not found")
    tracking = get_service(k, TrackingService)
    hi = until if until is not None else time.time()
    lo = hi - hours * 3600
    out = []
    for name in key:
        if m.run_id is None or tracking is None:
            out.append({"key": name, "count": 0, "returned": 0, "x": [], "y": [], "min": None, "max": None, "downsampled": False})
            continue
        c = tracking.chart(db, m.run_id, name, x="wall_time", lo=lo, hi=hi, points=points)
        out.append({"key": name, "count": c["count"], "returned": c["returned"], "x": c["x"], "y": c["y"], "min": c["min"],
                    "max": c["max"], "downsampled": c["downsampled"]})
    return unvalidated_json(SeriesSetOut, {"machine_id": m.id, "since": lo, "until": hi, "series": out})


@metrics_router.get("", response_class=Response, responses=file_response("text/plain; version=0.0.4",
                    description="Prometheus text exposition format"),
                    summary="Prometheus metrics: machines, GPUs, queue and running jobs (scrape with an admin API key)")
def metrics(db: DB, auth: Admin, k: KernelDep) -> Response:
    machines = [(m.host, m.latest or {}, m.status or {}) for m in db.scalars(select(Machine).order_by(Machine.host))]
    c = collector(k)
    if c is not None and c.latest.get("ts"):  # this process's values are fresher than the stored ones
        live = {s.key: [s.value, s.labels, s.help] for s in c.latest["samples"]}
        machines = [(h, live, c.latest.get("status", {})) if h == c.host else (h, lt, st) for h, lt, st in machines]
        if c.host not in {h for h, _, _ in machines}:
            machines.append((c.host, live, c.latest.get("status", {})))
    queue = {s: jobs.count(db, state=s) for s in prometheus.STATES}
    running = []
    for j in jobs.running(db):
        v = jobs.view(j)
        running.append({"id": j.id, "kind": j.kind, "project_id": j.project_id, "fraction": v["progress"]["fraction"],
                        "devices": (j.assignment or {}).get("devices") or []})
    return Response(prometheus.render(machines, queue, running), media_type="text/plain; version=0.0.4; charset=utf-8")
