"""The callers of recently used credentials are answered from memory (``LLMWORKS_AUTH_CACHE_SECONDS``),
and a change to them made through this server is seen by the very next request."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from llmworks.auth import principal_cache
from llmworks.auth.principal import Principal
from llmworks_sdk.testing import KernelHarness


@pytest.fixture
def h(tmp_path, database_url):
    with KernelHarness(tmp_path / "home", database_url=database_url, env={"LLMWORKS_AUTH_CACHE_SECONDS": "30"}) as harness:
        yield harness


def _key(client, project_id: int | None = None, **extra) -> tuple[int, dict[str, str]]:
    r = client.post("/api/auth/api-keys", json={"name": "k", **({"project_id": project_id} if project_id else {}), **extra})
    assert r.status_code == 201, r.text
    return r.json()["id"], {"Authorization": f"Bearer {r.json()['key']}"}


def _cache(h):
    cache = principal_cache.cache_of(h.kernel.db.engine)
    assert cache is not None and cache.ttl == 30
    return cache


def test_a_revoked_key_is_refused_by_the_next_request(h):
    admin = h.login()
    bob = h.create_user("bob")
    key_id, headers = _key(bob)
    c = h.new_client()
    assert c.get("/api/projects", headers=headers).status_code == 200
    assert c.post("/api/projects", json={"name": "with a body"}, headers=headers).status_code == 201  # through the body gate
    assert not _cache(h)._entries  # a new project and membership: every cached caller was dropped
    assert c.get("/api/projects", headers=headers).status_code == 200
    assert len(_cache(h)._entries) == 1  # bob's key is answered from memory now
    assert bob.delete(f"/api/auth/api-keys/{key_id}").status_code == 200
    assert c.get("/api/projects", headers=headers).status_code == 401
    assert c.post("/api/projects", json={"name": "after revocation"}, headers=headers).status_code == 401
    assert admin.get("/api/auth/me").status_code == 200


def test_a_removed_member_and_a_deactivated_user_lose_access_at_once(h):
    admin = h.login()
    bob = h.create_user("bob")
    carol = h.create_user("carol")
    p = bob.post("/api/projects", json={"name": "Bob's"}).json()
    assert bob.post(f"/api/projects/{p['id']}/members", json={"username": "carol", "role": "viewer"}).status_code == 201
    assert carol.get(f"/api/projects/{p['id']}").status_code == 200
    assert carol.get(f"/api/projects/{p['id']}").status_code == 200  # cached
    carol_id = next(m["user_id"] for m in bob.get(f"/api/projects/{p['id']}/members").json()["items"] if m["username"] == "carol")
    assert bob.patch(f"/api/projects/{p['id']}/members/{carol_id}", json={"role": "maintainer"}).status_code == 200
    assert carol.patch(f"/api/projects/{p['id']}", json={"description": "now a maintainer"}).status_code == 200
    assert bob.delete(f"/api/projects/{p['id']}/members/{carol_id}").status_code == 200
    assert carol.get(f"/api/projects/{p['id']}").status_code == 404
    assert admin.patch(f"/api/users/{carol_id}", json={"is_active": False}).status_code == 200
    assert carol.get("/api/auth/me").status_code == 401
    # an administrator sees a project created after its caller was cached
    assert admin.get("/api/projects").status_code == 200
    q = bob.post("/api/projects", json={"name": "newer"}).json()
    assert admin.get(f"/api/projects/{q['id']}").status_code == 200


def test_a_change_made_outside_the_orm_session_is_seen_within_the_ttl(h, tmp_path):
    """Another process (a second server, the CLI) writes the database directly: its change is
    seen once the entry expires (here the TTL is shortened to 1 s)."""
    bob = h.create_user("bob")
    key_id, headers = _key(bob)
    cache = _cache(h)
    cache.ttl = 1.0
    c = h.new_client()
    assert c.get("/api/projects", headers=headers).status_code == 200
    other = sa.create_engine(h.kernel.db.url)  # another engine: no events reach this process's cache
    try:
        with other.begin() as conn:
            conn.execute(sa.text("UPDATE api_keys SET revoked_at = :t WHERE id = :i"), {"t": datetime.now(UTC), "i": key_id})
        deadline = time.monotonic() + 5
        while c.get("/api/projects", headers=headers).status_code == 200:
            assert time.monotonic() < deadline, "the revoked key was still accepted after the TTL"
            time.sleep(0.1)
    finally:
        other.dispose()
    assert c.get("/api/projects", headers=headers).status_code == 401


def test_an_entry_never_outlives_its_credential(h):
    from llmworks.db.models import ApiKey

    bob = h.create_user("bob")
    key_id, headers = _key(bob)
    with h.kernel.db.session() as s:  # keys take a lifetime in days: shorten this one to 1.5 s
        s.get(ApiKey, key_id).expires_at = datetime.now(UTC) + timedelta(seconds=1.5)
    c = h.new_client()
    assert c.get("/api/projects", headers=headers).status_code == 200  # cached for 1.5 s, not 30
    time.sleep(2)
    assert c.get("/api/projects", headers=headers).status_code == 401


def test_a_caller_loaded_during_a_change_is_not_stored():
    cache = principal_cache.PrincipalCache(ttl=30)
    now = datetime.now(UTC)
    p = Principal(1, "x", "user", "api_key")
    generation = cache.generation  # a request starts loading the caller...
    cache.invalidate()  # ...while another flushes a change to the auth tables
    cache.put("digest", p, generation, None, now)
    assert cache.get("digest") is None
    cache.put("digest", p, cache.generation, None, now)
    assert cache.get("digest") is p


def test_the_cache_is_bounded():
    cache = principal_cache.PrincipalCache(ttl=30, max_entries=3)
    now = datetime.now(UTC)
    for i in range(5):
        cache.put(f"d{i}", Principal(i, "x", "user", "api_key"), cache.generation, None, now)
    assert [d for d in ("d0", "d1", "d2", "d3", "d4") if cache.get(d) is not None] == ["d2", "d3", "d4"]


def test_zero_turns_the_cache_off(tmp_path):
    with KernelHarness(tmp_path / "home", env={"LLMWORKS_AUTH_CACHE_SECONDS": "0"}) as harness:
        assert principal_cache.cache_of(harness.kernel.db.engine) is None
        admin = harness.login()
        assert admin.get("/api/auth/me").status_code == 200
