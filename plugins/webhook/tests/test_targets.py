"""Webhooks refuse private, loopback and link-local targets at save and at delivery (issue 9, item 5).

Before: any maintainer (any user can create a project) could make the server POST to
127.0.0.1:<port>, the private network or 169.254.169.254 and read the outcome in the delivery log."""

from __future__ import annotations

import socket
from types import SimpleNamespace

import pytest
from llmworks_sdk import Invalid
from llmworks_sdk.testing import KernelHarness
from llmworks_webhook.notifier import deliver
from llmworks_webhook.targets import resolve_target

INTERNAL = ["http://127.0.0.1:6379/", "http://localhost/x", "http://10.1.2.3/", "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/", "http://[::1]:8000/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/",
            "http://100.64.0.1/"]


@pytest.fixture(autouse=True)
def no_allow(monkeypatch):
    monkeypatch.delenv("LLMWORKS_WEBHOOKS_ALLOW_PRIVATE", raising=False)


@pytest.mark.parametrize("url", INTERNAL)
def test_internal_targets_are_refused(url):
    with pytest.raises(Invalid, match="private, loopback or link-local") as exc:
        resolve_target(url)
    assert exc.value.errors[0]["loc"] == ["body", "url"]


def test_admin_setting_allows_internal_targets(monkeypatch):
    monkeypatch.setenv("LLMWORKS_WEBHOOKS_ALLOW_PRIVATE", "1")
    assert resolve_target("http://127.0.0.1:9/hook").url == "http://127.0.0.1:9/hook"


def _fake_dns(monkeypatch, answers):
    def getaddrinfo(host, port, *a, **k):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answers.pop(0), port))]
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_delivery_checks_again_and_pins_the_address(monkeypatch):
    """DNS rebinding: public when saved, loopback when delivered -> refused, nothing sent."""
    _fake_dns(monkeypatch, ["93.184.216.34", "127.0.0.1"])
    target = resolve_target("https://hooks.example.com/in")
    assert target.url == "https://93.184.216.34/in" and target.host == "hooks.example.com"
    sent = []
    monkeypatch.setattr("httpx.Client.send", lambda *a, **k: sent.append(a))
    status, err, _ = deliver(SimpleNamespace(url="https://hooks.example.com/in", secret="s" * 16), {"kind": "job.failed"})
    assert status is None and err.startswith("refused:") and "127.0.0.1" in err and sent == []


def test_api_refuses_internal_targets(tmp_path):
    with KernelHarness(tmp_path, worker=False) as h:
        c = h.login()
        pid = h.default_project_id()
        for url in ("http://127.0.0.1:5432/", "http://169.254.169.254/"):
            r = c.post("/api/webhooks", json={"project_id": pid, "url": url})
            assert r.status_code == 422 and r.json()["error"] == "webhook_target_private", r.text
