"""The OpenAPI schema is complete: every operation (kernel and every installed plugin) declares
a typed success answer, lists are pages of a named item model, and errors are problem+json.

This is what lets the UI and third parties use the clients sdk_gen generates instead of
hand-written ones."""

from __future__ import annotations

from typing import Any

import pytest
from llmworks_sdk import schemas
from llmworks_sdk.testing import KernelHarness

REF = "#/components/schemas/"
JSON_TYPES = ("application/json",)
METHODS = ("get", "post", "put", "patch", "delete")


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    with KernelHarness(tmp_path_factory.mktemp("openapi"), worker=False) as h:
        failed = {i.name: i.failed_hooks for i in h.kernel.plugins.infos.values() if i.failed_hooks or i.status == "failed"}
        assert not failed, f"plugins failed to load, their routes would be missing: {failed}"
        served = h.client.get("/openapi.json").json()
        assert served == h.app.openapi()
        return served


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(m.upper(), path, op) for path, item in doc["paths"].items() for m, op in item.items() if m in METHODS]


def _named(schema: dict[str, Any], doc: dict[str, Any]) -> bool:
    """A $ref to an object component with properties, or an array of such refs."""
    if schema.get("type") == "array":
        return _named(schema.get("items") or {}, doc)
    ref = schema.get("$ref", "")
    if not ref.startswith(REF):
        return False
    target = doc["components"]["schemas"][ref[len(REF):]]
    return bool(target.get("properties")) or bool(target.get("anyOf") or target.get("oneOf"))


def test_strict_response_models_in_this_suite() -> None:
    """The root conftest turns on strict response models: a route returning a key its model does not
    declare fails the test that calls it instead of silently losing the field."""
    assert schemas.STRICT


def test_every_operation_declares_a_typed_success_answer(doc: dict[str, Any]) -> None:
    problems = []
    for method, path, op in _operations(doc):
        ok = []
        for code, resp in op["responses"].items():
            if not code.startswith("2"):
                continue
            content = resp.get("content") or {}
            if code == "204" and not content:
                ok.append(True)
            for media, body in content.items():
                schema = body.get("schema") or {}
                if media in JSON_TYPES:
                    ok.append(_named(schema, doc))
                else:  # a stream or a file: the media type and a schema (string/binary) are declared
                    ok.append(bool(schema))
        if not ok or not any(ok):
            problems.append(f"{method} {path}: no 2xx answer with a named model (or a declared stream/file media type)")
        elif not all(ok):
            problems.append(f"{method} {path}: a 2xx JSON answer is a free-form object, not a named model")
    assert problems == []


def test_list_endpoints_answer_a_page_of_named_items(doc: dict[str, Any]) -> None:
    lists = 0
    problems = []
    for method, path, op in _operations(doc):
        params = {p["name"] for p in op.get("parameters", []) if p.get("in") == "query"}
        if method != "GET" or not {"limit", "offset"} <= params:
            continue
        if path == "/api/jobs/{job_id}/log":
            continue  # limit/offset in bytes of the log, not a list
        lists += 1
        schema = op["responses"]["200"]["content"]["application/json"]["schema"]
        key = schema.get("$ref", "")[len(REF):]
        page = doc["components"]["schemas"].get(key, {})
        props = page.get("properties", {})
        items = props.get("items", {}).get("items", {})
        if not (key.endswith("Page") and {"items", "total", "limit", "offset"} <= set(props) and _named(items, doc)):
            problems.append(f"{method} {path}: answers {key or schema}, not a Page of a named item model")
    assert lists > 30
    assert problems == []


def test_errors_are_problem_details(doc: dict[str, Any]) -> None:
    problem = doc["components"]["schemas"]["ProblemDetails"]
    assert {"type", "title", "status", "detail"} <= set(problem["properties"])
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    for method, path, op in _operations(doc):
        for code in ("401", "403", "404", "422"):
            media = op["responses"][code]["content"]
            assert media == {"application/problem+json": {"schema": {"$ref": REF + "ProblemDetails"}}}, (method, path, code)


def test_component_names_are_clean(doc: dict[str, Any]) -> None:
    """Generic pages are named ``<Item>Page``, not pydantic's ``Page_Item_``."""
    names = list(doc["components"]["schemas"])
    assert [n for n in names if "[" in n or n.startswith("Page_")] == []
    assert "ProjectOutPage" in names and "JobOutPage" in names


def test_cli_writes_the_same_schema_without_a_server(doc: dict[str, Any], tmp_path: Any) -> None:
    """``llmworks openapi --out FILE`` (what the front-end build runs before ``python -m sdk_gen``)
    needs no server and no database, and writes the schema the server serves."""
    import json

    from llmworks.cli.main import app
    from typer.testing import CliRunner

    out = tmp_path / "build" / "openapi.json"
    result = CliRunner().invoke(app, ["openapi", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text()) == doc
