"""HTTP hardening for every response and request (issue 9, item 5).

- Security headers on every response: ``Content-Security-Policy`` (the built UI's inline
  theme script and stylesheet ``onload`` handler are allowed by hash, computed from the
  shell's ``index.html``; ``/docs`` and ``/redoc`` get FastAPI's CDN assets), ``X-Frame-Options:
  DENY``, ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: same-origin``.
- Cookies are ``Secure`` when the request came over HTTPS (``X-Forwarded-Proto`` counts only
  with ``LLMWORKS_TRUST_PROXY_HEADERS=1``) or with ``LLMWORKS_SECURE_COOKIES=1``.
- Cookie-authenticated writes (POST/PUT/PATCH/DELETE without an ``Authorization`` or
  ``X-API-Key`` header) must come from the server's own origin: a foreign ``Origin`` (or
  ``Sec-Fetch-Site: cross-site``) is a 403. Bearer/API-key clients are not affected.
- A write (POST/PUT/PATCH/DELETE) under ``/api`` or ``/v1`` without any credential is a 401
  before its body is read (only ``POST /api/auth/login`` is public): anonymous clients cannot
  make the server buffer bodies. Routes check the project and role before reading uploads.
- Access logs never show secrets: query parameters such as ``access_token`` are redacted.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
PUBLIC_WRITES = frozenset({"/api/auth/login"})
SECRET_PARAMS = frozenset({"access_token", "token", "api_key", "apikey", "key", "password", "secret", "session"})
DOCS_PATHS = ("/docs", "/redoc")
_INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S | re.I)
_HANDLER = re.compile(rb"\son[a-z]+=\"([^\"]*)\"", re.I)


def _hash(data: bytes) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode() + "'"


@lru_cache(maxsize=4)
def _shell_hashes(index: str, mtime: float) -> tuple[list[str], list[str]]:
    """Hashes of the inline scripts and of the inline event handlers of the shell's index.html."""
    data = Path(index).read_bytes()
    scripts, handlers = [], []
    for attrs, body in _INLINE_SCRIPT.findall(data):
        kind = re.search(rb"type=[\"']?([^\"'\s>]+)", attrs)
        if kind is None or kind.group(1).lower() in (b"module", b"text/javascript", b"application/javascript"):
            scripts.append(_hash(body))
    for handler in _HANDLER.findall(data):
        handlers.append(_hash(handler))
    return scripts, handlers


def default_csp(shell_dir: Path) -> str:
    index = shell_dir / "index.html"
    scripts: list[str] = []
    handlers: list[str] = []
    if index.is_file():
        scripts, handlers = _shell_hashes(str(index), index.stat().st_mtime)
    script_src = ["'self'", "blob:", *scripts] + (["'unsafe-hashes'", *handlers] if handlers else [])
    return "; ".join([
        "default-src 'self'", f"script-src {' '.join(script_src)}", "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:", "font-src 'self' data:", "connect-src 'self'", "worker-src 'self' blob:",
        "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
    ])


DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; style-src 'self' 'unsafe-inline' "
            "https://cdn.jsdelivr.net https://fonts.googleapis.com; img-src 'self' data: https://fastapi.tiangolo.com "
            "https://cdn.redoc.ly; font-src 'self' data: https://fonts.gstatic.com; worker-src 'self' blob:; "
            "object-src 'none'; frame-ancestors 'none'")


def is_https(scope: Scope, trust_proxy: bool) -> bool:
    if scope.get("scheme") == "https":
        return True
    if trust_proxy:
        proto = Headers(scope=scope).get("x-forwarded-proto", "")
        return proto.split(",")[0].strip().lower() == "https"
    return False


