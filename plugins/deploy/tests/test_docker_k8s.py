"""Acceptance: the Docker context and the Kubernetes manifests pass their validators; the serving
command in the Docker context answers requests when run as the image would run it (no container
engine on this machine: the context is produced and its command verified)."""

from __future__ import annotations

import io
import json
import tarfile
import time

import httpx
import pytest
import yaml
from llmworks_deploy.testing import peft_tokens, register_versions


def deploy(client, project_id, name, target, model, settings=None, timeout=240):
    r = client.post("/api/plugins/deploy/deployments", json={"project_id": project_id, "name": name, "target": target,
                                                            "model": model, "settings": settings or {}})
    assert r.status_code == 201, r.text
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        d = client.get(f"/api/plugins/deploy/deployments/{r.json()['id']}").json()
        if d["state"] in ("completed", "running", "failed"):
            return d
        time.sleep(0.3)
    raise AssertionError(d)


@pytest.fixture(scope="module")
def versions(harness, project_id, demo_model, adapters):
    return register_versions(harness, project_id, demo_model, adapters)


@pytest.mark.slow
def test_docker_context_is_valid_and_its_command_serves(admin, project_id, versions, demo_model, adapters, tmp_path):
    d = deploy(admin, project_id, "docker-chat", "docker", f"custom:{versions['attn']}")
    logs = admin.get(f"/api/plugins/deploy/deployments/{d['id']}/logs").json()["text"]
    assert d["state"] in ("completed", "running"), logs
    out = d["outputs"]
    if out["engine"] is None:  # this machine: no engine; the command was run as the image runs it
        assert d["state"] == "completed" and out["verification"]["verified"] is True
    # the context, downloaded, validated independently
    r = admin.get(f"/api/plugins/deploy/deployments/{d['id']}/artifact")
    assert r.status_code == 200 and r.headers["content-type"] == "application/gzip"
    with tarfile.open(fileobj=io.BytesIO(r.content)) as tf:
        tf.extractall(tmp_path, filter="data")
    ctx = tmp_path / "context"
    from dockerfile_parse import DockerfileParser

    df = DockerfileParser(path=str(ctx / "Dockerfile"))
    assert df.baseimage.startswith("python:3.11") and df.baseimage.split(":")[1] != "latest"
    instr = {i["instruction"]: i["value"] for i in df.structure}
    assert instr["USER"].startswith("10001") and "HEALTHCHECK" in instr and json.loads(df.cmd) == ["python", "/app/serve.py"]
    names = sorted(str(p.relative_to(ctx)) for p in ctx.rglob("*") if p.is_file())
    required = {".dockerignore", "Dockerfile", "requirements.txt", "serve.py", "model/config.json",
                "model/model.safetensors", "model/tokenizer.json", "adapter/adapter_config.json",
                "adapter/adapter_model.safetensors"}
    assert required <= set(names), names
    from llmworks_deploy.targets.docker import MODEL_FILES

    assert all(n in required or (n.startswith("model/") and MODEL_FILES.match(n[6:])) for n in names), names
    assert not any("checkpoint" in n or n.endswith((".bin", ".pt")) for n in names)
    reqs = (ctx / "requirements.txt").read_text()
    assert "torch==" in reqs and "peft==" in reqs and "transformers==" in reqs

    # run the serving command as the image would (its CMD, ENV and /app mapped to the context)
    from llmworks_deploy.targets.docker import image_command, validate_dockerfile
    from llmworks_deploy.targets.local import free_port
    from llmworks_sdk.processes import spawn

    parsed = validate_dockerfile(ctx)
    port = free_port()
    cmd, env = image_command(ctx, parsed, port)
    import os

    proc = spawn(cmd, env={"PATH": os.environ["PATH"], "OMP_NUM_THREADS": "1", "LLMWORKS_API_KEY": "k-123", **env},
                 cwd=ctx, stdout=open(tmp_path / "serve.log", "wb"), stderr=None)
    try:
        url = f"http://127.0.0.1:{port}"
        end = time.monotonic() + 180
        while time.monotonic() < end:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        import openai

        client = openai.OpenAI(api_key="k-123", base_url=f"{url}/v1", max_retries=0)
        c = client.completions.create(model="docker-chat", prompt="The pilot keeps the map", max_tokens=8, temperature=0)
        assert c.model_extra["token_ids"] == peft_tokens(demo_model, adapters["attn"])
        with pytest.raises(openai.AuthenticationError):
            openai.OpenAI(api_key="wrong", base_url=f"{url}/v1", max_retries=0).completions.create(
                model="docker-chat", prompt="x", max_tokens=2)
    finally:
        proc.stop()
    events = admin.get(f"/api/plugins/deploy/deployments/{d['id']}/events").json()["items"]
    assert [e["data"].get("state") for e in events if e["type"] == "deployment.state"][-1] == "completed"


