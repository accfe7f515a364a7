"""Per-process caches of values read from database rows, dropped when those rows change.

A lookup that every request repeats (a route by name, a policy by project) costs a few SQL
statements and, on a busy server, a millisecond or more of a request that the model answers
in tens of milliseconds. :class:`LookupCache` keeps such values for a few seconds:

    ROUTES = LookupCache({"notes_routes", "projects", "memberships"}, name="notes routes")

    def find_route(db, auth, name):
        key = (name, auth.user_id, auth.is_admin, tuple(auth.project_ids() or ()))
        return ROUTES.get_or_load(db, key, lambda: load_route(db, auth, name))

Correctness before speed:

- A change, in this process, to a row of one of the cache's ``tables`` (ORM changes and bulk
  ``INSERT``/``UPDATE``/``DELETE`` statements alike) empties the cache when it is flushed and
  again when it is committed; a value loaded while such a change was in flight is not stored
  (a generation counter), so the next request after a commit reads the new rows.
- A change made by another process (a second server, a worker, the CLI) is seen within
  ``ttl`` seconds: ``LLMWORKS_LOOKUP_CACHE_SECONDS`` (2 by default; 0 turns every lookup cache
  off).
- Cache values, never ORM objects (they belong to the session that loaded them), and put in
  the key everything the value depends on, the caller's visible projects included. Values are
  shared between requests: treat them as read-only (copy before changing one).
- A loader that raises stores nothing (a 404 is looked up again next time).
"""

from __future__ import annotations

import os
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

V = TypeVar("V")

_ENV = "LLMWORKS_LOOKUP_CACHE_SECONDS"
_PENDING = "llmworks_lookup_cache_pending"
_caches: weakref.WeakSet[Any] = weakref.WeakSet()
_caches_lock = threading.Lock()


class Watcher(Protocol):
    """What :func:`watch` takes: the tables a cache reads and how to empty it."""

    tables: frozenset[str]

    def invalidate(self) -> None: ...


def watch(cache: Watcher) -> None:
    """Call ``cache.invalidate()`` whenever a session of this process flushes, commits or rolls
    back a change to one of ``cache.tables`` (kept by weak reference: a dropped cache is
    forgotten). :class:`LookupCache` watches itself; other caches (the kernel's credentials
    cache) use this."""
    _install_listeners()
    with _caches_lock:
        _caches.add(cache)


def default_ttl() -> float:
    """``LLMWORKS_LOOKUP_CACHE_SECONDS`` (2 when unset or not a number; 0 or less: off)."""
    try:
        return float(os.environ.get(_ENV, "2"))
    except ValueError:
        return 2.0


class LookupCache(Generic[V]):
    """Values derived from rows of ``tables``, kept at most ``ttl`` seconds (default
    :func:`default_ttl`, read at each store) and at most ``max_entries`` per database (the
    least recently stored go first). Entries are kept per database engine: two kernels in one
    process (tests, tools) never see each other's values."""

    def __init__(self, tables: Iterable[str], *, ttl: float | None = None, max_entries: int = 4096, name: str = "") -> None:
        self.tables = frozenset(tables)
        if not self.tables:
            raise ValueError("a lookup cache watches at least one table")
        self.ttl = ttl
        self.max_entries = max_entries
        self.name = name
        self.generation = 0
        self.hits = 0
        self.misses = 0
        self._by_engine: weakref.WeakKeyDictionary[Engine, OrderedDict[Hashable, tuple[float, V]]] = (
            weakref.WeakKeyDictionary())
        self._lock = threading.Lock()
        watch(self)

    def _ttl(self) -> float:
        return self.ttl if self.ttl is not None else default_ttl()

    def get(self, engine: Engine, key: Hashable) -> tuple[bool, V | None]:
        """``(True, value)`` for a fresh entry of ``engine``'s database, else ``(False, None)``."""
        now = time.monotonic()
        with self._lock:
            entries = self._by_engine.get(engine)
            entry = entries.get(key) if entries is not None else None
            if entry is not None and entry[0] > now:
                self.hits += 1
                return True, entry[1]
            if entry is not None and entries is not None:
                del entries[key]
            self.misses += 1
            return False, None

    def put(self, engine: Engine, key: Hashable, value: V, generation: int) -> None:
        """Store ``value``, loaded while the cache was at ``generation`` (dropped if a change to
        the tables was flushed or committed since)."""
        ttl = self._ttl()
        if ttl <= 0:
            return
        with self._lock:
            if generation != self.generation:
                return
            entries = self._by_engine.get(engine)
            if entries is None:
                entries = self._by_engine[engine] = OrderedDict()
            entries[key] = (time.monotonic() + ttl, value)
            entries.move_to_end(key)
            while len(entries) > self.max_entries:
                entries.popitem(last=False)

    def get_or_load(self, db: Session, key: Hashable, load: Callable[[], V]) -> V:
        """The cached value of ``key`` in ``db``'s database, else ``load()`` (stored unless the
        tables changed meanwhile). ``load`` reads with ``db``; a session that has changed one of
        the tables and not committed yet neither reads nor stores cached values (what it sees is
        not what the other requests see)."""
        if self._ttl() <= 0 or self.tables & db.info.get(_PENDING, set()):
            return load()
        bind = db.get_bind()
        engine = getattr(bind, "engine", bind)
        hit, value = self.get(engine, key)
        if hit:
            return value  # type: ignore[return-value]
        generation = self.generation
        value = load()
        self.put(engine, key, value, generation)
        return value

    def invalidate(self) -> None:
        with self._lock:
            self.generation += 1
            self._by_engine.clear()

    def __len__(self) -> int:
        return sum(len(e) for e in list(self._by_engine.values()))


def invalidate_all() -> None:
    """Empty every lookup cache of this process (tests; after changing rows with raw SQL)."""
    for cache in _watching(None):
        cache.invalidate()


def _watching(tables: set[str] | None) -> list[Any]:
    with _caches_lock:
        caches = list(_caches)
    return [c for c in caches if tables is None or c.tables & tables]


def _tables_of(objects: Iterable[Any]) -> set[str]:
    return {name for o in objects if (name := getattr(getattr(o, "__table__", None), "name", None))}


def _changed(session: Session, tables: set[str]) -> None:
    caches = _watching(tables)
    if not caches:
        return
    for cache in caches:
        cache.invalidate()  # now: no request stores the rows this transaction is changing
    session.info.setdefault(_PENDING, set()).update(tables)


def _after_flush(session: Session, _context: Any) -> None:
    tables = _tables_of(session.new) | _tables_of(session.dirty) | _tables_of(session.deleted)
    if tables:
        _changed(session, tables)


def _do_orm_execute(state: Any) -> None:
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    name = getattr(getattr(state.statement, "table", None), "name", None)
    if name:
        _changed(state.session, {name})


def _ended(session: Session) -> None:
    """Commit or rollback: a value loaded while the transaction was open is dropped."""
    tables = session.info.pop(_PENDING, None)
    if tables:
        for cache in _watching(tables):
            cache.invalidate()


_installed = False
_install_lock = threading.Lock()


def _install_listeners() -> None:
    global _installed
    with _install_lock:
        if _installed:
            return
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "do_orm_execute", _do_orm_execute)
        event.listen(Session, "after_commit", _ended)
        event.listen(Session, "after_soft_rollback", lambda s, _t: _ended(s))
        _installed = True


__all__ = ["LookupCache", "Watcher", "default_ttl", "invalidate_all", "watch"]