class SecurityMiddleware:
    def __init__(self, app: ASGIApp, *, settings: Any, shell_dir: Path) -> None:
        self.app = app
        self.settings = settings
        self.shell_dir = shell_dir
        extra = [o.strip().rstrip("/").lower() for o in (settings.allowed_origins or "").split(",") if o.strip()]
        if settings.public_url:
            parts = urlsplit(settings.public_url)
            extra.append(f"{parts.scheme}://{parts.netloc}".lower())
        self.allowed_origins = frozenset(extra)

    @staticmethod
    def _anonymous_write(scope: Scope) -> bool:
        if scope["method"] in SAFE_METHODS:
            return False
        path = scope.get("path", "")
        if not path.startswith(("/api/", "/v1/")) or path.rstrip("/") in PUBLIC_WRITES:
            return False
        headers = Headers(scope=scope)
        return not (headers.get("authorization") or headers.get("x-api-key") or "llmworks_session=" in headers.get("cookie", ""))

    def _origin_refused(self, scope: Scope) -> str | None:
        if scope["method"] in SAFE_METHODS:
            return None
        headers = Headers(scope=scope)
        if headers.get("authorization") or headers.get("x-api-key") or "llmworks_session=" not in headers.get("cookie", ""):
            return None  # not cookie-authenticated: a foreign page cannot make the browser send these
        origin = headers.get("origin")
        if origin is None or origin == "null":
            if headers.get("sec-fetch-site") == "cross-site" or origin == "null":
                return "a cross-site request"
            return None  # not a browser (browsers send Origin on every cross-origin write)
        origin = origin.rstrip("/").lower()
        host = headers.get("host", "").lower()
        own = {f"{s}://{host}" for s in ("http", "https")}
        if origin in own or origin in self.allowed_origins:
            return None
        return f"origin {origin}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self._anonymous_write(scope):
            await _problem(send, 401, "Authentication required",
                           "log in (POST /api/auth/login) or send 'Authorization: Bearer <API key>'", www_authenticate=True)
            return
        refused = self._origin_refused(scope)
        if refused is not None:
            await _problem(send, 403, "Forbidden", f"{refused} may not change data with this session cookie: use the "
                                                   "llmworks UI from its own address, or an API key (Authorization: Bearer)")
            return
        path = scope.get("path", "")
        csp = DOCS_CSP if path.startswith(DOCS_PATHS) else (self.settings.content_security_policy or default_csp(self.shell_dir))
        secure = self.settings.secure_cookies or is_https(scope, self.settings.trust_proxy_headers)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])]
                names = {k.lower() for k, _ in headers}
                for name, value in ((b"content-security-policy", csp.encode()), (b"x-frame-options", b"DENY"),
                                    (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin")):
                    if name not in names:
                        headers.append((name, value))
                if secure:
                    headers = [(k, v + b"; Secure") if k.lower() == b"set-cookie" and b"secure" not in v.lower() else (k, v)
                               for k, v in headers]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _problem(send: Send, status: int, title: str, detail: str, *, www_authenticate: bool = False) -> None:
    data = json.dumps({"type": "about:blank", "title": title, "status": status, "detail": detail}).encode()
    headers = [(b"content-type", b"application/problem+json"), (b"content-length", str(len(data)).encode()),
               (b"x-frame-options", b"DENY"), (b"x-content-type-options", b"nosniff")]
    if www_authenticate:
        headers.append((b"www-authenticate", b"Bearer"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


def redact_query(path: str) -> str:
    """``path?query`` with the values of secret-looking parameters replaced by ``***``."""
    base, sep, query = path.partition("?")
    if not sep:
        return path
    pairs = parse_qsl(query, keep_blank_values=True)
    if not any(k.lower() in SECRET_PARAMS for k, _ in pairs):
        return path
    return base + "?" + urlencode([(k, "***" if k.lower() in SECRET_PARAMS else v) for k, v in pairs], safe="*")


class RedactSecrets(logging.Filter):
    """For uvicorn's access log: ``(client, method, path, version, status)`` with secrets redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str) and "?" in args[2]:
            record.args = (*args[:2], redact_query(args[2]), *args[3:])
        return True


def install_log_redaction() -> None:
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactSecrets) for f in logger.filters):
        logger.addFilter(RedactSecrets())
