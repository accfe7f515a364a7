"""Walks every route of the OpenAPI schema with generated requests, as different callers.

Used by test_authz.py. Path ids are discovered from the project's own lists (so requests hit
real resources of project A); bodies are built from the schemas (examples, defaults, minimal
values), with ``project_id`` pointing at project A.
"""

from __future__ import annotations

import re
from typing import Any

MUTATING = {"post", "put", "patch", "delete"}
PUBLIC = {("get", "/api/health"), ("get", "/api/version"), ("post", "/api/auth/login"), ("get", "/api/ui/manifest")}


def resolve(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        ref = schema["$ref"].split("/")[1:]
        node: Any = spec
        for part in ref:
            node = node[part]
        schema = node
    return schema


def sample(schema: dict[str, Any], spec: dict[str, Any], ctx: dict[str, Any], name: str = "", depth: int = 0) -> Any:
    schema = resolve(schema, spec)
    if depth > 6:
        return None
    if name in ctx:
        return ctx[name]
    if "examples" in schema and schema["examples"]:
        return schema["examples"][0]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [o for o in schema[key] if resolve(o, spec).get("type") != "null"]
            return sample(options[0] if options else schema[key][0], spec, ctx, name, depth + 1)
    if "allOf" in schema:
        return sample(schema["allOf"][0], spec, ctx, name, depth + 1)
    t = schema.get("type")
    if t == "object" or "properties" in schema:
        props = schema.get("properties", {})
        req = set(schema.get("required", []))
        out = {}
        for k, v in props.items():
            if k in req or k in ctx:
                out[k] = sample(v, spec, ctx, k, depth + 1)
        return out
    if t == "array":
        n = schema.get("minItems", 0)
        return [sample(schema.get("items", {}), spec, ctx, name, depth + 1) for _ in range(max(n, 1 if name in ("texts", "prompts") else n))]
    if t == "integer":
        return max(int(schema.get("minimum", 1)), 1) if "maximum" not in schema else int(schema.get("minimum", 1))
    if t == "number":
        return float(schema.get("minimum", 0.5)) if "minimum" in schema else 0.5
    if t == "boolean":
        return False
    if t == "string":
        if schema.get("format") in ("uri", "url"):
            return "http://127.0.0.1:9/hook"
        if "pattern" in schema:
            return "abc"
        return "authz-walker-" + name if name else "x"
    return None


def is_stream(op: dict[str, Any]) -> bool:
    return any("text/event-stream" in (resp.get("content") or {}) for resp in op.get("responses", {}).values())


def id_key(path: str) -> str:
    """/api/datasets → dataset_id, /api/tracking/runs → run_id"""
    last = [p for p in path.split("/") if p and not p.startswith("{")][-1]
    last = last.replace("-", "_")
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith("s"):
        last = last[:-1]
    return f"{last}_id"


class Walker:
    def __init__(self, spec: dict[str, Any], ctx: dict[str, Any]) -> None:
        self.spec = spec
        self.ctx = ctx

    def operations(self) -> list[tuple[str, str, dict[str, Any]]]:
        ops = []
        for path, item in self.spec["paths"].items():
            for method, op in item.items():
                if method in ("get", "post", "put", "patch", "delete"):
                    ops.append((method, path, op))
        return ops

    def discover_ids(self, admin: Any) -> None:
        """Fill ctx with one id per resource kind, from the lists of project A."""
        for method, path, op in self.operations():
            if method != "get" or "{" in path or is_stream(op):
                continue
            params = {p["name"] for p in op.get("parameters", [])}
            if "project_id" not in params:
                continue
            r = admin.get(path, params={"project_id": self.ctx["project_id"], "limit": 5})
            if r.status_code != 200:
                continue
            body = r.json()
            items = body.get("items") if isinstance(body, dict) else body
            if items and isinstance(items, list) and isinstance(items[0], dict) and "id" in items[0]:
                self.ctx.setdefault(id_key(path), items[0]["id"])

    def build(self, method: str, path: str, op: dict[str, Any]) -> dict[str, Any]:
        url = path
        for name in re.findall(r"{(\w+)}", path):
            url = url.replace("{" + name + "}", str(self.ctx.get(name, self.ctx.get(self._alias(name), 1))))
        query = {}
        references_a = "{" in path
        for p in op.get("parameters", []):
            if p["in"] != "query":
                continue
            if p["name"] == "project_id":
                query["project_id"] = self.ctx["project_id"]
                references_a = True
            elif p.get("required"):
                query[p["name"]] = sample(p.get("schema", {}), self.spec, self.ctx, p["name"])
        kwargs: dict[str, Any] = {"params": query}
        body = op.get("requestBody", {}).get("content", {})
        if "application/json" in body:
            schema = resolve(body["application/json"].get("schema", {}), self.spec)
            data = sample(schema, self.spec, self.ctx)
            if isinstance(data, dict) and "project_id" in resolve(schema, self.spec).get("properties", {}):
                data["project_id"] = self.ctx["project_id"]
                references_a = True
            kwargs["json"] = data
        elif "multipart/form-data" in body:
            schema = resolve(body["multipart/form-data"].get("schema", {}), self.spec)
            form, files = {}, {}
            for k, v in schema.get("properties", {}).items():
                v = resolve(v, self.spec)
                if v.get("format") == "binary" or v.get("contentMediaType") == "application/octet-stream":
                    files[k] = ("walker.jsonl", b'{"text": "hello"}\n', "application/octet-stream")
                elif k == "project_id":
                    form[k] = str(self.ctx["project_id"])
                    references_a = True
                elif k in schema.get("required", []):
                    form[k] = str(sample(v, self.spec, self.ctx, k))
            kwargs["data"], kwargs["files"] = form, files
        return {"url": url, "kwargs": kwargs, "references_a": references_a}

    def _alias(self, name: str) -> str:
        return {"id": "job_id"}.get(name, name)

    @staticmethod
    def call(client: Any, method: str, req: dict[str, Any]) -> int:
        kwargs = dict(req["kwargs"])
        if method in ("get", "delete"):
            kwargs.pop("json", None)
            kwargs.pop("data", None)
            kwargs.pop("files", None)
        if kwargs.get("json") is not None and method == "delete":
            kwargs.pop("json")
        # stream every response and read only the status: SSE endpoints never end by themselves
        with client.stream(method.upper(), req["url"], **kwargs) as r:
            return r.status_code
