"""The datasets API on a real kernel (migrations, auth, artifact store, events): one harness."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from llmworks_datasets.models import Dataset, DatasetVersion, TokenStats
from llmworks_datasets.service import dataset_columns, get_version, iter_rows
from llmworks_sdk import NotFound
from llmworks_sdk.testing import KernelHarness, kernel_table
from sqlalchemy import func, select

Event = kernel_table("Event")
LineageEdge = kernel_table("LineageEdge")

MAX_UPLOAD = 4 * 1024 * 1024


@pytest.fixture(scope="module")
def h(tmp_path_factory, build):
    env = {"LLMWORKS_MAX_UPLOAD_BYTES": str(MAX_UPLOAD), "LLMWORKS_LOAD_PLUGINS": build.plugins}
    with KernelHarness(tmp_path_factory.mktemp("llmworks"), env=env, worker=False, database_url=build.database_url) as harness:
        yield harness


@pytest.fixture(scope="module")
def admin(h):
    return h.login()


@pytest.fixture(scope="module")
def pid(h):
    return h.default_project_id()


@pytest.fixture(scope="module")
def users(h, admin, pid):
    """A viewer and an annotator of the default project, and a user of no project."""
    clients = {}
    for name, role in (("vera", "viewer"), ("anna", "annotator"), ("nora", None)):
        clients[name] = h.create_user(name)
        if role:
            assert admin.post(f"/api/projects/{pid}/members", json={"username": name, "role": role}).status_code == 201
    return clients


def state(h) -> tuple[list[str], tuple[int, ...]]:
    """Every file under the artifact store and the datasets' row counts."""
    root = Path(h.kernel.artifacts.root)
    files = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    with h.kernel.session() as s:
        counts = tuple(s.scalar(select(func.count()).select_from(m)) or 0 for m in (Dataset, DatasetVersion, TokenStats))
        events = s.scalar(select(func.count()).select_from(Event).where(Event.type.like("dataset.%")))
    return files, (*counts, events)


# ---------------------------------------------------------------------- every format
def test_formats_are_listed(admin):
    r = admin.get("/api/datasets/formats")
    assert r.status_code == 200
    names = {f["name"]: f for f in r.json()["items"]}
    assert {"txt", "jsonl", "csv", "tsv", "parquet", "zip"} <= set(names)
    assert names["jsonl"]["plugin"] == "datasets" and ".ndjson" in names["jsonl"]["extensions"]


@pytest.mark.parametrize("case", ["txt", "jsonl-text", "jsonl-qa", "jsonl-chat", "csv", "tsv", "parquet", "zip"])
def test_upload_every_format(h, admin, pid, build, upload, case):
    qa = build.qa_rows(12)
    files = {
        "txt": ("lines.txt", b"first example\n\nsecond example\nthird\n",
                [{"text": "first example"}, {"text": "second example"}, {"text": "third"}], "text"),
        "jsonl-text": ("t.jsonl", build.jsonl([{"text": "a b c"}, {"text": "d"}]), [{"text": "a b c"}, {"text": "d"}], "text"),
        "jsonl-qa": ("qa.jsonl", build.jsonl(qa), qa, "prompt-completion"),
        "jsonl-chat": ("chat.jsonl", build.jsonl(build.chat_rows(4)), build.chat_rows(4), "chat"),
        "csv": ("qa.csv", build.csv(["prompt", "completion"], [[r["prompt"], r["completion"]] for r in qa]), qa,
                "prompt-completion"),
        "tsv": ("qa.tsv", build.csv(["prompt", "completion"], [[r["prompt"], r["completion"]] for r in qa], delimiter="\t"),
                qa, "prompt-completion"),
        "parquet": ("qa.parquet", build.parquet(qa), qa, "prompt-completion"),
        "zip": ("all.zip", build.zip({"a.jsonl": build.jsonl(qa[:5]), "b/b.csv": build.csv(
            ["prompt", "completion"], [[r["prompt"], r["completion"]] for r in qa[5:]])}), qa, "prompt-completion"),
    }
    filename, data, rows, kind = files[case]
    r = upload(admin, pid, f"fmt-{case}", filename, data)
    assert r.status_code == 201, r.text
    v = r.json()
    assert (v["kind"], v["row_count"], v["format"], v["version"], v["duplicate"]) == (
        kind, len(rows), filename.rsplit(".", 1)[1], 1, False)
    assert v["schema"]["kind"] == kind and v["size"] == len(data)
    page = admin.get(f"/api/datasets/versions/{v['id']}/rows", params={"limit": 500}).json()
    assert [i["row"] for i in page["items"]] == rows
    assert admin.get(f"/api/datasets/versions/{v['id']}/download").content == data


