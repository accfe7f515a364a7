"""HTTP header values built from user data, safely.

    from llmworks_sdk.headers import content_disposition

    Response(data, headers={"Content-Disposition": content_disposition(f"{prompt.name}.json")})

A file name a user chose may hold quotes, ``;``, CR/LF, NUL, path separators or non-ASCII
characters: put raw into a header it breaks the response (a non-ASCII name cannot be
encoded as latin-1 and was a 500) or injects headers. :func:`content_disposition` gives an
ASCII ``filename=`` fallback and the exact name as RFC 5987/6266 ``filename*=UTF-8''...``.
"""

from __future__ import annotations

import re
from urllib.parse import quote

_UNSAFE_ASCII = re.compile(r"[^A-Za-z0-9._ ()+-]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f/\\]")


def safe_filename(name: str, default: str = "download") -> str:
    """``name`` without control characters and path separators (each becomes ``_``), at most 200 characters."""
    cleaned = _CONTROL.sub("_", str(name or "")).strip().lstrip(".")
    return cleaned[:200] or default


def content_disposition(filename: str, disposition: str = "attachment") -> str:
    """A ``Content-Disposition`` value for ``filename`` (RFC 6266 with an RFC 5987 UTF-8 name)."""
    name = safe_filename(filename)
    fallback = _UNSAFE_ASCII.sub("_", name)
    return f"{disposition}; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"
