"""Datasets with huge rows (issue 9, item 2): a maximum row size at upload (a clear 422 naming
the line), bounded rows pages and token-statistics batches.

Before: a 64 MB single-line file was accepted, stored twice, returned as a 67 MB JSON page and
its token statistics ran for minutes at 13.6 GB. The reader case runs in a child process with
a memory cap."""

from __future__ import annotations

import json

import numpy as np
import pytest
from llmworks_datasets.formats.tabular import CsvFormat
from llmworks_datasets.formats.text import JsonlFormat, TxtFormat
from llmworks_datasets.schema import Problem
from llmworks_datasets.tokens import token_lengths
from llmworks_sdk.testing import KernelHarness
from llmworks_sdk.testing_capped import run_capped

LIMIT = 4096


@pytest.fixture(scope="module")
def h(tmp_path_factory, build):
    env = {"LLMWORKS_LOAD_PLUGINS": build.plugins, "LLMWORKS_DATASETS_MAX_ROW_BYTES": str(LIMIT),
           "LLMWORKS_DATASETS_PAGE_MAX_BYTES": str(3 * 1024)}
    with KernelHarness(tmp_path_factory.mktemp("rows"), env=env, worker=False, database_url=build.database_url) as harness:
        yield harness


@pytest.fixture(scope="module")
def admin(h):
    return h.login()


def test_a_64_mb_line_is_refused_while_streaming_within_a_memory_cap(tmp_path):
    path = tmp_path / "one-line.txt"
    with open(path, "wb") as fh:
        fh.write(b"first line\n")
        for _ in range(64):
            fh.write(b"x" * (1024 * 1024))
        fh.write(b"\nlast line\n")
    code = ("from pathlib import Path\nfrom llmworks_datasets.formats.text import TxtFormat\n"
            f"recs = list(TxtFormat().records(Path({str(path)!r})))\n"
            "print([getattr(r, 'line', None) for r in recs], recs[1].reason if len(recs) > 1 else None)\n")
    r = run_capped(code, memory_mb=1024, seconds=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.startswith("[1, 2, 3] the line is longer than 4194304 bytes"), r.stdout


@pytest.mark.parametrize("fmt,data,line", [
    (TxtFormat(), b"ok\n" + b"y" * (LIMIT + 1) + b"\nok\n", 2),
    (JsonlFormat(), b'{"text": "a"}\n{"text": "' + b"y" * LIMIT + b'"}\n', 2),
    (CsvFormat(), b"text\na\n" + b"y" * (LIMIT + 1) + b"\n", 3),
    (CsvFormat(), b'text\n"' + b"y\n" * LIMIT + b'"\n', 2),  # one quoted field over many short lines
])
def test_every_line_format_names_the_line(monkeypatch, tmp_path, fmt, data, line):
    monkeypatch.setenv("LLMWORKS_DATASETS_MAX_ROW_BYTES", str(LIMIT))
    path = tmp_path / f"f.{fmt.extensions[0]}"
    path.write_bytes(data)
    problems = [r for r in fmt.records(path) if isinstance(r, Problem)]
    assert problems and problems[0].line == line and f"longer than {LIMIT} bytes" in problems[0].reason


def test_upload_of_a_huge_row_is_a_422_naming_the_line(h, admin, build, upload):
    pid = h.default_project_id()
    rows = [{"text": "short"}, {"text": "z" * (LIMIT * 2)}]
    r = upload(admin, pid, "huge", "huge.jsonl", build.jsonl(rows))
    assert r.status_code == 422 and r.json()["errors"][0]["line"] == 2, r.text
    assert "LLMWORKS_DATASETS_MAX_ROW_BYTES" in r.json()["detail"]
    r = upload(admin, pid, "huge-parquet", "huge.parquet", build.parquet(rows))
    assert r.status_code == 422 and r.json()["errors"][0]["line"] == 2, r.text


def test_rows_pages_are_bounded_in_bytes(h, admin, build, upload):
    pid = h.default_project_id()
    rows = [{"text": f"{i} " + "w" * 1000} for i in range(10)]
    v = upload(admin, pid, "wide", "wide.jsonl", build.jsonl(rows), validation_fraction=0).json()
    page = admin.get(f"/api/datasets/versions/{v['id']}/rows", params={"limit": 10}).json()
    assert len(page["items"]) == 3 and page["limit"] == 3 and page["total"] == 10
    assert len(json.dumps(page)) < 4 * 1024


def test_token_statistics_batches_are_bounded_in_characters():
    calls = []

    def tokenizer(texts, add_special_tokens=True):
        calls.append(sum(len(t) for t in texts))
        return {"input_ids": [list(range(len(t) // 4)) for t in texts]}

    rows = iter([{"text": "a" * 1000}] * 10)
    lengths = token_lengths(tokenizer, rows, "text", batch_rows=512, batch_chars=2500)
    assert np.array_equal(lengths, np.full(10, 250)) and max(calls) <= 3000 and len(calls) == 4
