# llmworks — the README's commands. Each target installs what it needs on a fresh machine.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export LLMWORKS_HOME ?= $(CURDIR)/.llmworks
PLUGINS := $(sort $(dir $(wildcard plugins/*/pyproject.toml)))
STAMP := $(VENV)/.installed-$(shell cat requirements/constraints.txt requirements/dev.txt kernel/pyproject.toml plugin_sdk/pyproject.toml sdk_gen/pyproject.toml $(wildcard plugins/*/pyproject.toml) | sha1sum | cut -c1-12)
# The Python suite runs in two pytest-xdist workers, a test file at a time (conftest.py keeps the
# clusters tests in one worker and sends slow files first); `make test PYTEST_ARGS=` runs it in one process.
PYTEST_ARGS ?= -n 2 --dist loadfile

help:
	@echo "make serve   start llmworks at http://127.0.0.1:8000 (SQLite, local artifacts, embedded worker, built UI)"
	@echo "make test    run the whole test suite"
	@echo "make ui      build the web UI;  make bench  run the benchmarks;  make venv  install only"

$(BIN)/python:
	@command -v $(PY) >/dev/null || PY=python3; $${PY:-$(PY)} -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP): $(BIN)/python
	$(BIN)/pip install -q --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install -q --disable-pip-version-check -c requirements/constraints.txt -r requirements/dev.txt
	$(BIN)/pip install -q --disable-pip-version-check --no-deps -e plugin_sdk -e kernel -e sdk_gen $(addprefix -e ,$(PLUGINS))
	rm -f $(VENV)/.installed-*; touch $@

venv: $(STAMP)

ui: venv
	@if [ -x frontend/scripts/build.sh ]; then frontend/scripts/build.sh; else echo "no front end yet"; fi

demo-model: venv
	$(BIN)/llmworks demo-model

serve: venv ui
	$(BIN)/llmworks serve

worker: venv
	$(BIN)/llmworks worker

# Chromium for the browser tests, and a Devanagari font so the Hindi pages and screenshots render
# text instead of empty boxes (a desktop browser has one; a bare Debian image does not).
browser-deps:
	@command -v chromium >/dev/null && fc-list :lang=hi | grep -q . || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-lohit-deva >/dev/null)

# Mono's C# compiler and runtime: the generated .NET SDK is compiled and run by the test suite
mono-deps:
	@command -v mcs >/dev/null && command -v mono >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mono-devel >/dev/null)

# Every stage runs even when an earlier one fails (one CI run shows every failure); the target
# fails at the end if any stage did.
test: venv ui browser-deps mono-deps
	@rc=0; t0=$$SECONDS; \
	frontend/scripts/test.sh || rc=1; t1=$$SECONDS; \
	tests/browser/run.sh || rc=1; t2=$$SECONDS; \
	$(BIN)/python -m pytest $(PYTEST_ARGS) || rc=1; t3=$$SECONDS; \
	echo "make test: unit $$((t1-t0)) s, browser $$((t2-t1)) s, python $$((t3-t2)) s"; \
	[ $$rc = 0 ] || echo "make test: at least one stage failed (see above)" >&2; \
	exit $$rc

bench: venv
	@for b in benchmarks/*/run.sh; do echo "== $$b"; bash $$b || exit 1; done

.PHONY: help venv ui demo-model serve worker browser-deps mono-deps test bench