# ---------------------------------------------------------------------- versions
def test_same_bytes_same_version_new_bytes_next_version(h, admin, pid, build, upload):
    first = build.jsonl(build.qa_rows(20))
    second = build.jsonl(build.qa_rows(25))
    r1 = upload(admin, pid, "versioned", "d.jsonl", first, description="first cut")
    assert r1.status_code == 201 and r1.json()["version"] == 1
    before = state(h)
    again = upload(admin, pid, "versioned", "renamed.jsonl", first)
    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert again.json()["id"] == r1.json()["id"] and again.json()["version"] == 1
    assert state(h) == before  # nothing new stored
    r2 = upload(admin, pid, "versioned", "d.jsonl", second)
    assert r2.status_code == 201 and r2.json()["version"] == 2 and r2.json()["dataset_id"] == r1.json()["dataset_id"]
    ds_id = r1.json()["dataset_id"]
    versions = admin.get(f"/api/datasets/{ds_id}/versions").json()
    assert [v["version"] for v in versions["items"]] == [2, 1] and versions["total"] == 2
    assert admin.get(f"/api/datasets/{ds_id}").json()["latest"]["id"] == r2.json()["id"]
    # the same bytes under another name are that dataset's version 1
    other = upload(admin, pid, "versioned-copy", "d.jsonl", first)
    assert other.status_code == 201 and other.json()["version"] == 1 and other.json()["stats"] == r1.json()["stats"]
    listing = admin.get("/api/datasets", params={"project_id": pid, "q": "versioned"}).json()
    assert {d["name"] for d in listing["items"]} == {"versioned", "versioned-copy"}
    page = admin.get("/api/datasets/versions", params={"project_id": pid, "limit": 2, "offset": 1}).json()
    assert page["limit"] == 2 and page["offset"] == 1 and len(page["items"]) == 2 and page["total"] >= 3
    with h.kernel.session() as s:
        ev = s.scalars(select(Event).where(Event.type == "dataset.version_created", Event.subject_id == str(r2.json()["id"]))).one()
        assert ev.data["version"] == 2 and ev.project_id == pid
        assert s.scalar(select(LineageEdge).where(LineageEdge.dst_kind == "dataset_version",
                                                  LineageEdge.dst_id == str(r2.json()["id"]))).src_id == str(ds_id)


def test_split_is_deterministic(h, admin, pid, build, upload):
    rows = build.qa_rows(200)
    data = build.jsonl(rows)
    a = upload(admin, pid, "split-a", "d.jsonl", data, validation_fraction=0.2, seed=7).json()
    b = upload(admin, pid, "split-b", "d.csv", build.csv(["prompt", "completion"], [[r["prompt"], r["completion"]] for r in rows]),
               validation_fraction=0.2, seed=7).json()
    c = upload(admin, pid, "split-c", "d.jsonl", data, validation_fraction=0.2, seed=8).json()
    assert a["split"] == {"validation_fraction": 0.2, "seed": 7, "train_rows": 160, "validation_rows": 40}

    def split_rows(v, split):
        items = admin.get(f"/api/datasets/versions/{v['id']}/rows", params={"split": split, "limit": 500}).json()["items"]
        return [json.dumps(i["row"], sort_keys=True) for i in items]

    val_a, val_b, val_c = split_rows(a, "validation"), split_rows(b, "validation"), split_rows(c, "validation")
    assert len(val_a) == 40 and val_a == val_b  # same rows, same seed: same split, whatever the format
    assert val_a != val_c
    train_a = split_rows(a, "train")
    assert len(train_a) == 160 and not set(train_a) & set(val_a)
    # the contract other plugins use gives the same rows
    with h.kernel.session() as s:
        v = get_version(s, a["id"])
    assert [json.dumps(r, sort_keys=True) for r in iter_rows(h.kernel, v, "validation")] == val_a
    assert [json.dumps(r, sort_keys=True) for r in iter_rows(h.kernel, v, "train")] == train_a
    assert list(iter_rows(h.kernel, v)) == rows
    assert dataset_columns(v) == ["prompt", "completion"] and v.columns == ["prompt", "completion"]
    assert (v.name, v.version, v.row_count, v.digest) == ("split-a", 1, 200, a["digest"])
    with h.kernel.session() as s, pytest.raises(NotFound):
        get_version(s, 999_999)


