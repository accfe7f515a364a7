"""E-mail notifications through a real SMTP server (aiosmtpd) on 127.0.0.1: a failed job mails the
project members who opted in to "job.failed", and nobody else."""

from __future__ import annotations

import email
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from llmworks_email.models import EmailDelivery
from llmworks_sdk.testing import KernelHarness
from sqlalchemy import select

pytestmark = pytest.mark.slow  # ~50 s for the module on the shared 2-core machine (one kernel, SMTP waits)


class Inbox:
    """aiosmtpd handler: keeps every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], email.message.Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"

    def wait(self, count: int, timeout: float = 20.0) -> list[tuple[list[str], email.message.Message]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.messages) < count:
            time.sleep(0.1)
        return list(self.messages)


@pytest.fixture(scope="module")
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    with socket.socket() as probe:  # a free port (the controller's readiness check cannot use port 0)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KernelHarness]:
    with KernelHarness(tmp_path_factory.mktemp("email"), env={"LLMWORKS_ADMIN_EMAIL": "admin@example.org",
                                                              "LLMWORKS_PUBLIC_URL": "http://llmworks.test"}) as h:
        yield h


def _user(h: KernelHarness, admin: Any, name: str, email_address: str | None, pid: int) -> Any:
    r = admin.post("/api/users", json={"username": name, "password": "password-1234", "email": email_address})
    assert r.status_code == 201, r.text
    assert admin.post(f"/api/projects/{pid}/members", json={"username": name, "role": "viewer"}).status_code in (200, 201)
    return h.login(name, "password-1234")


def test_failed_job_mails_only_users_who_opted_in(harness: KernelHarness, smtp: tuple[Inbox, int]) -> None:
    h, (inbox, port) = harness, smtp
    admin = h.login()
    pid = h.default_project_id()
    r = admin.put("/api/email/server", json={"host": "127.0.0.1", "port": port, "security": "none",
                                            "from_address": "llmworks@example.org"})
    assert r.status_code == 200, r.text
    assert r.json()["configured"] and r.json()["password_set"] is False

    bob = _user(h, admin, "bob", "bob@example.org", pid)          # opted in to job.failed
    carol = _user(h, admin, "carol", "carol@example.org", pid)    # opted in to job.completed only
    _user(h, admin, "dave", "dave@example.org", pid)              # never opted in
    erin = _user(h, admin, "erin", None, pid)                     # opted in, but no address
    r = admin.post("/api/users", json={"username": "frank", "password": "password-1234", "email": "frank@example.org"})
    assert r.status_code == 201
    outsider = h.login("frank", "password-1234")                  # opted in, not a member of the project
    for client, kinds in ((bob, ["job.failed"]), (carol, ["job.completed"]), (erin, ["job.failed"]),
                          (outsider, ["job.failed", "job.completed"])):
        r = client.put("/api/email/preferences", json={"kinds": kinds})
        assert r.status_code == 200 and set(r.json()["kinds"]) == set(kinds), r.text
    assert bob.get("/api/email/preferences").json() == {
        "email": "bob@example.org", "kinds": ["job.failed"], "server_configured": True,
        "available_kinds": ["job.completed", "job.failed", "evaluation.report"]}

    bad = h.kernel.queue.enqueue("kernel.sleep", {"seconds": 0.05, "steps": 1, "fail": "disk full"}, project_id=pid,
                                 max_attempts=1, title="nightly import")
    assert h.wait_for_job(admin, bad.id)["state"] == "failed"
    got = inbox.wait(1)
    time.sleep(1.0)  # nothing else may arrive
    got = list(inbox.messages)
    assert [rcpt for rcpt, _ in got] == [["bob@example.org"]], got
    msg = got[0][1]
    assert msg["Subject"] == "Failed: nightly import" and msg["From"] == "llmworks@example.org"
    assert msg["X-LLMWorks-Kind"] == "job.failed"
    text = msg.get_payload(decode=True).decode()
    assert "disk full" in text and f"http://llmworks.test/jobs/{bad.id}" in text

    # a job that succeeds goes to carol only
    ok = h.kernel.queue.enqueue("kernel.sleep", {"seconds": 0.05, "steps": 1}, project_id=pid, title="ok job")
    assert h.wait_for_job(admin, ok.id)["state"] == "succeeded"
    got = inbox.wait(2)
    assert [rcpt for rcpt, _ in got[1:]] == [["carol@example.org"]] and got[1][1]["Subject"] == "Completed: ok job"

    # at-least-once dispatch: the same event again sends nothing new
    note = {"kind": "job.failed", "title": "Failed: nightly import", "body": "again", "link": None, "project_id": pid,
            "user_id": None, "event": {}}
    notifier = h.kernel.registry.notifiers["email"]
    notifier.notify({**note, "event_id": _event_of(h, bad.id)}, kernel=h.kernel)
    time.sleep(0.5)
    assert len(inbox.messages) == 2

    # opting out stops the mails
    assert bob.put("/api/email/preferences", json={"kinds": []}).json()["kinds"] == []
    bad2 = h.kernel.queue.enqueue("kernel.sleep", {"seconds": 0.05, "steps": 1, "fail": "again"}, project_id=pid,
                                  max_attempts=1)
    assert h.wait_for_job(admin, bad2.id)["state"] == "failed"
    time.sleep(1.5)
    assert len(inbox.messages) == 2


def _event_of(h: KernelHarness, job_id: int) -> int:
    with h.kernel.db.session() as s:
        events = h.kernel.events.recent(s, limit=50)
    return next(e["id"] for e in events if e["type"] == "job.failed" and str(e.get("subject_id")) == str(job_id))


def test_settings_and_preferences_are_checked(harness: KernelHarness) -> None:
    h = harness
    admin = h.login()
    viewer = h.create_user("gina")
    assert h.new_client().get("/api/email/preferences").status_code == 401
    assert viewer.get("/api/email/server").status_code == 403
    assert viewer.put("/api/email/server", json={"host": "x", "from_address": "a@b.c"}).status_code == 403
    for body, field in (({"host": "smtp.example.com", "port": 0, "from_address": "a@b.org"}, "port"),
                        ({"host": "bad host!", "from_address": "a@b.org"}, "host"),
                        ({"host": "smtp.example.com", "from_address": "not an address"}, "from_address"),
                        ({"host": "smtp.example.com", "from_address": "a@b.org", "password": "pw"}, "username"),
                        ({"host": "smtp.example.com", "from_address": "a@b.org", "security": "tls9"}, "security")):
        r = admin.put("/api/email/server", json=body)
        assert r.status_code == 422, r.text
        assert any(e["loc"][-1] == field for e in r.json()["errors"]), r.json()
    r = viewer.put("/api/email/preferences", json={"kinds": ["job.exploded"]})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"][-2:] == ["kinds", 0]

    # the password is stored, never shown; left out keeps it; "" removes it
    base = {"host": "smtp.example.com", "port": 465, "security": "ssl", "username": "mailer", "from_address": "a@b.org"}
    assert admin.put("/api/email/server", json={**base, "password": "s3cret"}).json()["password_set"] is True
    shown = admin.get("/api/email/server").json()
    assert shown["password_set"] is True and "s3cret" not in str(shown)
    assert admin.put("/api/email/server", json=base).json()["password_set"] is True
    assert admin.put("/api/email/server", json={**base, "password": ""}).json()["password_set"] is False


def test_unreachable_server_is_recorded_not_raised(harness: KernelHarness) -> None:
    """An SMTP server that refuses the connection: the failure is logged per recipient, nothing raises."""
    h = harness
    admin = h.login()
    pid = h.default_project_id()
    admin.put("/api/email/server", json={"host": "127.0.0.1", "port": 1, "security": "none", "from_address": "a@b.org",
                                         "timeout_seconds": 2})
    admin.put("/api/email/preferences", json={"kinds": ["evaluation.report"]})
    note = {"kind": "evaluation.report", "title": "New evaluation report: x", "body": "bleu 1", "link": None,
            "project_id": pid, "user_id": None, "event_id": None, "event": {}}
    h.kernel.registry.notifiers["email"].notify(note, kernel=h.kernel)
    with h.kernel.db.session() as s:
        rows = s.scalars(select(EmailDelivery).where(EmailDelivery.kind == "evaluation.report")).all()
        assert [r.address for r in rows] == ["admin@example.org"] and rows[0].error
        assert "Connection refused" in rows[0].error or "Error" in rows[0].error
