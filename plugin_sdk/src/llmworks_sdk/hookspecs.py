"""The llmworks hook specifications: the whole contract between the kernel and plugins.

Hooks are grouped by lifecycle. Feature hooks are ``register_<kind>(register)``: the plugin
calls ``register(obj)`` once per object; the kernel owns names, duplicates and ordering.
Every hook call is isolated: a plugin that raises is logged with a "fix or uninstall" hint,
marked failed in ``llmworks plugins`` and ``GET /api/plugins``, and the others carry on.

The reference page ``docs/plugins/hooks.md`` is generated from these docstrings
(``python -m llmworks.plugins.docs``); a test fails when a hook is undocumented.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pluggy

hookspec = pluggy.HookspecMarker("llmworks")


# ----------------------------------------------------------------------- start-up
@hookspec
def register_migrations(register: Callable[[str], None]) -> None:
    """Declare the Alembic versions folder of the plugin's own tables.

    When called: once when the kernel builds its migration environment (``llmworks
    migrate`` and on server start).

    Arguments:
        register: call ``register(path)`` with the absolute path of a folder of Alembic
            revision files. Each plugin's revisions form their own branch
            (``branch_labels=("<plugin>",)``, ``depends_on="kernel_0001"``; generate them with
            ``llmworks db revision MESSAGE --branch <plugin> --path <folder>``)
            and may reference kernel tables such as ``projects`` and ``users``.

    Returns: nothing.

    Example::

        @hookimpl
        def register_migrations(register):
            register(str(Path(__file__).parent / "migrations"))
    """


@hookspec
def register_routes(register: Callable[..., None]) -> None:
    """Mount the plugin's REST API.

    When called: once while the FastAPI app is built (``create_app``).

    Arguments:
        register: ``register(RouterSpec(router, prefix=None))``; the default prefix is
            ``/api/plugins/<plugin>``. Routes must use the kernel's auth dependencies
            (``llmworks.auth.deps``): every route checks authentication, role and project
            membership.

    Returns: nothing.

    Example::

        @hookimpl
        def register_routes(register):
            register(RouterSpec(router, prefix="/api/datasets"))
    """


@hookspec
def register_job_handlers(register: Callable[..., None]) -> None:
    """Declare the kinds of job this plugin runs.

    When called: at start-up in the server, in every worker (embedded, standalone and
    Celery) and in each job's child process.

    Arguments:
        register: ``register(JobHandler(kind, run, ...))``; ``kind`` is unique, e.g.
            ``"training.run"``. ``run(ctx: JobContext)`` executes the job (see
            :class:`llmworks_sdk.types.JobContext`).

    Returns: nothing.

    Example::

        @hookimpl
        def register_job_handlers(register):
            register(JobHandler("demo.sleep", run=lambda ctx: {"slept": True}))
    """


@hookspec
def register_ui(register: Callable[..., None]) -> None:
    """Declare the plugin's prebuilt micro-frontend (a native-federation remote).

    When called: at start-up; the kernel builds ``GET /api/ui/manifest`` from it and serves
    the files at ``/ui/remotes/<name>/``.

    Arguments:
        register: ``register(UIRemote(name, directory, routes=[UIRoute(...)]))``.
            ``directory`` holds ``remoteEntry.json``. A missing directory is reported as a
            failed remote (the shell shows an error card on its routes).

    Returns: nothing.

    Example::

        @hookimpl
        def register_ui(register):
            register(UIRemote("hello", Path(__file__).parent / "ui",
                              routes=[UIRoute("hello", "Hello", icon="waving_hand")]))
    """


@hookspec
def register_commands(register: Callable[..., None]) -> None:
    """Add commands to the ``llmworks`` CLI.

    When called: when the CLI starts.

    Arguments:
        register: ``register(CliCommand(name, command, help))`` where ``command`` is a Typer
            app (a group) or a plain function (a single command).

    Returns: nothing.

    Example::

        @hookimpl
        def register_commands(register):
            register(CliCommand("demo-model", build_demo, help="Build the offline demo model"))
    """


@hookspec
def register_artifact_stores(register: Callable[..., None]) -> None:
    """Provide artifact stores for other URL schemes (S3, GCS, ...).

    When called: at start-up, before the store named by ``LLMWORKS_ARTIFACT_URL`` is
    created. The local folder store (``file://``) is built in.

    Arguments:
        register: ``register(factory)`` with an :class:`~llmworks_sdk.types.ArtifactStoreFactory`
            whose ``create(url)`` returns an object implementing
            :class:`llmworks.storage.artifacts.ArtifactStore`.

    Returns: nothing.

    Example::

        @hookimpl
        def register_artifact_stores(register):
            register(S3StoreFactory())  # scheme = "s3"
    """


@hookspec
def llmworks_startup(kernel: Any) -> None:
    """Run start-up work that needs the kernel (seed rows, warm caches).

    When called: once in the server process after migrations, before requests are served.
    Keep it fast; enqueue a job for anything slow.

    Arguments:
        kernel: the :class:`llmworks.kernel.Kernel` (settings, ``session()``, ``artifacts``,
            ``registry``, ``queue``, ``events``).

    Returns: nothing.

    Example::

        @hookimpl
        def llmworks_startup(kernel):
            ensure_demo_model(kernel)
    """


# ----------------------------------------------------------------------- features
@hookspec
def register_inference_backends(register: Callable[..., None]) -> None:
    """Provide inference backends.

    When called: at start-up in the server and in workers.

    Arguments:
        register: ``register(backend)`` with an
            :class:`~llmworks_sdk.backends.InferenceBackend` (``name`` unique:
            "pytorch", "onnxruntime", "triton").

    Returns: nothing.

    Example::

        @hookimpl
        def register_inference_backends(register):
            register(TorchBackend())
    """


@hookspec
def register_trainers(register: Callable[..., None]) -> None:
    """Provide training methods for training jobs.

    When called: at start-up in the server (to validate requests) and in workers (to run).

    Arguments:
        register: ``register(trainer)`` with a :class:`~llmworks_sdk.types.Trainer`
            (``name``: "full", "lora", "qlora", "dpo", ...).

    Returns: nothing.

    Example::

        @hookimpl
        def register_trainers(register):
            register(LoraTrainer())
    """


@hookspec
def register_metrics(register: Callable[..., None]) -> None:
    """Provide evaluation metrics.

    When called: at start-up in the server and in workers.

    Arguments:
        register: ``register(metric)`` with a :class:`~llmworks_sdk.types.Metric`
            (``name`` unique, e.g. "bleu", "rouge1", "perplexity").

    Returns: nothing.

    Example::

        @hookimpl
        def register_metrics(register):
            register(ExactMatch())
    """


@hookspec
def register_dataset_formats(register: Callable[..., None]) -> None:
    """Provide readers and validators for uploaded dataset files.

    When called: at start-up in the server and in workers.

    Arguments:
        register: ``register(fmt)`` with a :class:`~llmworks_sdk.types.DatasetFormat`;
            the upload's file extension picks the format.

    Returns: nothing.

    Example::

        @hookimpl
        def register_dataset_formats(register):
            register(JsonlFormat())
    """


@hookspec
def register_export_targets(register: Callable[..., None]) -> None:
    """Provide exporters of a model version.

    When called: at start-up in the server and in workers.

    Arguments:
        register: ``register(target)`` with an :class:`~llmworks_sdk.types.ExportTarget`
            (``name``: "adapter", "merged", "safetensors", "onnx", "triton", ...).

    Returns: nothing.

    Example::

        @hookimpl
        def register_export_targets(register):
            register(OnnxExport())
    """


@hookspec
def register_notifiers(register: Callable[..., None]) -> None:
    """Provide notification delivery channels.

    When called: at start-up in the process that dispatches events.

    Arguments:
        register: ``register(notifier)`` with a :class:`~llmworks_sdk.types.Notifier`;
            ``notify(notification, kernel=...)`` is called for every notification
            (job completed, job failed, new evaluation report).

    Returns: nothing.

    Example::

        @hookimpl
        def register_notifiers(register):
            register(WebhookNotifier())
    """


@hookspec
def register_dashboard_figures(register: Callable[..., None]) -> None:
    """Provide the counters shown on the dashboard (``GET /api/dashboard``).

    When called: at start-up in the server.

    Arguments:
        register: ``register(DashboardFigure(name, label, count, link=None, order=100))``
            where ``count(db, project_ids)`` returns an int for the given projects
            (``project_ids`` is None for "all projects", for administrators).

    Returns: nothing.

    Example::

        @hookimpl
        def register_dashboard_figures(register):
            register(DashboardFigure("datasets", "Datasets", count_datasets, link="/datasets"))
    """


# ----------------------------------------------------------------------- events
@hookspec
def on_event(event: dict[str, Any], kernel: Any) -> None:
    """React to a kernel event.

    When called: once per stored event, in order, by the event dispatcher of the server
    (at least once: a handler must be idempotent). Exceptions are logged and the plugin is
    marked failed for that hook; other plugins still receive the event.

    Arguments:
        event: ``{"id", "type", "ts", "project_id", "subject_kind", "subject_id", "data"}``;
            types include ``job.queued``, ``job.started``, ``job.succeeded``, ``job.failed``,
            ``job.cancelled``, ``evaluation.completed``.
        kernel: the :class:`llmworks.kernel.Kernel`.

    Returns: nothing.

    Example::

        @hookimpl
        def on_event(event, kernel):
            if event["type"] == "job.failed":
                page_on_call(event)
    """