def test_preview_schema_stats(h, admin, pid, build, upload):
    rows = [{"text": "one two three", "source": "a"}, {"text": "   ", "source": None}, {"text": "one two three", "source": 3},
            {"text": "x" * 5000}] + [{"text": f"row {i}"} for i in range(30)]
    v = upload(admin, pid, "stats", "s.jsonl", build.jsonl(rows)).json()
    got = admin.get(f"/api/datasets/versions/{v['id']}").json()
    assert got["stats"]["rows"] == 34
    assert got["stats"]["duplicate_rows"] == 1 and got["stats"]["empty_rows"] == 1
    assert got["stats"]["chars_per_row"]["min"] == 3 and got["stats"]["chars_per_row"]["max"] == 5000
    assert got["stats"]["words_per_row"] == {"min": 0, "mean": pytest.approx((3 + 0 + 3 + 1 + 30 * 2) / 34, abs=0.01),
                                              "max": 3, "total": 67}
    assert got["schema"]["columns"] == [
        {"name": "text", "type": "string", "required": True},
        {"name": "source", "type": "integer|string", "required": False, "nullable": True},
    ]
    assert len(got["preview"]) == 20 and got["preview"][0] == rows[0]
    assert len(got["preview"][3]["text"]) == 1001 and got["preview"][3]["text"].endswith("…")
    page = admin.get(f"/api/datasets/versions/{v['id']}/rows", params={"offset": 30, "limit": 10}).json()
    assert page["total"] == 34 and [i["index"] for i in page["items"]] == [30, 31, 32, 33]
    assert page["items"][0]["row"] == {"text": "row 26"} and page["items"][0]["split"] in ("train", "validation")
    assert admin.get(f"/api/datasets/versions/{v['id']}/rows", params={"split": "test"}).status_code == 422


# ---------------------------------------------------------------------- token statistics
def test_token_stats(h, admin, pid, build, upload, tokenizer_dir, users):
    from transformers import AutoTokenizer

    shutil.copytree(tokenizer_dir, Path(h.kernel.settings.models_path) / "tiny-tok")
    rows = build.qa_rows(30)
    v = upload(admin, pid, "tokens", "t.jsonl", build.jsonl(rows), validation_fraction=0.1).json()
    tok = AutoTokenizer.from_pretrained(tokenizer_dir)
    lengths = [len(tok(r["prompt"] + r["completion"])["input_ids"]) for r in rows]
    url = f"/api/datasets/versions/{v['id']}/token-stats"
    first = users["vera"].get(url, params={"model": "tiny-tok"})  # a viewer may read statistics
    assert first.status_code == 200, first.text
    s = first.json()
    assert s["cached"] is False and s["rows"] == 30 and s["total_tokens"] == sum(lengths)
    assert s["tokens_per_row"]["min"] == min(lengths) and s["tokens_per_row"]["max"] == max(lengths)
    assert s["max_length"] == 8 and s["rows_over_max_length"] == sum(n > 8 for n in lengths)  # model_max_length
    assert s["splits"]["train"]["rows"] == 27 and s["splits"]["validation"]["rows"] == 3
    assert s["splits"]["train"]["total_tokens"] + s["splits"]["validation"]["total_tokens"] == sum(lengths)
    again = admin.get(url, params={"model": "base:tiny-tok", "max_length": 12}).json()
    assert again["cached"] is True and again["total_tokens"] == sum(lengths)
    assert again["rows_over_max_length"] == sum(n > 12 for n in lengths)
    folder = admin.get(url, params={"model": str(tokenizer_dir)}).json()  # an absolute folder: administrators only
    assert folder["cached"] is True and folder["tokenizer"] == s["tokenizer"]
    assert users["vera"].get(url, params={"model": str(tokenizer_dir)}).status_code == 403
    assert admin.get(url, params={"model": "no-such-model"}).status_code == 404
    assert admin.get(url, params={"model": "../etc"}).status_code == 404
    with h.kernel.session() as db:
        assert db.scalar(select(func.count()).select_from(TokenStats).where(TokenStats.version_id == v["id"])) == 1


