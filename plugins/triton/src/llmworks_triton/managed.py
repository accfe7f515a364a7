"""One local Triton server shared by the models this process loads.

The server starts with the first model and stops with the last; models are loaded and
unloaded through Triton's repository API (explicit model control), so loading a second
model version does not restart the server.
"""

from __future__ import annotations

import atexit
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from llmworks_triton.server import TritonServer


class ManagedServer:
    def __init__(self, repo_dir: Path, *, startup_timeout_s: float = 120.0) -> None:
        self.repo_dir = Path(repo_dir)
        self.startup_timeout_s = startup_timeout_s
        self.server: TritonServer | None = None
        self._users: Counter[str] = Counter()
        self._lock = threading.Lock()
        atexit.register(self.stop)

    def _admin(self):
        import tritonclient.http as http

        assert self.server is not None
        return http.InferenceServerClient(self.server.http_url.split("://", 1)[1])

    def acquire(self, model_name: str, write: Callable[[Path], object]) -> TritonServer:
        """Serve ``model_name``: on its first use ``write(repo_dir)`` writes it into the
        repository and the server (started if needed) loads it. Pair with :meth:`release`."""
        with self._lock:
            if self._users[model_name] == 0:
                self.repo_dir.mkdir(parents=True, exist_ok=True)
                write(self.repo_dir)
                if self.server is None or not self.server.running():
                    self.server = TritonServer(self.repo_dir, models=[]).start(self.startup_timeout_s)
                admin = self._admin()
                try:
                    admin.load_model(model_name)
                finally:
                    admin.close()
            self._users[model_name] += 1
            return self.server

    def release(self, model_name: str) -> None:
        with self._lock:
            if self._users[model_name] <= 0:
                return
            self._users[model_name] -= 1
            if self._users[model_name] == 0:
                del self._users[model_name]
                if self.server is not None and self.server.running():
                    if self._users:
                        admin = self._admin()
                        try:
                            admin.unload_model(model_name)
                        finally:
                            admin.close()
                    else:
                        self._stop_locked()

    def models(self) -> list[str]:
        with self._lock:
            return sorted(self._users)

    def _stop_locked(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def stop(self) -> None:
        with self._lock:
            self._users.clear()
            self._stop_locked()
