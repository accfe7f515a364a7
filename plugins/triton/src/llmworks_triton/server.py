"""Start and stop the Triton Inference Server that ships in PyPI's ``nvidia-pytriton`` wheel.

The wheel carries ``pytriton/tritonserver/bin/tritonserver`` (Triton 2.51, Python backend only)
and one Python-backend stub per Python version. We run that binary on a classic model
repository, on 127.0.0.1 and free ports, with the catches found on this kind of machine:

* the stub links ``libpython3.X.so``: ``LD_LIBRARY_PATH`` gets the running interpreter's
  ``LIBDIR`` (else model start fails with ``_recursion_count``), and the wheel's bundled libs;
* the stub must see this interpreter's packages (numpy, onnxruntime): ``PYTHONPATH`` gets them;
* shutdown waits 30 s by default: ``--exit-timeout-secs`` is lowered.
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
import sysconfig
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from llmworks_sdk.errors import Unavailable
from llmworks_sdk.processes import OwnedProcess, spawn

INSTALL_HINT = "pip install 'llmworks-triton[server]' (it brings nvidia-pytriton==0.7.0, which bundles tritonserver)"


@dataclass(frozen=True)
class TritonDistribution:
    """Where the bundled server's pieces are."""

    binary: Path
    python_backend: Path  # folder with libtriton_python.so and triton_python_backend_utils.py
    stub: Path  # triton_python_backend_stub for this Python version
    libs: Path  # the wheel's bundled shared libraries


def find_tritonserver() -> TritonDistribution:
    """Locate the ``tritonserver`` binary inside the installed ``pytriton`` package, or raise
    :class:`~llmworks_sdk.errors.Unavailable` saying what to install."""
    import importlib.util

    spec = importlib.util.find_spec("pytriton")
    if spec is None or not spec.submodule_search_locations:
        raise Unavailable(f"the Triton Inference Server binary is not installed: {INSTALL_HINT}")
    package = Path(next(iter(spec.submodule_search_locations)))
    root = package / "tritonserver"
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    dist = TritonDistribution(
        binary=root / "bin" / "tritonserver",
        python_backend=root / "backends" / "python",
        stub=root / "python_backend_stubs" / version / "triton_python_backend_stub",
        libs=package.parent / "nvidia_pytriton.libs",
    )
    if not dist.binary.is_file() or not os.access(dist.binary, os.X_OK):
        raise Unavailable(f"no executable tritonserver at {dist.binary}: {INSTALL_HINT}")
    if not dist.stub.is_file():
        raise Unavailable(f"pytriton has no Python-backend stub for Python {version} ({dist.stub})")
    return dist


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def server_env(dist: TritonDistribution) -> dict[str, str]:
    """The environment the server and its Python-backend stubs need."""
    env = dict(os.environ)
    libdir = sysconfig.get_config_var("LIBDIR") or ""
    env["LD_LIBRARY_PATH"] = os.pathsep.join(
        p for p in (libdir, str(dist.libs), env.get("LD_LIBRARY_PATH", "")) if p
    )
    paths = [p for p in sys.path if p and Path(p).is_dir()]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys([*paths, *env.get("PYTHONPATH", "").split(os.pathsep)]).keys()).strip(
        os.pathsep
    )
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def _backend_dir(dist: TritonDistribution, work: Path) -> Path:
    """A backend folder whose python backend has this Python version's stub."""
    python = work / "backends" / "python"
    python.mkdir(parents=True)
    for item in dist.python_backend.iterdir():
        if item.is_file():
            (python / item.name).symlink_to(item)
    (python / "triton_python_backend_stub").symlink_to(dist.stub)
    return work / "backends"


