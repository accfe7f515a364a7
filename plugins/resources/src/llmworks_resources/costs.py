"""Cost models: price tables in YAML (per device type per hour, per provider, with currency
and date), the estimate before a job starts (ETA × devices × price) and the actual cost after.

The table is read with :func:`llmworks_sdk.expressions.load_yaml` (safe loader, no aliases,
size caps) and validated; administrators edit it through ``PUT /api/plugins/resources/costs/prices``.
"""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path
from typing import Any

from llmworks_sdk import Invalid
from llmworks_sdk.expressions import load_yaml
from llmworks_sdk.resources import Price
from pydantic import BaseModel, ConfigDict, Field, ValidationError

DEFAULT_TABLE = Path(__file__).parent / "prices.yaml"


class PriceRow(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    device: str = Field(..., min_length=1, max_length=64)
    per_hour: float = Field(..., ge=0, le=1_000_000)
    provider: str | None = Field(None, max_length=64)
    currency: str | None = Field(None, min_length=3, max_length=8)
    valid_from: date | None = Field(None, alias="from")


class PriceTable(BaseModel):
    model_config = ConfigDict(extra="forbid")
    currency: str = Field(..., min_length=3, max_length=8)
    date: date
    provider: str = Field("", max_length=128)
    prices: list[PriceRow] = Field(..., min_length=1, max_length=1000)


def parse_table(text: str | bytes) -> PriceTable:
    data = load_yaml(text, field=("body", "yaml"))
    if not isinstance(data, dict):
        raise Invalid("the price table must be a mapping with currency, date and prices", field=("body", "yaml"))
    try:
        return PriceTable.model_validate(data)
    except ValidationError as exc:
        e = exc.errors()[0]
        where = ".".join(str(x) for x in e["loc"])
        raise Invalid(f"price table: {where}: {e['msg']}", field=("body", "yaml")) from None


class YamlCostModel:
    """The built-in cost model: the YAML table at ``path`` (falls back to the shipped one)."""

    name = "yaml"

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path else None
        self._lock = threading.Lock()
        self._cache: tuple[float, PriceTable] | None = None

    def source(self) -> Path:
        return self.path if self.path is not None and self.path.exists() else DEFAULT_TABLE

    def table(self) -> PriceTable:
        src = self.source()
        mtime = src.stat().st_mtime
        with self._lock:
            if self._cache is None or self._cache[0] != mtime or getattr(self, "_src", None) != src:
                self._cache = (mtime, parse_table(src.read_bytes()))
                self._src = src
            return self._cache[1]

    def save(self, text: str) -> PriceTable:
        table = parse_table(text)
        if self.path is None:
            raise Invalid("no writable price table path is configured (LLMWORKS_PRICES)")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(text if isinstance(text, str) else text.decode())
        os.replace(tmp, self.path)
        return table

    def price(self, device_type: str, *, provider: str | None = None, at: date | None = None) -> Price | None:
        t = self.table()
        want = (device_type or "").lower()
        default = (t.provider or "").lower()
        best: PriceRow | None = None
        best_key: tuple[Any, ...] = ()
        for row in t.prices:
            if row.device.lower() not in want and row.device.lower() != want:
                continue
            # a row without a provider is the table's own provider's price
            own = (row.provider or t.provider or "").lower()
            if provider and own != provider.lower():
                continue
            if at and row.valid_from and row.valid_from > at:
                continue
            # no provider asked for: the table's own provider's rows first; then the most specific
            # match (longest device name), then the newest
            key = (own == default, len(row.device), row.valid_from or date.min)
            if best is None or key > best_key:
                best, best_key = row, key
        if best is None:
            return None
        return Price(amount_per_hour=best.per_hour, currency=best.currency or t.currency, device_type=best.device,
                     provider=best.provider or t.provider, valid_from=best.valid_from or t.date,
                     source=f"{self.name}:{self.source().name}")


def find_price(models: dict[str, Any], device_type: str, *, provider: str | None = None,
               at: date | None = None) -> Price | None:
    """The first cost model's price for ``device_type`` (at ``provider`` when named)."""
    for name in sorted(models):
        try:
            p = models[name].price(device_type, provider=provider, at=at)
        except Exception:  # noqa: BLE001 - a broken cost model prices nothing
            p = None
        if p is not None:
            return p
    return None


def job_cost(models: dict[str, Any], device_types: list[str], seconds: float, *, provider: str | None = None,
             at: date | None = None) -> dict[str, Any]:
    """Cost of holding ``device_types`` (one entry per device; empty: a CPU job) for ``seconds``,
    at ``provider``'s prices when named (the job's ``resources.provider``)."""
    hours = max(0.0, seconds) / 3600.0
    parts = []
    total = 0.0
    currency = None
    for t in device_types or ["cpu"]:
        p = find_price(models, t or "gpu", provider=provider, at=at)
        if p is None:
            at_provider = f" at provider '{provider}'" if provider else ""
            return {"cost": None, "currency": None, "reason": f"no price for device '{t}'{at_provider}", "parts": parts}
        if currency and p.currency != currency:
            return {"cost": None, "currency": None, "reason": f"prices in several currencies ({currency}, {p.currency})",
                    "parts": parts}
        currency = p.currency
        total += p.amount_per_hour * hours
        parts.append({"device": t, "per_hour": p.amount_per_hour, "price_for": p.device_type, "provider": p.provider,
                      "source": p.source})
    return {"cost": round(total, 6), "currency": currency, "hours": hours, "parts": parts, "reason": None}