def test_kubernetes_manifests_pass_the_schemas(admin, project_id, versions):
    import kubernetes_validate

    d = deploy(admin, project_id, "k8s-chat", "kubernetes", f"custom:{versions['mlp']}",
               {"replicas": 2, "image": "registry.local/chat:3", "api_key_secret": "chat-key"})
    assert d["state"] == "completed", d
    text = admin.get(f"/api/plugins/deploy/deployments/{d['id']}/artifact").text
    docs = list(yaml.safe_load_all(text))
    assert [x["kind"] for x in docs] == ["Deployment", "Service"]
    for doc in docs:  # the test's own validation, strict: unknown fields fail
        kubernetes_validate.validate(doc, "1.37.0", strict=True)
    dep = docs[0]
    c = dep["spec"]["template"]["spec"]["containers"][0]
    assert dep["spec"]["replicas"] == 2 and c["image"] == "registry.local/chat:3"
    assert c["readinessProbe"]["httpGet"]["path"] == "/health" and c["securityContext"]["runAsNonRoot"] is True

    k = deploy(admin, project_id, "kserve-chat", "kubernetes", f"custom:{versions['mlp']}", {"variant": "kserve"})
    assert k["state"] == "completed", k
    isvc = yaml.safe_load(admin.get(f"/api/plugins/deploy/deployments/{k['id']}/artifact").text)
    assert isvc["apiVersion"] == "serving.kserve.io/v1beta1" and isvc["kind"] == "InferenceService"
    from llmworks_deploy.targets.kubernetes import validate

    assert validate([isvc], "1.37.0") == ["InferenceService: KServe v1beta1 fields + Kubernetes 1.37.0 Container schema"]
    isvc["spec"]["predictor"]["containers"][0]["ports"][0]["containerPort"] = "eighty"
    with pytest.raises(Exception, match="InferenceService invalid"):
        validate([isvc], "1.37.0")

    # bad settings: 422 at the field
    r = admin.post("/api/plugins/deploy/deployments", json={"project_id": project_id, "name": "k8s-bad",
                                                            "target": "kubernetes", "model": f"custom:{versions['mlp']}",
                                                            "settings": {"memory": "lots", "variant": "helm"}})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"][:2] == ["body", "settings"]
    # lineage: model version -> export -> deployment
    g = admin.get("/api/lineage", params={"kind": "deploy_deployment", "id": str(d["id"])})
    assert g.status_code == 200 and "export" in g.text, g.text


FAKE_ENGINE = """#!{python}
# a stand-in for the docker CLI: records each call (argv and the LLMWORKS_API_KEY it was given)
import json, os, sys
with open({log!r}, "a") as f:
    f.write(json.dumps({{"argv": sys.argv[1:], "api_key": os.environ.get("LLMWORKS_API_KEY")}}) + "\\n")
cmd = sys.argv[1] if len(sys.argv) > 1 else ""
if cmd == "build":
    print("Successfully built 0123456789ab")
elif cmd == "run":
    print("c0ffee-" + sys.argv[sys.argv.index("--name") + 1])
sys.exit(0)
"""


class _Job:
    """What ``run_deploy_job`` needs of a job context, to run the queued job in this process."""

    def __init__(self, kernel, payload):
        self.kernel, self.payload, self.log = kernel, payload, None

    def progress(self, *args):
        pass