class TritonServer:
    """A ``tritonserver`` process serving ``model_repository`` on 127.0.0.1.

    ``models``: load only these (explicit model control); None loads every model of the
    repository. Use as a context manager, or call :meth:`start` / :meth:`stop`.
    """

    def __init__(
        self,
        model_repository: Path,
        *,
        models: list[str] | None = None,
        host: str = "127.0.0.1",
        http_port: int | None = None,
        grpc_port: int | None = None,
        exit_timeout_s: int = 3,
        log_verbose: int = 0,
    ) -> None:
        self.model_repository = Path(model_repository)
        self.models = list(models) if models is not None else None
        self.host = host
        self.http_port = http_port
        self.grpc_port = grpc_port
        self.exit_timeout_s = exit_timeout_s
        self.log_verbose = log_verbose
        self.process: OwnedProcess | None = None
        self._work: Path | None = None

    @property
    def http_url(self) -> str:
        return f"http://{self.host}:{self.http_port}"

    @property
    def grpc_url(self) -> str:
        return f"grpc://{self.host}:{self.grpc_port}"

    @property
    def log_path(self) -> Path | None:
        return self._work / "tritonserver.log" if self._work else None

    def log_tail(self, chars: int = 4000) -> str:
        path = self.log_path
        return path.read_text(errors="replace")[-chars:] if path and path.is_file() else ""

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def command(self, dist: TritonDistribution, backend_dir: Path) -> list[str]:
        cmd = [
            str(dist.binary),
            f"--model-repository={self.model_repository}",
            f"--backend-directory={backend_dir}",
            f"--http-address={self.host}",
            f"--http-port={self.http_port}",
            f"--grpc-address={self.host}",
            f"--grpc-port={self.grpc_port}",
            "--allow-metrics=false",
            "--allow-sagemaker=false",
            "--allow-vertex-ai=false",
            f"--exit-timeout-secs={self.exit_timeout_s}",
            # readiness of the models we serve is checked one by one (unloading one would
            # otherwise make the whole server "not ready")
            "--strict-readiness=false",
            f"--log-verbose={self.log_verbose}",
        ]
        if self.models is not None:
            cmd.append("--model-control-mode=explicit")
            cmd += [f"--load-model={name}" for name in self.models]
        return cmd

    def start(self, timeout_s: float = 120.0) -> TritonServer:
        """Start the server and wait until it and its models are ready."""
        if self.running():
            return self
        dist = find_tritonserver()
        self._work = Path(tempfile.mkdtemp(prefix="llmworks-triton-"))
        backend_dir = _backend_dir(dist, self._work)
        self.http_port = self.http_port or free_port(self.host)
        self.grpc_port = self.grpc_port or free_port(self.host)
        log = (self._work / "tritonserver.log").open("wb")
        try:
            # its own process group, ended (stubs included) and its folder removed when this
            # process stops or dies, however it dies
            self.process = spawn(self.command(dist, backend_dir), env=server_env(dist), stdout=log, stderr=log,
                                 cleanup=[self._work], grace_s=self.exit_timeout_s + 5, name="tritonserver")
        finally:
            log.close()
        try:
            self.wait_ready(timeout_s)
        except BaseException:
            self.stop()
            raise
        return self

    def _get(self, path: str) -> int:
        try:
            with urllib.request.urlopen(f"{self.http_url}{path}", timeout=2) as response:
                return int(response.status)
        except urllib.error.HTTPError as exc:
            return int(exc.code)
        except (urllib.error.URLError, OSError):
            return 0

    def ready(self) -> bool:
        if not self.running() or self._get("/v2/health/ready") != 200:
            return False
        return all(self._get(f"/v2/models/{name}/ready") == 200 for name in self.models or [])

    def wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not self.running():
                code = self.process.returncode if self.process else None
                raise Unavailable(f"tritonserver exited with code {code} while starting:\n{self.log_tail()}")
            if self.ready():
                return
            time.sleep(0.2)
        raise Unavailable(f"tritonserver was not ready after {timeout_s:.0f} s:\n{self.log_tail()}")

    def stop(self, timeout_s: float | None = None) -> int | None:
        """Stop the server and its stubs (SIGTERM, then SIGKILL after ``exit_timeout_s`` + 5 s); return its exit code."""
        process, self.process = self.process, None
        code = None
        if process is not None:
            code = process.stop(timeout_s)
        if self._work is not None:
            shutil.rmtree(self._work, ignore_errors=True)
            self._work = None
        return code

    def __enter__(self) -> TritonServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

