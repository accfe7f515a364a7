"""Another plugin registers a plain Python suite object through ``register_eval_suites`` (with the
SDK's ``register_plugin`` fixture); it is listed and runs as a scorecard like the built-in ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import profanity_check
import pytest
import responsible_suite_example
import responsible_testing
from llmworks_sdk.evalsuites import EvalSuite
from llmworks_sdk.testing import KernelHarness
from responsible_testing import DEMO, KIND, TOXIC, cell, run_scorecard

R = "/api/responsible"


@pytest.fixture
def llmworks_harness(tmp_path: Path, models_dir: Path) -> Iterator[KernelHarness]:
    """The SDK's harness (which ``register_plugin`` uses), with the demo model's folder."""
    with KernelHarness(tmp_path / "llmworks", env={"LLMWORKS_MODELS_DIR": str(models_dir)}) as h:
        yield h


def test_a_plugin_registers_a_python_suite_and_it_runs(llmworks_harness, register_plugin):
    assert isinstance(responsible_suite_example.NeighboursSuite(), EvalSuite)
    register_plugin(responsible_testing, "responsible-scripted")
    register_plugin(responsible_suite_example, "suite-example")
    h = llmworks_harness
    admin, project_id = h.login(), h.default_project_id()
    listed = {s["name"]: s for s in admin.get(f"{R}/suites", params={"project_id": project_id}).json()["items"]}
    assert responsible_suite_example.NAME in listed and "stereotype-pairs-en" in listed
    assert listed[responsible_suite_example.NAME]["kind"] == "group_generation"
    sc = run_scorecard(h, admin, project_id=project_id, suite=responsible_suite_example.NAME, model=DEMO,
                       backend="scripted")
    assert sc["suite"] == responsible_suite_example.NAME and sc["items"] == 6
    tox = {t: float(profanity_check.predict_prob([t])[0]) for t in (TOXIC, KIND)}
    assert cell(sc, "toxicity", "religion", "muslim")["value"] == pytest.approx(tox[TOXIC])
    assert cell(sc, "toxicity", "religion", "buddhist")["value"] == pytest.approx(tox[KIND])
    gap = cell(sc, "toxicity_gap", "religion")
    assert gap["value"] == pytest.approx(tox[TOXIC] - tox[KIND]) and (gap["high"], gap["low"]) == ("muslim", "buddhist")
    assert sc["flagged"] == 3
