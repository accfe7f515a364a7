"""The Kubernetes backend: a job becomes a ``batch/v1`` Job (one pod), or a Kubeflow
``PyTorchJob`` (a Master and ``nodes - 1`` Workers) for multi-node training.

Manifests are built with the official client's models (``kubernetes.client.V1Job`` ...) and
serialised with ``ApiClient().sanitize_for_serialization``; submission goes through
``BatchV1Api.create_namespaced_job`` (``CustomObjectsApi`` for the PyTorchJob), tracking through
``read_namespaced_job_status``, cancellation through ``delete_namespaced_job`` (background
propagation: its pods get SIGTERM, so the run goes back to the queue like a preempted one only
when llmworks did not ask for the cancel). The pods run the image an admin names: one with the
same llmworks installation and plugins as the server (build it from the deploy plugin's Docker
context, ``docker`` target, or your own), the data folder (``LLMWORKS_HOME``) and the model cache
mounted from PersistentVolumeClaims, and a database every pod reaches (PostgreSQL).

No cluster runs on the test machine: the manifests are validated against the Kubernetes JSON
schemas of ``kubernetes-validate`` (the PyTorchJob's pod templates against the core
``PodTemplateSpec``), and the submission code is exercised against a fake API server only.
"""

from __future__ import annotations

import math
import re
from typing import Any

from llmworks_sdk import Invalid
from llmworks_sdk.compute import MASTER_PORT_ENV, NNODES_ENV, BackendUnavailable, NativeStatus, Submission
from llmworks_sdk.resources import ResourceRequest
from pydantic import BaseModel, ConfigDict, Field, field_validator

try:
    from urllib3.exceptions import HTTPError as _Urllib3Error

    _CONNECTION_ERRORS: tuple[type[BaseException], ...] = (OSError, _Urllib3Error)
except ImportError:  # pragma: no cover - urllib3 comes with the kubernetes client
    _CONNECTION_ERRORS = (OSError,)
DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
GROUP, VERSION, PLURAL = "kubeflow.org", "v1", "pytorchjobs"


class KubernetesOptions(BaseModel):
    """What an admin configures for a Kubernetes backend."""

    model_config = ConfigDict(extra="forbid")
    namespace: str = Field("default", max_length=63, description="Namespace of the Jobs")
    image: str | None = Field(None, max_length=512, description="Image with llmworks and its plugins installed")
    image_pull_policy: str = Field("IfNotPresent", pattern="^(Always|IfNotPresent|Never)$")
    image_pull_secrets: list[str] = Field(default_factory=list, max_length=8)
    service_account: str | None = Field(None, max_length=253)
    node_selector: dict[str, str] = Field(default_factory=dict, description="e.g. {\"nvidia.com/gpu.product\": \"H100\"}")
    tolerations: list[dict[str, Any]] = Field(default_factory=list, max_length=16)
    gpu_resource: str = Field("nvidia.com/gpu", max_length=253, description="Extended resource name of GPUs")
    gpu_type_label: str | None = Field("nvidia.com/gpu.product", max_length=253,
                                       description="Node label a request's gpu_type selects (None: ignored)")
    home_claim: str | None = Field(None, max_length=253, description="PVC holding the data folder (artifacts, jobs)")
    home_path: str = Field("/var/lib/llmworks", max_length=1024, description="Where the data folder is mounted")
    models_claim: str | None = Field(None, max_length=253, description="PVC holding the model cache")
    models_path: str = Field("/var/lib/llmworks-models", max_length=1024, description="Where the model cache is mounted")
    shm_gb: float | None = Field(8.0, gt=0, le=1024, description="Size of /dev/shm (torch DataLoader, NCCL)")
    python: str = Field("python", max_length=1024, description="The Python of the image")
    env: dict[str, str] = Field(default_factory=dict, description="More environment variables, e.g. the database URL "
                                "the pods reach (LLMWORKS_DATABASE_URL)")
    multi_node: str = Field("PyTorchJob", pattern="^(PyTorchJob)$", description="Kind used for nodes > 1 (Kubeflow)")
    master_port: int = Field(23456, ge=1024, le=65535)
    ttl_seconds_after_finished: int | None = Field(3600, ge=0)
    time_limit_minutes: int | None = Field(None, ge=1, description="activeDeadlineSeconds when the job sets none")
    kubeconfig: str | None = Field(None, max_length=1024, description="kubeconfig file (default: in-cluster, then ~/.kube)")
    context: str | None = Field(None, max_length=253)
    kubernetes_version: str = Field("1.37.0", pattern=r"^1\.[0-9]+\.[0-9]+$", description="Schemas manifests are checked with")

    @field_validator("namespace")
    @classmethod
    def _ns(cls, v: str) -> str:
        if not DNS_LABEL.match(v):
            raise ValueError(f"'{v}' is not a namespace name (lower-case letters, digits and '-')")
        return v


