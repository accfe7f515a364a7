"""Imported by the job forkserver only (see :func:`llmworks.jobs.worker.mp_context`).

Importing this module builds a *template kernel* from the worker's environment: plugins
imported and registered, the registry collected, ORM mappers configured and the database
dialect initialised. Every job child forks from the forkserver with all of that in memory,
so a child whose settings match the template starts in milliseconds instead of paying for
plugin loading on every job (seconds when a plugin imports torch while registering).

The forkserver must stay safe to fork from: the template holds no database connection
(the one used to initialise the dialect is closed) and starts no thread. Anything going
wrong here only disables the template: children then build their own kernel, as before.
``LLMWORKS_JOB_TEMPLATE=0`` turns it off.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from llmworks.kernel import Kernel

log = logging.getLogger("llmworks.worker")

_template: Kernel | None = None
_template_env: dict[str, str] | None = None


def _env_key(settings_env: dict[str, Any]) -> dict[str, str]:
    return {k: str(v) for k, v in settings_env.items() if v not in (None, "")}


def build_template() -> None:
    global _template, _template_env
    if os.environ.get("LLMWORKS_JOB_TEMPLATE", "1") == "0":
        return
    try:
        import psutil  # noqa: F401 - the child's parent watch uses it
        from sqlalchemy import select
        from sqlalchemy.orm import configure_mappers

        from llmworks.db.models import Job
        from llmworks.jobs.context import JobRunContext  # noqa: F401
        from llmworks.kernel import Kernel

        k = Kernel.create(migrate=False, role="job-child")
        configure_mappers()
        # initialise the dialect and compile the queries every child runs, once for all
        with k.db.session() as s:
            s.get(Job, 0)
            s.execute(select(Job.cancel_requested, Job.state, Job.attempts).where(Job.id == 0)).one_or_none()
        k.db.engine.dispose()  # and keep no connection across fork
        _template, _template_env = k, _env_key(k.settings_env())
    except Exception as exc:  # noqa: BLE001 - an exception here would kill the forkserver
        log.warning("job template kernel not built (children will build their own): %s", exc)
        _template = _template_env = None


def template_for(settings_env: dict[str, Any]) -> Kernel | None:
    """The template kernel when it was built with these settings (in a forked child)."""
    if _template is None or _env_key(settings_env) != _template_env:
        return None
    _template.db.engine.dispose(close=False)  # a fresh pool: never share a parent's connection
    return _template


build_template()
