"""The format plugins on their own: rows, kinds, row-level problems, zip safety."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np
import pytest
from llmworks_datasets.formats import builtin_formats, format_for
from llmworks_datasets.formats.archive import ZipFormat, unsafe_name
from llmworks_datasets.formats.base import checked
from llmworks_datasets.formats.tabular import CsvFormat, ParquetFormat, TsvFormat
from llmworks_datasets.formats.text import JsonlFormat, TxtFormat
from llmworks_datasets.schema import Problem, RowChecker
from llmworks_datasets.settings import DatasetSettings
from llmworks_datasets.splits import validation_count, validation_mask
from llmworks_sdk import DatasetFormat, Invalid

FORMATS = {f.name: f for f in builtin_formats()}


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def scan(fmt, path):
    checker = RowChecker()
    rows, problems = [], []
    for item in checked(fmt.records(path), checker):
        (problems.append(item) if isinstance(item, Problem) else rows.append(item[0]))
    return rows, problems, checker


def test_builtin_formats_implement_the_protocol():
    assert set(FORMATS) == {"txt", "jsonl", "csv", "tsv", "parquet", "zip"}
    for fmt in FORMATS.values():
        assert isinstance(fmt, DatasetFormat)
    assert format_for(FORMATS, "a/B.JSONL").name == "jsonl"
    assert format_for(FORMATS, "x.ndjson").name == "jsonl"
    assert format_for(FORMATS, "x.docx") is None


def test_txt_is_one_example_per_line(tmp_path):
    p = write(tmp_path, "a.txt", b"\xef\xbb\xbffirst line\r\n\n  second, indented\n\n\nthird\n")
    rows, problems, checker = scan(TxtFormat(), p)
    assert problems == []
    assert rows == [{"text": "first line"}, {"text": "  second, indented"}, {"text": "third"}]
    assert checker.kind == "text"
    assert list(TxtFormat().read(p)) == rows


def test_txt_reports_non_utf8_lines(tmp_path):
    p = write(tmp_path, "a.txt", b"ok\nbad \xff byte\n")
    _, problems, _ = scan(TxtFormat(), p)
    assert [(x.line, "UTF-8" in x.reason) for x in problems] == [(2, True)]


@pytest.mark.parametrize("rows,kind,columns", [
    ([{"text": "a"}, {"text": "b", "source": "web"}], "text", ["text", "source"]),
    ([{"prompt": "p", "completion": "c", "score": 1.5}], "prompt-completion", ["prompt", "completion", "score"]),
    ([{"prompt": "p", "chosen": "good", "rejected": "bad"}], "preference", ["prompt", "chosen", "rejected"]),
    ([{"messages": [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hi"},
                    {"role": "assistant", "content": "hello"}]}], "chat", ["messages"]),
])
def test_jsonl_kinds(tmp_path, build, rows, kind, columns):
    rows_out, problems, checker = scan(JsonlFormat(), write(tmp_path, "a.jsonl", build.jsonl(rows)))
    assert problems == []
    assert rows_out == rows
    schema = checker.schema()
    assert schema["kind"] == kind
    assert [c["name"] for c in schema["columns"]] == columns


def test_jsonl_row_problems_name_line_field_and_reason(tmp_path):
    data = (b'{"prompt": "p1", "completion": "c1"}\n'
            b'{"prompt": "p2", "completion": \n'                       # 2 malformed JSON
            b'\n'                                                        # blank: skipped
            b'{"prompt": "", "completion": "c4"}\n'                     # 4 empty field
            b'{"prompt": "p5"}\n'                                        # 5 missing field
            b'{"text": "t6"}\n'                                          # 6 mixed schemas
            b'[1, 2]\n'                                                  # 7 not an object
            b'{"prompt": 3, "completion": "c8"}\n'                      # 8 wrong type
            b'{"prompt": "p9", "completion": "c9"}\n')
    rows, problems, _ = scan(JsonlFormat(), Path(write(Path(tmp_path), "a.jsonl", data)))
    assert rows == [{"prompt": "p1", "completion": "c1"}, {"prompt": "p9", "completion": "c9"}]
    got = [(p.line, p.field, p.reason.split(":")[0].split(" (")[0]) for p in problems]
    assert got == [(2, None, "malformed JSON"), (4, "prompt", "is empty"), (5, "completion", "missing"),
                   (6, None, "mixed schemas"), (7, None, "a row must be an object with named fields, got list"),
                   (8, "prompt", "must be a string, got integer")]
    with pytest.raises(Invalid) as exc:
        list(JsonlFormat().read(tmp_path / "a.jsonl"))
    assert exc.value.errors[0]["line"] == 2
    assert [p.line for p in JsonlFormat().validate(tmp_path / "a.jsonl", max_problems=3)] == [2, 4, 5]


def test_chat_message_problems(tmp_path, build):
    rows = [{"messages": [{"role": "user", "content": "ok"}]},
            {"messages": []},
            {"messages": [{"role": "robot", "content": "x"}, {"role": "user"}]},
            {"messages": "hello"}]
    _, problems, _ = scan(JsonlFormat(), write(tmp_path, "c.jsonl", build.jsonl(rows)))
    assert [(p.line, p.field) for p in problems] == [
        (2, "messages"), (3, "messages[0].role"), (3, "messages[1].content"), (4, "messages")]


def test_wrong_columns_say_what_is_expected(tmp_path, build):
    _, problems, _ = scan(JsonlFormat(), write(tmp_path, "w.jsonl", build.jsonl([{"question": "q", "answer": "a"}])))
    assert problems[0].line == 1 and "wrong column names (question, answer)" in problems[0].reason
    assert "'prompt' and 'completion'" in problems[0].reason and "'messages'" in problems[0].reason
    _, problems, _ = scan(CsvFormat(), write(tmp_path, "w.csv", build.csv(["question", "answer"], [["q", "a"], ["q2", "a2"]])))
    assert len(problems) == 1  # once for the header, not per row
    assert problems[0].line == 1 and "expected 'text'" in problems[0].reason


@pytest.mark.parametrize("name,data", [("e.jsonl", b""), ("e.txt", b"\n\n  \n"), ("e.csv", b"text\n"), ("e.csv", b"")])
def test_empty_files(tmp_path, name, data):
    rows, problems, _ = scan(format_for(FORMATS, name), write(tmp_path, name, data))
    assert rows == [] and [(p.line, p.reason) for p in problems] == [(0, "the file holds no rows")]


def test_csv_and_tsv(tmp_path, build):
    data = build.csv(["prompt", "completion", "lang"], [["multi\nline", "c1", "en"], ["p2", "c2", "fr"]])
    rows, problems, checker = scan(CsvFormat(), write(tmp_path, "a.csv", data))
    assert problems == [] and rows[0] == {"prompt": "multi\nline", "completion": "c1", "lang": "en"}
    assert checker.schema()["columns"][2] == {"name": "lang", "type": "string", "required": False, "nullable": False}
    bad = b"prompt,completion\np1,c1\np2\n\np3,,\n"
    _, problems, _ = scan(CsvFormat(), write(tmp_path, "b.csv", bad))
    assert [(p.line, p.field) for p in problems] == [(3, None), (5, None)]
    assert "expected 2 fields" in problems[0].reason
    chat = build.csv(["messages"], [['[{"role": "user", "content": "hi"}]'], ["not json"]], delimiter="\t")
    rows, problems, checker = scan(TsvFormat(), write(tmp_path, "c.tsv", chat))
    assert rows == [{"messages": [{"role": "user", "content": "hi"}]}] and checker.kind == "chat"
    assert [(p.line, p.field) for p in problems] == [(3, "messages")]
    _, problems, _ = scan(CsvFormat(), write(tmp_path, "d.csv", b"text,text\na,b\n"))
    assert "duplicate column name" in problems[0].reason


def test_parquet(tmp_path, build):
    rows = [{"messages": [{"role": "user", "content": f"q{i}"}, {"role": "assistant", "content": f"a{i}"}], "n": i}
            for i in range(5)]
    out, problems, checker = scan(ParquetFormat(), write(tmp_path, "a.parquet", build.parquet(rows)))
    assert problems == [] and out == rows and checker.kind == "chat"
    _, problems, _ = scan(ParquetFormat(), write(tmp_path, "b.parquet", build.parquet([{"foo": "x"}])))
    assert "wrong column names (foo)" in problems[0].reason
    _, problems, _ = scan(ParquetFormat(), write(tmp_path, "c.parquet", b"PAR1 not really"))
    assert problems[0].line == 0 and "not a readable Parquet file" in problems[0].reason


def test_zip_reads_every_member(tmp_path, build):
    data = build.zip({
        "part1.jsonl": build.jsonl(build.qa_rows(3)),
        "dir/part2.csv": build.csv(["prompt", "completion"], [["p", "c"]]),
        "part3.parquet": build.parquet(build.qa_rows(2, start=10)),
        "__MACOSX/._part1.jsonl": b"\x00\x05junk",
        "dir/": b"",
    })
    rows, problems, checker = scan(FORMATS["zip"], write(tmp_path, "a.zip", data))
    assert problems == [] and len(rows) == 6 and checker.kind == "prompt-completion"
    mixed = build.zip({"a.jsonl": build.jsonl([{"text": "t"}]), "b.txt": b"x\n", "c.jsonl": build.jsonl(build.qa_rows(1))})
    rows, problems, _ = scan(FORMATS["zip"], write(tmp_path, "m.zip", mixed))
    assert [(p.file, p.line) for p in problems] == [("c.jsonl", 1)] and "mixed schemas" in problems[0].reason


@pytest.mark.parametrize("name,why", [
    ("../evil.jsonl", "path traversal"), ("a/../../evil.jsonl", "path traversal"), ("/etc/evil.jsonl", "absolute path"),
    ("C:/evil.jsonl", "absolute path"), ("a\\..\\evil.jsonl", "backslash"),
])
def test_zip_unsafe_names_are_refused_before_reading(tmp_path, build, name, why):
    assert why in unsafe_name(name)
    data = build.zip({"ok.jsonl": build.jsonl([{"text": "fine"}]), name: build.jsonl([{"text": "evil"}])})
    rows, problems, _ = scan(FORMATS["zip"], write(tmp_path, "t.zip", data))
    assert rows == []  # nothing is read from an unsafe archive
    assert problems[0].file == name and why in problems[0].reason


def test_zip_symlink_nested_and_unknown_members(tmp_path, build):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        link = zipfile.ZipInfo("link.jsonl")
        link.external_attr = (0o120777 << 16)
        zf.writestr(link, "/etc/passwd")
        zf.writestr("inner.zip", build.zip({"a.jsonl": b"{}"}))
        zf.writestr("notes.docx", b"x")
    _, problems, _ = scan(FORMATS["zip"], write(tmp_path, "s.zip", buf.getvalue()))
    reasons = {p.file: p.reason for p in problems}
    assert "symbolic links" in reasons["link.jsonl"]
    assert "nested archives" in reasons["inner.zip"]
    assert "unsupported file type .docx" in reasons["notes.docx"]


def test_zip_bomb_is_refused_by_its_declared_ratio(tmp_path, zip_bomb):
    assert len(zip_bomb) < 2 * 1024 * 1024
    rows, problems, _ = scan(FORMATS["zip"], write(tmp_path, "bomb.zip", zip_bomb))
    assert rows == [] and len(problems) == 1
    assert "compression ratio" in problems[0].reason and "zip bomb" in problems[0].reason


def test_zip_size_limits(tmp_path, build):
    data = build.zip({f"p{i}.txt": (f"line {i} " * 2000 + "\n").encode() for i in range(3)})
    path = write(tmp_path, "big.zip", data)
    small = DatasetSettings(zip_max_member_bytes=10_000)
    _, problems, _ = scan(ZipFormat([TxtFormat()], small), path)
    assert len(problems) == 3 and "limit per member" in problems[0].reason
    total = DatasetSettings(zip_max_total_bytes=40_000)
    _, problems, _ = scan(ZipFormat([TxtFormat()], total), path)
    assert "expands to" in problems[0].reason and "limit is 40000" in problems[0].reason
    few = DatasetSettings(zip_max_members=2)
    _, problems, _ = scan(ZipFormat([TxtFormat()], few), path)
    assert "3 entries; the limit is 2" in problems[0].reason


def test_zip_member_lying_about_its_size_is_stopped_while_streaming(tmp_path):
    """A member whose header declares fewer bytes than it holds never yields more than declared."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.txt", b"x\n" * 1000)
    raw = bytearray(buf.getvalue())
    # patch the declared uncompressed size (local header and central directory) to 10 bytes
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        i = raw.index(sig)
        raw[i + off:i + off + 4] = (10).to_bytes(4, "little")
    rows, problems, _ = scan(FORMATS["zip"], write(tmp_path, "liar.zip", bytes(raw)))
    assert len(rows) <= 5 and problems and problems[-1].file == "a.txt"


