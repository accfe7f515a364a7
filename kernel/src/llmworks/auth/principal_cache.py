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

from llmworks_sdk.caching import watch
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
        self.tables = AUTH_TABLES

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


def configure(engine: Engine, ttl: float) -> None:
    """Cache the callers of ``engine``'s database for ``ttl`` seconds (0: no cache)."""
    if ttl > 0:
        cache = _caches[engine] = PrincipalCache(ttl)
        watch(cache)  # emptied by every change to the auth tables, flushed, committed or rolled back
    else:
        _caches.pop(engine, None)


def cache_of(engine: Engine) -> PrincipalCache | None:
    """The cache of ``engine``'s callers (None when it has none)."""
    return _caches.get(engine) if _caches else None


def cache_for(session: Session) -> PrincipalCache | None:
    bind = session.get_bind()
    return cache_of(getattr(bind, "engine", bind))
