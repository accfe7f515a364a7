"""The "kubernetes" deploy target: manifests for a Deployment + Service, or a KServe InferenceService.

The manifests run the image the "docker" target builds for the same model version (its
serving command, port and ``/health``); ``image`` names it in the registry the cluster pulls
from. Every manifest is validated before it is kept: the Deployment and the Service against the
Kubernetes JSON schemas (``kubernetes-validate``, strict: unknown fields are errors) for
``kubernetes_version``; the InferenceService (a custom resource, absent from those schemas)
against the fields of ``serving.kserve.io/v1beta1`` it uses, with its predictor's containers
validated against the Kubernetes ``Container`` schema. ``kubectl apply -f manifests.yaml``
deploys them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from llmworks_sdk import Invalid
from pydantic import BaseModel, ConfigDict, Field

DNS = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
QUANTITY = r"^[0-9]+(\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$"


class KubernetesSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    image: str | None = Field(None, pattern=r"^[a-z0-9][a-z0-9._/:-]*(@sha256:[0-9a-f]{64})?$",
                              description="Image to run (default llmworks/<deployment>:<revision>, as the docker target names it)")
    variant: str = Field("deployment", pattern="^(deployment|kserve)$",
                         description="A Deployment + Service, or a KServe InferenceService")
    namespace: str = Field("default", pattern=DNS, max_length=63)
    replicas: int = Field(1, ge=0, le=100)
    port: int = Field(8000, ge=1, le=65535)
    cpu: str = Field("1", pattern=QUANTITY)
    memory: str = Field("2Gi", pattern=QUANTITY)
    cpu_limit: str = Field("2", pattern=QUANTITY)
    memory_limit: str = Field("4Gi", pattern=QUANTITY)
    gpus: int = Field(0, ge=0, le=16, description="nvidia.com/gpu per replica")
    service_type: str = Field("ClusterIP", pattern="^(ClusterIP|NodePort|LoadBalancer)$")
    api_key_secret: str | None = Field(None, pattern=DNS, description="A Secret whose 'api-key' key the server requires")
    kubernetes_version: str = Field("1.37.0", pattern=r"^1\.[0-9]+\.[0-9]+$")


def _labels(name: str, revision: int) -> dict[str, str]:
    return {"app.kubernetes.io/name": name, "app.kubernetes.io/managed-by": "llmworks",
            "app.kubernetes.io/version": f"rev-{revision}"}


def container(st: KubernetesSettings, name: str, image: str) -> dict[str, Any]:
    probe = {"httpGet": {"path": "/health", "port": st.port}, "periodSeconds": 10, "timeoutSeconds": 5}
    resources: dict[str, Any] = {"requests": {"cpu": st.cpu, "memory": st.memory},
                                 "limits": {"cpu": st.cpu_limit, "memory": st.memory_limit}}
    if st.gpus:
        resources["limits"]["nvidia.com/gpu"] = str(st.gpus)
    c: dict[str, Any] = {
        "name": "server", "image": image, "imagePullPolicy": "IfNotPresent",
        "ports": [{"name": "http", "containerPort": st.port, "protocol": "TCP"}],
        "env": [{"name": "PORT", "value": str(st.port)}, {"name": "LLMWORKS_MODEL_NAME", "value": name}],
        "resources": resources,
        "readinessProbe": {**probe, "initialDelaySeconds": 10},
        "livenessProbe": {**probe, "initialDelaySeconds": 60, "failureThreshold": 3},
        "securityContext": {"runAsNonRoot": True, "runAsUser": 10001, "allowPrivilegeEscalation": False,
                            "readOnlyRootFilesystem": False, "capabilities": {"drop": ["ALL"]}},
    }
    if st.api_key_secret:
        c["env"].append({"name": "LLMWORKS_API_KEY", "valueFrom": {"secretKeyRef": {"name": st.api_key_secret,
                                                                                  "key": "api-key"}}})
    return c


def manifests(st: KubernetesSettings, name: str, revision: int, image: str, annotations: dict[str, str]) -> list[dict[str, Any]]:
    labels = _labels(name, revision)
    meta = {"name": name, "namespace": st.namespace, "labels": labels, "annotations": annotations}
    if st.variant == "kserve":
        return [{"apiVersion": "serving.kserve.io/v1beta1", "kind": "InferenceService", "metadata": meta,
                 "spec": {"predictor": {"minReplicas": st.replicas, "containers": [container(st, name, image)]}}}]
    selector = {"app.kubernetes.io/name": name}
    return [
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta,
         "spec": {"replicas": st.replicas, "selector": {"matchLabels": selector},
                  "template": {"metadata": {"labels": labels, "annotations": annotations},
                               "spec": {"containers": [container(st, name, image)],
                                        "securityContext": {"runAsNonRoot": True, "fsGroup": 10001}}}}},
        {"apiVersion": "v1", "kind": "Service", "metadata": meta,
         "spec": {"type": st.service_type, "selector": selector,
                  "ports": [{"name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"}]}},
    ]


# ---------------------------------------------------------------- validation
def _definitions(version: str) -> dict[str, Any]:
    from importlib.resources import files

    root = files("kubernetes_validate").joinpath("kubernetes-json-schema").joinpath(f"v{version}-local-strict")
    if not root.joinpath("_definitions.json").is_file():
        raise Invalid(f"no Kubernetes schemas for version {version}", field=("body", "settings", "kubernetes_version"))
    return dict(json.loads(root.joinpath("_definitions.json").read_text()))


KSERVE_SCHEMA: dict[str, Any] = {
    "type": "object", "additionalProperties": False, "required": ["apiVersion", "kind", "metadata", "spec"],
    "properties": {
        "apiVersion": {"const": "serving.kserve.io/v1beta1"}, "kind": {"const": "InferenceService"},
        "metadata": {"$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},
        "spec": {"type": "object", "additionalProperties": False, "required": ["predictor"], "properties": {
            "predictor": {"type": "object", "additionalProperties": False, "required": ["containers"], "properties": {
                "minReplicas": {"type": "integer", "minimum": 0}, "maxReplicas": {"type": "integer", "minimum": 0},
                "containers": {"type": "array", "minItems": 1,
                               "items": {"$ref": "#/$defs/io.k8s.api.core.v1.Container"}}}}}},
    },
}


def validate_kserve(doc: dict[str, Any], version: str) -> None:
    import jsonschema

    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **KSERVE_SCHEMA,
              "$defs": _definitions(version)["$defs"]}
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
    if errors:
        e = errors[0]
        raise Invalid(f"InferenceService invalid at {'.'.join(str(p) for p in e.path) or '(root)'}: {e.message}")


def validate(docs: list[dict[str, Any]], version: str) -> list[str]:
    """Validate each manifest; returns how each was checked, raises ``Invalid`` on the first error."""
    import kubernetes_validate

    checked = []
    for doc in docs:
        if doc["kind"] == "InferenceService":
            validate_kserve(doc, version)
            checked.append(f"InferenceService: KServe v1beta1 fields + Kubernetes {version} Container schema")
            continue
        try:
            kubernetes_validate.validate(doc, version, strict=True)
        except kubernetes_validate.ValidationError as exc:
            raise Invalid(f"{doc['kind']} invalid: {exc.message}") from exc
        checked.append(f"{doc['kind']}: Kubernetes {version} schema (strict)")
    return checked


class KubernetesTarget:
    name = "kubernetes"
    description = ("Kubernetes manifests (Deployment + Service, or a KServe InferenceService) for the image the docker "
                   "target builds, validated against the Kubernetes schemas")
    settings_model = KubernetesSettings
    long_running = False

    def available(self) -> tuple[bool, str]:
        try:
            import kubernetes_validate  # noqa: F401
        except ImportError:
            return False, "kubernetes-validate is missing: pip install 'llmworks-deploy[validate]'"
        return True, ""

    def deploy(self, ctx: Any) -> dict[str, Any]:
        st: KubernetesSettings = ctx.settings
        ctx.state("building", f"writing {st.variant} manifests")
        image = st.image or f"llmworks/{ctx.name}:{ctx.revision}"
        annotations = {"llmworks.io/model": ctx.source.model, "llmworks.io/revision": str(ctx.revision),
                       "llmworks.io/base-model": ctx.source.base_model or ""}
        docs = manifests(st, ctx.name, ctx.revision, image, annotations)
        checked = validate(docs, st.kubernetes_version)
        path: Path = ctx.work_dir / "manifests.yaml"
        path.write_text(yaml.safe_dump_all(docs, sort_keys=False))
        for line in checked:
            ctx.log.info("valid: %s", line)
        ctx.log.info("manifests written to %s (kubectl apply -f manifests.yaml)", path)
        return {"manifests": str(path), "kinds": [d["kind"] for d in docs], "validated": checked, "image": image,
                "namespace": st.namespace, "export": f"k8s-manifests:{ctx.deployment_id}-{ctx.revision}"}

    def stop(self, ctx: Any) -> None:
        return None

    def health(self, ctx: Any) -> dict[str, Any]:
        return {"ok": bool(ctx.outputs.get("manifests")), "detail": "manifests produced"}
