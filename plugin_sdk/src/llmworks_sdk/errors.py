"""Typed errors that plugins raise; the kernel renders each once as problem+json (RFC 9457).

Every message should say what to fix, e.g. ``Invalid("top_p must be in (0, 1]; got 1.5",
field=("body", "top_p"))``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class LlmworksError(Exception):
    """Base class: ``status`` is the HTTP status, ``title`` a short summary."""

    status: int = 400
    title: str = "Bad request"
    type: str = "about:blank"

    def __init__(
        self,
        detail: str,
        *,
        field: Sequence[str | int] | None = None,
        errors: list[dict[str, Any]] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = list(errors or [])
        if field is not None:
            self.errors.append({"loc": list(field), "msg": detail})
        self.extra = extra

    def to_problem(self, instance: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
        }
        if instance:
            body["instance"] = instance
        if self.errors:
            body["errors"] = self.errors
        body.update(self.extra)
        return body


class BadRequest(LlmworksError):
    status, title = 400, "Bad request"


class Unauthorized(LlmworksError):
    status, title = 401, "Authentication required"


class Forbidden(LlmworksError):
    status, title = 403, "Forbidden"


class NotFound(LlmworksError):
    status, title = 404, "Not found"


class Conflict(LlmworksError):
    status, title = 409, "Conflict"


class PayloadTooLarge(LlmworksError):
    status, title = 413, "Payload too large"


class UnsupportedMediaType(LlmworksError):
    status, title = 415, "Unsupported media type"


class TooManyRequests(LlmworksError):
    """429: slow down; ``retry_after`` (seconds) becomes the ``Retry-After`` header."""

    status, title = 429, "Too many requests"


class Invalid(LlmworksError):
    """422: the request is well-formed but a value is wrong; use ``field`` or ``errors``
    (each ``{"loc": [...], "msg": ...}``) so the UI can show it at the field."""

    status, title = 422, "Invalid request"


class Unavailable(LlmworksError):
    """503: a backend or dependency is not available on this machine (say which and why)."""

    status, title = 503, "Unavailable"


class PluginMissingDependency(LlmworksError):
    """Raised by a plugin whose optional dependency is not installed; say which extra."""

    status, title = 503, "Missing optional dependency"