# ---------------------------------------------------------------------- bad input leaves nothing behind
def _bad_inputs(build, zip_bomb):
    return {
        "malformed-jsonl": ("bad.jsonl", b'{"text": "ok"}\n{"text": "broken\n{"text": "ok"}\n', 422, "malformed JSON", 2),
        "empty": ("empty.jsonl", b"", 422, "empty", 0),
        "blank-lines-only": ("empty.txt", b"\n\n", 422, "no rows", 0),
        "wrong-columns": ("w.csv", b"question,answer\nq,a\n", 422, "wrong column names (question, answer)", 1),
        "mixed-schemas": ("m.jsonl", build.jsonl([{"text": "a"}, {"prompt": "p", "completion": "c"}]), 422, "mixed schemas", 2),
        "zip-traversal": ("t.zip", build.zip({"ok.jsonl": b'{"text": "a"}\n', "../../evil.jsonl": b'{"text": "b"}\n'}),
                          422, "path traversal", 0),
        "zip-bomb": ("bomb.zip", zip_bomb, 422, "zip bomb", 0),
        "oversized": ("big.jsonl", build.jsonl([{"text": "x" * 1000}] * (MAX_UPLOAD // 1000 + 10)), 413, "limit", None),
        "unknown-extension": ("notes.docx", b"PK\x03\x04 whatever", 415, "unsupported file type", None),
    }


@pytest.mark.parametrize("case", ["malformed-jsonl", "empty", "blank-lines-only", "wrong-columns", "mixed-schemas",
                                  "zip-traversal", "zip-bomb", "oversized", "unknown-extension"])
def test_bad_input_is_a_clear_4xx_and_leaves_nothing(h, admin, pid, build, upload, zip_bomb, case):
    filename, data, status, words, line = _bad_inputs(build, zip_bomb)[case]
    before = state(h)
    r = upload(admin, pid, f"bad-{case}", filename, data)
    assert r.status_code == status, r.text
    body = r.json()
    assert words in body["detail"], body
    if status == 422:
        assert body["errors"][0]["line"] == line and words in body["errors"][0]["reason"]
        assert {"loc", "msg", "line", "field", "reason"} <= set(body["errors"][0])
    assert state(h) == before  # no blob, no temporary file, no row, no event


def test_bad_input_leaves_an_existing_identical_blob_alone(h, admin, pid):
    """Bytes that already were in the store (put there by anyone) survive a failed upload."""
    data = b'{"not": "a dataset row"}\n'
    info = h.kernel.artifacts.put_bytes(data)
    r = admin.post("/api/datasets/upload", data={"name": "bad-existing", "project_id": str(pid)}, files={"file": ("x.jsonl", data)})
    assert r.status_code == 422 and h.kernel.artifacts.exists(info.digest)


def test_oversized_stream_without_length_is_cut_off(h, admin, pid):
    """A chunked body (no Content-Length) is stopped at the limit while it streams."""
    boundary = "b0undary"
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nchunked\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="project_id"\r\n\r\n{pid}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jsonl"\r\n\r\n').encode()
    line = b'{"text": "' + b"y" * 1000 + b'"}\n'

    def body():
        yield head
        for _ in range(MAX_UPLOAD // len(line) + 100):
            yield line * 1
        yield f"\r\n--{boundary}--\r\n".encode()

    before = state(h)
    r = admin.post("/api/datasets/upload", content=body(), headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert r.status_code == 413, r.text
    assert state(h) == before


@pytest.mark.parametrize("form,field", [({"project_id": "1"}, "name"), ({"name": "x"}, "project_id"),
                                        ({"name": "a/b", "project_id": "1"}, "name"),
                                        ({"name": "x", "project_id": "1", "validation_fraction": "1.5"}, "validation_fraction")])
def test_form_errors_name_the_field(h, admin, form, field):
    before = state(h)
    r = admin.post("/api/datasets/upload", data=form, files={"file": ("a.jsonl", b'{"text": "a"}\n')})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", field]
    assert state(h) == before


def test_unknown_project_is_404_and_leaves_nothing(h, admin):
    before = state(h)
    r = admin.post("/api/datasets/upload", data={"name": "nowhere", "project_id": "999"},
                   files={"file": ("a.jsonl", b'{"text": "unique to this test"}\n')})
    assert r.status_code == 404 and "not found" in r.json()["detail"]
    assert state(h) == before


# ---------------------------------------------------------------------- auth
def test_members_only(h, admin, pid, build, upload, users):
    v = upload(admin, pid, "private", "p.jsonl", build.jsonl([{"text": "secret"}])).json()
    nora, vera, anna = users["nora"], users["vera"], users["anna"]
    for path in (f"/api/datasets/versions/{v['id']}", f"/api/datasets/versions/{v['id']}/rows",
                 f"/api/datasets/versions/{v['id']}/download", f"/api/datasets/{v['dataset_id']}",
                 f"/api/datasets/{v['dataset_id']}/versions"):
        assert nora.get(path).status_code == 404, path
        assert vera.get(path).status_code == 200, path
    assert nora.get("/api/datasets", params={"project_id": pid}).status_code == 404
    assert nora.get("/api/datasets").json()["total"] == 0
    assert nora.get("/api/datasets/versions").json()["total"] == 0
    before = state(h)
    assert upload(nora, pid, "intruder", "i.jsonl", b'{"text": "a"}\n').status_code == 404
    r = upload(vera, pid, "viewer-upload", "i.jsonl", b'{"text": "a"}\n')
    assert r.status_code == 403 and "annotator" in r.json()["detail"]
    query = vera.post("/api/datasets/upload", params={"project_id": pid}, data={"name": "viewer-upload"},
                      files={"file": ("i.jsonl", b'{"text": "a"}\n')})
    assert query.status_code == 403
    assert state(h) == before
    assert upload(anna, pid, "annotated", "a.jsonl", b'{"text": "a"}\n').status_code == 201
    assert anna.delete(f"/api/datasets/{v['dataset_id']}").status_code == 403
    assert h.new_client().get(f"/api/datasets/versions/{v['id']}").status_code == 401


def test_delete_dataset_removes_versions_and_blobs(h, admin, pid, build, upload):
    v1 = upload(admin, pid, "doomed", "d.jsonl", build.jsonl([{"text": "only here 1"}])).json()
    v2 = upload(admin, pid, "doomed", "d.jsonl", build.jsonl([{"text": "only here 1"}, {"text": "only here 2"}])).json()
    keep = upload(admin, pid, "survivor", "d.jsonl", build.jsonl([{"text": "only here 1"}])).json()  # shares v1's bytes
    r = admin.delete(f"/api/datasets/{v1['dataset_id']}")
    assert r.status_code == 200
    assert admin.get(f"/api/datasets/versions/{v2['id']}").status_code == 404
    assert admin.get(f"/api/datasets/{v1['dataset_id']}").status_code == 404
    assert not h.kernel.artifacts.exists(v2["digest"])
    assert h.kernel.artifacts.exists(v1["digest"])  # still used by 'survivor'
    assert admin.get(f"/api/datasets/versions/{keep['id']}/download").status_code == 200
    with h.kernel.session() as s:
        assert s.scalar(select(func.count()).select_from(DatasetVersion).where(DatasetVersion.dataset_id == v1["dataset_id"])) == 0
        assert s.scalar(select(func.count()).select_from(Event).where(Event.type == "dataset.deleted")) == 1


def test_file_before_project_id_is_refused_before_anything_is_stored(h, admin, pid, users):
    """Issue 9: the body must not be stored before the caller's project and role are checked."""
    boundary = "sec-a-boundary"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="late.jsonl"\r\n\r\n'
            '{"text": "stored before the check"}\n\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="project_id"\r\n\r\n{pid}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nlate\r\n--{boundary}--\r\n').encode()
    before = state(h)
    for client in (admin, users["nora"]):
        r = client.post("/api/datasets/upload", content=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "project_id"], r.text
    assert state(h) == before


def test_upload_with_an_api_key(h, admin, pid, build, upload):
    """An API-key upload (what the generated SDKs send) is not a 500: recording the key's use once
    held the request's SQLite write lock while the body gate, a second session of the same request,
    waited for it until the busy timeout ("database is locked")."""
    key = admin.post("/api/auth/api-keys", json={"name": "uploader"})
    assert key.status_code == 201, key.text
    client = h.new_client()
    client.headers["Authorization"] = f"Bearer {key.json()['key']}"
    started = time.monotonic()
    r = upload(client, pid, "via-key", "d.jsonl", build.jsonl(build.qa_rows(5)))
    assert r.status_code in (200, 201), r.text
    assert time.monotonic() - started < 10
    assert upload(client, pid, "via-key-2", "d.jsonl", build.jsonl(build.qa_rows(6))).status_code in (200, 201)
