"""A request body is never buffered before its caller, project and role are checked (issue 9,
item 1): an invalid credential is a 401, a non-member a 404 and a too-weak role a 403 before a
byte of the body is read; a caller who may write in no project cannot make the server receive
more than a small prefix; the size cap holds on Content-Length and on the bytes received."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from llmworks_sdk.testing import KernelHarness

MIB = 1024 * 1024
CHUNK = 64 * 1024


@pytest.fixture(scope="module")
def h(tmp_path_factory):
    with KernelHarness(tmp_path_factory.mktemp("bodygate"), worker=False,
                       env={"LLMWORKS_LOAD_PLUGINS": "kernel,inapp"}) as harness:
        yield harness


@pytest.fixture(scope="module")
def world(h):
    admin = h.login()
    a = admin.post("/api/projects", json={"name": "gate-a"}).json()["id"]
    viewer = h.create_user("gate-viewer")
    assert admin.post(f"/api/projects/{a}/members", json={"username": "gate-viewer", "role": "viewer"}).status_code == 201
    loner = h.create_user("gate-loner")  # a member of nothing
    writer = h.create_user("gate-writer")
    assert admin.post(f"/api/projects/{a}/members", json={"username": "gate-writer", "role": "annotator"}).status_code == 201
    return {"admin": admin, "a": a, "viewer": viewer, "loner": loner, "writer": writer}


def asgi(h, method, path, body_size, *, headers=None, query="", announce=True, prefix=b'{"name": "x", "description": "'):
    """Send a request of ``body_size`` bytes straight to the ASGI app, in 64 KiB chunks, and
    count the bytes the server pulled: (status, problem detail, bytes pulled)."""
    import asyncio
    import json

    data = prefix + b"y" * (body_size - len(prefix) - 2) + b'"}'
    chunks = [data[i:i + CHUNK] for i in range(0, len(data), CHUNK)]
    pulled, answer = 0, {"status": None, "body": b""}
    hdrs = [(b"host", b"testserver"), (b"content-type", b"application/json")]
    hdrs += [(b"content-length", str(len(data)).encode())] if announce else [(b"transfer-encoding", b"chunked")]
    hdrs += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "scheme": "http",
             "path": path, "raw_path": path.encode(), "root_path": "", "query_string": query.encode(), "headers": hdrs,
             "client": ("127.0.0.1", 5000), "server": ("testserver", 80)}

    async def receive():
        nonlocal pulled
        if chunks:
            chunk = chunks.pop(0)
            pulled += len(chunk)
            return {"type": "http.request", "body": chunk, "more_body": bool(chunks)}
        await asyncio.sleep(3600)

    async def send(message):
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
        elif message["type"] == "http.response.body":
            answer["body"] += message.get("body", b"")

    asyncio.run(asyncio.wait_for(h.app(scope, receive, send), 60))
    detail = json.loads(answer["body"]).get("detail", "") if answer["body"].startswith(b"{") else ""
    return answer["status"], detail, pulled


def bearer(client):
    return {"Authorization": client.headers["Authorization"]}


def test_an_invalid_credential_is_refused_before_the_body_is_read(h):
    for headers in ({"Authorization": "Bearer lws_not-a-session"}, {"X-API-Key": "lwk_revoked-or-made-up"},
                    {"Cookie": "llmworks_session=lws_expired"}):
        for announce in (True, False):
            status, detail, pulled = asgi(h, "POST", "/api/projects", 7 * MIB, headers=headers, announce=announce)
            assert status == 401 and "invalid" in detail, (headers, status, detail)
            assert pulled == 0, f"{pulled} bytes were read before the credential was refused"


def test_the_project_and_role_in_the_path_are_checked_before_the_body(h, world):
    a, viewer, loner = world["a"], bearer(world["viewer"]), bearer(world["loner"])
    status, detail, pulled = asgi(h, "POST", f"/api/projects/{a}/members", 7 * MIB, headers=viewer)
    assert status == 413 and "'viewer'" in detail and pulled == 0, (status, detail, pulled)
    status, detail, pulled = asgi(h, "POST", f"/api/projects/{a}/members", 7 * MIB, headers=viewer, announce=False)
    assert status == 413 and pulled <= 64 * 1024 + CHUNK, (status, detail, pulled)
    r = world["viewer"].post(f"/api/projects/{a}/members", json={"username": "gate-loner", "role": "viewer"})
    assert r.status_code == 403 and "'maintainer'" in r.json()["detail"]  # a small body: the route's own answer
    status, detail, pulled = asgi(h, "POST", f"/api/projects/{a}/members", 7 * MIB, headers=loner, announce=False)
    assert status == 404 and pulled == 0, (status, detail, pulled)
    # a query parameter names the project just as well
    status, detail, pulled = asgi(h, "POST", "/api/projects", 7 * MIB, headers=loner, query=f"project_id={a}")
    assert status == 404 and pulled == 0, (status, detail, pulled)
    # the role needed is the route's: a member with it gets through to the route
    status, detail, pulled = asgi(h, "PATCH", f"/api/projects/{a}", 3000, headers=bearer(world["writer"]),
                                  prefix=b'{"description": "')
    assert status == 403 and "'maintainer'" in detail and pulled == 3000, (status, detail, pulled)


@pytest.mark.parametrize("who", ["viewer", "loner"])
def test_a_caller_who_may_write_nowhere_cannot_make_the_server_buffer_megabytes(h, world, who):
    headers = bearer(world[who])
    # announced: refused on Content-Length, before a byte is read
    status, detail, pulled = asgi(h, "POST", "/api/projects", 7 * MIB, headers=headers)
    assert status == 413 and "65536" in detail and "annotator" in detail and pulled == 0, (status, detail, pulled)
    # chunked (no Content-Length): the cap holds on the bytes received
    status, detail, pulled = asgi(h, "POST", "/api/projects", 7 * MIB, headers=headers, announce=False)
    assert status == 413 and pulled <= 64 * 1024 + CHUNK, (status, detail, pulled)
    # small bodies pass: any account may create a project
    r = world[who].post("/api/projects", json={"name": f"own-{who}"})
    assert r.status_code == 201, r.text


def test_writers_and_administrators_keep_the_usual_limit(h, world):
    for who in ("writer", "admin"):
        status, detail, pulled = asgi(h, "POST", "/api/projects", 200 * 1024, headers=bearer(world[who]), announce=False)
        assert status != 413 and pulled == 200 * 1024, (who, status, detail)
    status, detail, pulled = asgi(h, "POST", "/api/projects", 9 * MIB, headers=bearer(world["admin"]), announce=False)
    assert status == 413 and pulled <= 8 * MIB + CHUNK, (status, detail, pulled)
    status, detail, pulled = asgi(h, "POST", "/api/projects", 9 * MIB, headers=bearer(world["admin"]))
    assert status == 413 and pulled == 0


def test_over_a_socket_the_401_comes_before_the_body_is_sent(h):
    """A real server (uvicorn): the client sends the headers of a 7 MiB request and nothing
    more; the 401 arrives anyway (the server did not wait for, let alone read, the body)."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(h.app, lifespan="off", log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
            c.sendall((f"POST /api/projects HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
                       f"Authorization: Bearer lws_made-up\r\nContent-Length: {7 * MIB}\r\n\r\n").encode())
            answer = c.recv(65536).decode("latin-1")
        assert answer.startswith("HTTP/1.1 401"), answer[:200]
    finally:
        server.should_exit = True
        thread.join(10)
