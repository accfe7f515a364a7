"""YAML metrics are bounded in time and memory (issue 9, item 1).

Before: a 100-byte YAML metric with a nested-repetition pattern took the server to 11 GB, an
alias bomb stored a 39 MB row, and the regex timeout was per prediction. The memory cases
run in a child process with RLIMIT_AS and a time cap."""

from __future__ import annotations

import time

import pytest
from llmworks_metrics.yaml_metrics import YamlMetric, parse_document
from llmworks_sdk import Invalid
from llmworks_sdk.expressions import Deadline
from llmworks_sdk.testing_capped import run_capped

BOMB = "name: bomb\ntype: regex_match_rate\npattern: '(?:(?:(?:a{1000}){1000}){1000})'\n"
ALIASES = ("metrics:\n  - name: kw\n    type: keyword_coverage\n    keywords: &k [a, b, c, d, e, f, g, h]\n"
           "    description: &d x\n  - name: kw2\n    type: keyword_coverage\n    keywords: *k\n")


def test_nested_repetition_pattern_is_422_within_a_memory_cap():
    code = ("from llmworks_sdk import Invalid\nfrom llmworks_metrics.yaml_metrics import parse_document\n"
            f"try:\n    parse_document({BOMB!r})\nexcept Invalid as e:\n    print('422', e.errors[0]['loc'], e.detail)\n")
    r = run_capped(code, memory_mb=1536, seconds=90)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.startswith("422 ['body', 'yaml', 'metrics', 0, 'pattern']") and "bad regular expression" in r.stdout


def test_api_refuses_the_bomb_within_a_memory_cap(tmp_path):
    """The whole request path (a real kernel in the child) answers 422 instead of exhausting memory."""
    code = (
        "import sys\nfrom llmworks_sdk.testing import KernelHarness\n"
        f"with KernelHarness({str(tmp_path)!r}, worker=False, env={{'LLMWORKS_LOAD_PLUGINS': 'kernel,inapp,metrics'}}) as h:\n"
        "    admin = h.login()\n"
        f"    r = admin.post('/api/metrics/yaml', json={{'project_id': h.default_project_id(), 'yaml': {BOMB!r}}})\n"
        "    print('STATUS', r.status_code, r.json().get('detail'))\n")
    r = run_capped(code, memory_mb=3072, seconds=240)
    assert r.returncode == 0 and "STATUS 422 " in r.stdout, (r.stdout, r.stderr[-3000:])


def test_yaml_aliases_are_refused_with_the_line():
    with pytest.raises(Invalid, match=r"aliases \(\*k\) are not allowed.*line 8") as exc:
        parse_document(ALIASES)
    assert exc.value.errors[0]["loc"] == ["body", "yaml"]


def test_pattern_search_is_linear():
    metric = YamlMetric(parse_document("name: slow\ntype: regex_match_rate\npattern: '(a+)+$'\n")[0])
    start = time.monotonic()
    assert metric.compute(["a" * 200_000 + "!"] * 5, ["r"] * 5).score == 0.0
    assert time.monotonic() - start < 2.0


def test_one_time_budget_for_the_whole_computation():
    """The budget is shared by every prediction (before: 1 s per prediction, so 2000 predictions could take 2000 s)."""
    metric = YamlMetric(parse_document("name: kw\ntype: keyword_coverage\nkeywords: [alpha, beta]\n")[0])
    deadline = Deadline(0.0, "computing the YAML metrics")
    time.sleep(0.01)
    with pytest.raises(Invalid, match="took longer than its budget"):
        metric.compute(["alpha beta"] * 10, ["r"] * 10, deadline=deadline)


def test_keyword_whole_words_match_like_before():
    metric = YamlMetric(parse_document("name: kw\ntype: keyword_coverage\nkeywords: [Refund, 'c++', café]\n")[0])
    result = metric.compute(["a refund was made", "no refunds", "C++ rocks; un café", "écafé x"], ["r"] * 4)
    assert result.per_example == [pytest.approx(1 / 3), 0.0, pytest.approx(2 / 3), 0.0]
