"""Run search: filter expressions and sort keys turned into SQL (SQLite and PostgreSQL).

Filters (each ``?filter=`` is one condition; all must hold)::

    params.learning_rate>=0.001      a parameter (numeric comparison when the value is a number)
    params.method=lora               text equality; ~ means "contains" (case-insensitive)
    metrics.loss<0.5                 the last value of a metric; metrics.loss.min / .max / .count
    status=finished  source=api  name~sweep  tag=baseline  experiment=lora-sweep

Sort keys: ``created_at`` (default, newest first with ``-``), ``name``, ``status``,
``metrics.<key>[.last|.min|.max|.count]``, ``params.<key>``; a leading ``-`` sorts descending.
"""

from __future__ import annotations

import math
import re
from typing import Any

from llmworks_sdk import Invalid
from sqlalchemy import ColumnElement, Select, exists, func, or_, select

from llmworks_tracking.models import Experiment, Run, RunMetric, RunParam, RunTag

OPS = (">=", "<=", "!=", "==", "=", ">", "<", "~")
FILTER = re.compile(r"^\s*(?P<field>[^<>=!~\s]+)\s*(?P<op>>=|<=|!=|==|=|>|<|~)\s*(?P<value>.*?)\s*$")
AGGREGATES = ("last", "min", "max", "count")
RUN_FIELDS = {"status": Run.status, "source": Run.source, "name": Run.name, "notes": Run.notes}


def _loc(i: int) -> tuple[str, ...]:
    return ("query", "filter", str(i))


def _number(value: str) -> float | None:
    try:
        v = float(value)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def _compare(column: Any, op: str, value: Any) -> ColumnElement[bool]:
    if op in ("=", "=="):
        return column == value
    if op == "!=":
        return column != value
    if op == ">=":
        return column >= value
    if op == "<=":
        return column <= value
    if op == ">":
        return column > value
    return column < value


def _text(column: Any, op: str, value: str, i: int) -> ColumnElement[bool]:
    if op == "~":
        return func.lower(column).contains(value.lower(), autoescape=True)
    if op in ("=", "==", "!="):
        return _compare(column, op, value)
    raise Invalid(f"filter {i}: {op} needs a number; use =, != or ~ for text", field=_loc(i))


def metric_column(key_and_agg: str) -> tuple[str, Any]:
    """``"loss.min"`` → ("loss", RunMetric.min); no known suffix → the last value."""
    key, _, agg = key_and_agg.rpartition(".")
    if key and agg in AGGREGATES:
        return key, getattr(RunMetric, agg)
    return key_and_agg, RunMetric.last


def parse_filter(expr: str, i: int = 0) -> ColumnElement[bool]:
    m = FILTER.match(expr)
    if m is None:
        raise Invalid(f"filter {i} {expr!r} is not '<field><op><value>' with op one of {' '.join(OPS)}, "
                      "e.g. params.learning_rate>=0.001", field=_loc(i))
    field, op, value = m["field"], m["op"], m["value"].strip().strip("'\"")
    num = _number(value)
    if field.startswith("params.") and len(field) > 7:
        key = field[7:]
        if num is not None and op != "~":
            cond = _compare(RunParam.num, op, num)
        else:
            cond = _text(RunParam.value, op, value, i)
        return exists(select(RunParam.id).where(RunParam.run_id == Run.id, RunParam.key == key, cond))
    if field.startswith("metrics.") and len(field) > 8:
        key, column = metric_column(field[8:])
        if num is None or op == "~":
            raise Invalid(f"filter {i}: metrics compare with numbers, e.g. {field}<0.5", field=_loc(i))
        return exists(select(RunMetric.id).where(RunMetric.run_id == Run.id, RunMetric.key == key, _compare(column, op, num)))
    if field in ("tag", "tags"):
        if op not in ("=", "==", "!=", "~"):
            raise Invalid(f"filter {i}: tags take =, != or ~", field=_loc(i))
        cond = func.lower(RunTag.tag).contains(value.lower(), autoescape=True) if op == "~" else RunTag.tag == value
        has = exists(select(RunTag.id).where(RunTag.run_id == Run.id, cond))
        return ~has if op == "!=" else has
    if field == "experiment":
        return exists(select(Experiment.id).where(Experiment.id == Run.experiment_id, _text(Experiment.name, op, value, i)))
    if field in ("favourite", "archived"):
        if value.lower() not in ("true", "false", "1", "0"):
            raise Invalid(f"filter {i}: {field} is true or false", field=_loc(i))
        flag = value.lower() in ("true", "1")
        return getattr(Run, field) == (flag if op in ("=", "==") else not flag)
    if field in ("job_id", "id"):
        if num is None:
            raise Invalid(f"filter {i}: {field} is a number", field=_loc(i))
        return _compare(getattr(Run, field), op, int(num))
    if field in RUN_FIELDS:
        return _text(RUN_FIELDS[field], op, value, i)
    raise Invalid(f"filter {i}: unknown field {field!r}; use params.<name>, metrics.<key>[.min|.max|.last|.count], "
                  f"tag, experiment, favourite, archived, job_id, {', '.join(RUN_FIELDS)}", field=_loc(i))


def text_search(q: str) -> ColumnElement[bool]:
    """Case-insensitive substring search in the run's name, notes, experiment, tags and parameters."""
    q = q.lower()
    return or_(
        func.lower(Run.name).contains(q, autoescape=True),
        func.lower(Run.notes).contains(q, autoescape=True),
        exists(select(Experiment.id).where(Experiment.id == Run.experiment_id, func.lower(Experiment.name).contains(q, autoescape=True))),
        exists(select(RunTag.id).where(RunTag.run_id == Run.id, func.lower(RunTag.tag).contains(q, autoescape=True))),
        exists(select(RunParam.id).where(RunParam.run_id == Run.id, func.lower(RunParam.value).contains(q, autoescape=True))),
    )


def apply_order(stmt: Select[Any], order_by: str) -> Select[Any]:
    desc = order_by.startswith("-")
    key = order_by.lstrip("-")
    if key in ("created_at", "name", "status", "id"):
        col: Any = getattr(Run, key)
    elif key.startswith("metrics.") and len(key) > 8:
        mkey, column = metric_column(key[8:])
        col = select(column).where(RunMetric.run_id == Run.id, RunMetric.key == mkey).scalar_subquery()
    elif key.startswith("params.") and len(key) > 7:
        col = select(RunParam.num).where(RunParam.run_id == Run.id, RunParam.key == key[7:]).scalar_subquery()
    else:
        raise Invalid(f"cannot sort by {order_by!r}; use created_at, name, status, metrics.<key>[.min|.max], params.<name> "
                      "(prefix - for descending)", field=("query", "order_by"))
    primary = col.desc().nulls_last() if desc else col.asc().nulls_last()
    return stmt.order_by(primary, Run.id.desc())
