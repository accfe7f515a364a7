"""``LookupCache``: values of watched tables are served from memory until a change to one of
the tables is flushed or committed (ORM or bulk statement), rolled back, or ``ttl`` passes;
two databases never share entries; a session with uncommitted changes reads past the cache."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from llmworks_sdk.caching import LookupCache, invalidate_all
from sqlalchemy import String, create_engine, delete, insert, select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


class _Base(DeclarativeBase):
    pass


class Thing(_Base):
    __tablename__ = "caching_things"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))


class Other(_Base):
    __tablename__ = "caching_others"
    id: Mapped[int] = mapped_column(primary_key=True)


def _factory(path: Path) -> sessionmaker[Session]:
    engine = create_engine(f"sqlite:///{path}")
    _Base.metadata.create_all(engine)
    return sessionmaker(engine, expire_on_commit=False)


@pytest.fixture()
def db(tmp_path: Path) -> sessionmaker[Session]:
    factory = _factory(tmp_path / "a.db")
    with factory() as s:
        s.add(Thing(id=1, name="one"))
        s.commit()
    return factory


class Counting:
    """``name_of`` through a cache, counting the loads that reached the database."""

    def __init__(self, ttl: float | None = 30) -> None:
        self.cache: LookupCache[str | None] = LookupCache({"caching_things"}, ttl=ttl, name="test")
        self.loads = 0

    def name_of(self, s: Session, thing_id: int) -> str | None:
        def load() -> str | None:
            self.loads += 1
            return s.scalar(select(Thing.name).where(Thing.id == thing_id))

        return self.cache.get_or_load(s, thing_id, load)


def test_served_from_memory_until_an_orm_change_is_flushed_and_committed(db):
    c = Counting()
    with db() as s:
        assert c.name_of(s, 1) == "one" and c.name_of(s, 1) == "one"
    assert c.loads == 1 and c.cache.hits == 1
    with db() as writer:
        writer.get(Thing, 1).name = "uno"
        writer.flush()  # flushed, not committed: the cache is emptied and this session reads past it
        assert c.name_of(writer, 1) == "uno" and c.loads == 2 and len(c.cache) == 0
        with db() as reader:  # another session reads the committed row and may not store it for long
            assert c.name_of(reader, 1) == "one"
        writer.commit()
    with db() as s:
        assert c.name_of(s, 1) == "uno"  # the commit dropped what was read before it


@pytest.mark.parametrize("statement", [
    lambda: update(Thing).where(Thing.id == 1).values(name="bulk"),
    lambda: delete(Thing).where(Thing.id == 1),
    lambda: insert(Thing).values(id=2, name="two"),
])
def test_bulk_statements_invalidate(db, statement):
    c = Counting()
    with db() as s:
        c.name_of(s, 1)
        c.name_of(s, 2)
    with db() as s:
        s.execute(statement())
        s.commit()
    with db() as s:
        expected = {i: s.scalar(select(Thing.name).where(Thing.id == i)) for i in (1, 2)}
    with db() as s:
        assert c.name_of(s, 1) == expected[1] and c.name_of(s, 2) == expected[2]
    assert c.loads == 4


def test_a_rolled_back_change_does_not_leave_its_values(db):
    c = Counting()
    with db() as s:
        s.get(Thing, 1).name = "never"
        s.flush()
        assert c.name_of(s, 1) == "never"  # its own uncommitted row: read, not stored
        s.rollback()
    with db() as s:
        assert c.name_of(s, 1) == "one"


def test_changes_to_other_tables_keep_the_entries(db):
    c = Counting()
    with db() as s:
        c.name_of(s, 1)
        s.add(Other(id=1))
        s.commit()
        c.name_of(s, 1)
    assert c.loads == 1


def test_a_value_loaded_while_a_change_was_flushed_is_not_stored(db):
    c = Counting()
    started, flushed = threading.Event(), threading.Event()
    with db() as s:
        def slow_load() -> str | None:
            started.set()
            flushed.wait(5)
            return s.scalar(select(Thing.name).where(Thing.id == 1))

        def writer() -> None:
            started.wait(5)
            with db() as w:
                w.get(Thing, 1).name = "changed"
                w.commit()
            flushed.set()

        t = threading.Thread(target=writer)
        t.start()
        c.cache.get_or_load(s, 1, slow_load)
        t.join()
    assert len(c.cache) == 0


def test_two_databases_never_share_entries(db, tmp_path):
    other = _factory(tmp_path / "b.db")
    with other() as s:
        s.add(Thing(id=1, name="elsewhere"))
        s.commit()
    c = Counting()
    with db() as a, other() as b:
        assert c.name_of(a, 1) == "one" and c.name_of(b, 1) == "elsewhere"
        assert c.name_of(a, 1) == "one" and c.name_of(b, 1) == "elsewhere"
    assert c.loads == 2


def test_ttl_expiry_and_off(db, monkeypatch):
    c = Counting(ttl=0.05)
    with db() as s:
        c.name_of(s, 1)
        time.sleep(0.08)
        c.name_of(s, 1)
    assert c.loads == 2
    off = Counting(ttl=None)
    monkeypatch.setenv("LLMWORKS_LOOKUP_CACHE_SECONDS", "0")
    with db() as s:
        off.name_of(s, 1)
        off.name_of(s, 1)
    assert off.loads == 2 and len(off.cache) == 0


def test_a_failing_load_stores_nothing_and_invalidate_all_empties(db):
    c = Counting()
    with db() as s:
        with pytest.raises(LookupError):
            c.cache.get_or_load(s, "boom", lambda: (_ for _ in ()).throw(LookupError("no")))
        assert len(c.cache) == 0
        c.name_of(s, 1)
        assert len(c.cache) == 1
        invalidate_all()
        assert len(c.cache) == 0


def test_entries_are_bounded(db):
    cache: LookupCache[int] = LookupCache({"caching_things"}, ttl=30, max_entries=3)
    with db() as s:
        for i in range(10):
            cache.get_or_load(s, i, lambda i=i: i)
    assert len(cache) == 3
    with pytest.raises(ValueError):
        LookupCache(set())
