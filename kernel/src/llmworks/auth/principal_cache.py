"""The callers of recently seen credentials, for a few seconds (``LLMWORKS_AUTH_CACHE_SECONDS``).

Every API request resolves its credential: the key or session row and its user, then the
user's memberships (or, for an administrator, the projects that exist). That is two queries
and, for a request with a body, a thread-pool round trip before the body is read — about 2 ms
of a request that the model answers in ~80 ms. A caller seen less than ``ttl`` seconds ago is
answered from memory instead.

Correctness before speed:

- Any change, in this process, to the rows a caller is built from (API keys, login sessions,
  users, memberships, projects; ORM changes and bulk ``UPDATE``/``DELETE`` statements alike)
  empties the cache when it is flushed and again when it is committed. A caller loaded while
  such a change was in flight is not stored (a generation counter), so a revoked key, a removed
  member or a deactivated user is refused by the next request.
- A change made by another process (a second server, the CLI) is seen within ``ttl`` seconds
  (2 by default; 0 turns the cache off).
- An entry never outlives its credential's own expiry; at most ``max_entries`` are kept.
- Keys are the credentials' SHA-256 digests, never the credentials.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections import OrderedDict
from datetime import datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from llmworks.auth.principal import Principal

#: the tables a caller is built from
AUTH_TABLES = frozenset({"api_keys", "sessions", "users", "memberships", "projects"})


class PrincipalCache:
    def __init__(self, ttl: float, max_entries: int = 10_000) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._entries: OrderedDict[str, tuple[float, Principal]] = OrderedDict()
        self._lock = threading.Lock()
        self.generation = 0

    def get(self, digest: str) -> Principal | None:
        now = time.monotonic()
        with self._lock:
            entry = self._entries.get(digest)
            if entry is None:
                return None
            if entry[0] <= now:
                del self._entries[digest]
                return None
            return entry[1]

    def put(self, digest: str, principal: Principal, generation: int, expires_at: datetime | None, now: datetime) -> None:
        """Store a caller loaded while the cache was at ``generation`` (dropped if it changed since)."""
        ttl = self.ttl
        if expires_at is not None:
            ttl = min(ttl, (expires_at - now).total_seconds())
        if ttl <= 0:
            return
        with self._lock:
            if generation != self.generation:
                return  # a change to the auth tables was flushed or committed while it was loaded
            self._entries[digest] = (time.monotonic() + ttl, principal)
            self._entries.move_to_end(digest)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def invalidate(self) -> None:
        with self._lock:
            self.generation += 1
            self._entries.clear()


_caches: weakref.WeakKeyDictionary[Engine, PrincipalCache] = weakref.WeakKeyDictionary()
_PENDING = "llmworks_auth_changed"


def configure(engine: Engine, ttl: float) -> None:
    """Cache the callers of ``engine``'s database for ``ttl`` seconds (0: no cache)."""
    _install_listeners()
    if ttl > 0:
        _caches[engine] = PrincipalCache(ttl)
    else:
        _caches.pop(engine, None)


def cache_of(engine: Engine) -> PrincipalCache | None:
    """The cache of ``engine``'s callers (None when it has none)."""
    return _caches.get(engine) if _caches else None


def cache_for(session: Session) -> PrincipalCache | None:
    bind = session.get_bind()
    return cache_of(getattr(bind, "engine", bind))


def _touches_auth(objects: Any) -> bool:
    return any(getattr(getattr(o, "__table__", None), "name", None) in AUTH_TABLES for o in objects)


def _after_flush(session: Session, _context: Any) -> None:
    if _touches_auth(session.new) or _touches_auth(session.dirty) or _touches_auth(session.deleted):
        _changed(session)


def _do_orm_execute(state: Any) -> None:
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", None) in AUTH_TABLES:
        _changed(state.session)


def _changed(session: Session) -> None:
    cache = cache_for(session)
    if cache is not None:
        cache.invalidate()  # now: no request caches the rows this transaction is changing
        session.info[_PENDING] = True


def _after_commit(session: Session) -> None:
    if session.info.pop(_PENDING, False):
        cache = cache_for(session)
        if cache is not None:
            cache.invalidate()  # and once committed: a caller loaded before the commit is dropped


def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


_installed = False
_install_lock = threading.Lock()


def _install_listeners() -> None:
    global _installed
    with _install_lock:
        if _installed:
            return
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "do_orm_execute", _do_orm_execute)
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_soft_rollback", lambda s, _t: _after_rollback(s))
        _installed = True