def run_queued_deploy(h, client, dep_id: int) -> dict:
    """Run the deployment's queued ``deploy.revision`` job here: job children fork from a
    forkserver started with the environment of the session's first harness, so they would not
    see this test's PATH (and its fake engine)."""
    from llmworks_deploy.service import run_deploy_job
    from llmworks_deploy.tables import Deployment

    with h.kernel.db.session() as s:
        revision = s.get(Deployment, dep_id).revision
    run_deploy_job(_Job(h.kernel, {"deployment_id": dep_id, "revision": revision}))
    return client.get(f"/api/plugins/deploy/deployments/{dep_id}").json()


def test_docker_engine_builds_runs_and_replaces_the_previous_container(tmp_path, models_dir, demo_model, adapters):
    """With an engine on PATH (a fake ``docker`` that records its argv), a deploy builds the
    context and runs the image with the expected arguments, the API key secret reaches the
    container through the environment (never the command line), and a redeploy removes the
    previous revision's container."""
    import os
    import sys

    from llmworks_sdk.testing import KernelHarness

    bin_dir, calls_log = tmp_path / "bin", tmp_path / "docker-calls.jsonl"
    bin_dir.mkdir()
    (bin_dir / "docker").write_text(FAKE_ENGINE.format(python=sys.executable, log=str(calls_log)))
    (bin_dir / "docker").chmod(0o755)
    env = {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "LLMWORKS_MODELS_DIR": str(models_dir)}
    with KernelHarness(tmp_path / "home", env=env, worker=False) as h:
        admin = h.login()
        pid = h.default_project_id()
        versions = register_versions(h, pid, demo_model, adapters)
        key = "sk-docker-" + "k3y" * 8
        assert admin.post("/api/plugins/deploy/secrets", json={"project_id": pid, "name": "serve-key", "value": key}
                          ).status_code == 201
        settings = {"engine": "docker", "api_key_secret": "serve-key", "port": 8080}
        r = admin.post("/api/plugins/deploy/deployments", json={"project_id": pid, "name": "dock", "target": "docker",
                                                                "model": f"custom:{versions['attn']}", "settings": settings})
        assert r.status_code == 201, r.text
        d = run_queued_deploy(h, admin, r.json()["id"])
        assert d["state"] == "running", admin.get(f"/api/plugins/deploy/deployments/{d['id']}/logs").json()["text"]
        out = d["outputs"]
        assert out["engine"] == "docker" and out["built"] and out["container"] == "c0ffee-llmworks-dock-1"
        calls = [json.loads(line) for line in calls_log.read_text().splitlines()]
        argvs = [c["argv"] for c in calls]
        assert argvs[0] == ["info"]
        assert argvs[1] == ["build", "-t", "llmworks/dock:1", out["context"]]
        port = out["host_port"]
        assert argvs[2] == ["run", "-d", "--name", "llmworks-dock-1", "-p", f"127.0.0.1:{port}:8080",
                            "-e", "LLMWORKS_API_KEY", "llmworks/dock:1"]
        assert calls[2]["api_key"] == key  # the container's key comes from the engine's environment
        assert all(key not in " ".join(a) for a in argvs) and key not in json.dumps(d)

        # a redeploy removes the previous revision's container and runs the new one on the same port
        r = admin.post(f"/api/plugins/deploy/deployments/{d['id']}/redeploy", json={"model": f"custom:{versions['mlp']}"})
        assert r.status_code == 202, r.text
        d2 = run_queued_deploy(h, admin, d["id"])
        assert d2["revision"] == 2 and d2["state"] == "running", d2["message"]
        argvs = [json.loads(line)["argv"] for line in calls_log.read_text().splitlines()][3:]
        assert ["rm", "-f", "c0ffee-llmworks-dock-1"] in argvs
        run = next(a for a in argvs if a[0] == "run")
        assert argvs.index(["rm", "-f", "c0ffee-llmworks-dock-1"]) < argvs.index(run)
        assert run[3] == "llmworks-dock-2" and run[5] == f"127.0.0.1:{port}:8080"
        assert d2["outputs"]["container"] == "c0ffee-llmworks-dock-2"

        # stop removes the running container
        assert admin.post(f"/api/plugins/deploy/deployments/{d['id']}/stop").json()["state"] == "stopped"
        assert json.loads(calls_log.read_text().splitlines()[-1])["argv"] == ["rm", "-f", "c0ffee-llmworks-dock-2"]
