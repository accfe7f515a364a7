"""The Kubernetes backend (issue 19, item 3): manifests built with the official client's models
validate against the Kubernetes schemas, with the GPU requests, volumes and command a job needs;
the submission, tracking and cancel calls are checked against a local fake API server (request
shape only: no cluster runs here)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from llmworks_clusters.kubernetes import KubernetesBackend, KubernetesOptions, manifest, validate
from llmworks_clusters.submitter import run_job_command
from llmworks_sdk import Invalid
from llmworks_sdk.compute import BackendUnavailable, Submission
from llmworks_sdk.resources import ResourceRequest

pytest.importorskip("kubernetes")
pytest.importorskip("kubernetes_validate")

OPTIONS = KubernetesOptions(
    namespace="ml", image="registry.example/llmworks:1.0", home_claim="llmworks-home", models_claim="llmworks-models",
    node_selector={"pool": "gpu"}, tolerations=[{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}],
    service_account="llmworks-jobs", env={"LLMWORKS_DATABASE_URL": "postgresql+psycopg://llm@db/llmworks"},
)


def submission(job_id: int = 7, attempt: int = 2) -> Submission:
    return Submission(job_id=job_id, attempt=attempt, kind="torch.train", project_id=1, name=f"llmworks-{job_id}",
                      command=run_job_command(job_id, "k8s"), env={"LLMWORKS_HOME": "/srv/llmworks",
                                                                   "LLMWORKS_DATABASE_URL": "sqlite:////srv/db.sqlite"},
                      job_dir="/srv/llmworks/jobs/7")


def test_job_manifest_validates_with_gpus_volumes_and_command():
    request = ResourceRequest(gpus=2, gpu_type="NVIDIA-H100-80GB-HBM3", cpus=8, memory_gb=32, time_limit_minutes=90)
    doc = manifest(submission(), request, OPTIONS)
    assert validate(doc) == "Job: Kubernetes 1.37.0 schema (strict)"
    assert doc["kind"] == "Job" and doc["metadata"] == {
        "name": "llmworks-job-7-a2", "namespace": "ml",
        "labels": {"app.kubernetes.io/managed-by": "llmworks", "llmworks.io/job-id": "7", "llmworks.io/attempt": "2"}}
    spec = doc["spec"]
    assert spec["backoffLimit"] == 0 and spec["activeDeadlineSeconds"] == 90 * 60  # llmworks retries, not Kubernetes
    pod = spec["template"]["spec"]
    assert pod["restartPolicy"] == "Never" and pod["serviceAccountName"] == "llmworks-jobs"
    assert pod["nodeSelector"] == {"pool": "gpu", "nvidia.com/gpu.product": "NVIDIA-H100-80GB-HBM3"}
    assert pod["tolerations"] == [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]
    (c,) = pod["containers"]
    assert c["image"] == "registry.example/llmworks:1.0"
    assert c["command"] == ["python", "-m", "llmworks.cli.main", "run-job", "7", "--backend", "k8s", "--native-id", "$(POD_NAME)"]
    assert c["resources"] == {"requests": {"cpu": "8000m", "memory": "32768Mi", "nvidia.com/gpu": "2"},
                              "limits": {"memory": "32768Mi", "nvidia.com/gpu": "2"}}
    mounts = {m["name"]: m["mountPath"] for m in c["volumeMounts"]}
    assert mounts == {"llmworks-home": "/var/lib/llmworks", "llmworks-models": "/var/lib/llmworks-models", "dshm": "/dev/shm"}
    claims = {v["name"]: v.get("persistentVolumeClaim", {}).get("claimName") for v in pod["volumes"]}
    assert claims == {"llmworks-home": "llmworks-home", "llmworks-models": "llmworks-models", "dshm": None}
    env = {e["name"]: e.get("value", e.get("valueFrom")) for e in c["env"]}
    assert env["LLMWORKS_HOME"] == "/var/lib/llmworks"  # the data folder as mounted, not the server's path
    assert env["LLMWORKS_DATABASE_URL"] == "postgresql+psycopg://llm@db/llmworks"  # the admin's, reachable from pods
    assert env["POD_NAME"] == {"fieldRef": {"fieldPath": "metadata.name"}}


def test_multi_node_is_a_pytorchjob_whose_workers_follow():
    doc = manifest(submission(), ResourceRequest(gpus=4, nodes=3, memory_gb=200), OPTIONS)
    assert validate(doc).startswith("PyTorchJob: Kubeflow v1 fields + Kubernetes 1.37.0 PodTemplateSpec")
    replicas = doc["spec"]["pytorchReplicaSpecs"]
    assert (replicas["Master"]["replicas"], replicas["Worker"]["replicas"]) == (1, 2)
    assert doc["spec"]["nprocPerNode"] == "4"
    master = replicas["Master"]["template"]["spec"]["containers"][0]
    worker = replicas["Worker"]["template"]["spec"]["containers"][0]
    assert master["name"] == worker["name"] == "pytorch"  # the container the training operator configures
    assert master["command"][-2:] == ["--native-id", "$(POD_NAME)"] and "--follow" not in master["command"]
    assert "--follow" in worker["command"]
    env = {e["name"]: e.get("value") for e in master["env"]}
    assert (env["LLMWORKS_NNODES"], env["LLMWORKS_LAUNCHER"]) == ("3", "env")
    assert master["resources"]["limits"]["nvidia.com/gpu"] == "4"


def test_validation_catches_bad_manifests_and_options():
    doc = manifest(submission(), ResourceRequest(), OPTIONS)
    doc["spec"]["template"]["spec"]["containers"][0]["imagePullPolicy"] = 3
    with pytest.raises(Invalid, match="Job invalid"):
        validate(doc)
    doc = manifest(submission(), ResourceRequest(nodes=2), OPTIONS)
    doc["spec"]["pytorchReplicaSpecs"]["Worker"]["template"]["spec"]["restartPolicy"] = 1
    with pytest.raises(Invalid, match="PyTorchJob invalid at spec.pytorchReplicaSpecs.Worker"):
        validate(doc)
    with pytest.raises(Invalid, match="no image"):
        KubernetesBackend().check(ResourceRequest(), KubernetesOptions())
    with pytest.raises(ValueError, match="not a namespace name"):
        KubernetesOptions(namespace="Bad_NS")


class FakeApi(BaseHTTPRequestHandler):
    """Answers like the API server for the calls the backend makes; records them."""

    calls: list[tuple[str, str, dict | None]] = []
    status_of_create = 201
    job_status: dict = {"active": 1}

    def _reply(self, code: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> dict | None:
        n = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(n)) if n else None

    def do_POST(self):  # noqa: N802
        body = self._body()
        self.calls.append(("POST", self.path, body))
        code = self.status_of_create
        self._reply(code, body if code == 201 else {"kind": "Status", "code": code, "message": "refused"})

    def do_GET(self):  # noqa: N802
        self.calls.append(("GET", self.path, None))
        self._reply(200, {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "x"}, "status": self.job_status})

    def do_DELETE(self):  # noqa: N802
        self.calls.append(("DELETE", self.path, self._body()))
        self._reply(200, {"kind": "Status", "status": "Success"})

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_api():
    from kubernetes import client

    FakeApi.calls = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeApi)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    cfg = client.Configuration(host=f"http://127.0.0.1:{server.server_address[1]}")
    yield KubernetesBackend(api_client=client.ApiClient(cfg)), FakeApi
    server.shutdown()


def test_submission_tracking_and_cancel_calls(fake_api):
    backend, api = fake_api
    request = ResourceRequest(gpus=1)
    native = backend.submit(submission(), request, OPTIONS)
    assert native == "llmworks-job-7-a2"
    method, path, body = api.calls[0]
    assert (method, path) == ("POST", "/apis/batch/v1/namespaces/ml/jobs") and body == manifest(submission(), request, OPTIONS)
    assert backend.poll(native, OPTIONS).state == "running"
    api.job_status = {"conditions": [{"type": "Failed", "status": "True", "reason": "DeadlineExceeded"}]}
    st = backend.poll(native, OPTIONS)
    assert (st.state, st.reason) == ("failed", "DeadlineExceeded")
    api.job_status = {"conditions": [{"type": "Complete", "status": "True"}]}
    assert backend.poll(native, OPTIONS).state == "finished"
    backend.cancel(native, OPTIONS)
    method, path, _ = api.calls[-1]
    assert (method, path) == ("DELETE", "/apis/batch/v1/namespaces/ml/jobs/llmworks-job-7-a2?propagationPolicy=Background")
    native = backend.submit(submission(), ResourceRequest(nodes=2), OPTIONS)
    assert native == "pytorchjob/llmworks-job-7-a2" and api.calls[-1][1] == "/apis/kubeflow.org/v1/namespaces/ml/pytorchjobs"
    api.status_of_create = 503
    with pytest.raises(BackendUnavailable, match="503"):
        backend.submit(submission(), request, OPTIONS)
    api.status_of_create = 422
    with pytest.raises(Invalid, match="Kubernetes refused the Job: 422"):
        backend.submit(submission(), request, OPTIONS)
    api.status_of_create = 201


def test_an_unreachable_api_leaves_the_job_queued():
    from kubernetes import client

    backend = KubernetesBackend(api_client=client.ApiClient(client.Configuration(host="http://127.0.0.1:9")))
    with pytest.raises(BackendUnavailable, match="cannot be reached"):
        backend.submit(submission(), ResourceRequest(), OPTIONS.model_copy(update={}))
