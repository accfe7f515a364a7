"""The SDK surface on a real kernel: kernel_of, services, lineage, jobs, events, projects."""

from __future__ import annotations

from pathlib import Path

import pytest
from llmworks_sdk import Unavailable, hookimpl, jobs, lineage
from llmworks_sdk.events import publish, recent
from llmworks_sdk.kernel import Kernel, kernel_of
from llmworks_sdk.services import ModelRegistry, Service, get_service, require_service
from llmworks_sdk.testing import KernelHarness


class FakeRegistry:
    def resolve(self, session, model, *, principal=None):  # noqa: ANN001, ANN201
        raise LookupError(model)


class ProvidesRegistry:
    @hookimpl
    def register_services(self, register):  # noqa: ANN001, ANN201
        register(Service(ModelRegistry, FakeRegistry(), install="llmworks-fake"))


@pytest.fixture(scope="module")
def h(tmp_path_factory: pytest.TempPathFactory):
    home: Path = tmp_path_factory.mktemp("sdk-surface")
    with KernelHarness(home, worker=False, env={"LLMWORKS_LOAD_PLUGINS": "kernel,inapp"}) as harness:
        yield harness


def test_the_kernel_is_reachable_and_typed(h):
    k = h.kernel
    assert isinstance(k, Kernel)
    with k.db.session() as s:
        assert kernel_of(s) is k
    assert kernel_of(k) is k
    with pytest.raises(LookupError, match="no llmworks kernel"):
        kernel_of(object())


def test_services_are_looked_up_and_missing_ones_are_a_503(h):
    assert get_service(h.kernel, ModelRegistry) is None
    with pytest.raises(Unavailable, match="install llmworks-models"):
        require_service(h.kernel, ModelRegistry)
    h.kernel.register_plugin(ProvidesRegistry(), "fake-registry")
    try:
        assert isinstance(require_service(h.kernel, ModelRegistry), FakeRegistry)
    finally:
        h.kernel.unregister_plugin("fake-registry")
    assert get_service(h.kernel, ModelRegistry) is None


def test_lineage_edges_once_sources_and_removal(h):
    pid = h.default_project_id()
    with h.kernel.db.session() as db:
        for _ in range(2):
            lineage.add_edge(db, pid, (lineage.RUN, 7), (lineage.MODEL_VERSION, 3), "produced")
        lineage.add_edge(db, pid, (lineage.DATASET_VERSION, 1), (lineage.MODEL_VERSION, 3), "trained")
    with h.kernel.db.session() as db:
        assert lineage.sources(db, (lineage.MODEL_VERSION, 3)) == [("run", "7"), ("dataset_version", "1")]
        assert lineage.sources(db, (lineage.MODEL_VERSION, 3), kind=lineage.RUN) == [("run", "7")]
        assert lineage.remove_edges(db, dst=(lineage.MODEL_VERSION, 3), relation="trained") == 1
    with h.kernel.db.session() as db:
        assert lineage.sources(db, (lineage.MODEL_VERSION, 3)) == [("run", "7")]
        with pytest.raises(ValueError):
            lineage.remove_edges(db)


def test_jobs_and_events(h):
    pid = h.default_project_id()
    job = jobs.enqueue(h.kernel, "kernel.sleep", {"seconds": 0}, project_id=pid, title="surface")
    with h.kernel.db.session() as db:
        got = jobs.get(db, job.id)
        assert got is not None and jobs.view(got)["title"] == "surface" and jobs.view(got)["state"] == "queued"
        assert set(jobs.get_many(db, [job.id, 10**9])) == {job.id}
        assert jobs.count(db, state="queued", project_ids=[pid]) >= 1
        assert jobs.count(db, state="queued", project_ids=[]) == 0
    assert jobs.cancel(h.kernel, job.id).state == "cancelled"
    publish(h.kernel, "surface.tested", project_id=pid, data={"n": 1})
    with h.kernel.db.session() as db:
        (ev,) = recent(db, limit=1, types=["surface.tested"])
        assert ev["data"] == {"n": 1} and ev["project_id"] == pid
        slug = h.kernel.projects.slugs(db, [pid])[pid]
        assert h.kernel.projects.id_for_slug(db, slug) == pid and h.kernel.projects.id_for_slug(db, "no-such") is None


def test_installed_service_is_found_without_a_kernel_or_named_for_install():
    from typing import Protocol

    import pytest
    from llmworks_sdk.errors import Unavailable
    from llmworks_sdk.services import OnnxExports, installed_service

    exports = installed_service(OnnxExports)  # llmworks-onnx is installed in this workspace
    assert callable(exports.ensure_exported) and exports.cache_dir().name

    class Nobody(Protocol):
        def nothing(self) -> None: ...

    with pytest.raises(Unavailable, match="the Nobody service is not installed: install llmworks-nobody"):
        installed_service(Nobody, install="llmworks-nobody")


def test_the_kernel_protocols_name_no_any_but_json_objects():
    """Issue 10: the kernel object is typed in the SDK, no ``Any`` on its surface. A JSON
    object (job payloads and results, event data) is ``dict[str, Any]``: its values are
    whatever ``json.loads`` gives. Every other annotation of the Protocols in
    ``llmworks_sdk.kernel`` names a type; the registry's lookups are typed by kind."""
    import ast
    import importlib
    import typing

    import llmworks_sdk.kernel as module
    from llmworks_sdk.types import DeployTarget

    tree = ast.parse(Path(module.__file__).read_text())
    found = []
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        for node in ast.walk(cls):
            annotations = []
            if isinstance(node, ast.AnnAssign):
                annotations.append(node.annotation)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                args = node.args
                for a in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
                    if a is not None and a.annotation is not None:
                        annotations.append(a.annotation)
                if node.returns is not None:
                    annotations.append(node.returns)
            for ann in annotations:
                text = ast.unparse(ann).replace("dict[str, Any]", "JSON")
                if "Any" in text:
                    found.append(f"{cls.name}.{getattr(node, 'name', getattr(getattr(node, 'target', None), 'id', '?'))}: {text}")
    assert not found, found
    # the overloads resolve a kind to its SDK type (what a type checker sees)
    kinds = {f.__annotations__["kind"].replace("'", '"'): f.__annotations__["return"]
             for f in typing.get_overloads(module.Registry.get)}
    assert kinds['Literal["deploy_targets"]'] == f"{DeployTarget.__name__} | None"
    assert kinds["str"] == "object | None"  # a kind the kernel does not know: nothing is promised
    # every kind the kernel's registry holds has its typed overload
    feature_hooks = importlib.import_module("llmworks.plugins.registry").FEATURE_HOOKS
    assert {kind for kind, _ in feature_hooks.values()} == {k.split('"')[1] for k in kinds if k != "str"}