def _quantity_memory(gb: float) -> str:
    return f"{max(1, math.ceil(gb * 1024))}Mi"


def _client() -> Any:
    try:
        from kubernetes import client
    except ImportError as exc:
        raise Invalid("the Kubernetes backend needs the kubernetes client: pip install 'llmworks-clusters[kubernetes]'") from exc
    return client


def _env(submission: Submission, options: KubernetesOptions, request: ResourceRequest) -> list[Any]:
    c = _client()
    values = dict(submission.env)
    values["LLMWORKS_HOME"] = options.home_path  # the data folder as mounted in the pod
    values["LLMWORKS_MODELS_DIR"] = options.models_path
    url = values.get("LLMWORKS_ARTIFACT_URL", "")
    if url.startswith("file:") or url.startswith("/"):
        values.pop("LLMWORKS_ARTIFACT_URL")  # a local folder of the server: the pod uses its mounted home
    if request.nodes > 1:
        values.update({NNODES_ENV: str(request.nodes), "LLMWORKS_LAUNCHER": "env", MASTER_PORT_ENV: str(options.master_port)})
    values.update(options.env)
    env = [c.V1EnvVar(name=k, value=v) for k, v in sorted(values.items())]
    env.append(c.V1EnvVar(name="POD_NAME", value_from=c.V1EnvVarSource(
        field_ref=c.V1ObjectFieldSelector(field_path="metadata.name"))))
    return env


def pod_template(submission: Submission, request: ResourceRequest, options: KubernetesOptions, *, role: str = "job") -> Any:
    """The pod that runs ``llmworks run-job``: image, command, GPU/CPU/memory requests, volumes."""
    c = _client()
    if not options.image:
        raise Invalid("the Kubernetes backend has no image: set options.image to an image with llmworks installed",
                      field=("body", "options", "image"))
    requests: dict[str, str] = {}
    limits: dict[str, str] = {}
    if request.cpus:
        requests["cpu"] = f"{int(math.ceil(request.cpus * 1000))}m"
    if request.memory_gb:
        requests["memory"] = limits["memory"] = _quantity_memory(request.memory_gb)
    if request.gpus:
        requests[options.gpu_resource] = limits[options.gpu_resource] = str(request.gpus)
    mounts, volumes = [], []
    if options.home_claim:
        mounts.append(c.V1VolumeMount(name="llmworks-home", mount_path=options.home_path))
        volumes.append(c.V1Volume(name="llmworks-home", persistent_volume_claim=c.V1PersistentVolumeClaimVolumeSource(
            claim_name=options.home_claim)))
    if options.models_claim:
        mounts.append(c.V1VolumeMount(name="llmworks-models", mount_path=options.models_path))
        volumes.append(c.V1Volume(name="llmworks-models", persistent_volume_claim=c.V1PersistentVolumeClaimVolumeSource(
            claim_name=options.models_claim, read_only=False)))
    if options.shm_gb:
        mounts.append(c.V1VolumeMount(name="dshm", mount_path="/dev/shm"))
        volumes.append(c.V1Volume(name="dshm", empty_dir=c.V1EmptyDirVolumeSource(
            medium="Memory", size_limit=_quantity_memory(options.shm_gb))))
    command = [options.python if a == "{python}" else a for a in submission.command] + ["--native-id", "$(POD_NAME)"]
    container = c.V1Container(
        name="pytorch" if role != "job" else "job",  # Kubeflow finds the training container by this name
        image=options.image, image_pull_policy=options.image_pull_policy, command=command,
        env=_env(submission, options, request),
        resources=c.V1ResourceRequirements(requests=requests or None, limits=limits or None),
        volume_mounts=mounts or None,
        ports=[c.V1ContainerPort(container_port=options.master_port, name="rdzv")] if request.nodes > 1 else None,
    )
    selector = dict(options.node_selector)
    if request.gpu_type and options.gpu_type_label:
        selector[options.gpu_type_label] = request.gpu_type
    tolerations = [c.V1Toleration(**t) for t in options.tolerations] or None
    return c.V1PodTemplateSpec(
        metadata=c.V1ObjectMeta(labels=labels(submission)),
        spec=c.V1PodSpec(
            restart_policy="Never", containers=[container], volumes=volumes or None, node_selector=selector or None,
            tolerations=tolerations, service_account_name=options.service_account,
            image_pull_secrets=[c.V1LocalObjectReference(name=n) for n in options.image_pull_secrets] or None,
        ),
    )


