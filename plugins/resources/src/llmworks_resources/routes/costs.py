"""Per-job accounting and cost: usage of a job, estimates before a job starts, the price
table (administrators edit it), totals per project and month."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from llmworks_sdk.resources import ResourceRequest
from llmworks_sdk.schemas import ApiModel
from llmworks_sdk.web import DB, Admin, Auth, KernelDep, audit
from pydantic import BaseModel, Field
from sqlalchemy import select

from llmworks_resources import accounting, costs
from llmworks_resources.routes.common import cost_models, load_job
from llmworks_resources.schedule import TRAIN_KIND, Estimator
from llmworks_resources.tables import JobUsage

router = APIRouter(tags=["resources"])


class CostPartOut(ApiModel):
    """The price of one device of the job."""

    device: str | None = Field(..., description="The device type priced (null: not known, priced as a GPU)")
    per_hour: float
    price_for: str = Field(..., description="The device type of the price that matched")
    provider: str | None = Field(None, description="The provider whose price it is")
    source: str = Field(..., description="Where the price comes from (the cost model)")


class CostOut(ApiModel):
    cost: float | None
    currency: str | None
    hours: float | None = None
    parts: list[CostPartOut] = Field(default_factory=list)
    reason: str | None = Field(None, description="Why there is no cost (no price for a device, ...)")


class JobUsageOut(ApiModel):
    job_id: int
    project_id: int | None
    host: str | None
    devices: list[str]
    device_types: list[str | None] = Field(..., description="Type of each device (null: not known)")
    gpu_hours: float
    peak_gpu_memory_bytes: dict[str, int] = Field(..., description="Device -> peak bytes the job's processes held")
    peak_rss_bytes: int
    cpu_seconds: float
    energy_joules: float | None
    estimated_cost: float | None
    cost: float | None
    currency: str | None
    finished: bool


class EstimateIn(BaseModel):
    project_id: int = Field(..., ge=1)
    kind: str = Field(TRAIN_KIND, max_length=128, description="Job kind; training by default")
    base_model: str | None = Field(None, max_length=255)
    method: str | None = Field(None, max_length=32)
    dataset_version_id: int | None = Field(None, ge=1)
    rows: list[dict[str, Any]] | None = Field(None, max_length=100_000)
    config: dict[str, Any] = Field(default_factory=dict)
    resources: ResourceRequest = Field(default_factory=ResourceRequest)


class EstimateOut(ApiModel):
    duration_seconds: float | None
    basis: str = Field(..., description="How the duration was estimated")
    tokens: float | None
    tokens_per_second: float | None
    devices: list[str] = Field(..., description="Device types priced (one per GPU; 'cpu' when none)")
    cost: CostOut


class PricesOut(ApiModel):
    yaml: str
    source: str
    editable: bool
    table: dict[str, Any]


class PricesIn(BaseModel):
    yaml: str = Field(..., min_length=1, max_length=200_000)


class CostTotal(ApiModel):
    project_id: int | None
    month: str = Field(..., examples=["2026-12"])
    currency: str | None
    cost: float
    gpu_hours: float
    jobs: int


class CostSummaryOut(ApiModel):
    totals: list[CostTotal]


def usage_out(u: JobUsage | None, job: Any) -> dict[str, Any]:
    if u is None:
        a = job.assignment or {}
        return {"job_id": job.id, "project_id": job.project_id, "host": a.get("host"), "devices": a.get("devices") or [],
                "device_types": a.get("types") or [], "gpu_hours": accounting.gpu_seconds(job) / 3600.0,
                "peak_gpu_memory_bytes": {}, "peak_rss_bytes": 0, "cpu_seconds": 0.0, "energy_joules": None,
                "estimated_cost": None, "cost": None, "currency": None, "finished": job.finished_at is not None}
    return {"job_id": u.job_id, "project_id": u.project_id, "host": u.host, "devices": u.devices or [],
            "device_types": u.device_types or [],
            "gpu_hours": (u.gpu_seconds if u.finished_at else accounting.gpu_seconds(job)) / 3600.0,
            "peak_gpu_memory_bytes": {k: int(v) for k, v in (u.peak_gpu_memory or {}).items()},
            "peak_rss_bytes": int(u.peak_rss_bytes or 0), "cpu_seconds": float(u.cpu_seconds or 0.0),
            "energy_joules": u.energy_joules, "estimated_cost": u.estimated_cost, "cost": u.cost, "currency": u.currency,
            "finished": u.finished_at is not None}


@router.get("/jobs/{job_id}/usage", response_model=JobUsageOut,
            summary="What a job used: devices, GPU-hours, peak memory per device, energy, cost")
def job_usage(job_id: int, db: DB, auth: Auth) -> dict[str, Any]:
    job = load_job(db, auth, job_id)
    return usage_out(db.get(JobUsage, job_id), job)


@router.post("/estimate", response_model=EstimateOut, openapi_extra={"x-llmworks-min-role": "viewer"},
             summary="Estimate a job's duration and cost before queueing it (ETA × devices × price)")
def estimate(body: EstimateIn, db: DB, auth: Auth, k: KernelDep) -> dict[str, Any]:
    auth.require_project(body.project_id)
    payload = {"base_model": body.base_model, "method": body.method, "dataset_version_id": body.dataset_version_id,
               "rows": body.rows, "config": body.config}
    e = Estimator(k, db).duration(body.kind, payload)
    types = accounting.request_types(k, body.resources.gpus, body.resources.gpu_type)
    cost = costs.job_cost(cost_models(k), types, e.seconds or 0.0, provider=body.resources.provider) if e.seconds is not None else {
        "cost": None, "currency": None, "reason": "no duration estimate", "parts": []}
    return {"duration_seconds": e.seconds, "basis": e.basis, "tokens": e.tokens, "tokens_per_second": e.tokens_per_second,
            "devices": types or ["cpu"], "cost": cost}


@router.get("/costs/prices", response_model=PricesOut, summary="The price table (YAML) used for estimates and costs")
def get_prices(auth: Auth, k: KernelDep) -> dict[str, Any]:
    model = accounting.yaml_model(k)
    src = model.source()
    return {"yaml": src.read_text(), "source": str(src.name), "editable": auth.is_admin,
            "table": model.table().model_dump(mode="json", by_alias=True)}


@router.put("/costs/prices", response_model=PricesOut, summary="Replace the price table (administrators)")
def put_prices(body: PricesIn, request: Request, db: DB, auth: Admin, k: KernelDep) -> dict[str, Any]:
    model = accounting.yaml_model(k)
    model.save(body.yaml)
    audit(db, request, "resources.prices_changed", principal=auth)
    return get_prices(auth, k)


@router.get("/costs/summary", response_model=CostSummaryOut, summary="Cost and GPU-hours per project and month")
def cost_summary(db: DB, auth: Auth, project_id: int | None = Query(None, ge=1),
                 months: int = Query(12, ge=1, le=120)) -> dict[str, Any]:
    q = select(JobUsage).where(JobUsage.finished_at.is_not(None))
    if project_id is not None:
        auth.require_project(project_id)
        q = q.where(JobUsage.project_id == project_id)
    else:
        ids = auth.project_ids(db)
        if ids is not None:
            q = q.where(JobUsage.project_id.in_(ids))
    totals: dict[tuple[Any, str, Any], dict[str, Any]] = {}
    for u in db.scalars(q):
        month = u.finished_at.strftime("%Y-%m")
        t = totals.setdefault((u.project_id, month, u.currency), {"project_id": u.project_id, "month": month,
                                                                   "currency": u.currency, "cost": 0.0, "gpu_hours": 0.0, "jobs": 0})
        t["cost"] += u.cost or 0.0
        t["gpu_hours"] += (u.gpu_seconds or 0.0) / 3600.0
        t["jobs"] += 1
    rows = sorted(totals.values(), key=lambda t: (t["month"], t["project_id"] or 0), reverse=True)
    recent = sorted({r["month"] for r in rows}, reverse=True)[:months]
    return {"totals": [r for r in rows if r["month"] in recent]}


