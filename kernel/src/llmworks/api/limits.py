"""Request body size limits, enforced on Content-Length and while streaming."""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(Exception):
    pass


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, *, json_limit: int, upload_limit: int) -> None:
        self.app = app
        self.json_limit = json_limit
        self.upload_limit = upload_limit

    def _limit(self, scope: Scope) -> int:
        headers = dict(scope.get("headers") or [])
        ctype = headers.get(b"content-type", b"").decode("latin-1").lower()
        if ctype.startswith("multipart/form-data") or ctype.startswith("application/octet-stream"):
            return self.upload_limit
        return self.json_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope)
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                n = int(length)
            except ValueError:
                await _reject(send, 400, "Bad request", "Content-Length is not a number")
                return
            if n > limit:
                await _reject(send, 413, "Payload too large", f"the request body is {n} bytes; the limit here is {limit} bytes")
                return
        seen = 0
        responded = False

        async def limited_receive() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge()
            return msg

        async def tracking_send(msg: Message) -> None:
            nonlocal responded
            if msg["type"] == "http.response.start":
                responded = True
            await send(msg)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not responded:
                await _reject(send, 413, "Payload too large", f"the request body exceeds the limit of {limit} bytes")


async def _reject(send: Send, status: int, title: str, detail: str) -> None:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/problem+json"), (b"content-length", str(len(data)).encode())]})
    await send({"type": "http.response.body", "body": data})