def labels(submission: Submission) -> dict[str, str]:
    return {"app.kubernetes.io/managed-by": "llmworks", "llmworks.io/job-id": str(submission.job_id),
            "llmworks.io/attempt": str(submission.attempt)}


def object_name(submission: Submission) -> str:
    return f"llmworks-job-{submission.job_id}-a{submission.attempt}"


def _deadline(request: ResourceRequest, options: KubernetesOptions) -> int | None:
    minutes = request.time_limit_minutes or options.time_limit_minutes
    return minutes * 60 if minutes else None


def job_manifest(submission: Submission, request: ResourceRequest, options: KubernetesOptions) -> dict[str, Any]:
    """A ``batch/v1`` Job for one attempt (no Kubernetes retries: llmworks retries and resumes)."""
    c = _client()
    job = c.V1Job(
        api_version="batch/v1", kind="Job",
        metadata=c.V1ObjectMeta(name=object_name(submission), namespace=options.namespace, labels=labels(submission)),
        spec=c.V1JobSpec(backoff_limit=0, ttl_seconds_after_finished=options.ttl_seconds_after_finished,
                         active_deadline_seconds=_deadline(request, options),
                         template=pod_template(submission, request, options)),
    )
    return dict(c.ApiClient().sanitize_for_serialization(job))


def pytorchjob_manifest(submission: Submission, request: ResourceRequest, options: KubernetesOptions) -> dict[str, Any]:
    """A Kubeflow ``PyTorchJob``: the Master runs ``llmworks run-job`` (the job's handler, which
    starts torchrun as node 0), each Worker runs ``llmworks run-job --follow`` (torchrun as node
    k once the Master published its launch); the operator sets ``PET_NNODES``, ``PET_NODE_RANK``,
    ``PET_MASTER_ADDR`` and ``PET_MASTER_PORT``, which torchrun reads."""
    c = _client()
    api = c.ApiClient()
    master = api.sanitize_for_serialization(pod_template(submission, request, options, role="master"))
    follow = Submission(**{**submission.__dict__, "command": [*submission.command, "--follow"]})
    worker = api.sanitize_for_serialization(pod_template(follow, request, options, role="worker"))
    spec: dict[str, Any] = {
        "runPolicy": {"backoffLimit": 0, "cleanPodPolicy": "Running"},
        "nprocPerNode": str(max(1, request.gpus or 1)),
        "pytorchReplicaSpecs": {
            "Master": {"replicas": 1, "restartPolicy": "Never", "template": master},
            "Worker": {"replicas": request.nodes - 1, "restartPolicy": "Never", "template": worker},
        },
    }
    deadline = _deadline(request, options)
    if deadline:
        spec["runPolicy"]["activeDeadlineSeconds"] = deadline
    if options.ttl_seconds_after_finished is not None:
        spec["runPolicy"]["ttlSecondsAfterFinished"] = options.ttl_seconds_after_finished
    return {"apiVersion": f"{GROUP}/{VERSION}", "kind": "PyTorchJob",
            "metadata": {"name": object_name(submission), "namespace": options.namespace, "labels": labels(submission)},
            "spec": spec}


def manifest(submission: Submission, request: ResourceRequest, options: KubernetesOptions) -> dict[str, Any]:
    return pytorchjob_manifest(submission, request, options) if request.nodes > 1 else job_manifest(submission, request, options)


