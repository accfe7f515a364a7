"""Every table, index and constraint name of the kernel and the installed plugins is unique as PostgreSQL
stores it (the first 63 bytes).

SQLite accepts two constraints with one name; PostgreSQL refuses the second (its constraint and index
names share one namespace per schema), and a name longer than 63 bytes is silently truncated, so two long
names can collide there only. This catches both on every plugin before a PostgreSQL migration does.
"""

from __future__ import annotations

from collections import Counter

from llmworks.kernel import Kernel
from llmworks.settings import Settings
from llmworks_sdk.db import Base
from sqlalchemy import Index


def test_relation_and_constraint_names_are_unique_and_short(tmp_path):
    k = Kernel.create(Settings(home=tmp_path), autoload=True)
    try:
        names: list[tuple[str, str]] = []
        for table in Base.metadata.tables.values():
            names.append((table.name, f"table {table.name}"))
            for c in table.constraints:
                if c.name:
                    names.append((str(c.name), f"{type(c).__name__} on {table.name}"))
            for ix in table.indexes:
                assert isinstance(ix, Index)
                names.append((str(ix.name), f"index on {table.name}"))
        # PostgreSQL keeps the first 63 bytes of a longer name: compare what it would store
        stored = [(n.encode()[:63].decode(errors="ignore"), w) for n, w in names]
        counts = Counter(n for n, _ in stored)
        dupes = {n: [w for m, w in stored if m == n] for n, c in counts.items() if c > 1}
        # a primary key, a unique constraint and an index may not share a name on PostgreSQL either
        assert not dupes, f"names used twice as PostgreSQL stores them (it refuses the second): {dupes}"
        assert len(Base.metadata.tables) > 20  # the plugins' tables are in, not only the kernel's
    finally:
        k.close()
