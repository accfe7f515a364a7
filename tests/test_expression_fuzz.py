"""Fuzz the expression surfaces users reach (regexes, YAML, Jinja templates, metric formulas).

Budget per example, and why:
- time 3 s: the template CPU cap is 2 s (``LLMWORKS_TEMPLATE_TIMEOUT_SECONDS``); regexes and
  YAML are linear in inputs of at most a few KB here, formulas at most 200 nodes; 1 s of slack
  covers a loaded 2-core CI machine. A request over 3 s means a bound is missing.
- memory 64 MB traced peak (``tracemalloc``): the largest thing a bounded expression may build
  is the template output or one intermediate string of 1,000,000 characters (4 MB in the worst
  UCS-4 case) plus lists from ``range`` (100,000 items); 64 MB is ten times that, far below
  what a missing bound costs (the reported cases reached 1-11 GB).
The examples are drawn from fragments that build the known bombs (nested repetition, aliases,
huge ``**``, nested loops, wide format specs), so a small number of examples (60 per
surface) reaches them. The whole run sits in a child process with RLIMIT_AS 2 GB and a time
cap, so a regression fails this test instead of the machine.
"""

from __future__ import annotations

from llmworks_sdk.testing_capped import run_capped

FUZZ = r'''
import math, sys, time, tracemalloc
from hypothesis import HealthCheck, given, settings, strategies as st
from llmworks_sdk import Invalid
from llmworks_sdk.expressions import compile_regex, load_yaml
from llmworks_inference import templates
from llmworks_metrics.formula import FormulaError, parse_formula

TIME_BUDGET, MEMORY_BUDGET = 3.0, 64 * 1024 * 1024
SETTINGS = settings(max_examples=60, deadline=None, database=None, derandomize=True,
                    suppress_health_check=list(HealthCheck))

def budget(fn, *args):
    tracemalloc.start()
    start = time.monotonic()
    try:
        fn(*args)
    except Invalid:
        pass
    finally:
        took = time.monotonic() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert took < TIME_BUDGET, (took, args)
    assert peak < MEMORY_BUDGET, (peak, args)

def joined(parts, n=12):
    return st.lists(st.sampled_from(parts), min_size=1, max_size=n).map("".join)

REGEX = joined(["a", "(", ")", "*", "+", "?", "{1000}", "{2,}", "{999}", "(?:", "|", r"\1", ".", "[a-z]",
                "(?<=a)", r"\w", "$", "^", "(?i)"])
YAML = joined(["&a ", "*a", "[", "]", "{", "}", ": ", ", ", "- ", "\n", "  ", "x", "1", "!!str ", "'q'", "<<: *a\n",
               "9" * 5000, "? "], 30)
JINJA = joined(["{{ ", " }}", "{% for i in range(100000) %}", "{% endfor %}", "'x'", " * ", " ** ", "9", "99999",
                " ~ ", "|center(99999999)", "|join('ab')", "|list", "(", ")", "{% set ns = namespace(s='xx') %}",
                "{% set ns.s = ns.s ~ ns.s %}", "'%099999999d' % 1", "x", " + ", "range(99999)", "|replace('x','xx')",
                "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}"], 16)
FORMULA = joined(["bleu", "rougeL", " ** ", " * ", " - ", "9", "99999", "(", ")", "exp(", "log(", "1e308", " / ",
                  "max(", ", ", "-", "0"], 20)

@SETTINGS
@given(REGEX, st.text(max_size=2000))
def regexes(pattern, text):
    def run(p, t):
        compiled = compile_regex(p)
        compiled.search(t * 20)
    budget(run, pattern, text)

@SETTINGS
@given(YAML)
def yamls(doc):
    budget(load_yaml, doc)

@SETTINGS
@given(JINJA)
def jinjas(src):
    def run(s):
        templates.template_variables(s)
        templates.render(s, {"x": "abc"})
    budget(run, src)

@SETTINGS
@given(FORMULA, st.floats(allow_nan=True, allow_infinity=True), st.floats(-1e6, 1e6))
def formulas(text, a, b):
    def run(t):
        try:
            f = parse_formula(t)
        except FormulaError:
            return
        value = f({"bleu": a, "rougeL": b})
        assert isinstance(value, float)
    budget(run, text)

for fn in (regexes, yamls, jinjas, formulas):
    fn()
    print("ok", fn.__name__)
'''


