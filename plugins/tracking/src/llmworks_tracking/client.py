"""Log runs of your own scripts to llmworks (MLflow / W&B style), over HTTP with httpx.

    from llmworks_tracking.client import Run

    with Run("http://127.0.0.1:8000", api_key="lwk_...", project_id=1, experiment="my-sweep",
             name="lr=1e-3", params={"learning_rate": 1e-3}, tags=["script"]) as run:
        for step in range(1000):
            run.log({"loss": loss, "accuracy": acc}, step=step)   # buffered, sent in batches
        run.log_series("grad_norm", norms)                        # a whole array at once
        run.summary({"bleu": 31.2})
    # leaving the block flushes and marks the run finished (failed on an exception)

``url`` and ``api_key`` default to the environment variables ``LLMWORKS_URL`` and
``LLMWORKS_API_KEY``. Points are sent as parallel arrays through
``POST /api/tracking/runs/{id}/log-batch``, at most ``batch_points`` per request.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any

import httpx


class TrackingError(RuntimeError):
    """The server refused a request; ``status`` and ``detail`` come from its problem+json answer."""

    def __init__(self, status: int, detail: str, body: Any = None) -> None:
        super().__init__(f"{status}: {detail}")
        self.status, self.detail, self.body = status, detail, body


class Run:
    """A run on an llmworks server: created (or re-opened with ``run_id``) on construction."""

    def __init__(
        self,
        url: str | None = None,
        *,
        api_key: str | None = None,
        project_id: int | None = None,
        experiment: str = "default",
        name: str = "",
        params: Mapping[str, Any] | None = None,
        config: Mapping[str, Any] | None = None,
        tags: Iterable[str] = (),
        notes: str = "",
        run_id: int | None = None,
        client: httpx.Client | None = None,
        batch_points: int = 100_000,
        flush_seconds: float = 10.0,
        timeout: float = 120.0,
    ) -> None:
        if client is None:
            url = url or os.environ.get("LLMWORKS_URL") or "http://127.0.0.1:8000"
            api_key = api_key or os.environ.get("LLMWORKS_API_KEY")
            headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
            client = httpx.Client(base_url=url, headers=headers, timeout=timeout)
            self._owns_client = True
        else:
            self._owns_client = False
        self.client = client
        self.batch_points = batch_points
        self.flush_seconds = flush_seconds
        self._buffer: dict[str, tuple[list[int], list[float], list[float]]] = {}
        self._buffered = 0
        self._last_flush = time.monotonic()
        self._step = -1
        if run_id is None:
            if project_id is None:
                raise ValueError("give project_id to create a run, or run_id to log to an existing one")
            body = {"project_id": project_id, "experiment": experiment, "name": name, "params": dict(params or {}),
                    "config": dict(config or {}), "tags": list(tags), "notes": notes}
            self.info = self._request("POST", "/api/tracking/runs", json=body)
        else:
            self.info = self._request("GET", f"/api/tracking/runs/{run_id}")
        self.id: int = self.info["id"]

    # ------------------------------------------------------------------ logging
    def log(self, metrics: Mapping[str, float], step: int | None = None, wall_time: float | None = None) -> None:
        """Buffer one value per key at ``step`` (default: one more than the previous call's)."""
        self._step = self._step + 1 if step is None else int(step)
        wall = time.time() if wall_time is None else float(wall_time)
        for key, value in metrics.items():
            steps, values, walls = self._buffer.setdefault(key, ([], [], []))
            steps.append(self._step)
            values.append(float(value))
            walls.append(wall)
            self._buffered += 1
        if self._buffered >= self.batch_points or time.monotonic() - self._last_flush >= self.flush_seconds:
            self.flush()

    def log_series(self, key: str, values: Sequence[float], steps: Sequence[int] | None = None,
                   wall_times: Sequence[float] | None = None) -> int:
        """Send a whole series (lists or numpy arrays) now, in batches; returns the points stored."""
        values = _plain(values, float)
        steps = list(range(len(values))) if steps is None else _plain(steps, int)
        walls = None if wall_times is None else _plain(wall_times, float)
        if len(steps) != len(values) or (walls is not None and len(walls) != len(values)):
            raise ValueError("steps, values and wall_times must have the same length")
        stored = 0
        for a in range(0, len(values), self.batch_points):
            item: dict[str, Any] = {"key": key, "steps": steps[a:a + self.batch_points], "values": values[a:a + self.batch_points]}
            if walls is not None:
                item["wall_times"] = walls[a:a + self.batch_points]
            stored += self._request("POST", f"/api/tracking/runs/{self.id}/log-batch", json={"series": [item]})["points"]
        return stored

    def flush(self) -> None:
        """Send the buffered points."""
        if self._buffered:
            series = [{"key": k, "steps": s, "values": v, "wall_times": w} for k, (s, v, w) in self._buffer.items()]
            self._request("POST", f"/api/tracking/runs/{self.id}/log-batch", json={"series": series})
        self._buffer, self._buffered, self._last_flush = {}, 0, time.monotonic()

    def log_params(self, params: Mapping[str, Any]) -> None:
        self._request("POST", f"/api/tracking/runs/{self.id}/log-batch", json={"params": dict(params)})

    def add_tags(self, *tags: str) -> None:
        self._request("POST", f"/api/tracking/runs/{self.id}/tags", json={"tags": list(tags)})

    def summary(self, metrics: Mapping[str, float]) -> None:
        """Final values (e.g. evaluation scores), shown as bars when runs are compared."""
        self._request("POST", f"/api/tracking/runs/{self.id}/log-batch", json={"summary": dict(metrics)})

    def finish(self, status: str = "finished") -> None:
        self.flush()
        self._request("PATCH", f"/api/tracking/runs/{self.id}", json={"status": status})

    def close(self) -> None:
        if self._owns_client:
            self.client.close()

    def __enter__(self) -> Run:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        try:
            self.finish("failed" if exc_type is not None else "finished")
        finally:
            self.close()

    # ------------------------------------------------------------------ http
    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        r = self.client.request(method, path, **kwargs)
        if r.status_code >= 400:
            try:
                body = r.json()
                detail = body.get("detail", r.text)
            except ValueError:
                body, detail = None, r.text
            raise TrackingError(r.status_code, detail, body)
        return r.json()


def _plain(seq: Any, kind: type) -> list[Any]:
    """A list of Python numbers from a list or a numpy array (``tolist`` is the fast path)."""
    return [kind(v) for v in (seq.tolist() if hasattr(seq, "tolist") else seq)]
