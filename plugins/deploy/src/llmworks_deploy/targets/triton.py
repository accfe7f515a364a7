"""The "triton" deploy target: the managed Triton Inference Server on an exported model repository.

A local deployment whose serving process (``llmworks serve-model``, supervised, surviving server
restarts) loads the model through the "triton" inference backend: the backend exports the model
version (and each adapter, merged) into a Triton model repository of the deployment's own
(``<deployment>/triton-repository``) and starts the ``tritonserver`` it manages (the binary
bundled in ``nvidia-pytriton``) on it; the serving process answers the OpenAI-compatible API
with every decoding step run on Triton, and its ``/health`` reports the Triton server too.
"""

from __future__ import annotations

from typing import Any

from llmworks_sdk import Invalid
from pydantic import Field

from llmworks_deploy.targets.local import LocalSettings, LocalTarget


class TritonSettings(LocalSettings):
    backend: str = Field("triton", pattern="^triton$", description="Always the triton backend")
    start_timeout_s: float = Field(300, ge=5, le=1800, description="Seconds to wait for export + Triton + healthy")


class TritonTarget(LocalTarget):
    name = "triton"
    description = ("The managed Triton Inference Server on a model repository exported for this model version, behind "
                   "a supervised serving process with the OpenAI-compatible API")
    settings_model = TritonSettings

    def available(self) -> tuple[bool, str]:
        return True, ""

    def deploy(self, ctx: Any) -> dict[str, Any]:
        backend = ctx.kernel.registry.inference_backends.get("triton")
        if backend is None:
            raise Invalid("the triton inference backend is not installed: pip install llmworks-triton",
                          field=("body", "target"))
        ok, why = backend.available()
        if not ok:
            raise Invalid(f"Triton is unavailable here: {why}", field=("body", "target"))
        out = super().deploy(ctx)
        out["triton_repository"] = str(ctx.deployment_dir / "triton-repository")
        return out

    def extra_env(self, ctx: Any) -> dict[str, str]:
        return {"LLMWORKS_TRITON_REPOSITORY": str(ctx.deployment_dir / "triton-repository")}
