"""The "local" deploy target: a supervised ``llmworks serve-model`` process per deployment.

The supervisor starts in a session of its own (not a child process group of the server or of
the job that started it), so the deployment keeps running when the main server restarts; the
deploy plugin adopts it again at start-up (``adopt_deployments``). A redeploy or rollback stops
the supervisor of the previous revision and starts the new one on the same port, so the
deployment's URL does not change.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
from llmworks_sdk import Invalid
from pydantic import BaseModel, ConfigDict, Field

from llmworks_deploy.serve import llmworks_command, write_json


class LocalSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    host: str = Field("127.0.0.1", pattern=r"^[0-9A-Za-z.:-]{1,255}$", description="Bind address of the serving process")
    port: int | None = Field(None, ge=1024, le=65535, description="Port (default: a free one, kept across revisions)")
    backend: str = Field("pytorch", min_length=1, max_length=64, description="Inference backend that loads the model")
    start_timeout_s: float = Field(180, ge=5, le=1800, description="Seconds to wait for the process to become healthy")
    backoff_s: float = Field(1.0, ge=0.1, le=60, description="First restart delay after a crash (doubles each time)")
    max_backoff_s: float = Field(30.0, ge=0.1, le=600, description="Longest restart delay")
    health_interval_s: float = Field(5.0, ge=0, le=600, description="Seconds between the supervisor's /health probes (0: off)")
    health_timeout_s: float = Field(2.0, ge=0.1, le=60, description="Seconds a /health probe may take")
    health_failures: int = Field(3, ge=1, le=100, description="Failed probes in a row after which a hung process is restarted")
    torch_threads: int = Field(0, ge=0, le=256, description="Threads of the serving process (0: the library's default)")
    defaults: dict[str, Any] = Field(default_factory=dict, description="Default generation parameters")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _start_time(pid: int) -> str | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return None if fields[0] == "Z" else fields[19]
    except OSError:
        return None


def supervisor_alive(folder: Path) -> dict[str, Any] | None:
    """The supervisor's record when its process still runs (pid and start time match), else None."""
    try:
        rec = json.loads((folder / "supervisor.json").read_text())
    except (OSError, ValueError):
        return None
    pid = int(rec.get("supervisor_pid") or 0)
    if pid <= 0 or rec.get("state") == "stopped":
        return None
    start = _start_time(pid)
    if start is None or (rec.get("supervisor_start") and rec["supervisor_start"] != start):
        return None
    return rec


