"""HTTP hygiene (issue 9, item 5): security headers, Secure cookies over HTTPS, Origin checks on
cookie-authenticated writes, login throttling, secrets kept out of access logs, the SQLite
file's mode, and the static route (no file-existence oracle, NUL is a 404)."""

from __future__ import annotations

import logging
import stat

import pytest
from llmworks.api.security import RedactSecrets, redact_query
from llmworks_sdk.testing import ADMIN_PASSWORD, ADMIN_USER, KernelHarness


@pytest.fixture(scope="module")
def h(tmp_path_factory):
    env = {"LLMWORKS_LOAD_PLUGINS": "kernel,inapp", "LLMWORKS_TRUST_PROXY_HEADERS": "1",
           "LLMWORKS_LOGIN_MAX_FAILURES_PER_ACCOUNT": "3", "LLMWORKS_LOGIN_MAX_FAILURES_PER_ADDRESS": "6"}
    with KernelHarness(tmp_path_factory.mktemp("security"), worker=False, env=env) as harness:
        yield harness


def _cookie_client(h):
    c = h.new_client()
    assert c.post("/api/auth/login", json={"username": ADMIN_USER, "password": ADMIN_PASSWORD}).status_code == 200
    return c


def test_security_headers_everywhere(h):
    anon = h.new_client()
    for path in ("/api/health", "/", "/login", "/api/nope", "/docs"):
        r = anon.get(path)
        assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "same-origin" and "frame-ancestors 'none'" in r.headers["content-security-policy"] \
            or path == "/docs", path
    csp = anon.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "object-src 'none'" in csp


def test_cookies_are_secure_over_https_only(h):
    plain = h.new_client().post("/api/auth/login", json={"username": ADMIN_USER, "password": ADMIN_PASSWORD})
    assert "secure" not in plain.headers["set-cookie"].lower()
    proxied = h.new_client().post("/api/auth/login", json={"username": ADMIN_USER, "password": ADMIN_PASSWORD},
                                  headers={"X-Forwarded-Proto": "https"})
    cookie = proxied.headers["set-cookie"].lower()
    assert "; secure" in cookie and "httponly" in cookie and "samesite=strict" in cookie


