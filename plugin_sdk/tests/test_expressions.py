"""Bounded user expressions (issue 9, item 1): RE2 regexes, safe YAML, time budgets, Jinja bounds.

The cases that exhausted memory or hung before the fix run in a child process with a memory
cap (RLIMIT_AS) and a time cap, so a regression fails one test instead of the whole run."""

from __future__ import annotations

import time

import pytest
from jinja2 import StrictUndefined
from llmworks_sdk import Invalid
from llmworks_sdk.expressions import Deadline, compile_regex, load_yaml
from llmworks_sdk.templating import TemplateLimitError, bounded_environment, render_bounded
from llmworks_sdk.testing_capped import run_capped

NESTED = "(?:(?:(?:a{1000}){1000}){1000})"


def test_nested_repetition_is_refused_within_a_memory_cap():
    code = ("from llmworks_sdk import Invalid\nfrom llmworks_sdk.expressions import compile_regex\n"
            f"try:\n    compile_regex({NESTED!r})\nexcept Invalid as e:\n    print('422', e.detail)\n")
    r = run_capped(code, memory_mb=1024, seconds=60)
    assert r.returncode == 0 and r.stdout.startswith("422 bad regular expression"), r.stderr[-2000:]


@pytest.mark.parametrize("pattern", [r"(\w+)\1", r"(?<=x)y", "a{2000}", "(" * 10 + "a", "x" * 1001, "(?:a{999}){999}"])
def test_bad_or_unbounded_patterns_are_invalid(pattern):
    with pytest.raises(Invalid) as exc:
        compile_regex(pattern, field=("body", "pattern"))
    assert exc.value.errors[0]["loc"] == ["body", "pattern"]


def test_catastrophic_backtracking_pattern_is_linear():
    start = time.monotonic()
    assert compile_regex(r"(a+)+$").search("a" * 100_000 + "!") is None
    assert time.monotonic() - start < 1.0


def test_ignore_case_and_search():
    assert compile_regex(r"\[\d+\]").search("see [12]") is not None
    assert compile_regex("ABC", ignore_case=True).search("xabc") is not None


ALIAS_BOMB = "a: &a ['x','x','x','x','x','x','x','x','x']\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"


def test_yaml_aliases_are_refused():
    with pytest.raises(Invalid, match=r"aliases \(\*a\) are not allowed.*line 2") as exc:
        load_yaml(ALIAS_BOMB, field=("body", "yaml"))
    assert exc.value.errors[0]["loc"] == ["body", "yaml"]


def test_yaml_caps_nodes_depth_and_bytes():
    with pytest.raises(Invalid, match="more than 100 nodes"):
        load_yaml("[" + ",".join(["1"] * 200) + "]", max_nodes=100)
    with pytest.raises(Invalid, match="deeper than 64"):
        load_yaml("[" * 100 + "]" * 100)
    with pytest.raises(Invalid, match="at most 10 are allowed"):
        load_yaml("a: 12345678901", max_bytes=10)
    with pytest.raises(Invalid, match="cannot be read"):
        load_yaml("a: " + "9" * 5000)
    with pytest.raises(Invalid, match="does not parse at line 1"):
        load_yaml("a: [")
    assert load_yaml("a: [1, {b: c}]") == {"a": [1, {"b": "c"}]}


def test_yaml_control_characters_are_a_4xx_not_a_crash():
    with pytest.raises(Invalid, match="not valid YAML: unacceptable character") as exc:
        load_yaml("a\x8b: 1", field=("body", "yaml"))
    assert exc.value.errors[0]["loc"] == ["body", "yaml"]


def test_deadline_is_one_budget():
    d = Deadline(0.05, "the metric computation")
    d.check()
    time.sleep(0.06)
    with pytest.raises(Invalid, match="the metric computation took longer than its budget of 0.05 s"):
        d.check()


ENV = bounded_environment(undefined=StrictUndefined)
TEMPLATE_BOMBS = [
    "{{ 10**100000 }}", "{{ 9**999999999 }}", "{{ 'a' * 10**9 }}", "{{ [1] * 10**9 }}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
    "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
    "{% set a = 'xxxxxxxxxxxxxxxx' %}" + "{% set a = a + a %}" * 40,
    "{% set ns = namespace(x=3) %}{% for i in range(40) %}{% set ns.x = ns.x * ns.x %}{% endfor %}{{ ns.x }}",
    "{{ 'x'|center(1000000000) }}", "{{ '%0999999999d'|format(1) }}", "{{ '%0999999999d' % 1 }}",
    "{{ '{:>999999999}'.format(1) }}", "{{ '{:>{w}}'.format(1, w=10**9) }}", "{{ 'x'.ljust(10**9) }}",
    "{{ ('a'*100000)|replace('a', 'b'*100000) }}", "{{ ('x\n'*1000)|indent(100000) }}",
    "{% macro f(n) %}{{ f(n) }}{{ f(n) }}{% endmacro %}{{ f(1) }}",
]


def test_template_bombs_stop_within_caps():
    """Each bomb must end with a TemplateLimitError (or Jinja's own sandbox error) within 3 s and 1.5 GB."""
    code = ("import time\nfrom jinja2 import StrictUndefined\nfrom jinja2.exceptions import TemplateError\n"
            "from llmworks_sdk.templating import bounded_environment, render_bounded\n"
            "env = bounded_environment(undefined=StrictUndefined)\n"
            f"for src in {TEMPLATE_BOMBS!r}:\n"
            "    t = time.monotonic()\n"
            "    try:\n        render_bounded(env.from_string(src), {})\n        print('RENDERED', repr(src))\n"
            "    except (TemplateError, OverflowError) as e:\n        pass\n"
            "    took = time.monotonic() - t\n"
            "    if took > 3.0:\n        print('SLOW', round(took, 2), repr(src))\n"
            "print('done')\n")
    r = run_capped(code, memory_mb=1536, seconds=120)
    assert r.returncode == 0 and r.stdout.strip().splitlines() == ["done"], (r.stdout, r.stderr[-2000:])


@pytest.mark.parametrize("src,out", [
    ("{{ 2**10 }} {{ x * 3 }}", "1024 15"), ("{{ 'price %d'|format(150000) }}", "price 150000"),
    ("{{ '{0:>5}'.format(1) }}", "    1"), ("{{ ['a','b']|join(', ') }}", "a, b"),
    ("{% for i in range(3) %}{{ loop.index }}{% endfor %}", "123"), ("{{ 'ab' * 3 }}", "ababab"),
])
def test_ordinary_templates_still_render(src, out):
    assert render_bounded(ENV.from_string(src), {"x": 5}) == out


def test_output_cap_and_time_cap_are_configurable(monkeypatch):
    monkeypatch.setenv("LLMWORKS_TEMPLATE_MAX_CHARS", "100")
    with pytest.raises(TemplateLimitError, match="exceeds 100 characters"):
        render_bounded(ENV.from_string("{% for i in range(50) %}abc{% endfor %}"), {})
    monkeypatch.setenv("LLMWORKS_TEMPLATE_TIMEOUT_SECONDS", "0.2")
    start = time.monotonic()
    with pytest.raises(TemplateLimitError, match="longer than 0.2 s"):
        render_bounded(ENV.from_string("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"), {})
    assert time.monotonic() - start < 1.0