# ---------------------------------------------------------------- validation
def _definitions(version: str) -> dict[str, Any]:
    import json
    from importlib.resources import files

    root = files("kubernetes_validate").joinpath("kubernetes-json-schema").joinpath(f"v{version}-local-strict")
    if not root.joinpath("_definitions.json").is_file():
        raise Invalid(f"no Kubernetes schemas for version {version}", field=("body", "options", "kubernetes_version"))
    return dict(json.loads(root.joinpath("_definitions.json").read_text()))


def validate(doc: dict[str, Any], version: str = "1.37.0") -> str:
    """Check a manifest against the Kubernetes schemas (``Invalid`` on the first error); says how."""
    import jsonschema
    import kubernetes_validate

    if doc["kind"] == "PyTorchJob":
        defs = _definitions(version)["$defs"]
        template = {"$ref": "#/$defs/io.k8s.api.core.v1.PodTemplateSpec"}
        replica = {"type": "object", "additionalProperties": False, "required": ["replicas", "template"],
                   "properties": {"replicas": {"type": "integer", "minimum": 0}, "restartPolicy": {"enum": [
                       "Always", "OnFailure", "Never", "ExitCode"]}, "template": template}}
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": defs, "type": "object",
                  "additionalProperties": False, "required": ["apiVersion", "kind", "metadata", "spec"], "properties": {
                      "apiVersion": {"const": f"{GROUP}/{VERSION}"}, "kind": {"const": "PyTorchJob"},
                      "metadata": {"$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},
                      "spec": {"type": "object", "additionalProperties": False, "required": ["pytorchReplicaSpecs"],
                               "properties": {"runPolicy": {"type": "object"}, "nprocPerNode": {"type": "string"},
                                              "pytorchReplicaSpecs": {"type": "object", "additionalProperties": False,
                                                                      "required": ["Master"], "properties": {
                                                                          "Master": replica, "Worker": replica}}}}}}
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
        if errors:
            e = errors[0]
            raise Invalid(f"PyTorchJob invalid at {'.'.join(str(p) for p in e.path) or '(root)'}: {e.message}")
        return f"PyTorchJob: Kubeflow v1 fields + Kubernetes {version} PodTemplateSpec schema"
    try:
        kubernetes_validate.validate(doc, version, strict=True)
    except kubernetes_validate.ValidationError as exc:
        raise Invalid(f"{doc['kind']} invalid: {exc.message}") from exc
    return f"{doc['kind']}: Kubernetes {version} schema (strict)"


