"""schemathesis over the whole OpenAPI schema (every installed plugin): no 5xx, as an
administrator (so requests get past authentication)."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from llmworks_sdk.testing import KernelHarness

MAX_EXAMPLES = 12


@schemathesis.serializer("application/zip", "application/gzip", "application/x-tar")
def _archive_bytes(ctx, value):  # noqa: ANN001 - archive uploads (adapters) are raw bytes: send what was generated
    return value if isinstance(value, bytes) else str(value).encode()


@pytest.fixture(scope="module")
def harness(tmp_path_factory):
    with KernelHarness(tmp_path_factory.mktemp("fuzz"), worker=False) as h:
        yield h


def _is_stream(raw: dict) -> bool:
    return any("text/event-stream" in (r.get("content") or {}) for r in raw.get("responses", {}).values())


@pytest.mark.slow
def test_no_server_errors(harness):
    client = harness.login()
    token = client.headers["Authorization"]
    schema = schemathesis.openapi.from_dict(client.get("/openapi.json").json())
    failures: list[str] = []
    tested = 0
    for result in schema.get_all_operations():
        op = result.ok()
        if _is_stream(op.definition.raw) or op.path == "/api/auth/logout":
            continue  # never-ending SSE streams and session logout are tested elsewhere
        tested += 1

        @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None, phases=[Phase.explicit, Phase.generate])
        @given(case=op.as_strategy())
        def run(case):
            kwargs = case.as_transport_kwargs(base_url="http://testserver", headers={"Authorization": token})
            method, url = kwargs.pop("method"), kwargs.pop("url")
            kwargs = {k: v for k, v in kwargs.items() if k in ("headers", "params", "json", "data", "files", "content", "cookies")}
            files = kwargs.get("files") or {}
            items = files.items() if isinstance(files, dict) else files
            if any(not isinstance(v if not isinstance(v, tuple) else v[1], (bytes, str)) for _, v in items):
                return  # a number or null where a file goes: httpx cannot encode it, nothing would be sent
            try:
                request = client.build_request(method, url, **kwargs)
            except (TypeError, AttributeError, ValueError):
                return  # schemathesis generated a body httpx cannot encode (e.g. a number as a file): not sendable
            response = client.send(request)
            assert response.status_code < 500, f"{method} {url} {kwargs} -> {response.status_code}: {response.text[:500]}"

        try:
            run()
        except Exception as exc:  # noqa: BLE001 - collect every failing operation
            failures.append(f"{op.method.upper()} {op.path}: {str(exc)[:800]}")
    assert tested > 30
    assert failures == [], "\n\n".join(failures)
