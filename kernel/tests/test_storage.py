"""Artifact store: streamed, content-addressed, atomic; migrations on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import threading

import pytest
from llmworks.db.migrate import current
from llmworks.kernel import Kernel
from llmworks.settings import Settings
from llmworks.storage.artifacts import LocalArtifactStore, open_store
from llmworks_sdk import PayloadTooLarge
from sqlalchemy import inspect


def test_content_addressed_and_deduplicated(tmp_path):
    store = LocalArtifactStore(tmp_path)
    data = b"hello world\n" * 1000
    a = store.put_stream(iter([data[:5000], data[5000:]]))
    b = store.put_bytes(data)
    assert a == b and a.digest == hashlib.sha256(data).hexdigest() and a.size == len(data)
    assert store.open(a.digest).read() == data
    assert len(list((tmp_path / "blobs").rglob("*"))) == 3  # ab/, ab/cd/, the blob
    assert list((tmp_path / "tmp").iterdir()) == []


def test_no_half_written_blob_is_ever_visible(tmp_path):
    store = LocalArtifactStore(tmp_path)
    w = store.writer()
    w.write(b"x" * 1000)
    digest = hashlib.sha256(b"x" * 1000).hexdigest()
    assert not store.exists(digest)  # not published until commit
    assert list((tmp_path / "blobs").rglob("*")) == []
    info = w.commit()
    assert store.exists(info.digest) and info.digest == digest


def test_size_limit_aborts_and_leaves_nothing(tmp_path):
    store = LocalArtifactStore(tmp_path)

    def chunks():
        for _ in range(10):
            yield b"y" * 1024

    with pytest.raises(PayloadTooLarge) as exc:
        store.put_stream(chunks(), max_bytes=4096)
    assert "4096" in str(exc.value)
    assert list((tmp_path / "tmp").iterdir()) == [] and list((tmp_path / "blobs").rglob("*")) == []


def test_failure_mid_stream_leaves_nothing(tmp_path):
    store = LocalArtifactStore(tmp_path)

    def chunks():
        yield b"partial"
        raise ConnectionError("client went away")

    with pytest.raises(ConnectionError):
        store.put_stream(chunks())
    assert list((tmp_path / "tmp").iterdir()) == [] and list((tmp_path / "blobs").rglob("*")) == []


def test_concurrent_writers_of_same_content(tmp_path):
    store = LocalArtifactStore(tmp_path)
    results = []
    threads = [threading.Thread(target=lambda: results.append(store.put_bytes(b"same" * 10000))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({r.digest for r in results}) == 1
    assert store.open(results[0].digest).read() == b"same" * 10000


def test_publish_dir_is_atomic(tmp_path):
    store = LocalArtifactStore(tmp_path / "a")
    work = store.scratch_dir()
    (work / "config.json").write_text("{}")
    dest = store.publish_dir(work, tmp_path / "models" / "m1")
    assert (dest / "config.json").exists() and not work.exists()


def test_unknown_store_scheme_is_a_clear_error():
    with pytest.raises(ValueError, match="no artifact store for scheme 's3'"):
        open_store("s3://bucket/prefix")


def test_migrations_create_every_table(tmp_path, database_url):
    k = Kernel.create(Settings(home=tmp_path, database_url=database_url), autoload=False)
    try:
        tables = set(inspect(k.db.engine).get_table_names())
        assert {"users", "projects", "memberships", "api_keys", "sessions", "audit_log", "jobs", "events",
                "notifications", "lineage_edges", "kv", "login_failures", "alembic_version"} <= tables
        assert current(k) == ["kernel_0004"]
        if k.db.is_sqlite:
            with k.db.engine.connect() as c:
                assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        k.close()
