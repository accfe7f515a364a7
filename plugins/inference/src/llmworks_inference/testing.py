"""Helpers for tests and benchmarks that drive the inference API over HTTP."""

from __future__ import annotations

from typing import Any

from llmworks_sdk.testing import parse_sse

__all__ = ["create_route", "parse_sse"]


def create_route(client: Any, project_id: int, name: str, *, model: str = "base:llmworks-demo-tiny",
                 backend: str = "pytorch", **params: Any) -> dict[str, Any]:
    """Create a route through the API (asserting success) and return it."""
    r = client.post("/api/inference/routes", json={"project_id": project_id, "name": name, "model": model,
                                                   "backend": backend, "params": params})
    assert r.status_code == 201, r.text
    return r.json()
