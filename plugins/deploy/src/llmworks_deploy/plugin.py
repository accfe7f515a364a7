"""The deploy plugin's hook implementations (entry point ``llmworks.deploy``).

Deployments (``/api/plugins/deploy/deployments``) on the targets that ``register_deploy_targets``
provides (this plugin: local serving process, Docker build context, Kubernetes/KServe
manifests), the adapter manager (``/api/plugins/deploy/adapters``), the deployment job and the
``llmworks serve-model`` command. Nothing heavy is imported here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_sdk import CliCommand, JobHandler, RouterSpec, UIRemote, UIRoute, hookimpl

from llmworks_deploy import tables  # noqa: F401 - the metadata knows the tables before migrations run


@hookimpl
def register_migrations(register: Any) -> None:
    register(str(Path(__file__).parent / "migrations"))


@hookimpl
def register_routes(register: Any) -> None:
    from llmworks_deploy.routes import router

    register(RouterSpec(router))


@hookimpl
def register_job_handlers(register: Any) -> None:
    from llmworks_deploy.service import run_deploy_job

    register(JobHandler("deploy.revision", run=run_deploy_job, description="Deploy a revision of a deployment", max_attempts=1))
    from llmworks_deploy.compare import run_compare_job

    register(JobHandler("deploy.compare_adapters", run=run_compare_job,
                        description="Compare a base and adapters: latency, tokens/s and quality side by side",
                        max_attempts=1, preload=("torch", "transformers", "peft")))


@hookimpl
def register_deploy_targets(register: Any) -> None:
    from llmworks_deploy.targets.docker import DockerTarget
    from llmworks_deploy.targets.hf_hub import HubTarget
    from llmworks_deploy.targets.kubernetes import KubernetesTarget
    from llmworks_deploy.targets.local import LocalTarget
    from llmworks_deploy.targets.onnx_zoo import OnnxZooTarget
    from llmworks_deploy.targets.triton import TritonTarget

    register(LocalTarget())
    register(DockerTarget())
    register(KubernetesTarget())
    register(HubTarget())
    register(TritonTarget())
    register(OnnxZooTarget())


@hookimpl
def register_commands(register: Any) -> None:
    from llmworks_deploy.serve import serve_model_command

    register(
        CliCommand(
            "serve-model", serve_model_command, help="Serve one deployment's model with the OpenAI-compatible API (supervised)"
        )
    )


@hookimpl
def llmworks_startup(kernel: Any) -> None:
    from llmworks_deploy.service import adopt_deployments

    adopt_deployments(kernel)
    # the server watches its deployments (crashes, restarts, health) without anyone reading them
    from llmworks_deploy.watcher import STATE_KEY, Watcher

    if kernel.state.get(STATE_KEY) is None:
        kernel.state[STATE_KEY] = Watcher(kernel).start()


@hookimpl
def llmworks_shutdown(kernel: Any) -> None:
    watcher = kernel.state.pop("deploy.watcher", None)
    if watcher is not None:
        watcher.stop()


@hookimpl
def register_ui(register: Any) -> None:
    # built from frontend/projects/deploy by frontend/scripts/build.sh into this package
    register(UIRemote("deploy", Path(__file__).parent / "ui",
                      routes=[UIRoute("deployments", "Deployments", icon="rocket_launch", order=45),
                              UIRoute("adapters", "Adapters", icon="extension", order=46)]))


def _storage(session: Any) -> list[dict[str, Any]]:
    """Each deployment's folder (its build, serving files and logs) and the folders of what its
    revisions serve (the model version, its base, the uploaded adapters: a rollback needs an
    older revision's), for disk usage and cleanup."""
    from llmworks_sdk.kernel import kernel_of
    from sqlalchemy import select

    kernel = kernel_of(session)
    root = Path(kernel.settings.home) / "deployments"
    revisions: dict[int, list[Any]] = {}
    for r in session.scalars(select(tables.DeploymentRevision)):
        revisions.setdefault(r.deployment_id, []).append(r)
    resolved: dict[tuple[str, int], list[str]] = {}
    out = []
    for d in session.scalars(select(tables.Deployment)):
        paths = [str(root / str(d.id))]
        for r in revisions.get(d.id, []):
            key = (r.model, d.project_id)
            if key not in resolved:
                resolved[key] = _source_folders(kernel, session, r.model, d.project_id)
            paths += resolved[key]
            for aid in r.adapters or []:
                a = session.get(tables.Adapter, int(aid))
                if a is not None:
                    paths.append(str(a.path))
        out.append({"kind": "deploy_deployment", "id": d.id, "project_id": d.project_id, "name": d.name,
                    "paths": list(dict.fromkeys(paths))})
    return out


def _source_folders(kernel: Any, session: Any, model: str, project_id: int) -> list[str]:
    """The folders ``model`` (``custom:<id>`` / ``base:<name>``) is served from; none when it no
    longer resolves."""
    from llmworks_sdk.services import ModelRegistry, get_service

    registry = get_service(kernel, ModelRegistry)
    if registry is None:
        return []
    try:
        ref, _owner = registry.resolve(session, model, project_id=project_id)
    except Exception:  # noqa: BLE001 - a deleted version or base model: nothing left to keep
        return []
    return [str(ref.path), *(str(p) for p in (ref.adapters or {}).values())]


@hookimpl
def register_storage_references(register: Any) -> None:
    from llmworks_sdk.resources import StorageReferences

    register(StorageReferences("deploy", _storage))
