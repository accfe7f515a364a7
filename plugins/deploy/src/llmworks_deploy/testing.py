"""Test helpers of the deploy plugin (used by its tests and benchmarks): LoRA adapters made with
peft directly (as if trained elsewhere), a kernel harness on a given home, model versions."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def make_adapter(model_dir: Path, folder: Path, seed: int, targets: list[str], r: int) -> Path:
    """A LoRA adapter on ``model_dir`` with random non-zero B (so it changes the output), made
    with peft directly."""
    if not (folder / "adapter_config.json").is_file():
        import torch
        from peft import LoraConfig, get_peft_model
        from transformers import AutoModelForCausalLM

        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(seed)
            config = LoraConfig(r=r, lora_alpha=8 * r, target_modules=targets, fan_in_fan_out=True, init_lora_weights=False)
            get_peft_model(AutoModelForCausalLM.from_pretrained(model_dir), config).save_pretrained(folder)
    return folder


def harness_for(home: Path, models_dir: Path, env: dict[str, str] | None = None) -> Any:
    from llmworks_sdk.testing import KernelHarness

    return KernelHarness(
        home, env={"LLMWORKS_MODELS_DIR": str(models_dir), **(env or {})},
        database_url=os.environ.get("LLMWORKS_TEST_DATABASE_URL"),
    )


def register_versions(harness: Any, project_id: int, demo_model: Path, adapters: dict[str, Path]) -> dict[str, int]:
    from llmworks_sdk.services import ModelRegistry, require_service

    registry = require_service(harness.kernel, ModelRegistry)
    with harness.kernel.db.session() as db:
        return {
            name: registry.register_version(
                db,
                project_id=project_id,
                name=f"deploy-lora-{name}",
                base_model="llmworks-demo-tiny",
                base_path=str(demo_model),
                method="lora",
                kind="adapter",
                path=str(folder),
            ).id
            for name, folder in adapters.items()
        }


def peft_tokens(demo_model: Path, adapter: Path, n: int = 8, prompt: str = "The pilot keeps the map") -> list[int]:
    """Greedy generation with peft in-process (the reference): the generated token ids."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(demo_model)
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(demo_model), str(adapter)).eval()
    ids = tok(prompt, return_tensors="pt").input_ids
    with torch.inference_mode():
        out = model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), max_new_tokens=n, do_sample=False,
                             pad_token_id=tok.eos_token_id)
    return out[0, ids.shape[1]:].tolist()