def test_expression_surfaces_stay_within_budget():
    r = run_capped(FUZZ, memory_mb=2048, seconds=500)
    assert not r.timed_out, (r.stdout, r.stderr[-3000:])
    assert r.returncode == 0 and r.stdout.split() == ["ok", "regexes", "ok", "yamls", "ok", "jinjas", "ok", "formulas"], \
        (r.stdout, r.stderr[-4000:])


HTTP_FUZZ = r'''
import resource, time
from hypothesis import HealthCheck, given, settings, strategies as st
from llmworks_sdk.testing import KernelHarness

TIME_BUDGET = 3.0
SETTINGS = settings(max_examples=25, deadline=None, database=None, derandomize=True,
                    suppress_health_check=list(HealthCheck))

def joined(parts, n=10):
    return st.lists(st.sampled_from(parts), min_size=1, max_size=n).map("".join)

PATTERN = joined(["a", "(", ")", "*", "+", "{1000}", "(?:", "|", r"\1", ".", "(?<=a)", "{999}"])
TEMPLATE = joined(["{{ ", " }}", "{% for i in range(100000) %}", "{% endfor %}", "'x'", " * ", " ** ", "99999",
                   " ~ ", "|center(99999999)", "x", "{% set ns = namespace(s='xx') %}", "{% set ns.s = ns.s ~ ns.s %}"])
FORMULA = joined(["bleu", " ** ", " * ", "9", "99999", "(", ")", "exp(", "-"], 12)
YAMLDOC = joined(["name: m\ntype: regex_match_rate\npattern: 'a'\n", "&a ", "*a", "[", "]", "\n", "x: ", "- "], 12)

with KernelHarness(HOME, worker=False, env={"LLMWORKS_LOAD_PLUGINS": "kernel,inapp,metrics,inference"}) as h:
    c = h.login()
    pid = h.default_project_id()
    worst = [0.0, ""]

    def timed(method, path, **kw):
        start = time.monotonic()
        r = c.request(method, path, **kw)
        took = time.monotonic() - start
        assert r.status_code < 500, (path, kw, r.status_code, r.text[:300])
        assert took < TIME_BUDGET, (path, kw, took)
        if took > worst[0]:
            worst[:] = [took, path]
        return r

    @SETTINGS
    @given(PATTERN)
    def patterns(p):
        doc = "name: fuzz\ntype: regex_match_rate\npattern: " + repr(p) + "\n"
        timed("POST", "/api/metrics/yaml", json={"project_id": pid, "yaml": doc, "dry_run": True})

    @SETTINGS
    @given(YAMLDOC)
    def documents(doc):
        timed("POST", "/api/metrics/yaml", json={"project_id": pid, "yaml": doc, "dry_run": True})

    @SETTINGS
    @given(FORMULA)
    def formulas(f):
        doc = "name: q\ntype: formula\nformula: " + repr(f) + "\n"
        timed("POST", "/api/metrics/yaml", json={"project_id": pid, "yaml": doc, "dry_run": True})

    counter = [0]

    @SETTINGS
    @given(TEMPLATE)
    def templates(t):
        counter[0] += 1
        timed("POST", "/api/prompts", json={"project_id": pid, "name": f"fuzz-{counter[0]}", "template": t})

    for fn in (patterns, documents, formulas, templates):
        fn()
        print("ok", fn.__name__)
    print("worst %.2f s %s; peak RSS %d MB" % (worst[0], worst[1], resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))
'''


def test_requests_on_expression_surfaces_stay_within_budget(tmp_path):
    """The same surfaces through the HTTP API of a real kernel (in a child with RLIMIT_AS 3 GB):
    every request answers below 500 within 3 s (the 2 s template cap plus request overhead on a
    loaded machine), and the whole server process stays under the address-space cap."""
    r = run_capped(f"HOME = {str(tmp_path)!r}\n" + HTTP_FUZZ, memory_mb=3072, seconds=540)
    assert not r.timed_out, (r.stdout[-2000:], r.stderr[-3000:])
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith(("ok ", "worst "))]
    assert r.returncode == 0 and [ln.split()[1] for ln in lines[:4]] == ["patterns", "documents", "formulas", "templates"], \
        (r.stdout[-2000:], r.stderr[-4000:])
