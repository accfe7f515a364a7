"""The safety service (``register_services``, name ``"safety"``): picks the policy of a generation,
applies the request's toggles, runs the input filters, hands out the output stream guard and
records the decision.

Policy precedence for a request served by route R (directly, or as a variant of A/B test T):
the policy of route R, else the policy of A/B test T, else the project's policy, else none.
Each A/B variant is a route, so each variant runs under its own route's policy.
"""

from __future__ import annotations

import copy
import logging
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from llmworks_sdk import BadRequest, Forbidden, Invalid
from llmworks_sdk.caching import LookupCache
from llmworks_sdk.safety import SafetyFilter, SafetyRequest, stronger
from sqlalchemy import select
from sqlalchemy.orm import Session

from llmworks_safety import pipeline
from llmworks_safety.filters.yaml_rules import YamlFilter, parse_document
from llmworks_safety.models import SafetyDecision, SafetyPolicy, SafetyYamlFilter
from llmworks_safety.normalize import normalize
from llmworks_safety.stream import DEFAULT_WINDOW, StreamGuard

log = logging.getLogger("llmworks.safety")
ROLE_RANK = {"viewer": 0, "annotator": 1, "maintainer": 2}


# ------------------------------------------------------------------ filter catalogue
class _YamlCache:
    """Compiled YAML filters per document row, rebuilt when the row changes (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._docs: dict[int, tuple[Any, list[YamlFilter]]] = {}

    def project_filters(self, db: Session, project_id: int | None) -> dict[str, YamlFilter]:
        if project_id is None:
            return {}
        rows = db.execute(select(SafetyYamlFilter.id, SafetyYamlFilter.updated_at, SafetyYamlFilter.source)
                          .where(SafetyYamlFilter.project_id == project_id)).all()
        out: dict[str, YamlFilter] = {}
        with self._lock:
            for row_id, updated, source in rows:
                cached = self._docs.get(row_id)
                if cached is None or cached[0] != updated:
                    try:
                        cached = (updated, parse_document(source))
                    except Exception as exc:  # noqa: BLE001 - a stored document that no longer parses is skipped
                        log.warning("safety: YAML filter document %s no longer parses: %s", row_id, exc)
                        cached = (updated, [])
                    self._docs[row_id] = cached
                for f in cached[1]:
                    out.setdefault(f.name, f)
        return out


YAML_CACHE = _YamlCache()


def builtin_filters(kernel: Any) -> dict[str, SafetyFilter]:
    return dict(kernel.registry.all("safety_filters"))


def catalogue(kernel: Any, db: Session, project_id: int | None) -> dict[str, SafetyFilter]:
    """Every filter a policy of ``project_id`` may name: the registered ones and the project's YAML filters."""
    out: dict[str, SafetyFilter] = dict(YAML_CACHE.project_filters(db, project_id))
    out.update(builtin_filters(kernel))  # registered names win over a YAML name (refused at save time anyway)
    return out


def active_of(config: Mapping[str, Any], filters: Mapping[str, SafetyFilter]) -> tuple[list[pipeline.Active], list[str]]:
    """The active filters of a policy's ``filters`` mapping, and the names it lists that do not exist (any more)."""
    active, missing = [], []
    for name, cfg in config.items():
        cfg = cfg or {}
        f = filters.get(name)
        if f is None:
            missing.append(name)
            continue
        if not cfg.get("enabled", True):
            continue
        active.append(configured(f, cfg))
    return active, missing


def configured(f: SafetyFilter, cfg: Mapping[str, Any]) -> pipeline.Active:
    stages = tuple(cfg.get("stages") or f.stages)
    threshold = cfg.get("threshold", f.default_threshold)
    return pipeline.Active(f, cfg.get("action") or f.default_action, threshold, dict(cfg.get("options") or {}),
                           stages, bool(cfg.get("locked", False)))


@dataclass(frozen=True)
class PolicyView:
    """What a generation needs of the policy that applies (a copy: cached across requests)."""

    id: int
    name: str
    window_chars: int
    filters: dict[str, Any]


#: the policy of (project, route, A/B test): every generation asks
POLICIES: LookupCache[PolicyView | None] = LookupCache({SafetyPolicy.__tablename__, "projects"}, name="safety policies")


