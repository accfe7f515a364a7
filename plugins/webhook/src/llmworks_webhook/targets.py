"""Which webhook targets are allowed (issue 9, item 5): no server-side request forgery.

A project maintainer (any user can create a project) chooses the URL the server POSTs to.
Without a check that is a port scanner and a way into services bound to loopback or the
private network (cloud metadata at 169.254.169.254, databases, the admin interfaces of
routers). So the host is resolved and every address must be public: loopback, private,
link-local, multicast, reserved and unspecified addresses are refused, when the webhook is
saved and again at each delivery; the delivery then connects to the address that was
checked (no second DNS answer can swap in an internal one: DNS rebinding).

An administrator allows internal targets for the whole server with
``LLMWORKS_WEBHOOKS_ALLOW_PRIVATE=1`` (e.g. a receiver on the same machine).
"""

from __future__ import annotations

import ipaddress
import os
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from llmworks_sdk import Invalid


def private_allowed() -> bool:
    return os.environ.get("LLMWORKS_WEBHOOKS_ALLOW_PRIVATE", "").strip().lower() in ("1", "true", "yes", "on")


def _is_internal(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
            or ip.is_unspecified or not ip.is_global)


@dataclass(frozen=True)
class Target:
    url: str  # what to connect to (the checked address in place of the host name)
    host: str  # the original host name: Host header and TLS server name
    address: str


def resolve_target(url: str, *, field: tuple[str, ...] = ("body", "url")) -> Target:
    """Resolve ``url``'s host; raise ``Invalid`` (422) unless every address is public (or private
    targets are allowed). Returns the URL pinned to the first checked address."""
    parts = urlsplit(url)
    host = parts.hostname
    if parts.scheme not in ("http", "https") or not host:
        raise Invalid("the webhook URL must be http(s)://host/...", field=field)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise Invalid(f"the webhook host {host!r} does not resolve ({exc}); use a reachable public host", field=field) from None
    addresses = sorted({info[4][0] for info in infos})
    if not addresses:
        raise Invalid(f"the webhook host {host!r} has no address", field=field)
    if not private_allowed():
        internal = [a for a in addresses if _is_internal(ipaddress.ip_address(a.split("%")[0]))]
        if internal:
            raise Invalid(f"the webhook host {host!r} resolves to a private, loopback or link-local address ({internal[0]}); "
                          "webhooks may only call public addresses. An administrator can allow internal targets with "
                          "LLMWORKS_WEBHOOKS_ALLOW_PRIVATE=1", field=field, error="webhook_target_private")
    address = addresses[0]
    netloc_host = f"[{address}]" if ":" in address else address
    netloc = f"{netloc_host}:{parts.port}" if parts.port else netloc_host
    pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    return Target(pinned, host if not parts.port else f"{host}:{parts.port}", address)
