"""Delivers notifications as signed JSON POSTs.

The body is ``{"kind", "title", "body", "link", "project_id", "event": {...}}``; the header
``X-LLMWorks-Signature: sha256=<hex>`` is the HMAC-SHA256 of the body with the endpoint's
secret, so receivers can verify it. Each attempt is recorded (status, error, duration).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from typing import Any

import httpx
from llmworks_sdk import Invalid
from sqlalchemy import select

from llmworks_webhook.models import WebhookDelivery, WebhookEndpoint
from llmworks_webhook.targets import resolve_target

log = logging.getLogger("llmworks.webhook")
TIMEOUT = 5.0


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def deliver(endpoint: WebhookEndpoint, payload: dict[str, Any]) -> tuple[int | None, str | None, float]:
    body = json.dumps(payload, default=str).encode()
    started = time.perf_counter()
    try:  # checked again at delivery, and the request goes to the checked address (DNS rebinding)
        target = resolve_target(endpoint.url)
    except Invalid as exc:
        return None, f"refused: {exc.detail}", (time.perf_counter() - started) * 1e3
    server_name = target.host.rsplit(":", 1)[0] if not target.host.endswith("]") else target.host
    extensions = {"sni_hostname": server_name.strip("[]")} if target.url.startswith("https:") else {}
    try:
        with httpx.Client(timeout=TIMEOUT, follow_redirects=False) as client:
            request = client.build_request("POST", target.url, content=body, extensions=extensions, headers={
                "Host": target.host, "Content-Type": "application/json", "User-Agent": "llmworks-webhook/1",
                "X-LLMWorks-Signature": sign(endpoint.secret, body), "X-LLMWorks-Kind": payload.get("kind", ""),
            })
            r = client.send(request)
        err = None if r.is_success else f"HTTP {r.status_code}"
        return r.status_code, err, (time.perf_counter() - started) * 1e3
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}", (time.perf_counter() - started) * 1e3


class WebhookNotifier:
    name = "webhook"
    description = "POST signed JSON to the project's webhook endpoints"

    def notify(self, notification: dict[str, Any], *, kernel: Any) -> None:
        pid = notification.get("project_id")
        if pid is None:
            return
        with kernel.db.session() as s:
            endpoints = s.scalars(select(WebhookEndpoint).where(WebhookEndpoint.project_id == pid, WebhookEndpoint.active)).all()
            if notification.get("event_id") is not None:
                done = set(s.scalars(select(WebhookDelivery.endpoint_id).where(
                    WebhookDelivery.event_id == notification["event_id"], WebhookDelivery.error.is_(None))))
                endpoints = [e for e in endpoints if e.id not in done]  # at-least-once dispatch: skip delivered
        payload = {k: notification.get(k) for k in ("kind", "title", "body", "link", "project_id")}
        payload["event"] = notification.get("event")
        for ep in endpoints:
            if ep.kinds and notification["kind"] not in ep.kinds:
                continue
            status, err, ms = deliver(ep, payload)
            if err:
                log.warning("webhook %s (%s) failed: %s", ep.id, ep.url, err)
            with kernel.db.session() as s:
                s.add(WebhookDelivery(endpoint_id=ep.id, event_id=notification.get("event_id"), kind=notification["kind"],
                                      status_code=status, error=err, duration_ms=ms))
