"""A failed job produces a signed webhook POST to a real local HTTP server."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

from llmworks_sdk.testing import KernelHarness


def test_job_failure_is_posted_and_signed(tmp_path):
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = self.rfile.read(int(self.headers["content-length"]))
            received.append((dict(self.headers), body))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *a):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with KernelHarness(tmp_path, env={"LLMWORKS_WEBHOOKS_ALLOW_PRIVATE": "1"}) as h:  # the receiver is on loopback
            c = h.login()
            pid = h.default_project_id()
            r = c.post("/api/webhooks", json={"project_id": pid, "url": f"http://127.0.0.1:{server.server_port}/hook",
                                              "kinds": ["job.failed"]})
            assert r.status_code == 201
            hook = r.json()
            assert c.post("/api/webhooks", json={"project_id": pid, "url": "not a url"}).status_code == 422
            ok = h.kernel.queue.enqueue("kernel.sleep", {"seconds": 0.05, "steps": 1}, project_id=pid)
            bad = h.kernel.queue.enqueue("kernel.sleep", {"seconds": 0.05, "steps": 1, "fail": "disk full"}, project_id=pid,
                                         max_attempts=1)
            h.wait_for_job(c, ok.id)
            assert h.wait_for_job(c, bad.id)["state"] == "failed"
            deadline = time.time() + 15
            while time.time() < deadline and not received:
                time.sleep(0.2)
            assert len(received) == 1  # only job.failed was subscribed
            headers, body = received[0]
            payload = json.loads(body)
            assert payload["kind"] == "job.failed" and "disk full" in payload["body"]
            expected = "sha256=" + hmac.new(hook["secret"].encode(), body, hashlib.sha256).hexdigest()
            assert headers["X-LLMWorks-Signature"] == expected
            log = c.get(f"/api/webhooks/{hook['id']}/deliveries").json()["items"]
            assert log[0]["status_code"] == 204 and log[0]["error"] is None
            viewer = h.create_user("viewer1")
            c.post(f"/api/projects/{pid}/members", json={"username": "viewer1", "role": "viewer"})
            assert viewer.get("/api/webhooks", params={"project_id": pid}).status_code == 403
    finally:
        server.shutdown()