def test_split_is_deterministic_and_exact():
    keys = np.arange(1000, dtype=np.uint64) * np.uint64(2654435761)
    a = validation_mask(keys, 0.1, seed=3)
    assert a.sum() == 100 and np.array_equal(a, validation_mask(keys.copy(), 0.1, seed=3))
    assert not np.array_equal(a, validation_mask(keys, 0.1, seed=4))
    # the split follows the content, not the position
    perm = np.random.default_rng(0).permutation(1000)
    assert set(keys[perm][validation_mask(keys[perm], 0.1, seed=3)]) == set(keys[a])
    assert validation_count(1, 0.5) == 0 and validation_count(2, 0.01) == 1 and validation_count(10, 0.99) == 9
    assert validation_mask(keys, 0.0, seed=3).sum() == 0


def test_a_third_party_format_goes_through_the_same_checks(tmp_path):
    """A format that only implements the protocol (read + validate) is validated, then read."""
    from llmworks_datasets.formats.base import records_of
    from llmworks_sdk import RowProblem

    class Pipes:
        name, extensions = "pipes", (".pipes",)

        def validate(self, path, *, max_problems=100):
            return [RowProblem(i, "needs one '|'") for i, line in enumerate(path.read_text().splitlines(), 1)
                    if line.count("|") != 1][:max_problems]

        def read(self, path):
            for line in path.read_text().splitlines():
                p, c = line.split("|")
                yield {"prompt": p, "completion": c}

    good = write(tmp_path, "a.pipes", b"q1|a1\nq2|a2\n")
    checker = RowChecker()
    rows = [x[0] for x in checked(records_of(Pipes(), good), checker)]
    assert rows == [{"prompt": "q1", "completion": "a1"}, {"prompt": "q2", "completion": "a2"}]
    assert checker.kind == "prompt-completion"
    bad = write(tmp_path, "b.pipes", b"q1|a1\nbroken\n")
    problems = list(checked(records_of(Pipes(), bad), RowChecker()))
    assert [(p.line, p.reason) for p in problems] == [(2, "needs one '|'")]
