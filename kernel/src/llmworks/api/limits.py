"""Request body size limits, enforced on Content-Length and while streaming.

With a ``gate`` (:class:`llmworks.api.body_gate.BodyGate`), the caller, its project and role
are checked when the application first asks for the body — after routing (so the route and
its path parameters are known), before a single byte is received: the gate refuses the
request (401, 403, 404) or lowers the limit for callers who may write in no project, and a
lowered limit is checked on ``Content-Length`` before anything is read."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from llmworks.api.body_gate import Allowance, Refusal


class BodyRefused(HTTPException):
    """Raised from ``receive``: the body is not read; rendered as problem+json."""


class BodyTooLarge(BodyRefused):
    def __init__(self, detail: str) -> None:
        super().__init__(413, detail)


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, *, json_limit: int, upload_limit: int,
                 gate: Callable[[Scope], Awaitable[Allowance | Refusal | None]] | None = None) -> None:
        self.app = app
        self.json_limit = json_limit
        self.upload_limit = upload_limit
        self.gate = gate

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
        n: int | None = None
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
        gate = self.gate
        gate_pending = gate is not None
        why = ""

        async def limited_receive() -> Message:
            nonlocal seen, gate_pending, limit, why
            if gate_pending:
                gate_pending = False
                if gate is not None and not responded:
                    decision = await gate(scope)
                    if isinstance(decision, Allowance):
                        if decision.limit < limit:
                            limit, why = decision.limit, f" {decision.why}"
                            if n is not None and n > limit:
                                raise BodyTooLarge(f"the request body is {n} bytes; the limit here is {limit} bytes{why}")
                    elif isinstance(decision, Refusal):
                        raise BodyRefused(decision.status, decision.detail,
                                          headers={"WWW-Authenticate": "Bearer"} if decision.status == 401 else None)
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(f"the request body exceeds the limit of {limit} bytes{why}")
            return msg

        async def tracking_send(msg: Message) -> None:
            nonlocal responded
            if msg["type"] == "http.response.start":
                responded = True
            await send(msg)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyRefused as exc:  # raised where no exception handler renders it
            if not responded:
                await _reject(send, exc.status_code, "Payload too large" if exc.status_code == 413 else "Refused",
                              str(exc.detail), www_authenticate=exc.status_code == 401)


async def _reject(send: Send, status: int, title: str, detail: str, *, www_authenticate: bool = False) -> None:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    data = json.dumps(body).encode()
    headers = [(b"content-type", b"application/problem+json"), (b"content-length", str(len(data)).encode())]
    if www_authenticate:
        headers.append((b"www-authenticate", b"Bearer"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})
