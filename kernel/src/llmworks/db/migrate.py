"""Alembic driven programmatically: the kernel's revisions plus one branch per plugin
(folders declared through ``register_migrations``); ``upgrade`` goes to all heads."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config

if TYPE_CHECKING:
    from llmworks.kernel import Kernel

log = logging.getLogger("llmworks.migrate")
HERE = Path(__file__).parent / "migrations"


def alembic_config(kernel: Kernel) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    locations = [str(HERE / "versions")] + [str(e.obj) for e in kernel.registry.migrations]
    cfg.set_main_option("version_locations", " ".join(locations))
    cfg.set_main_option("path_separator", "space")
    cfg.set_main_option("sqlalchemy.url", kernel.settings.db_url.replace("%", "%%"))
    cfg.attributes["kernel"] = kernel
    return cfg


def upgrade(kernel: Kernel, revision: str = "heads") -> None:
    cfg = alembic_config(kernel)
    with kernel.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current(kernel: Kernel) -> list[str]:
    from alembic.runtime.migration import MigrationContext

    with kernel.db.engine.connect() as conn:
        return list(MigrationContext.configure(conn).get_current_heads())


def revision(kernel: Kernel, message: str, *, branch: str, version_path: str, head: str | None = None) -> None:
    """Autogenerate a revision (developer tool: ``llmworks db revision``)."""
    cfg = alembic_config(kernel)
    with kernel.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(
            cfg, message=message, autogenerate=True, version_path=version_path,
            head=head or "base", branch_label=branch if head in (None, "base") else None,
            depends_on=None,
        )