def _load_policy(db: Session, request: SafetyRequest) -> PolicyView | None:
    rows = db.scalars(select(SafetyPolicy).where(SafetyPolicy.project_id == request.project_id,
                                                 SafetyPolicy.enabled.is_(True))).all()
    by_scope = {(p.scope, p.target): p for p in rows}
    for key in (("route", request.route), ("ab_test", request.ab_test), ("project", "")):
        if key[1] is not None and key in by_scope:
            p = by_scope[key]
            return PolicyView(p.id, p.name, p.window_chars, copy.deepcopy(dict(p.filters or {})))
    return None


def find_policy(db: Session, request: SafetyRequest) -> PolicyView | None:
    if request.project_id is None:
        return None
    return POLICIES.get_or_load(db, (request.project_id, request.route, request.ab_test), lambda: _load_policy(db, request))


# ------------------------------------------------------------------ one generation
class Session_:
    """The filters of one generation (implements :class:`llmworks_sdk.safety.SafetySession`)."""

    def __init__(self, kernel: Any, request: SafetyRequest, policy: PolicyView | None,
                 active: list[pipeline.Active], toggles: dict[str, bool], user_id: int | None, missing: list[str]) -> None:
        self.kernel = kernel
        self.request = request
        self.policy_id = policy.id if policy else None
        self.policy_name = policy.name if policy else None
        self.window = policy.window_chars if policy else DEFAULT_WINDOW
        self.active = active
        self.toggles = toggles
        self.user_id = user_id
        self.missing = missing
        self.input: dict[str, Any] = {"action": "allow", "findings": [], "filters": [], "latency_ms": 0.0}
        self.guard: StreamGuard | None = None
        self.recorded = False

    # --------------------------------------------------------- input
    def check_input(self, texts: Sequence[str], loc: Sequence[str | int]) -> list[str]:
        out: list[str] = []
        action = "allow"
        findings: list[dict[str, Any]] = []
        runs: dict[str, dict[str, Any]] = {}
        latency = 0.0
        for i, text in enumerate(texts):
            r = pipeline.run(self.active, text, "input", count_tokens=self.request.count_tokens,
                             project_id=self.request.project_id)
            latency += r.latency_ms
            action = stronger(action, r.action)
            where = i if len(texts) > 1 else None
            for f in r.public()["findings"]:
                findings.append({**f, "message_index": where} if where is not None else f)
            for run in r.runs:
                prev = runs.setdefault(run.name, {**run.public(), "latency_ms": 0.0, "findings": 0})
                prev["latency_ms"] = round(prev["latency_ms"] + run.latency_ms, 3)
                prev["findings"] += run.findings
                if run.status != "ok":
                    prev["status"], prev["reason"] = run.status, run.reason
            out.append(r.text)
            if r.action == "block":
                self.input = {"action": "block", "findings": findings, "filters": list(runs.values()),
                              "latency_ms": round(latency, 3)}
                first = r.blocking[0].finding
                self.record(None, error="input blocked")
                field = [*loc, i] if len(texts) > 1 else list(loc)
                raise BadRequest(
                    f"the input was blocked by the safety filter '{first.filter}' (rule '{first.rule}'): "
                    f"{first.message or first.type}", field=field, filter=first.filter, rule=first.rule,
                    finding_type=first.type, safety=self.input)
        self.input = {"action": action, "findings": findings, "filters": list(runs.values()), "latency_ms": round(latency, 3)}
        return out

    # --------------------------------------------------------- output
    def output_guard(self) -> StreamGuard | None:
        if not any("output" in a.stages and "output" in a.filter.stages for a in self.active):
            return None
        if self.guard is None:
            self.guard = StreamGuard(self.active, window=self.window, count_tokens=self.request.count_tokens,
                                     project_id=self.request.project_id)
        return self.guard

    # --------------------------------------------------------- report and log
    def report(self) -> dict[str, Any]:
        output = self.guard.public() if self.guard is not None else None
        action = self.input["action"]
        if output is not None:
            action = stronger(action, output["action"])
        return {"policy": self.policy_name, "filters": [a.name for a in self.active], "toggles": self.toggles,
                "action": action, "input": self.input, "output": output,
                **({"missing_filters": self.missing} if self.missing else {})}

    def record(self, summary: Mapping[str, Any] | None, error: str | None = None) -> None:
        if self.recorded:
            return
        self.recorded = True
        rep = self.report()
        output = rep["output"] or {}
        flagged = bool(self.input["findings"] or output.get("findings"))
        row = SafetyDecision(
            project_id=self.request.project_id, generation_id=self.request.generation_id or "",
            source=self.request.source[:32], route=self.request.route, ab_test=self.request.ab_test,
            policy_id=self.policy_id, policy=self.policy_name, user_id=self.user_id, action=rep["action"],
            input_action=self.input["action"], output_action=output.get("action", "allow"), flagged=flagged,
            filters=rep["filters"], toggles=self.toggles, input=self.input, output=output,
            finish_reason=(summary or {}).get("finish_reason"),
            latency_ms=float(self.input.get("latency_ms", 0.0)) + float(output.get("latency_ms", 0.0)),
            error=error[:255] if error else None,
        )
        try:
            with self.kernel.session() as s:
                s.add(row)
        except Exception:  # noqa: BLE001 - never fail a generation because its log row could not be written
            log.exception("safety: could not record the decision of %s", self.request.generation_id)


