"""Allowed time windows for jobs, e.g. only at night: ``[{"start": "22:00", "end": "06:00",
"days": [0, 1, 2, 3, 4], "tz": "Europe/Paris"}]`` (days: 0 = Monday; windows may wrap
midnight; no windows means any time)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, Field, field_validator


class TimeWindow(BaseModel):
    start: str = Field(..., examples=["22:00"], description="HH:MM, inclusive")
    end: str = Field(..., examples=["06:00"], description="HH:MM, exclusive; may be before start (wraps midnight)")
    days: list[int] | None = Field(None, description="Weekdays when the window opens, 0 = Monday")
    tz: str = Field("UTC", description="IANA time zone")

    @field_validator("start", "end")
    @classmethod
    def _hhmm(cls, v: str) -> str:
        try:
            time.fromisoformat(v)
        except ValueError as exc:
            raise ValueError(f"'{v}' is not a time of day in HH:MM form") from exc
        return v

    @field_validator("days")
    @classmethod
    def _days(cls, v: list[int] | None) -> list[int] | None:
        if v is not None and any(d < 0 or d > 6 for d in v):
            raise ValueError("days are 0 (Monday) to 6 (Sunday)")
        return v

    @field_validator("tz")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone '{v}'") from exc
        return v


def _open(w: dict[str, Any], now: datetime) -> bool:
    local = now.astimezone(ZoneInfo(w.get("tz", "UTC")))
    t = local.time()
    start, end = time.fromisoformat(w["start"]), time.fromisoformat(w["end"])
    days = w.get("days")
    if start <= end:
        return (start <= t < end) and (days is None or local.weekday() in days)
    # wraps midnight: the part after midnight belongs to the previous day's window
    if t >= start:
        return days is None or local.weekday() in days
    if t < end:
        return days is None or (local.weekday() - 1) % 7 in days
    return False


def window_open(windows: list[dict[str, Any]] | None, now: datetime) -> bool:
    return not windows or any(_open(w, now) for w in windows)


def next_opening(windows: list[dict[str, Any]] | None, now: datetime) -> datetime:
    """The first minute at or after ``now`` when a window is open (within 8 days)."""
    if window_open(windows, now):
        return now
    t = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
    for _ in range(8 * 24 * 60):
        if window_open(windows, t):
            return t
        t += timedelta(minutes=1)
    return now + timedelta(days=8)