def test_cookie_writes_need_the_servers_own_origin(h):
    c = _cookie_client(h)
    body = {"name": "origin-test"}
    r = c.post("/api/projects", json=body, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403 and "evil.example" in r.json()["detail"]
    r = c.post("/api/projects", json=body, headers={"Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403
    assert c.post("/api/projects", json=body, headers={"Origin": "http://testserver"}).status_code == 201
    assert c.get("/api/projects", headers={"Origin": "https://evil.example"}).status_code == 200  # reads are not writes
    bearer = h.login()  # Authorization header: a foreign page cannot send it, no Origin check needed
    assert bearer.post("/api/projects", json={"name": "origin-test-2"}, headers={"Origin": "https://x.example"}).status_code == 201


def test_login_is_throttled_per_account_and_per_address(h):
    admin = h.login()
    assert admin.post("/api/users", json={"username": "victim", "password": "password-1234"}).status_code == 201
    anon = h.new_client()
    for _ in range(3):
        assert anon.post("/api/auth/login", json={"username": "victim", "password": "wrong"}).status_code == 401
    r = anon.post("/api/auth/login", json={"username": "victim", "password": "password-1234"})
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0 and "this account" in r.json()["detail"]
    for i in range(3):  # other names from the same address: the address limit (6) is reached
        anon.post("/api/auth/login", json={"username": f"nobody{i}", "password": "wrong"})
    r = anon.post("/api/auth/login", json={"username": "someone-else", "password": "x"})
    assert r.status_code == 429 and "this address" in r.json()["detail"]
    h.app.state.login_throttle.clear()  # leave the module's other tests able to log in
    assert h.new_client().post("/api/auth/login", json={"username": "victim", "password": "password-1234"}).status_code == 200


def test_login_throttling_is_shared_by_every_server_on_one_database(tmp_path):
    """Two kernels (two server processes behind a load balancer) on one database: the failures
    counted by one are refused by the other, and rows older than the window are purged."""
    import time

    from llmworks.db.models import LoginFailure
    from sqlalchemy import func, select

    url = f"sqlite:///{tmp_path / 'shared.db'}"
    env = {"LLMWORKS_LOAD_PLUGINS": "kernel,inapp", "LLMWORKS_LOGIN_MAX_FAILURES_PER_ACCOUNT": "3",
           "LLMWORKS_LOGIN_MAX_FAILURES_PER_ADDRESS": "100"}
    with KernelHarness(tmp_path / "one", worker=False, database_url=url, env=env) as one, \
            KernelHarness(tmp_path / "two", worker=False, database_url=url, env=env) as two:
        assert one.kernel is not two.kernel and one.app.state.login_throttle is not two.app.state.login_throttle
        assert one.login().post("/api/users", json={"username": "shared", "password": "password-1234"}).status_code == 201
        for server in (one, two, one):
            assert server.new_client().post("/api/auth/login", json={"username": "shared", "password": "wrong"}).status_code == 401
        for server in (two, one):  # the right password is not even checked, on either server
            r = server.new_client().post("/api/auth/login", json={"username": "SHARED", "password": "password-1234"})
            assert r.status_code == 429 and "this account" in r.json()["detail"]
        # bounded growth: a failure purges every row older than the window
        window = one.kernel.settings.login_window_seconds
        with one.kernel.db.session() as s:
            s.add_all([LoginFailure(key=f"a:10.0.0.{i}", at=time.time() - window - 1) for i in range(50)])
        assert two.new_client().post("/api/auth/login", json={"username": "other", "password": "x"}).status_code == 401
        with one.kernel.db.session() as s:
            assert s.scalar(select(func.count()).select_from(LoginFailure)) == 2 * 4  # 4 failures in the window
        one.app.state.login_throttle.clear()
        assert two.new_client().post("/api/auth/login", json={"username": "shared", "password": "password-1234"}).status_code == 200


def test_access_log_redacts_tokens():
    assert redact_query("/api/events?access_token=lws_secret&project_id=1") == "/api/events?access_token=***&project_id=1"
    assert redact_query("/api/x?a=1") == "/api/x?a=1"
    record = logging.LogRecord("uvicorn.access", logging.INFO, "", 0, '%s - "%s %s HTTP/%s" %d',
                               ("127.0.0.1:1", "GET", "/api/events?access_token=lws_secret", "1.1", 200), None)
    RedactSecrets().filter(record)
    assert "lws_secret" not in record.getMessage() and "access_token=***" in record.getMessage()


def test_sqlite_file_is_private(h):
    db = h.home / "llmworks.db"
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_static_route_has_no_existence_oracle_and_nul_is_404(h):
    anon = h.new_client()
    inside = anon.get("/this-file-does-not-exist.js")
    outside_existing = anon.get("/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd")
    outside_missing = anon.get("/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fno-such-file")
    assert outside_existing.status_code == outside_missing.status_code == inside.status_code
    assert outside_existing.content == outside_missing.content and b"root:" not in outside_existing.content
    assert anon.get("/index.html%00.js").status_code == 404
    assert anon.get("/ui/remotes/nope/%00").status_code == 404


def test_startup_sweep_removes_what_a_crashed_upload_left(tmp_path):
    import os
    import socket
    import time

    from llmworks.storage.artifacts import LocalArtifactStore

    store = LocalArtifactStore(tmp_path / "artifacts")
    host = socket.gethostname()
    dead = store.tmp_dir / f"upload-{host}-999999999-abc"  # no such process
    live = store.writer()  # this process: kept
    other_host = store.tmp_dir / "upload-elsewhere-1-abc"  # another machine's upload: kept while recent
    old = store.tmp_dir / "work-old"
    for p in (dead, other_host):
        p.write_bytes(b"partial")
    old.mkdir()
    os.utime(old, (time.time() - 3 * 86400,) * 2)
    removed = store.sweep_tmp()
    assert sorted(removed) == sorted([dead.name, old.name])
    assert live.path.exists() and other_host.exists() and not dead.exists() and not old.exists()
    live.abort()


def test_anonymous_writes_are_refused_before_the_body_is_read(h):
    """A body is never buffered for a caller with no credential at all (only login is public)."""
    read = []

    def body():
        read.append(1)
        yield b'{"name": "x"}'

    anon = h.new_client()
    r = anon.post("/api/projects", content=body(), headers={"content-type": "application/json"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer" and read == []
    assert anon.post("/api/auth/login", json={"username": "nobody", "password": "x"}).status_code in (401, 429)


def test_labeler_is_annotation_only(h):
    """``labeler``: a member whose every role-checked route answers 403, whose project is not
    listed, and whose API keys stay labelers."""
    from llmworks.auth.roles import cap

    admin = h.login()
    pid = admin.post("/api/projects", json={"name": "labels"}).json()["id"]
    lab = h.create_user("lab1")
    assert admin.post(f"/api/projects/{pid}/members", json={"username": "lab1", "role": "labeler"}).status_code == 201
    assert lab.get("/api/projects").json()["items"] == []
    assert [(p["id"], p["role"]) for p in lab.get("/api/auth/me").json()["projects"]] == [(pid, "labeler")]
    r = lab.get(f"/api/projects/{pid}")
    assert r.status_code == 403 and "labeler" in r.text
    assert lab.get(f"/api/jobs?project_id={pid}").status_code == 403
    assert lab.get("/api/jobs").json()["items"] == []
    assert cap("maintainer", "labeler") == "labeler" and cap("labeler", "viewer") == "labeler"
    assert cap("maintainer", "viewer") == "viewer"