class SafetyEnforcer:
    """The ``safety`` service."""

    name = "safety"

    def begin(self, kernel: Any, db: Session, auth: Any, request: SafetyRequest) -> Session_ | None:
        toggles = dict(request.toggles or {})
        policy = find_policy(db, request)
        if policy is None and not toggles:
            return None
        filters = catalogue(kernel, db, request.project_id)
        unknown = sorted(set(toggles) - set(filters))
        if unknown:
            raise Invalid(f"unknown safety filter(s) {', '.join(repr(u) for u in unknown)}; the filters here are: "
                          f"{', '.join(sorted(filters))}", field=(*request.toggles_loc, unknown[0]))
        config: dict[str, Any] = dict(policy.filters) if policy else {}  # entries are replaced below, never changed
        locked = sorted(n for n in toggles if (config.get(n) or {}).get("locked")
                        and bool(toggles[n]) != bool((config.get(n) or {}).get("enabled", True)))
        if locked:
            role = auth.role_in(request.project_id) if request.project_id is not None else None
            if getattr(auth, "is_admin", False):
                role = "maintainer"
            if ROLE_RANK.get(role or "", -1) < ROLE_RANK["maintainer"]:
                raise Forbidden(f"the safety filter '{locked[0]}' is locked by the policy '{policy.name}'; only the "
                                f"project's maintainers can switch it per request (you are '{role or 'not a member'}')",
                                field=(*request.toggles_loc, locked[0]))
        for name, on in toggles.items():
            entry = dict(config.get(name) or {})
            entry["enabled"] = bool(on)
            config[name] = entry
        active, missing = active_of(config, filters)
        if not active and policy is None:
            return None
        return Session_(kernel, request, policy, active, toggles, getattr(auth, "user_id", None), missing)


def warm_up(kernel: Any) -> None:
    """Load the filters' models in the background when some project has a policy, so the first
    request does not pay for it (a server without policies never loads them)."""
    try:
        with kernel.session() as s:
            if s.scalar(select(SafetyPolicy.id).limit(1)) is None:
                return
    except Exception as exc:  # noqa: BLE001 - tables not migrated yet: nothing to warm
        log.debug("safety: no warm-up (%s)", exc)
        return
    filters = builtin_filters(kernel)

    def run() -> None:
        start = time.perf_counter()
        normalize("warm up é")  # builds its character classes once
        for f in filters.values():
            warm = getattr(f, "warm", None)
            if warm is None:
                continue
            try:
                ok, _ = f.available()
                if ok:
                    warm()
            except Exception as exc:  # noqa: BLE001
                log.warning("safety: warming up '%s' failed: %s", f.name, exc)
        log.info("safety filters loaded in %.1f s", time.perf_counter() - start)

    threading.Thread(target=run, name="llmworks-safety-warmup", daemon=True).start()
