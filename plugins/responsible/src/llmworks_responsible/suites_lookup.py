"""Finding a suite by name for a project: the registered suites (``register_eval_suites``, the
built-in YAML ones among them) and the project's own YAML suites; effective thresholds."""

from __future__ import annotations

from typing import Any

from llmworks_sdk import Invalid
from llmworks_sdk.evalsuites import ALL_MEASURES, MEASURES, Measure
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_responsible.models import ProjectSettings, ProjectSuite
from llmworks_responsible.suite_yaml import parse_suite


def registered(kernel: Any) -> dict[str, Any]:
    return dict(kernel.registry.all("eval_suites"))


def project_suites(db: Session, project_id: int) -> list[ProjectSuite]:
    return list(db.scalars(select(ProjectSuite).where(ProjectSuite.project_id == project_id).order_by(ProjectSuite.name)))


def find_suite(kernel: Any, db: Session, project_id: int, name: str, *, loc: tuple[str, ...] = ("body", "suite")) -> Any:
    """The suite ``name`` for ``project_id`` (a project's own suite first); 422 naming the known ones."""
    row = db.scalar(select(ProjectSuite).where(ProjectSuite.project_id == project_id, ProjectSuite.name == name))
    if row is not None:
        return parse_suite(row.yaml, source="project")
    suite = registered(kernel).get(name)
    if suite is None:
        known = sorted(set(registered(kernel)) | {r.name for r in project_suites(db, project_id)})
        raise Invalid(f"unknown suite '{name}'; suites of this project: {', '.join(known) or 'none'}", field=loc)
    return suite


def settings_of(db: Session, project_id: int) -> ProjectSettings | None:
    return db.scalar(select(ProjectSettings).where(ProjectSettings.project_id == project_id))


def check_thresholds(thresholds: dict[str, Any], loc: tuple[str, ...] = ("body", "thresholds")) -> dict[str, float]:
    """Validate ``{"[suite:]measure[@category]": value}``: known measures, a category named after ``@``,
    values in range. ``stereotype_score@gender`` holds only for the gender cells; the most specific key wins."""
    out: dict[str, float] = {}
    errors = []
    for key, value in thresholds.items():
        scoped, _, category = key.partition("@")
        if "@" in key and not category.strip():
            errors.append({"loc": [*loc, key], "msg": "name a category after '@' (e.g. stereotype_score@gender)"})
            continue
        measure_name = scoped.split(":", 1)[1] if ":" in scoped else scoped
        m = ALL_MEASURES.get(measure_name)
        if m is None:
            errors.append({"loc": [*loc, key], "msg": f"unknown measure '{measure_name}'; measures: {', '.join(sorted(ALL_MEASURES))}"})
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            errors.append({"loc": [*loc, key], "msg": "must be a number"})
            continue
        lo, hi = m.threshold_range
        if not lo <= float(value) <= hi:
            what = f"the largest allowed distance from {m.ideal}" if m.ideal is not None else (
                "the smallest allowed value" if m.higher_is_better else "the largest allowed value")
            errors.append({"loc": [*loc, key], "msg": f"{measure_name} threshold {value} is out of range: it is {what}, "
                                                      f"between {lo} and {hi}"})
            continue
        out[key] = float(value)
    if errors:
        raise Invalid(f"{len(errors)} threshold(s) to fix: " + "; ".join(f"{e['loc'][-1]}: {e['msg']}" for e in errors),
                      errors=errors)
    return out


def effective_thresholds(db: Session, project_id: int, suite: Any) -> dict[str, float | None]:
    """Per measure of ``suite``: the project's ``suite:measure`` threshold, else its ``measure``
    threshold, else the measure's default (None: reported, not judged); and per category with a
    threshold of its own (``measure@category``, ``suite:measure@category`` first), that one."""
    settings = settings_of(db, project_id)
    project = dict(settings.thresholds) if settings is not None else {}
    out: dict[str, float | None] = {}
    categories = {i.category for i in suite.items()}
    for m in MEASURES[suite.kind]:
        value = project.get(f"{suite.name}:{m.name}", project.get(m.name, m.default_threshold))
        out[m.name] = float(value) if value is not None else None
        for cat in sorted(categories):
            scoped = project.get(f"{suite.name}:{m.name}@{cat}", project.get(f"{m.name}@{cat}"))
            if scoped is not None:
                out[f"{m.name}@{cat}"] = float(scoped)
    return out


def threshold_for(thresholds: dict[str, Any], measure_name: str, category: str | None) -> float | None:
    """A scorecard's threshold of ``measure_name`` in ``category`` (its own, else the measure's)."""
    if category is not None and f"{measure_name}@{category}" in thresholds:
        return thresholds[f"{measure_name}@{category}"]
    return thresholds.get(measure_name)


def measure(name: str) -> Measure:
    return ALL_MEASURES[name]
