"""Every component schema of the OpenAPI document (kernel and every installed plugin) has a name of
its own: the class name, used once.

When two plugins declare pydantic models with one name (``ExportIn`` in feedback and in responsible),
FastAPI keys both by module path (``llmworks_feedback__schemas__ExportIn``) and sdk_gen has to guess a
class name from the module (``SchemasExportIn``): the generated clients' names then depend on file
layout and change when a module moves. Plugin authors give such models a name of their own
(``FeedbackExportIn``, ``CorrectionExportIn``); this test names both definitions when they do not.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from pydantic import create_model


def schema_name_problems(doc: dict[str, Any]) -> list[str]:
    """What is wrong with the component names of ``doc``: keys FastAPI derived from a module path,
    keys that are not an identifier or differ from the model's title, and titles used twice."""
    schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
    problems: list[str] = []
    by_title: dict[str, list[str]] = defaultdict(list)
    for key, schema in schemas.items():
        title = schema.get("title", key)
        by_title[title].append(key)
        if "__" in key:
            module, _, name = key.rpartition("__")
            problems.append(f"{name} (in {module.replace('__', '.')}): its name is used by another model, "
                            f"FastAPI named it {key!r}")
        elif not key.isidentifier():
            problems.append(f"{key!r}: not a class name (a model that differs as input and output?)")
        elif title != key:
            problems.append(f"{key!r}: titled {title!r}")
    for title, keys in sorted(by_title.items()):
        if len(keys) > 1:
            problems.append(f"title {title!r} is used by {len(keys)} schemas: {sorted(keys)}")
    return problems


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The schema as ``llmworks openapi`` writes it: every installed plugin, no server, no database."""
    from llmworks.api.app import create_app
    from llmworks.kernel import Kernel
    from llmworks.settings import Settings

    home = Path(tmp_path_factory.mktemp("openapi-names"))
    logging.disable(logging.WARNING)
    try:
        k = Kernel.create(Settings(home=home, database_url=None, artifact_url=None, models_dir=None),
                          migrate=False, role="cli")
    finally:
        logging.disable(logging.NOTSET)
    try:
        failed = {i.name: i.error or i.failed_hooks for i in k.plugins.infos.values() if i.status == "failed" or i.failed_hooks}
        assert not failed, f"plugins failed to load, their schemas would be missing: {failed}"
        return create_app(k, start_worker=False, start_dispatcher=False).openapi()
    finally:
        k.db.engine.dispose()


def test_every_schema_name_is_unique_and_the_class_name(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    assert len(schemas) > 300  # the plugins' models are in, not only the kernel's
    assert schema_name_problems(doc) == []


def test_the_plugins_models_are_in_by_their_own_names(doc: dict[str, Any]) -> None:
    """The models renamed from shared names are there under their new names (one per plugin)."""
    schemas = doc["components"]["schemas"]
    for name in ("FeedbackExportIn", "CorrectionExportIn", "AnnotationQueueOut", "ScheduleQueueOut",
                 "MachineSeriesOut", "RunSeriesOut", "PromptRunIn", "RunIn", "EmailPreferencesIn", "PreferencesIn",
                 "ScorecardSampleOut", "MachineSampleOut", "DecisionReviewIn", "SampleReviewIn",
                 "ModelExportFormatOut", "StatusOut"):
        assert name in schemas, name


# Two plugins' ``ExportIn`` (module level: the routes below are annotated with them by name)
AlphaExportIn = create_model("ExportIn", __module__="llmworks_alpha.schemas", kind=(str, ...))
BetaExportIn = create_model("ExportIn", __module__="llmworks_beta.api_models", rows=(int, ...))
BetaOut = create_model("BetaOut", __module__="llmworks_beta.api_models", rows=(int, ...))


def test_the_check_names_both_models_of_a_clash() -> None:
    """Two plugins' ``ExportIn`` in one app: FastAPI keys them by module path, and the check says so."""
    app = FastAPI()

    @app.post("/a", response_model=BetaOut)
    def post_a(body: AlphaExportIn) -> Any:  # type: ignore[valid-type]
        return {"rows": 1}

    @app.post("/b", response_model=BetaOut)
    def post_b(body: BetaExportIn) -> Any:  # type: ignore[valid-type]
        return {"rows": 1}

    problems = schema_name_problems(app.openapi())
    assert len(problems) == 3, problems
    assert any("ExportIn (in llmworks_alpha.schemas)" in p for p in problems)
    assert any("ExportIn (in llmworks_beta.api_models)" in p for p in problems)
    assert any(p.startswith("title 'ExportIn' is used by 2 schemas") for p in problems)


def test_the_check_names_a_title_that_differs_from_the_key() -> None:
    doc = {"components": {"schemas": {"JobOut": {"title": "JobOut"}, "Thing": {"title": "JobOut"},
                                      "Page_Item_": {"title": "Page[Item]"}}}}
    problems = schema_name_problems(doc)
    assert "'Thing': titled 'JobOut'" in problems
    assert "'Page_Item_': titled 'Page[Item]'" in problems
    assert any(p.startswith("title 'JobOut' is used by 2 schemas") for p in problems)
