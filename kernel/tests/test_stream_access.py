"""An open event stream (SSE) re-checks its caller: it closes with an 'error' event when the
caller is removed from the project, when the API key is revoked or the session ends.

Regression: the stream used to check access once, when it opened, and then delivered the
project's events for as long as the connection stayed open."""

from __future__ import annotations

import json
import queue
import threading
import time

import pytest
from llmworks_sdk.testing import KernelHarness


@pytest.fixture(scope="module")
def h(tmp_path_factory):
    with KernelHarness(tmp_path_factory.mktemp("streams"), worker=False,
                       env={"LLMWORKS_STREAM_RECHECK_SECONDS": "0.3"}) as harness:
        yield harness


def _open(client, params):
    """Read a stream in a thread: its lines arrive in a queue, None when it ends."""
    lines: queue.Queue[str | None] = queue.Queue()
    status: dict[str, int] = {}

    def run():
        try:
            with client.stream("GET", "/api/events", params=params) as r:
                status["code"] = r.status_code
                for line in r.iter_lines():
                    lines.put(line)
        finally:
            lines.put(None)

    threading.Thread(target=run, daemon=True).start()
    return lines, status


def _read_until_end(lines, timeout: float) -> list[str] | None:
    """Every line until the stream ends; None when it is still open after ``timeout``."""
    out: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.1)
        except queue.Empty:
            continue
        if line is None:
            return out
        out.append(line)
    return None


def _error(lines: list[str]) -> dict:
    i = lines.index("event: error")
    return json.loads(lines[i + 1].removeprefix("data: "))


def test_removed_member_stream_closes(h):
    admin = h.login()
    pid = h.default_project_id()
    user = h.create_user("streamer1")
    uid = user.get("/api/auth/me").json()["id"]
    admin.post(f"/api/projects/{pid}/members", json={"username": "streamer1", "role": "viewer"})
    for params in ({"project_id": pid}, {}):
        lines, status = _open(user, params)
        assert _read_until_end(lines, 1.0) is None, "the stream should stay open while the caller is a member"
        assert status["code"] == 200
        assert admin.delete(f"/api/projects/{pid}/members/{uid}").status_code == 200
        if params:  # scoped to the project: closes
            rest = _read_until_end(lines, 5.0)
            assert rest is not None, "the stream stayed open after the member was removed"
            assert "no longer a member" in _error(rest)["detail"]
        else:  # all my projects: stays open, but after the next re-check the project's events no longer come
            time.sleep(1.0)
            h.kernel.events.publish("test.ping", project_id=pid, data={"n": 1})
            time.sleep(1.0)
            seen = []
            while not lines.empty():
                seen.append(lines.get())
            assert not any(line and "test.ping" in line for line in seen if line)
            assert user.post("/api/auth/logout").status_code == 200  # ends this stream too
            assert _read_until_end(lines, 5.0) is not None
            user = h.login("streamer1", "password-1234")
        admin.post(f"/api/projects/{pid}/members", json={"username": "streamer1", "role": "viewer"})


def test_revoked_api_key_stream_closes(h):
    h.create_user("streamer2")
    user = h.login("streamer2", "password-1234")
    key = user.post("/api/auth/api-keys", json={"name": "sse"}).json()
    keyed = h.new_client()
    keyed.headers["Authorization"] = f"Bearer {key['key']}"
    lines, status = _open(keyed, {})
    assert _read_until_end(lines, 1.0) is None and status["code"] == 200
    assert user.delete(f"/api/auth/api-keys/{key['id']}").status_code == 200
    rest = _read_until_end(lines, 5.0)
    assert rest is not None, "the stream stayed open after its API key was revoked"
    assert "revoked" in _error(rest)["detail"]


def test_logged_out_session_stream_closes(h):
    h.create_user("streamer3")
    user = h.login("streamer3", "password-1234")
    lines, _ = _open(user, {})
    assert _read_until_end(lines, 1.0) is None
    assert user.post("/api/auth/logout").status_code == 200
    assert _read_until_end(lines, 5.0) is not None, "the stream stayed open after logout"
