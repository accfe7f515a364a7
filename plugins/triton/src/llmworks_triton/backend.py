"""The "triton" inference backend: decoding steps on a Triton server, sampling on the client.

Either against a configured server (``url``, e.g. ``http://triton:8000`` or
``grpc://triton:8001``) that serves a repository written by
:func:`llmworks_triton.repository.export_model_repository`, or against a local server this
backend manages itself (the ``tritonserver`` bundled in ``nvidia-pytriton``), into whose
repository each loaded model version is exported.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from llmworks_sdk.backends import ModelRef
from llmworks_sdk.decoding import TextCodec, generate_tokens
from llmworks_sdk.errors import Invalid, Unavailable
from llmworks_sdk.generation import FinishReason, GeneratedToken, GenerationParams
from llmworks_sdk.onnx_runtime import OnnxManifest
from llmworks_sdk.services import OnnxExports, installed_service

from llmworks_triton.client import PROTOCOLS, StepClient, parse_url, server_health
from llmworks_triton.managed import ManagedServer
from llmworks_triton.repository import export_model_repository, model_name_for
from llmworks_triton.server import find_tritonserver
from llmworks_triton.settings import TritonSettings

#: separates a model name from an adapter name: ``<model>__<adapter>``
ADAPTER_SEPARATOR = "__"


class TritonLoadedModel:
    def __init__(
        self,
        url: str,
        model_names: dict[str | None, str],
        tokenizer_dir: Path,
        *,
        memory_bytes: int = 0,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self.url = url
        self.model_names = model_names
        probe = StepClient(url, model_names[None])
        try:
            self.manifest: OnnxManifest = probe.manifest()
        finally:
            probe.close()
        m = self.manifest
        self.codec = TextCodec.from_folder(tokenizer_dir, eos_token_ids=m.eos_token_ids, bos_token_id=m.bos_token_id)
        self.context_length = m.context_length
        self.memory_bytes = memory_bytes
        self._on_close = on_close

    def count_tokens(self, text: str) -> int:
        return self.codec.count(text)

    def stream(
        self, prompt: str, params: GenerationParams, *, adapter: str | None = None
    ) -> Generator[GeneratedToken, None, FinishReason]:
        if adapter not in self.model_names:
            names = ", ".join(sorted(n for n in self.model_names if n)) or "none"
            raise Invalid(f"unknown adapter {adapter!r}; this model has: {names}", field=("body", "adapter"))
        return self._stream(self.model_names[adapter], prompt, params)

    def _stream(self, model_name: str, prompt: str, params: GenerationParams) -> Generator[GeneratedToken, None, FinishReason]:
        client = StepClient(self.url, model_name)
        sequence = client.sequence()
        try:
            prompt_ids = self.codec.encode_prompt(prompt)
            return (yield from generate_tokens(sequence, self.codec, prompt_ids, params, context_length=self.context_length))
        finally:
            try:
                sequence.close()
            except Unavailable:
                pass  # the server drops idle sequences itself
            client.close()

    def close(self) -> None:
        on_close, self._on_close = self._on_close, None
        if on_close is not None:
            on_close()


class TritonBackend:
    """Options (``ModelRef.options`` override the constructor): ``url`` of a running server
    (else a local server is managed), ``protocol`` ("http" or "grpc") for the managed server,
    ``model_name`` on the server (default from ``ModelRef.key``), ``tokenizer_dir`` (default
    ``ModelRef.path``) with a remote server. Adapters are served as ``<model_name>__<adapter>``.
    """

    name = "triton"
    description = "Triton Inference Server (HTTP or gRPC): one decoding step per request, KV cache on the server"
    supports_attention = False
    supports_adapters = True  # each adapter is a merged model of its own on the server

    def __init__(
        self, url: str | None = None, *, protocol: str | None = None, cache_dir: Path | None = None,
        repository_dir: Path | None = None, startup_timeout_s: float | None = None,
    ) -> None:
        """Arguments left out come from :class:`~llmworks_triton.settings.TritonSettings`
        (``LLMWORKS_TRITON_*``); ONNX exports come from the ``OnnxExports`` service (the onnx
        plugin's cache), looked up when a model is first loaded."""
        settings = TritonSettings()
        self.url = url or settings.url
        self.protocol = protocol or settings.protocol
        self._cache_dir = Path(cache_dir) if cache_dir else None
        self._exports: OnnxExports | None = None
        self.repository_dir = Path(repository_dir) if repository_dir else settings.repository_dir
        self.startup_timeout_s = startup_timeout_s or settings.startup_timeout_s
        self._managed: ManagedServer | None = None

    @property
    def exports(self) -> OnnxExports:
        if self._exports is None:
            self._exports = installed_service(OnnxExports)
        return self._exports

    @property
    def cache_dir(self) -> Path:
        return self._cache_dir or self.exports.cache_dir()

    @property
    def managed(self) -> ManagedServer:
        if self._managed is None:
            self._managed = ManagedServer(self.repository_dir, startup_timeout_s=self.startup_timeout_s)
        return self._managed

    def available(self) -> tuple[bool, str]:
        try:
            import tritonclient.grpc  # noqa: F401
            import tritonclient.http  # noqa: F401
        except ImportError as exc:
            return False, f"tritonclient is not importable ({exc}); pip install 'tritonclient[http,grpc]'"
        if self.url:
            return True, ""
        try:
            self.exports  # a managed server serves ONNX exports: the onnx plugin makes them
        except Unavailable as exc:
            return False, f"no server URL is configured and {exc.detail}"
        try:
            find_tritonserver()
        except Unavailable as exc:
            return False, f"no server URL is configured and {exc.detail}"
        return True, ""

    def load(self, ref: ModelRef) -> TritonLoadedModel:
        model_name = ref.options.get("model_name") or model_name_for(ref.key)
        names: dict[str | None, str] = {None: model_name}
        names.update({adapter: f"{model_name}{ADAPTER_SEPARATOR}{adapter}" for adapter in ref.adapters})
        url = ref.options.get("url", self.url)
        if url:
            parse_url(url)
            return TritonLoadedModel(url, names, Path(ref.options.get("tokenizer_dir", ref.path)))
        return self._load_managed(ref, names, ref.options.get("protocol", self.protocol))

    def _load_managed(self, ref: ModelRef, names: dict[str | None, str], protocol: str) -> TritonLoadedModel:
        if protocol not in PROTOCOLS:
            raise Invalid(f"protocol must be one of {PROTOCOLS}, not {protocol!r}")
        adapters: dict[str | None, Path | None] = {None: None, **ref.adapters}
        acquired: list[str] = []
        try:
            for adapter, name in names.items():
                server = self.managed.acquire(name, self._writer(ref.path, name, adapters[adapter]))
                acquired.append(name)
            url = server.grpc_url if protocol == "grpc" else server.http_url
            repo = self.managed.repo_dir
            size = sum(f.stat().st_size for name in acquired for f in (repo / name / "1").iterdir() if f.is_file())
            return TritonLoadedModel(
                url, names, repo / names[None] / "1", memory_bytes=size, on_close=lambda: self._release(acquired)
            )
        except BaseException:
            self._release(acquired)
            raise

    def _writer(self, model_dir: Path, name: str, adapter_dir: Path | None) -> Callable[[Path], object]:
        def write(repo_dir: Path) -> object:
            return export_model_repository(
                model_dir, repo_dir, model_name=name, adapter_dir=adapter_dir, cache_dir=self.cache_dir,
                exports=self.exports
            )

        return write

    def _release(self, names: list[str]) -> None:
        for name in names:
            self.managed.release(name)

    def status(self) -> dict[str, Any]:
        """The configured server (live/ready), the bundled binary and the managed server."""
        ok, reason = self.available()
        out: dict[str, Any] = {"available": ok, "reason": reason, "url": self.url, "protocol": self.protocol}
        if self.url:
            out["server"] = server_health(self.url)
        try:
            out["binary"] = str(find_tritonserver().binary)
        except Unavailable as exc:
            out["binary"] = None
            out["binary_problem"] = exc.detail
        server = self._managed.server if self._managed is not None else None
        out["managed"] = {
            "repository": str(self.repository_dir),
            "running": bool(server and server.running()),
            "http_url": server.http_url if server and server.running() else None,
            "grpc_url": server.grpc_url if server and server.running() else None,
            "models": self._managed.models() if self._managed is not None else [],
        }
        return out

    def shutdown(self) -> None:
        """Stop the managed server, if any."""
        if self._managed is not None:
            self._managed.stop()
