"""Decoding steps over Triton, by HTTP or gRPC (``tritonclient``).

A :class:`StepClient` talks to one step model (see :mod:`llmworks_triton.repository`);
:meth:`StepClient.sequence` opens a server-side sequence whose ``feed(token_ids)`` returns the
raw logits of the last position, which is what :func:`llmworks_sdk.decoding.generate_tokens`
consumes.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import numpy as np
from llmworks_sdk.errors import Invalid, Unavailable
from llmworks_sdk.onnx_runtime import OnnxManifest

from llmworks_triton.repository import CACHE_LENGTH, INPUT_IDS, LOGITS, MANIFEST_PARAMETER

PROTOCOLS = ("http", "grpc")


def parse_url(url: str) -> tuple[str, str, bool]:
    """``http://h:8000`` / ``https://h`` / ``grpc://h:8001`` / ``grpcs://h`` → (protocol, address, ssl)."""
    parts = urlsplit(url if "://" in url else f"http://{url}")
    scheme = parts.scheme.lower()
    protocol = {"http": "http", "https": "http", "grpc": "grpc", "grpcs": "grpc"}.get(scheme)
    if protocol is None or not parts.netloc:
        raise Invalid(f"Triton URL {url!r} must look like http://host:8000 or grpc://host:8001")
    return protocol, parts.netloc, scheme in ("https", "grpcs")


class StepClient:
    """One connection to ``model_name`` on the server at ``url``. Not shared between threads."""

    def __init__(self, url: str, model_name: str, *, timeout_s: float = 120.0) -> None:
        self.url, self.model_name, self.timeout_s = url, model_name, timeout_s
        self.protocol, address, ssl = parse_url(url)
        if self.protocol == "grpc":
            import tritonclient.grpc as module
        else:
            import tritonclient.http as module
        self._module = module
        kwargs: dict[str, Any] = {"ssl": ssl}
        if self.protocol == "http":
            kwargs.update(connection_timeout=timeout_s, network_timeout=timeout_s)
        self._client = module.InferenceServerClient(address, **kwargs)

    def close(self) -> None:
        self._client.close()

    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        from tritonclient.utils import InferenceServerException

        try:
            return fn(*args, **kwargs)
        except InferenceServerException as exc:
            raise Unavailable(f"Triton at {self.url} failed to {what} for model {self.model_name!r}: {exc}") from exc
        except OSError as exc:
            raise Unavailable(f"cannot reach Triton at {self.url}: {exc}") from exc

    def ready(self) -> bool:
        try:
            return bool(self._client.is_model_ready(self.model_name))
        except Exception:  # noqa: BLE001 - any failure means "not ready"
            return False

    def manifest(self) -> OnnxManifest:
        """The export manifest the repository put in the model's config parameters."""
        if self.protocol == "grpc":
            config = self._call("read the config", self._client.get_model_config, self.model_name, as_json=True)["config"]
        else:
            config = self._call("read the config", self._client.get_model_config, self.model_name)
        text = config.get("parameters", {}).get(MANIFEST_PARAMETER, {}).get("string_value")
        if not text:
            raise Invalid(f"Triton model {self.model_name!r} was not written by llmworks (no {MANIFEST_PARAMETER})")
        return OnnxManifest.from_json(text)

    def step(self, sequence_id: int, token_ids: Sequence[int], *, start: bool = False, end: bool = False) -> tuple[np.ndarray, int]:
        """Append ``token_ids`` to sequence ``sequence_id``; return (last logits, cached length)."""
        ids = np.asarray([list(token_ids)], dtype=np.int64)
        tensor = self._module.InferInput(INPUT_IDS, list(ids.shape), "INT64")
        tensor.set_data_from_numpy(ids)
        outputs = [self._module.InferRequestedOutput(LOGITS), self._module.InferRequestedOutput(CACHE_LENGTH)]
        result = self._call(
            "run a step", self._client.infer, self.model_name, [tensor], outputs=outputs,
            sequence_id=sequence_id, sequence_start=start, sequence_end=end,
        )
        return result.as_numpy(LOGITS)[0], int(result.as_numpy(CACHE_LENGTH).reshape(-1)[0])

    def sequence(self) -> TritonSequence:
        return TritonSequence(self)


class TritonSequence:
    """A server-side sequence: ``feed`` appends tokens, ``close`` frees its cache."""

    def __init__(self, client: StepClient) -> None:
        self.client = client
        self.id = secrets.randbits(63) | 1  # 0 means "no sequence" to Triton
        self.started = False
        self.closed = False

    def __call__(self, token_ids: Sequence[int]) -> np.ndarray:
        logits, _ = self.client.step(self.id, token_ids, start=not self.started)
        self.started = True
        return logits

    def close(self) -> None:
        if self.started and not self.closed:
            self.closed = True
            self.client.step(self.id, [], end=True)


def server_health(url: str, *, timeout_s: float = 3.0) -> dict[str, Any]:
    """``{"live", "ready", "version"}`` of the server at ``url``, or ``{"error"}``."""
    try:
        protocol, address, ssl = parse_url(url)
        if protocol == "grpc":
            import tritonclient.grpc as module

            client = module.InferenceServerClient(address, ssl=ssl)
            kwargs: dict[str, Any] = {"client_timeout": timeout_s}
        else:
            import tritonclient.http as module

            client = module.InferenceServerClient(
                address, ssl=ssl, connection_timeout=timeout_s, network_timeout=timeout_s
            )
            kwargs = {}
        try:
            live, ready = client.is_server_live(**kwargs), client.is_server_ready(**kwargs)
            metadata = client.get_server_metadata(**kwargs)
            version = metadata.version if hasattr(metadata, "version") else metadata.get("version")
            return {"live": bool(live), "ready": bool(ready), "version": version}
        finally:
            client.close()
    except Exception as exc:  # noqa: BLE001 - a status report, not a failure
        return {"error": f"{type(exc).__name__}: {exc}"}