class HubStandIn:
    """A local HTTP server that speaks the Hugging Face Hub endpoints ``huggingface_hub`` uses to
    create a repository and upload a folder over LFS: ``POST /api/repos/create``, ``POST
    /api/validate-yaml`` (the model card's metadata), ``POST
    /api/models/{repo}/preupload/{rev}``, ``POST /{repo}.git/info/lfs/objects/batch`` (basic
    transfer: ``PUT`` of the bytes, then ``verify``) and ``POST /api/models/{repo}/commit/{rev}``
    (NDJSON). It is a stand-in for tests, not the Hub: it checks the bearer token, keeps what
    was committed in memory (``repos[repo_id]``: path → bytes, ``commits``) and answers like the
    Hub does for these calls. ``lfs_suffixes`` decides which files go over LFS."""

    def __init__(self, token: str, lfs_suffixes: tuple[str, ...] = (".safetensors", ".bin")) -> None:
        self.token = token
        self.lfs_suffixes = lfs_suffixes
        self.repos: dict[str, dict[str, bytes]] = {}
        self.private: dict[str, bool] = {}
        self.commits: list[dict[str, Any]] = []
        self.lfs: dict[str, bytes] = {}
        self.calls: list[str] = []
        self.server: Any = None

    def __enter__(self) -> HubStandIn:
        import threading
        from http.server import ThreadingHTTPServer

        hub = self

        from http.server import BaseHTTPRequestHandler

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _json(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _body(self) -> bytes:
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def _authorized(self) -> bool:
                if self.headers.get("Authorization") != f"Bearer {hub.token}":
                    self._json(401, {"error": "Invalid credentials in Authorization header"})
                    return False
                return True

            def do_PUT(self) -> None:  # noqa: N802 - the http.server API
                hub.calls.append(f"PUT {self.path}")
                if self.path.startswith("/lfs-upload/"):
                    hub.lfs[self.path.rsplit("/", 1)[1]] = self._body()
                    self._json(200, {})
                    return
                self._json(404, {"error": "not found"})

            def do_POST(self) -> None:  # noqa: N802
                import base64
                import hashlib
                import re

                hub.calls.append(f"POST {self.path}")
                path = self.path.split("?", 1)[0]
                if path.startswith("/lfs-verify/"):
                    body = json.loads(self._body())
                    ok = hashlib.sha256(hub.lfs.get(body["oid"], b"")).hexdigest() == body["oid"]
                    self._json(200 if ok else 422, {} if ok else {"error": "object missing or corrupt"})
                    return
                if not self._authorized():
                    return
                if path == "/api/validate-yaml":  # the library validates a README's metadata before committing it
                    import yaml

                    content = json.loads(self._body()).get("content", "")
                    errors = []
                    if content.startswith("---"):
                        try:
                            meta = yaml.safe_load(content.split("---", 2)[1])
                            if not isinstance(meta, dict):
                                errors.append({"message": "the metadata is not a mapping"})
                        except yaml.YAMLError as exc:
                            errors.append({"message": f"invalid YAML: {exc}"})
                    self._json(400 if errors else 200, {"errors": errors, "warnings": []})
                    return
                if path == "/api/repos/create":
                    body = json.loads(self._body())
                    repo = f"{body.get('organization')}/{body['name']}" if body.get("organization") else body["name"]
                    if repo in hub.repos:
                        self._json(409, {"error": "You already created this model repo", "url": f"{hub.url}/{repo}"})
                        return
                    hub.repos[repo] = {}
                    hub.private[repo] = bool(body.get("private")) or body.get("visibility") == "private"
                    self._json(200, {"url": f"{hub.url}/{repo}", "name": repo, "id": repo})
                    return
                m = re.fullmatch(r"/api/models/(.+?)/preupload/([^/]+)", path)
                if m:
                    body = json.loads(self._body())
                    self._json(200, {"files": [{"path": f["path"], "shouldIgnore": False, "uploadMode":
                                                "lfs" if f["path"].endswith(hub.lfs_suffixes) else "regular"}
                                               for f in body["files"]], "commitOid": None})
                    return
                m = re.fullmatch(r"/(.+?)\.git/info/lfs/objects/batch", path)
                if m:
                    body = json.loads(self._body())
                    objects = [{"oid": o["oid"], "size": o["size"], "authenticated": True,
                                "actions": {"upload": {"href": f"{hub.url}/lfs-upload/{o['oid']}"},
                                            "verify": {"href": f"{hub.url}/lfs-verify/{o['oid']}"}}}
                               for o in body["objects"]]
                    self._json(200, {"transfer": "basic", "objects": objects})
                    return
                m = re.fullmatch(r"/api/models/(.+?)/commit/([^/]+)", path)
                if m:
                    repo = m.group(1)
                    if repo not in hub.repos:
                        self._json(404, {"error": f"Repository {repo} not found"})
                        return
                    files: dict[str, bytes] = {}
                    header: dict[str, Any] = {}
                    for line in self._body().splitlines():
                        item = json.loads(line)
                        value = item["value"]
                        if item["key"] == "header":
                            header = value
                        elif item["key"] == "file":
                            files[value["path"]] = base64.b64decode(value["content"])
                        elif item["key"] == "lfsFile":
                            if value["oid"] not in hub.lfs:
                                self._json(422, {"error": f"LFS object {value['oid']} was never uploaded"})
                                return
                            files[value["path"]] = hub.lfs[value["oid"]]
                    hub.repos[repo].update(files)
                    oid = hashlib.sha1(json.dumps(sorted((k, hashlib.sha256(v).hexdigest()) for k, v in files.items()))
                                       .encode()).hexdigest()
                    hub.commits.append({"repo": repo, "summary": header.get("summary"), "files": sorted(files), "oid": oid})
                    self._json(200, {"commitUrl": f"{hub.url}/{repo}/commit/{oid}", "commitOid": oid,
                                     "pullRequestUrl": None})
                    return
                self._json(404, {"error": f"not served by this stand-in: POST {path}"})

            def do_GET(self) -> None:  # noqa: N802
                hub.calls.append(f"GET {self.path}")
                self._json(404, {"error": f"not served by this stand-in: GET {self.path}"})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()
