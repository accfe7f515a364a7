"""Route matching that skips the routers a request's path cannot reach.

FastAPI matches a request by trying the routes of every included router in order. With the
kernel's and the plugins' ~280 routes, a path near the end of that list (``/api/inference/...``
is after ~160 others) cost ~0.6 ms of matching per request, ~10x the whole route lookup of a
small app. Every route of one included router starts with a literal prefix (the prefix it was
included with, or the common start of the paths the kernel's routers declare themselves); a
path that does not start with it can match none of them, not even partially (a partial match
is a path match with another method). :func:`index_routes_by_prefix` gives each top-level
included router a ``matches`` that answers "no match" for such a path with one ``startswith``
and otherwise asks the router as before: which route answers a request never changes.

A router whose routes cannot be listed (a future FastAPI with other internals, a host-based
route) keeps its plain ``matches``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from starlette._utils import get_route_path
from starlette.routing import Match
from starlette.types import Scope


def _literal_start(path: str) -> str:
    """The part of a route path before its first parameter."""
    return path.split("{", 1)[0]


def _leaf_paths(route: Any) -> list[str] | None:
    """The full paths of every route below ``route``, or None when one cannot be known."""
    candidates = getattr(route, "effective_candidates", None)
    if callable(candidates):
        out: list[str] = []
        for child in candidates():
            paths = _leaf_paths(child)
            if paths is None:
                return None
            out.extend(paths)
        return out
    starlette_route = getattr(route, "starlette_route", None)
    target = starlette_route if starlette_route is not None else route
    path = getattr(route, "path", None) or getattr(target, "path", None)
    if not isinstance(path, str) or not path.startswith("/"):
        return None  # a host route, a frontend group: matched by more than its path
    return [path]


def common_prefix(route: Any) -> str:
    """The literal prefix every path below ``route`` starts with ('' when unknown)."""
    paths = _leaf_paths(route)
    if not paths:
        return ""
    return os.path.commonprefix([_literal_start(p) for p in paths])


def _skipping(route: Any) -> Callable[[Scope], tuple[Match, Scope]]:
    """``route.matches`` behind a prefix check; the prefix is found when the router is first asked
    (listing its routes builds them: done at start-up it slowed every server and test harness start)."""
    matches = route.matches
    prefix: str | None = None

    def prefixed_matches(scope: Scope) -> tuple[Match, Scope]:
        nonlocal prefix
        if prefix is None:
            prefix = common_prefix(route)
        if len(prefix) > 1 and scope.get("type") in ("http", "websocket") and not get_route_path(scope).startswith(prefix):
            return Match.NONE, {}  # ("/" alone skips nothing)
        return matches(scope)

    return prefixed_matches


def index_routes_by_prefix(app: Any) -> int:
    """Give each top-level included router of ``app`` a prefix check; returns how many got one.
    Call it once every router is included (routes added later are matched as before)."""
    indexed = 0
    for route in app.router.routes:
        if not callable(getattr(route, "effective_candidates", None)) or "matches" in vars(route):
            continue  # a plain route (one regex), or already indexed
        route.matches = _skipping(route)
        indexed += 1
    return indexed