def stop_supervisor(folder: Path, timeout: float = 20.0) -> bool:
    """SIGTERM the deployment's supervisor (it stops its worker) and wait; SIGKILL its group after
    ``timeout``. True when one was running."""
    rec = supervisor_alive(folder)
    if rec is None:
        return False
    pid = int(rec["supervisor_pid"])
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return False
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _start_time(pid) is None:
            return True
        try:  # reap it when it is our child (the server started it)
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass
        time.sleep(0.1)
    for target in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            target()
        except (ProcessLookupError, PermissionError):
            pass
    worker = rec.get("worker_pid")
    if worker:
        try:
            os.killpg(int(worker), signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    return True


def start_supervisor(spec_path: Path, folder: Path, env: dict[str, str]) -> int:
    """Start ``llmworks serve-model SPEC`` detached (own session, not the caller's child group)."""
    with open(folder / "deployment.log", "ab") as out:
        proc = subprocess.Popen(
            [*llmworks_command(), "serve-model", str(spec_path)],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=out,
            env=env,
            cwd=str(folder),
            start_new_session=True,
            close_fds=True,
        )
    # the supervisor writes its record (pid + start time) itself; wait for it
    for _ in range(300):
        rec = supervisor_alive(folder)
        if rec is not None and rec.get("supervisor_pid") == proc.pid:
            break
        if proc.poll() is not None:
            raise RuntimeError(f"the serving supervisor exited at once with code {proc.returncode}: see the deployment log")
        time.sleep(0.1)
    return proc.pid


def probe(url: str, timeout: float = 2.0) -> dict[str, Any]:
    try:
        r = httpx.get(f"{url}/health", timeout=timeout)
    except httpx.HTTPError as exc:
        return {"ok": False, "detail": f"{type(exc).__name__}: {exc}"}
    if r.status_code != 200:
        return {"ok": False, "detail": f"HTTP {r.status_code}"}
    return {"ok": True, **r.json()}


class LocalTarget:
    name = "local"
    description = (
        "A separate serving process on this machine (`llmworks serve-model`): the OpenAI-compatible API "
        "with the project's safety policy, restarted on crash with backoff, surviving server restarts"
    )
    settings_model = LocalSettings
    long_running = True

    def available(self) -> tuple[bool, str]:
        return True, ""

    def deploy(self, ctx: Any) -> dict[str, Any]:
        st: LocalSettings = ctx.settings
        backends = ctx.kernel.registry.inference_backends
        if st.backend not in backends:
            raise Invalid(
                f"inference backend '{st.backend}' is not installed; installed: {', '.join(sorted(backends))}",
                field=("body", "settings", "backend"),
            )
        if ctx.source.adapters and not getattr(backends[st.backend], "supports_adapters", False):
            raise Invalid(
                f"backend '{st.backend}' cannot serve adapters on a base: use 'pytorch'", field=("body", "settings", "backend")
            )
        folder: Path = ctx.deployment_dir
        previous = ctx.outputs.get("previous") or {}
        port = st.port or previous.get("port") or free_port(st.host)
        ctx.state("starting", f"starting the serving process on {st.host}:{port}")
        if stop_supervisor(folder):
            ctx.log.info("stopped the serving process of the previous revision")
            ctx.emit("process.replaced", {"port": port})
        adapters = {name: str(path) for name, path in ctx.source.adapters.items()}
        spec = {
            "deployment_id": ctx.deployment_id,
            "revision": ctx.revision,
            "name": ctx.name,
            "project_id": ctx.project_id,
            "model": ctx.source.model,
            "base_path": str(ctx.source.base_path),
            "adapters": adapters,
            "adapter": next(iter(adapters), None),
            "backend": st.backend,
            "host": st.host,
            "port": port,
            "deployment_dir": str(folder),
            "backoff_s": st.backoff_s,
            "max_backoff_s": st.max_backoff_s,
            "start_timeout_s": st.start_timeout_s,
            "health_interval_s": st.health_interval_s,
            "health_timeout_s": st.health_timeout_s,
            "health_failures": st.health_failures,
            "torch_threads": st.torch_threads,
            "defaults": st.defaults,
            "admin_token": secrets.token_urlsafe(24),
        }
        spec_path = ctx.work_dir / "spec.json"
        write_json(spec_path, spec)
        os.chmod(spec_path, 0o600)
        env = dict(os.environ)
        env["LLMWORKS_HOME"] = str(ctx.kernel.settings.home)
        env.setdefault("PYTHONUNBUFFERED", "1")
        env.update(self.extra_env(ctx))
        pid = start_supervisor(spec_path, folder, env)
        url = f"http://{'127.0.0.1' if st.host in ('0.0.0.0', '::') else st.host}:{port}"
        ctx.log.info("supervisor %s started; waiting for %s/health", pid, url)
        deadline = time.monotonic() + st.start_timeout_s
        last: dict[str, Any] = {}
        while time.monotonic() < deadline:
            last = probe(url, timeout=1.0)
            if last.get("ok") and last.get("revision") == ctx.revision:
                ctx.log.info("healthy: pid %s, revision %s", last.get("pid"), ctx.revision)
                return {
                    "url": url,
                    "openai_base_url": f"{url}/v1",
                    "port": port,
                    "host": st.host,
                    "supervisor_pid": pid,
                    "spec": str(spec_path),
                    "model_name": ctx.name,
                }
            if supervisor_alive(folder) is None:
                raise RuntimeError("the serving supervisor exited: see the deployment log")
            time.sleep(0.25)
        stop_supervisor(folder)
        raise RuntimeError(
            f"the serving process did not become healthy within {st.start_timeout_s:.0f} s "
            f"(last probe: {last.get('detail', last)})"
        )

    def extra_env(self, ctx: Any) -> dict[str, str]:
        """Environment variables the serving process gets besides the server's."""
        return {}

    def stop(self, ctx: Any) -> None:
        if stop_supervisor(ctx.deployment_dir):
            ctx.log.info("serving process stopped")

    def health(self, ctx: Any) -> dict[str, Any]:
        url = ctx.outputs.get("url")
        if not url:
            return {"ok": False, "detail": "not started"}
        rec = supervisor_alive(ctx.deployment_dir)
        out = probe(url)
        out["supervisor"] = (
            None if rec is None else {k: rec.get(k) for k in ("supervisor_pid", "worker_pid", "restarts", "state", "revision")}
        )
        if rec is None:
            out["ok"] = False
            out["detail"] = "the serving supervisor is not running"
        return out


def attach_adapter(outputs: dict[str, Any], name: str, path: Path) -> dict[str, Any]:
    """Attach an adapter to a running local deployment's loaded base (no reload)."""
    spec = json.loads(Path(outputs["spec"]).read_text())
    r = httpx.post(
        f"{outputs['url']}/admin/adapters",
        json={"name": name, "path": str(path)},
        headers={"x-llmworks-deploy-token": spec["admin_token"]},
        timeout=120,
    )
    if r.status_code != 200:
        raise Invalid(f"the serving process refused the adapter: {r.text[:300]}")
    return dict(r.json())


__all__ = ["LocalSettings", "LocalTarget", "attach_adapter", "free_port", "probe", "stop_supervisor", "supervisor_alive"]
