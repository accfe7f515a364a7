"""GPU-aware dispatch: which devices a worker has, which are busy, which a job gets.

A job asks for devices in ``resources`` (``{"gpus": 2, "gpu_type": "H100"}``). A worker's
devices come from ``LLMWORKS_GPUS``: ``auto`` asks the resource probes (``devices()`` of each
probe registered with ``register_resource_probes``), ``none`` means none, ``0,1`` lists them.
A device is busy while a running job on the same host holds it in its ``assignment``.
"""

from __future__ import annotations

import logging
import socket
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from llmworks.kernel import Kernel

log = logging.getLogger("llmworks.jobs")


def host_name() -> str:
    return socket.gethostname()


def inventory(kernel: Kernel) -> list[dict[str, Any]]:
    """The GPUs this process may hand out: ``[{"index": "0", "type": "NVIDIA H200", ...}]``."""
    spec = (kernel.settings.gpus or "").strip().lower()
    if spec in ("", "none", "0 gpus"):
        return []
    if spec == "auto":
        found: list[dict[str, Any]] = []
        for name, probe in kernel.registry.all("resource_probes").items():
            devices = getattr(probe, "devices", None)
            if devices is None:
                continue
            try:
                found += [dict(d, index=str(d["index"])) for d in devices()]
            except Exception:  # noqa: BLE001 - a broken probe means no devices from it
                log.exception("resource probe %s failed to list its devices", name)
        return found
    return [{"index": i.strip(), "type": kernel.settings.gpu_type} for i in kernel.settings.gpus.split(",") if i.strip()]


def gpu_request(resources: dict[str, Any] | None) -> tuple[int, str | None]:
    """(how many GPUs, which type or None) a job asks for."""
    r = resources or {}
    try:
        n = int(r.get("gpus") or 0)
    except (TypeError, ValueError):
        n = 0
    t = r.get("gpu_type")
    return max(0, n), (str(t) if t else None)


def type_matches(wanted: str | None, device_type: str | None) -> bool:
    """``wanted`` is a case-insensitive substring of the device's type ("h100" matches "NVIDIA H100 80GB")."""
    return wanted is None or wanted.lower() in (device_type or "").lower()


def pick(devices: list[dict[str, Any]], busy: set[str], count: int, wanted: str | None) -> list[str] | None:
    """``count`` free devices of the wanted type, or None when there are not enough."""
    free = [str(d["index"]) for d in devices if str(d["index"]) not in busy and type_matches(wanted, d.get("type"))]
    return free[:count] if len(free) >= count else None