# ---------------------------------------------------------------- the backend
class KubernetesBackend:
    name = "kubernetes"
    description = "A Kubernetes cluster: a Job per attempt (a Kubeflow PyTorchJob across nodes) running llmworks run-job"
    pulls = False
    options_model = KubernetesOptions

    def __init__(self, api_client: Any = None) -> None:
        self._api_client = api_client  # tests pass a client pointed at a fake API server

    def api(self, options: KubernetesOptions) -> Any:
        if self._api_client is not None:
            return self._api_client
        from kubernetes import config

        try:
            if options.kubeconfig:
                return config.new_client_from_config(config_file=options.kubeconfig, context=options.context)
            try:
                config.load_incluster_config()
                return _client().ApiClient()
            except config.ConfigException:
                return config.new_client_from_config(context=options.context)
        except Exception as exc:  # noqa: BLE001 - no configuration: nothing to talk to
            raise BackendUnavailable(f"no Kubernetes configuration ({exc})") from exc

    def check(self, request: ResourceRequest, options: KubernetesOptions) -> None:
        sub = Submission(job_id=0, attempt=1, kind="check", project_id=None, name="check", command=["{python}", "-c", "0"])
        validate(manifest(sub, request, options), options.kubernetes_version)

    def submit(self, submission: Submission, request: ResourceRequest, options: KubernetesOptions) -> str:
        from kubernetes.client.exceptions import ApiException

        doc = manifest(submission, request, options)
        validate(doc, options.kubernetes_version)
        api = self.api(options)
        try:
            if doc["kind"] == "Job":
                _client().BatchV1Api(api).create_namespaced_job(options.namespace, doc)
            else:
                _client().CustomObjectsApi(api).create_namespaced_custom_object(GROUP, VERSION, options.namespace, PLURAL, doc)
        except ApiException as exc:
            if exc.status in (None, 0, 429, 500, 502, 503, 504):
                raise BackendUnavailable(f"the Kubernetes API answered {exc.status} {exc.reason}") from exc
            raise Invalid(f"Kubernetes refused the {doc['kind']}: {exc.status} {exc.reason}: {exc.body}") from exc
        except _CONNECTION_ERRORS as exc:
            raise BackendUnavailable(f"the Kubernetes API cannot be reached: {exc}") from exc
        name = str(doc["metadata"]["name"])
        return name if doc["kind"] == "Job" else f"pytorchjob/{name}"

    @staticmethod
    def _is_pytorchjob(native_id: str) -> bool:
        return native_id.startswith("pytorchjob/")

    def poll(self, native_id: str, options: KubernetesOptions) -> NativeStatus:
        """A Job's (or a PyTorchJob's) conditions: Complete/Succeeded, Failed, else active or pending."""
        from kubernetes.client.exceptions import ApiException

        api = self.api(options)
        try:
            if self._is_pytorchjob(native_id):
                obj = _client().CustomObjectsApi(api).get_namespaced_custom_object_status(
                    GROUP, VERSION, options.namespace, PLURAL, native_id.split("/", 1)[1])
                conditions = [(c.get("type"), c.get("status"), c.get("reason") or "")
                              for c in (obj.get("status") or {}).get("conditions") or []]
                active = any(t == "Running" and st == "True" for t, st, _ in conditions)
            else:
                job = _client().BatchV1Api(api).read_namespaced_job_status(native_id, options.namespace)
                conditions = [(c.type, c.status, c.reason or "") for c in job.status.conditions or []]
                active = bool(job.status.active)
        except ApiException as exc:
            if exc.status == 404:
                return NativeStatus("unknown", reason="it no longer exists")
            raise BackendUnavailable(f"the Kubernetes API answered {exc.status} {exc.reason}") from exc
        except _CONNECTION_ERRORS as exc:
            raise BackendUnavailable(f"the Kubernetes API cannot be reached: {exc}") from exc
        for kind, status, reason in conditions:
            if status == "True" and kind in ("Complete", "Succeeded"):
                return NativeStatus("finished", native_state=kind)
            if status == "True" and kind == "Failed":
                return NativeStatus("failed", native_state="Failed", reason=reason)
        return NativeStatus("running", native_state="Active") if active else NativeStatus("pending", native_state="Pending")

    def cancel(self, native_id: str, options: KubernetesOptions) -> None:
        """Delete the Job (or PyTorchJob) and its pods: they get SIGTERM, then SIGKILL after their grace period."""
        from kubernetes.client.exceptions import ApiException

        api = self.api(options)
        try:
            if self._is_pytorchjob(native_id):
                _client().CustomObjectsApi(api).delete_namespaced_custom_object(
                    GROUP, VERSION, options.namespace, PLURAL, native_id.split("/", 1)[1], propagation_policy="Background")
            else:
                _client().BatchV1Api(api).delete_namespaced_job(native_id, options.namespace, propagation_policy="Background")
        except ApiException as exc:
            if exc.status != 404:
                raise BackendUnavailable(f"the Kubernetes API answered {exc.status} {exc.reason}") from exc
        except _CONNECTION_ERRORS as exc:
            raise BackendUnavailable(f"the Kubernetes API cannot be reached: {exc}") from exc

    def logs(self, native_id: str, options: KubernetesOptions, *, tail: int = 20000) -> str:
        client = _client()
        selector = (f"training.kubeflow.org/job-name={native_id.split('/', 1)[1]},training.kubeflow.org/replica-type=master"
                    if self._is_pytorchjob(native_id) else f"job-name={native_id}")
        try:
            core = client.CoreV1Api(self.api(options))
            pods = core.list_namespaced_pod(options.namespace, label_selector=selector).items
            if not pods:
                return ""
            return str(core.read_namespaced_pod_log(pods[0].metadata.name, options.namespace, limit_bytes=tail))
        except Exception as exc:  # noqa: BLE001 - logs are best effort
            return f"(logs unavailable: {exc})"
