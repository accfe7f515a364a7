"""Helpers for tests and benchmarks that drive the inference API over HTTP."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any


def parse_sse(lines: str | Iterable[str]) -> list[tuple[str, Any]]:
    """``[(event, data)]`` of a text/event-stream body (``data`` JSON-decoded when it is JSON)."""
    if isinstance(lines, str):
        lines = lines.splitlines()
    events: list[tuple[str, Any]] = []
    event, data = "message", []
    for line in [*lines, ""]:
        if not line:
            if data:
                raw = "\n".join(data)
                try:
                    value: Any = json.loads(raw)
                except ValueError:
                    value = raw
                events.append((event, value))
            event, data = "message", []
        elif line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].lstrip(" "))
    return events


def create_route(client: Any, project_id: int, name: str, *, model: str = "base:llmworks-demo-tiny",
                 backend: str = "pytorch", **params: Any) -> dict[str, Any]:
    """Create a route through the API (asserting success) and return it."""
    r = client.post("/api/inference/routes", json={"project_id": project_id, "name": name, "model": model,
                                                   "backend": backend, "params": params})
    assert r.status_code == 201, r.text
    return r.json()
