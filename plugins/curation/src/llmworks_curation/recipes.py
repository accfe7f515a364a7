"""Recipes: parsing and validating steps, and running them on rows.

A recipe is an ordered list of steps, written in JSON or YAML::

    steps:
      - normalize
      - exact_dedupe
      - near_dedupe: {threshold: 0.8}
      - step: language_filter
        params: {keep: [en, hi]}

Each step is a registered curator or augmenter (hooks ``register_curators`` and
``register_augmenters``). :func:`run_steps` applies them in order and records, per step, rows
in, removed, changed, added (and how often each rule fired), and per row what happened and why.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from llmworks_sdk import Invalid
from llmworks_sdk.expressions import load_yaml
from pydantic import ValidationError

MAX_STEPS = 50


@dataclass
class Step:
    name: str
    kind: str  # curator | augmenter
    obj: Any
    params: Any

    def spec(self) -> dict[str, Any]:
        return {"step": self.name, "params": self.params.model_dump(mode="json", exclude_defaults=True)}


def registered_steps(kernel: Any) -> dict[str, tuple[str, Any, str]]:
    """Step name → (kind, object, owning plugin)."""
    out: dict[str, tuple[str, Any, str]] = {}
    for kind, bucket in (("curator", "curators"), ("augmenter", "augmenters")):
        owners = kernel.registry.owners(bucket)
        for name, obj in kernel.registry.all(bucket).items():
            out.setdefault(name, (kind, obj, owners.get(name, "")))
    return out


def steps_from_yaml(text: str, loc: tuple[str | int, ...] = ("body", "yaml")) -> list[Any]:
    doc = load_yaml(text, field=loc)
    if isinstance(doc, dict) and "steps" in doc:
        doc = doc["steps"]
    if not isinstance(doc, list):
        raise Invalid("a recipe is a list of steps (or a mapping with 'steps': [...])", field=loc)
    return doc


def _split(raw: Any, loc: tuple[str | int, ...]) -> tuple[str, dict[str, Any]]:
    if isinstance(raw, str):
        return raw, {}
    if isinstance(raw, dict):
        if "step" in raw:
            extra = set(raw) - {"step", "params"}
            if extra:
                raise Invalid(f"a step has 'step' and 'params' only; remove {', '.join(sorted(extra))}", field=loc)
            params = raw.get("params") or {}
            if not isinstance(params, dict):
                raise Invalid("'params' must be a mapping", field=(*loc, "params"))
            return str(raw["step"]), params
        if len(raw) == 1:
            (name, params), = raw.items()
            params = params or {}
            if not isinstance(params, dict):
                raise Invalid(f"the parameters of step '{name}' must be a mapping", field=(*loc, name))
            return str(name), params
    raise Invalid("write a step as 'name', {name: {params}} or {step: name, params: {...}}", field=loc)


def parse_steps(kernel: Any, raw_steps: Sequence[Any], *, project_id: int | None = None,
                loc: tuple[str | int, ...] = ("body", "steps")) -> list[Step]:
    """Validate ``raw_steps``: every step registered and available, every parameter in range
    (422 with each problem at its step), server-side checks (models, filters) passed."""
    if not isinstance(raw_steps, list | tuple) or not raw_steps:
        raise Invalid("a recipe needs at least one step", field=loc)
    if len(raw_steps) > MAX_STEPS:
        raise Invalid(f"a recipe has at most {MAX_STEPS} steps; this one has {len(raw_steps)}", field=loc)
    known = registered_steps(kernel)
    steps: list[Step] = []
    errors: list[dict[str, Any]] = []
    for i, raw in enumerate(raw_steps):
        here = (*loc, i)
        name, params = _split(raw, here)
        if name not in known:
            names = ", ".join(sorted(known)) or "none (install llmworks-curation)"
            errors.append({"loc": [*here, "step"], "msg": f"unknown step '{name}'; steps: {names}"})
            continue
        kind, obj, _plugin = known[name]
        ok, why = obj.available()
        if not ok:
            errors.append({"loc": [*here, "step"], "msg": f"step '{name}' cannot run here: {why}"})
            continue
        try:
            parsed = obj.params_model.model_validate(params)
        except ValidationError as exc:
            for e in exc.errors():
                msg = str(e.get("msg", "")).removeprefix("Value error, ")
                errors.append({"loc": [*here, "params", *e.get("loc", ())], "msg": f"step '{name}': {msg}",
                               "type": e.get("type")})
            continue
        check = getattr(obj, "check", None)
        if check is not None:
            try:
                check(parsed, kernel, (*here, "params"), project_id)
            except Invalid as exc:
                errors += exc.errors or [{"loc": [*here, "params"], "msg": exc.detail}]
                continue
        steps.append(Step(name, kind, obj, parsed))
    if errors:
        first = errors[0]["msg"]
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        raise Invalid(f"the recipe is not valid: {first}{more}", errors=errors)
    return steps


# ------------------------------------------------------------------ running
@dataclass
class StepStats:
    step: str
    kind: str
    rows_in: int = 0
    removed: int = 0
    changed: int = 0
    added: int = 0
    rows_out: int = 0
    rules: dict[str, int] = field(default_factory=dict)
    notes: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"step": self.step, "kind": self.kind, "rows_in": self.rows_in, "removed": self.removed,
                "changed": self.changed, "added": self.added, "rows_out": self.rows_out, "rules": self.rules,
                "notes": self.notes, "seconds": round(self.seconds, 3)}


@dataclass
class Event:
    """What one step did to one row: ``row`` is the row's number in the source version (or
    ``None`` for a row an augmenter added, then ``added`` is its number among the added rows)."""

    step_index: int
    step: str
    action: str  # removed | changed | added
    rule: str
    reason: str
    row: int | None
    added: int | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, with_rows: bool = True) -> dict[str, Any]:
        out = {"step_index": self.step_index, "step": self.step, "action": self.action, "rule": self.rule,
               "reason": self.reason, "row": self.row, "added": self.added, "details": self.details}
        if with_rows:
            out.update(before=self.before, after=self.after)
        return out


@dataclass
class RunOutcome:
    rows: list[dict[str, Any]]
    origins: list[int | None]
    stats: list[StepStats]
    events: list[Event]
    emptied_by: str | None = None


class Context:
    """The :class:`~llmworks_sdk.curation.StepContext` of a run or preview."""

    def __init__(self, kernel: Any, project_id: int, user_id: int | None, log: Any, *, preview: bool = False,
                 progress: Callable[[int, int | None, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
        self.kernel, self.project_id, self.user_id, self.log, self.preview = kernel, project_id, user_id, log, preview
        self._progress = progress
        self._cancelled = cancelled
        self.notes: dict[str, Any] = {}

    def progress(self, done: int, total: int | None, message: str = "") -> None:
        if self._progress is not None:
            self._progress(done, total, message)

    def cancelled(self) -> bool:
        return bool(self._cancelled and self._cancelled())

    @contextmanager
    def session(self) -> Iterator[Any]:
        with self.kernel.session() as s:
            yield s

    def note(self, **figures: Any) -> None:
        self.notes.update(figures)


def run_steps(rows: list[dict[str, Any]], steps: Sequence[Step], ctx: Context, *,
              on_step: Callable[[int, Step], None] | None = None, keep_rows: bool = True) -> RunOutcome:
    """Apply ``steps`` in order. ``keep_rows``: events carry the rows before/after (preview)."""
    origins: list[int | None] = list(range(len(rows)))
    added_ids: list[int | None] = [None] * len(rows)
    all_stats: list[StepStats] = []
    events: list[Event] = []
    n_added = 0
    emptied_by = None
    for si, step in enumerate(steps):
        if on_step is not None:
            on_step(si, step)
        st = StepStats(step.name, step.kind, rows_in=len(rows))
        ctx.notes = {}
        t0 = time.perf_counter()
        if step.kind == "curator":
            decisions = step.obj.curate(rows, step.params, ctx)
            if len(decisions) != len(rows):
                raise RuntimeError(f"step '{step.name}' returned {len(decisions)} decisions for {len(rows)} rows")
            rules: Counter[str] = Counter()
            new_rows, new_origins, new_added = [], [], []
            for row, origin, aid, d in zip(rows, origins, added_ids, decisions, strict=True):
                if d.action == "keep":
                    new_rows.append(row)
                    new_origins.append(origin)
                    new_added.append(aid)
                    continue
                rules[d.rule or d.action] += 1
                if d.action == "remove":
                    st.removed += 1
                    events.append(Event(si, step.name, "removed", d.rule, d.reason, origin, aid,
                                        row if keep_rows else None, None, dict(d.details)))
                else:
                    st.changed += 1
                    events.append(Event(si, step.name, "changed", d.rule, d.reason, origin, aid,
                                        row if keep_rows else None, d.row if keep_rows else None, dict(d.details)))
                    new_rows.append(d.row or row)
                    new_origins.append(origin)
                    new_added.append(aid)
            rows, origins, added_ids = new_rows, new_origins, new_added
            st.rules = dict(rules)
        else:
            extra = step.obj.augment(rows, step.params, ctx)
            for r in extra:
                events.append(Event(si, step.name, "added", "synthetic", (r.get("synthetic") or {}).get("generator", step.name),
                                    None, n_added, None, r if keep_rows else None))
                rows.append(r)
                origins.append(None)
                added_ids.append(n_added)
                n_added += 1
            st.added = len(extra)
        st.seconds = time.perf_counter() - t0
        st.rows_out = len(rows)
        st.notes = dict(ctx.notes)
        all_stats.append(st)
        if not rows and emptied_by is None:
            emptied_by = step.name
            break
        if ctx.cancelled():
            break
    return RunOutcome(rows, origins, all_stats, events, emptied_by)


def describe_step(name: str, kind: str, obj: Any, plugin: str) -> dict[str, Any]:
    ok, why = obj.available()
    return {"name": name, "kind": kind, "description": getattr(obj, "description", ""), "plugin": plugin,
            "available": ok, "reason": why, "params_schema": obj.params_model.model_json_schema()}

