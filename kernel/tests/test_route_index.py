"""The prefix check on included routers (``llmworks.api.route_index``) never changes which route
answers a request, and it does skip the routers a path cannot reach."""

from __future__ import annotations

import re

import pytest
from llmworks_sdk.testing import KernelHarness
from starlette.routing import Match

from llmworks.api.route_index import index_routes_by_prefix


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    with KernelHarness(tmp_path_factory.mktemp("home")) as h:
        yield h.app


def _first_match(routes, scope):
    partial = None
    for route in routes:
        match, child = route.matches(scope)
        if match == Match.FULL:
            return "full", child.get("endpoint"), child.get("path_params")
        if match == Match.PARTIAL and partial is None:
            partial = ("partial", child.get("endpoint"), child.get("path_params"))
    return partial or ("none", None, None)


def _scope(method, path):
    return {"type": "http", "method": method, "path": path, "root_path": "", "query_string": b"", "headers": []}


def _sample(path):
    return re.sub(r"\{[^}:]+(:path)?\}", lambda m: "a/b" if m.group(1) else "7", path)


def test_every_request_reaches_the_same_route_with_and_without_the_index(app):
    routes = app.router.routes
    indexed = [r for r in routes if "matches" in vars(r)]
    assert len(indexed) >= 20, "the kernel's and plugins' routers were not indexed"
    requests = [(m.upper(), _sample(p)) for p, ops in app.openapi()["paths"].items() for m in ops]
    requests += [("GET", "/"), ("GET", "/projects/1/datasets"), ("GET", "/api/no-such-thing"), ("POST", "/v1/x"),
                 ("GET", "/api/inference/routes/"), ("DELETE", "/api/projects"), ("GET", "/remotes/x/remoteEntry.json")]
    assert len(requests) > 200
    for method, path in requests:
        scope = _scope(method, path)
        with_index = _first_match(routes, scope)
        saved = {id(r): vars(r).pop("matches") for r in indexed}
        try:
            without = _first_match(routes, scope)
        finally:
            for r in indexed:
                r.matches = saved[id(r)]
        assert with_index == without, f"{method} {path}: {with_index} with the index, {without} without"


def test_a_router_is_skipped_by_one_prefix_check(app):
    scope = _scope("POST", "/api/inference/generate")
    skipped = [r for r in app.router.routes if "matches" in vars(r) and r.matches(scope)[0] == Match.NONE]
    assert len(skipped) >= 20
    assert index_routes_by_prefix(app) == 0  # indexing twice changes nothing
