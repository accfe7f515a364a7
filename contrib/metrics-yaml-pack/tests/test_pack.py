"""The pack registers through the API of a real kernel, is listed, and computes what it says."""

from __future__ import annotations

from pathlib import Path

import pytest
from llmworks_sdk.testing import KernelHarness

PACK = Path(__file__).resolve().parents[1] / "metrics"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with KernelHarness(tmp_path_factory.mktemp("yaml-pack"), worker=False,
                       env={"LLMWORKS_LOAD_PLUGINS": "kernel,inapp,metrics"}) as h:
        yield h.login(), h.default_project_id()


def test_the_pack_registers_and_is_listed(client):
    c, pid = client
    names = []
    for f in ("support", "length", "composite"):  # the formula last: it uses the others
        r = c.post("/api/metrics/yaml", json={"project_id": pid, "yaml": (PACK / f"{f}.yaml").read_text()})
        assert r.status_code == 201, r.text
        names += [m["name"] for m in r.json()["items"]]
    listed = {m["name"]: m for m in c.get("/api/metrics", params={"project_id": pid, "source": "yaml"}).json()["items"]}
    assert set(listed) == set(names) == {"apologises", "gives_next_step", "leaks_jargon", "word_length_ratio",
                                          "char_length_ratio", "support_quality"}
    assert listed["leaks_jargon"]["higher_is_better"] is False
    assert listed["support_quality"]["requires"] == ["apologises", "leaks_jargon", "rougeL", "token_f1"]


def test_the_pack_computes_what_it_says(client):
    c, pid = client
    preds = ["Sorry! I will refund you and open a ticket.", "Check the backend in JIRA.", "Done"]
    refs = ["We are sorry, a refund is on its way.", "Please restart the app.", "It is done now"]
    r = c.post("/api/metrics/compute", json={"project_id": pid, "predictions": preds, "references": refs,
                                             "metrics": ["apologises", "gives_next_step", "leaks_jargon", "word_length_ratio",
                                                         "support_quality"]})
    assert r.status_code == 200, r.text
    res = r.json()["results"]
    assert res["apologises"]["per_example"] == [1.0, 0.0, 0.0]
    assert res["gives_next_step"]["per_example"] == [0.5, 0.0, 0.0]
    assert res["leaks_jargon"]["per_example"] == [0.0, 1.0, 0.0]
    assert res["word_length_ratio"]["per_example"] == pytest.approx([9 / 9, 5 / 4, 1 / 4])
    per = [0.4 * a + 0.3 * b + 0.3 * c_ - 0.5 * d for a, b, c_, d in zip(
        res["rougeL"]["per_example"], res["token_f1"]["per_example"], res["apologises"]["per_example"],
        res["leaks_jargon"]["per_example"], strict=True)]
    assert res["support_quality"]["per_example"] == pytest.approx(per)
