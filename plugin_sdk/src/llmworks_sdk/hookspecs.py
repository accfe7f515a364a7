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
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from llmworks_sdk.kernel import Kernel

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
            ``/api/plugins/<plugin>``. Routes must use the SDK's dependencies
            (``llmworks_sdk.web``: ``Auth``, ``DB``, ``KernelDep``, ``load_in_project``,
            ``scope_to_projects``): every route checks authentication, role and project
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
            ``directory`` holds ``remoteEntry.json`` and the bundle, built with Angular
            22.1.8 and ``llmworksFederation`` from the ``@llmworks/ui-kit`` package (the
            shell shares Angular and the UI kit as strict singletons; see
            docs/dev/PLUGIN_GUIDE.md, "A UI page"). The remote exposes ``./routes``, a module
            exporting ``routes: Routes``; each ``UIRoute.path`` is the first path segment of
            some of those routes and becomes a navigation entry.

    Failures: a missing ``remoteEntry.json``, a remote that fails to load in the browser, or
    this hook raising is reported in ``GET /api/ui/manifest`` (``failed``, with a "fix or
    uninstall" hint), ``GET /api/plugins`` and the UI's Plugins page; the shell keeps the
    navigation entries and shows an error card on their pages. Other plugins are unaffected.

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
def llmworks_startup(kernel: Kernel) -> None:
    """Run start-up work that needs the kernel (seed rows, warm caches).

    When called: once in the server process after migrations, before requests are served.
    Keep it fast; enqueue a job for anything slow.

    Arguments:
        kernel: the :class:`llmworks_sdk.kernel.Kernel` (settings, ``session()``, ``artifacts``,
            ``registry``, ``queue``, ``events``).

    Returns: nothing.

    Example::

        @hookimpl
        def llmworks_startup(kernel):
            ensure_demo_model(kernel)
    """


@hookspec
def llmworks_process_started(kernel: Kernel) -> None:
    """Start per-process background work (samplers, caches) in a long-running process.

    When called: once when a server has started (after ``llmworks_startup``) and once when a
    standalone worker (``llmworks worker``, also with ``--celery``) starts; never in job
    children or CLI commands. Pair it with ``llmworks_shutdown``; use daemon threads.

    Arguments:
        kernel: the :class:`llmworks_sdk.kernel.Kernel`; ``kernel.role`` is "server" or "worker".

    Returns: nothing.

    Example::

        @hookimpl
        def llmworks_process_started(kernel):
            kernel.state["sampler"] = Sampler(kernel).start()
    """


@hookspec
def llmworks_shutdown(kernel: Kernel) -> None:
    """Stop what ``llmworks_process_started`` started.

    When called: when the server or worker stops, and when a kernel is closed (tests create
    and close many); it may be called more than once or without a start: be idempotent.

    Arguments:
        kernel: the :class:`llmworks_sdk.kernel.Kernel`.

    Returns: nothing.

    Example::

        @hookimpl
        def llmworks_shutdown(kernel):
            sampler = kernel.state.pop("sampler", None)
            if sampler:
                sampler.stop()
    """


# ----------------------------------------------------------------------- features
@hookspec
def register_inference_backends(register: Callable[..., None]) -> None:
    """Provide inference backends.

    When called: at start-up in the server and in workers.

    Arguments:
        register: ``register(backend)`` with an
            :class:`~llmworks_sdk.backends.InferenceBackend` (``name`` unique:
            "pytorch", "onnxruntime", "triton"). Its ``load(ref)`` returns a
            :class:`~llmworks_sdk.backends.LoadedModel` whose ``stream(prompt, params,
            adapter=)`` is a ``Generator[GeneratedToken, None, FinishReason]``: it yields the
            tokens and *returns* ``"eos"``, ``"stop"`` or ``"length"`` (read from
            ``StopIteration.value``; without it every answer says ``"length"``). A backend
            that gets raw logits runs the shared token pipeline
            :func:`llmworks_sdk.decoding.generate_tokens` (sampling, stop sequences,
            detokenising, log-probs, by the rules documented there). A ``ValueError`` or
            ``Invalid`` raised by ``stream`` becomes a 422 with its message; the inference
            plugin checks the prompt against ``context_length`` (``count_tokens``) before
            calling ``stream``, and ``stream`` stops at the context length. Chat messages are
            rendered with the route's model folder's chat template unless the backend sets
            ``renders_chat = True``, in which case its loaded models'
            ``render_chat(messages)`` makes the prompt (a remote chat API needs no local
            template). See :mod:`llmworks_sdk.backends`.

    Returns: nothing.

    Example::

        @hookimpl
        def register_inference_backends(register):
            register(TorchBackend())
    """


@hookspec
def register_trainers(register: Callable[..., None]) -> None:
    """Provide training methods: each is a ``method`` of ``POST /api/training/jobs``.

    When called: at start-up in the server (to list and validate methods) and in each
    training job's child process (to run).

    Arguments:
        register: ``register(trainer)`` with a :class:`~llmworks_sdk.training.Trainer`
            (``name``: "full", "lora", "qlora", "dpo", ...; unique). The API parses the job's
            ``config`` with ``trainer.config_model`` and asks ``trainer.validate(config,
            model_path, dataset_columns)`` for field errors before queueing (422). The one
            generic training job then calls ``trainer.run(context)`` with a
            :class:`~llmworks_sdk.training.TrainingContext` (the base model folder, the
            dataset's train/validation rows, the parsed config, a work folder, checkpoint
            save/resume helpers, ``log_metrics``, ``progress``, ``cancelled()`` and
            ``resume``) and expects a :class:`~llmworks_sdk.training.TrainingOutcome`. For a
            completed run the job publishes ``outcome.model_dir`` as a model version
            (method = the trainer's name) with lineage edges; a stopped run keeps its
            checkpoints for resume. The built-in full, LoRA and QLoRA trainers (torch plugin)
            are registered the same way.

    Returns: nothing.

    Example::

        @hookimpl
        def register_trainers(register):
            register(BitFitTrainer())  # name "bitfit", config_model, available, validate, run
    """


@hookspec
def register_metrics(register: Callable[..., None]) -> None:
    """Provide evaluation metrics.

    When called: at start-up in the server and in workers.

    Arguments:
        register: ``register(metric)`` with a :class:`~llmworks_sdk.types.Metric`
            (``name`` unique, e.g. "bleu", "rouge1", "perplexity"). ``kind`` "text" scores
            generated predictions against references; "model" gets ``model=`` (a loaded
            model of the evaluation's backend, PyTorch unless the evaluation names another
            backend or an inference route). An optional ``requires`` tuple names the metrics
            whose results a formula metric combines: they are computed first and passed as
            ``results=``. A metric with settings per evaluation (which reward model scores,
            say) has ``check_options(options, *, session, project_id, principal)``: the
            evaluation's ``metric_options[name]`` are checked when it is created, and the job
            passes what it returned as ``options=`` (with ``project_id=`` and ``kernel=``).

    Returns: nothing.

    Example::

        @hookimpl
        def register_metrics(register):
            register(ExactMatch())
    """


@hookspec
def register_safety_filters(register: Callable[..., None]) -> None:
    """Provide safety filters that inspect the input and/or the output of generations.

    When called: at start-up in the server and in workers. The safety plugin runs the filters
    that a project's policy (or a request's ``safety: {name: true}`` toggle) switches on, before
    the model sees the prompt and on the output token stream (with a hold-back window), in every
    place a model answers (``/api/inference/generate``, prompt runs, A/B tests, ``/v1``,
    evaluation jobs that opt in).

    Arguments:
        register: ``register(filter)`` with a :class:`~llmworks_sdk.safety.SafetyFilter`:
            ``name`` (unique; the key of per-request toggles and policy entries), ``description``,
            ``stages`` (``("input", "output")`` or one of them), ``default_action`` (``allow``,
            ``warn``, ``redact`` or ``block``), ``default_threshold`` (minimum score, or None),
            ``available()`` → ``(ok, reason)`` and ``check(text, ctx)`` → a list of
            :class:`~llmworks_sdk.safety.Finding` (type, span in the original text, score,
            rule, message). ``ctx`` is a :class:`~llmworks_sdk.safety.FilterContext`: the stage,
            the normalised text (NFKC, zero-width and bidi controls stripped, homoglyphs folded;
            ``ctx.normalized.span(a, b)`` maps its offsets back), the policy's options for the
            filter and a token counter. ``check`` must be bounded in time for any input.

    Returns: nothing.

    Example::

        @hookimpl
        def register_safety_filters(register):
            register(TicketIdFilter())   # name = "ticket_ids", default_action = "redact"
    """


@hookspec
def register_eval_suites(register: Callable[..., None]) -> None:
    """Provide bias, fairness and toxicity evaluation suites.

    When called: at start-up in the server (to list suites and validate scorecard requests) and
    in workers (to run them). The responsible-AI plugin runs a suite on a model version as a
    scorecard job: it scores or generates for every item, computes the suite kind's measures per
    group with bootstrap confidence intervals and the gaps between groups, and judges them
    against the project's thresholds (see :mod:`llmworks_sdk.evalsuites`).

    Arguments:
        register: ``register(suite)`` with an :class:`~llmworks_sdk.evalsuites.EvalSuite`:
            ``name`` (unique), ``kind`` (``"stereotype_pairs"``: sentence pairs that differ only
            in the group term, scored by log-likelihood; ``"group_generation"``: prompts naming
            groups, continuations scored for toxicity, sentiment and refusal;
            ``"toxicity_prompts"``: k sampled continuations per prompt), ``language``,
            ``description``, ``groups`` (category → the groups it compares) and ``items()`` →
            a list of :class:`~llmworks_sdk.evalsuites.SuiteItem` (same list on every call).
            Toxicity is scored by a registered metric (``register_metrics``; ``toxicity`` by
            default), so any metric returning per-example scores in [0, 1] can be a scorer.

    Returns: nothing.

    Example::

        @hookimpl
        def register_eval_suites(register):
            register(NurseDoctorPairs())   # kind "stereotype_pairs", items() -> [SuiteItem(...)]
    """


@hookspec
def register_services(register: Callable[..., None]) -> None:
    """Provide a shared service that other plugins reach through the kernel, never by import.

    When called: at start-up in every process (server, worker, job child, CLI), before any
    plugin looks a service up (lookups happen at call time through the kernel).

    Arguments:
        register: ``register(service)`` with an object whose ``name`` names the service
            (unique; a second one is reported as a conflict and ignored). For the services
            :mod:`llmworks_sdk.services` declares (``ModelRegistry``, ``DatasetService``,
            ``TrackingService``, ``MetricService``, ``EvaluationService``) register
            ``Service(Protocol, implementation, install="llmworks-<x>")`` (its name is the
            Protocol's); consumers call ``require_service(kernel, ModelRegistry)`` (503 naming
            ``install`` when missing) or ``get_service`` (None). The safety service is the
            object itself, name ``"safety"`` (:class:`~llmworks_sdk.safety.SafetyService`,
            found with :func:`llmworks_sdk.safety.safety_service`).

    Returns: nothing.

    Example::

        @hookimpl
        def register_services(register):
            register(Service(ModelRegistry, SqlModelRegistry(), install="llmworks-models"))
            register(SafetyEnforcer())   # name = "safety"
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
def register_curators(register: Callable[..., None]) -> None:
    """Provide curation steps for data recipes (dedupe, language filter, quality rules, ...).

    When called: at start-up in the server (to list steps, validate recipes and preview them)
    and in workers (to run recipes as ``curation.run`` jobs).

    Arguments:
        register: ``register(curator)`` with a :class:`~llmworks_sdk.curation.Curator`:
            ``name`` (unique among curators and augmenters; the ``step`` of a recipe),
            ``description``, ``params_model`` (pydantic, ``extra="forbid"``: a recipe with a
            bad parameter is a 422 at the step), ``available()`` → ``(ok, reason)`` and
            ``curate(rows, params, ctx)`` → one :class:`~llmworks_sdk.curation.Decision` per
            row, in order (keep; remove with a reason; change with the new row and a reason).
            ``ctx`` is a :class:`~llmworks_sdk.curation.StepContext`. Steps see every row of
            the version at once and must be bounded in time (user patterns through
            :mod:`llmworks_sdk.expressions`).

    Returns: nothing.

    Example::

        @hookimpl
        def register_curators(register):
            register(ShortRows())   # name = "short_rows", params_model = MinWords
    """


@hookspec
def register_augmenters(register: Callable[..., None]) -> None:
    """Provide augmentation steps for data recipes (synthetic rows, paraphrases, templates, noise).

    When called: at start-up in the server and in workers, like ``register_curators``.

    Arguments:
        register: ``register(augmenter)`` with an :class:`~llmworks_sdk.curation.Augmenter`:
            ``name`` (unique among curators and augmenters), ``description``,
            ``params_model``, ``available()`` and ``augment(rows, params, ctx)`` → the rows
            to add, each marked with :func:`~llmworks_sdk.curation.mark_synthetic`
            (``row["synthetic"] = {"generator", "prompt", ...}``). Generation goes through the
            inference backends in the kernel's registry, never by importing a plugin.

    Returns: nothing.

    Example::

        @hookimpl
        def register_augmenters(register):
            register(TemplateExpansion())   # name = "template_expansion"
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
def register_deploy_targets(register: Callable[..., None]) -> None:
    """Provide deployment targets: places a model version (or a base with adapters) is deployed to.

    When called: at start-up in the server, in workers (deployment jobs run there) and in the
    CLI. The deploy plugin (``llmworks-deploy``) owns deployments, their revisions, states
    (pending, building, starting, running, completed, failed, stopped), logs, events, health,
    lineage, redeploy, stop and rollback; a target only does the target-specific work.

    Arguments:
        register: ``register(target)`` with a :class:`~llmworks_sdk.types.DeployTarget`:
            ``name`` (unique: "local", "docker", "kubernetes", "hf-hub", "triton", ...),
            ``description``, ``settings_model`` (a pydantic model with ``extra="forbid"``,
            validated when a deployment is created: a bad setting is a 422 at its field),
            ``long_running`` (True when ``deploy`` leaves a service running that ``stop`` ends
            and ``health`` probes; False when it produces an artifact or pushes somewhere and is
            then "completed"), ``available()`` → ``(ok, reason)``, ``deploy(ctx)`` → a dict of
            outputs (URL, files, ...), ``stop(ctx)`` and ``health(ctx)`` → ``{"ok": bool, ...}``.
            ``ctx`` is a :class:`~llmworks_sdk.types.DeployContext` (the model's folders, the
            validated settings, a work folder per revision, a logger, ``emit`` and ``state``).

    Returns: nothing.

    Example::

        @hookimpl
        def register_deploy_targets(register):
            register(LocalServerTarget())   # name = "local": `llmworks serve-model` per deployment
    """


@hookspec
def register_notifiers(register: Callable[..., None]) -> None:
    """Provide notification delivery channels.

    When called: at start-up in the process that dispatches events.

    Arguments:
        register: ``register(notifier)`` with a :class:`~llmworks_sdk.types.Notifier`;
            ``notify(notification, kernel=...)`` is called once per notification, at least
            once (deduplicate per recipient with ``event_id``), with a
            :class:`~llmworks_sdk.types.Notification`: ``kind`` ("job.completed",
            "job.failed", "evaluation.report"), ``title``, ``body``, ``link``,
            ``project_id``, ``user_id``, ``event_id`` and the ``event`` itself. The notifier
            picks the recipients (e.g. the project's members:
            ``kernel.projects.contacts(session, project_id, also=[user_id])``).

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


@hookspec
def register_resource_probes(register: Callable[..., None]) -> None:
    """Provide probes that sample this machine's resources (CPU, memory, disk, network, GPUs).

    When called: at start-up in every process (the server and workers sample with them; a
    worker with ``LLMWORKS_GPUS=auto`` hands out the devices their ``devices()`` list).

    Arguments:
        register: ``register(probe)`` with a :class:`llmworks_sdk.resources.ResourceProbe`:
            ``name``, ``sample() -> ProbeReading`` (samples, per-process device memory, a
            status such as "no GPU: ..." instead of raising) and optionally ``devices()``
            returning ``[{"index": "0", "type": "NVIDIA H200", "memory_total_bytes": ...}]``.

    Returns: nothing.

    Example::

        @hookimpl
        def register_resource_probes(register):
            register(LoadProbe())
    """


@hookspec
def register_storage_references(register: Callable[..., None]) -> None:
    """Declare the blobs and folders a plugin keeps, for disk usage and safe cleanup.

    A plugin that stores blobs in the artifact store (``kernel.artifacts``) must declare them
    here: the cleanup of unreferenced blobs deletes blobs that nothing declares (older than
    its minimum age). The services' own storage (dataset versions, model versions, run
    artifacts) is declared by ``DatasetService``, ``ModelRegistry`` and ``TrackingService``.

    When called: at start-up in every process.

    Arguments:
        register: ``register(StorageReferences(name, items))`` (:mod:`llmworks_sdk.resources`)
            where ``items(session)`` returns ``[{"kind", "id", "project_id", "name",
            "blobs": [digest, ...], "paths": [folder, ...]}]``.

    Returns: nothing.

    Example::

        @hookimpl
        def register_storage_references(register):
            register(StorageReferences("notes", lambda s: [{"kind": "note", "id": n.id, "project_id": n.project_id,
                                                             "name": n.title, "blobs": [n.digest]} for n in s.scalars(select(Note))]))
    """


@hookspec
def register_cost_models(register: Callable[..., None]) -> None:
    """Provide prices of device time, used for cost estimates before a job starts and its
    actual cost afterwards.

    When called: at start-up in the server.

    Arguments:
        register: ``register(model)`` with a :class:`llmworks_sdk.resources.CostModel`:
            ``name`` and ``price(device_type, provider=None, at=None) -> Price | None``
            (per hour, with currency); the first model that knows a device type prices it.

    Returns: nothing.

    Example::

        @hookimpl
        def register_cost_models(register):
            register(FlatCost())
    """


@hookspec
def register_compute_backends(register: Callable[..., None]) -> None:
    """Provide places where jobs run: the kernel's own workers, a batch scheduler, a cluster.

    When called: at start-up in every process (the server submits and tracks jobs with them;
    ``llmworks run-job`` runs one on the node a scheduler picked).

    Arguments:
        register: ``register(backend)`` with a :class:`llmworks_sdk.compute.ComputeBackend`:
            ``name``, ``description``, ``pulls`` (True: the kernel's workers claim the job, as
            the built-in ``local`` and ``celery``; False: the backend is handed a
            :class:`~llmworks_sdk.compute.Submission` whose ``command`` runs the job's handler on
            the node), ``options_model`` (the pydantic model of what an admin configures:
            partition, image, namespace...), ``check(request, options)`` (raise ``Invalid``
            before submission when the request cannot be satisfied), ``submit(submission,
            request, options) -> native id``, ``poll(native_id, options) -> NativeStatus``,
            ``cancel(native_id, options)`` and ``logs(native_id, options)``. A scheduler that
            cannot be reached raises :class:`~llmworks_sdk.compute.BackendUnavailable`: the job
            stays queued with that message and is submitted once it answers.

    Returns: nothing.

    Example::

        @hookimpl
        def register_compute_backends(register):
            register(SlurmBackend())
    """


# ----------------------------------------------------------------------- events
@hookspec
def on_event(event: dict[str, Any], kernel: Kernel) -> None:
    """React to a kernel event.

    When called: once per stored event, in order, by the event dispatcher of the server
    (at least once: a handler must be idempotent). Exceptions are logged and the plugin is
    marked failed for that hook; other plugins still receive the event.

    Arguments:
        event: ``{"id", "type", "ts", "project_id", "subject_kind", "subject_id", "data"}``;
            types include ``job.queued``, ``job.started``, ``job.succeeded``, ``job.failed``,
            ``job.cancelled``, ``evaluation.completed``, ``project.created``,
            ``project.updated``, ``project.deleted`` and ``membership.changed`` (its subject is the member).
        kernel: the :class:`llmworks_sdk.kernel.Kernel`.

    Returns: nothing.

    Example::

        @hookimpl
        def on_event(event, kernel):
            if event["type"] == "job.failed":
                page_on_call(event)
    """
