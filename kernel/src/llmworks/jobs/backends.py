"""The built-in compute backends (``local``, ``celery``) and the choice of a job's backend.

Both are *pull* backends: the kernel's own workers claim the job. ``local`` jobs are claimed by
the database-polling workers (the embedded worker of ``llmworks serve``, ``llmworks worker``);
``celery`` jobs are sent to the broker by the Celery dispatcher and claimed by ``llmworks worker
--celery``. A job without a backend (``Job.backend`` None, the default) runs wherever this
installation's queue runs jobs (``LLMWORKS_QUEUE``): exactly the behaviour before backends
existed. Push backends (Slurm, Kubernetes) come from plugins (``llmworks-clusters``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from llmworks_sdk import Invalid
from llmworks_sdk.compute import BackendUnavailable, NativeStatus, Submission
from llmworks_sdk.resources import ResourceRequest
from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from llmworks.kernel import Kernel

#: backends whose jobs the database-polling workers claim (besides jobs without a backend)
LOCAL = "local"
CELERY = "celery"


class NoOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _PullBackend:
    pulls = True
    options_model = NoOptions

    name = ""
    description = ""

    def check(self, request: ResourceRequest, options: Any) -> None:
        if request.nodes > 1:
            raise Invalid(f"the '{self.name}' backend runs a job on one node; nodes={request.nodes} needs a cluster "
                          "backend (Slurm, Kubernetes)", field=("body", "resources", "nodes"))

    def submit(self, submission: Submission, request: ResourceRequest, options: Any) -> str:
        raise BackendUnavailable(f"the '{self.name}' backend takes no submissions: its workers claim jobs")

    def poll(self, native_id: str, options: Any) -> NativeStatus:
        return NativeStatus("unknown", reason="the kernel's workers report through the job itself")

    def cancel(self, native_id: str, options: Any) -> None:
        """Nothing to do: the worker heart-beating the job sees the cancel request."""

    def logs(self, native_id: str, options: Any, *, tail: int = 20000) -> str:
        return ""


class LocalBackend(_PullBackend):
    name = LOCAL
    description = "This installation's workers: the embedded worker of llmworks serve and llmworks worker processes"


class CeleryBackend(_PullBackend):
    name = CELERY
    description = "Celery workers (llmworks worker --celery) woken through the broker (LLMWORKS_CELERY_BROKER_URL)"


def choose_backend(kernel: Kernel, session: Session | None, *, project_id: int | None, kind: str,
                   resources: Mapping[str, Any]) -> str | None:
    """The backend of a new job: the :class:`~llmworks_sdk.compute.ComputeRouting` service's
    choice when a plugin provides one, else ``resources["backend"]`` when it names a built-in
    backend. Raises ``Invalid`` for a backend that does not exist or cannot take the request."""
    routing = kernel.registry.get("services", "ComputeRouting")
    if routing is not None and session is not None:
        impl = getattr(routing, "impl", routing)
        chosen = impl.choose(session, project_id=project_id, kind=kind, resources=resources)
        return str(chosen) if chosen else None
    wanted = resources.get("backend")
    backends = kernel.registry.all("compute_backends")
    if wanted and (wanted not in backends or not backends[wanted].pulls):
        pull = ", ".join(sorted(n for n, b in backends.items() if b.pulls)) or "none"
        raise Invalid(f"compute backend '{wanted}' is not configured (available: {pull}; cluster backends need the "
                      "llmworks-clusters plugin)", field=("body", "resources", "backend"))
    request = ResourceRequest.model_validate({k: v for k, v in resources.items() if k in ResourceRequest.model_fields})
    if request.nodes > 1:
        (backends.get(wanted or LOCAL) or LocalBackend()).check(request, NoOptions())
    return str(wanted) if wanted else None
