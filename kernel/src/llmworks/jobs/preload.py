"""Imported by the job forkserver only (see :func:`llmworks.jobs.worker.mp_context`).

Importing this module (never import it anywhere else) takes the worker's sys.path and
settings, runs its main script once (see :func:`_prepare`) and builds a *template kernel* with the worker's settings: plugins
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

import gc
import json
import logging
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from llmworks.kernel import Kernel

log = logging.getLogger("llmworks.worker")

_template: Kernel | None = None
_main_preloaded: str | None = None
_template_env: dict[str, str] | None = None


def _env_key(settings_env: dict[str, Any]) -> dict[str, str]:
    return {k: str(v) for k, v in settings_env.items() if v not in (None, "")}


def _prepare() -> None:
    """Take what the worker handed over (llmworks.jobs.worker.mp_context): its sys.path and
    settings (the template must import and configure exactly what a child would), and run
    its main script once here, as multiprocessing would in every child."""
    global _main_preloaded
    from llmworks.jobs.child import apply_settings_env
    from llmworks.jobs.worker import PREP_ENV

    raw = os.environ.pop(PREP_ENV, None)
    prep: dict[str, Any] = json.loads(raw) if raw else {}
    if prep.get("sys_path"):
        sys.path[:] = prep["sys_path"]
    apply_settings_env(prep.get("settings_env") or {})
    if prep.get("main"):
        from multiprocessing import spawn

        try:
            spawn.import_main_path(prep["main"])
            _main_preloaded = prep["main"]
        except (Exception, SystemExit) as exc:  # noqa: BLE001 - children will run it themselves
            log.warning("main script %s not preloaded: %s", prep["main"], exc)


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
    except Exception as exc:  # noqa: BLE001 - an exception here would kill the forkserver
        log.warning("job template kernel not built (children will build their own): %s", exc)
        return
    try:  # initialise the dialect and compile the queries every child runs, once for all
        with k.db.session() as s:
            s.get(Job, 0)
            s.execute(select(Job.cancel_requested, Job.state, Job.attempts).where(Job.id == 0)).one_or_none()
    except Exception as exc:  # noqa: BLE001 - e.g. not migrated yet: children do it themselves
        log.info("job template kernel: queries not warmed up: %s", exc)
    k.db.engine.dispose()  # keep no connection across fork
    _template, _template_env = k, _env_key(k.settings_env())


def template_for(settings_env: dict[str, Any]) -> Kernel | None:
    """The template kernel when it was built with these settings (in a forked child)."""
    if _template is None or _env_key(settings_env) != _template_env:
        return None
    _template.db.engine.dispose(close=False)  # a fresh pool: never share a parent's connection
    return _template


try:
    _prepare()
except Exception as exc:  # noqa: BLE001 - an exception here would kill the forkserver
    log.warning("forkserver preparation failed: %s", exc)
build_template()
# Children inherit the heap copy-on-write; the cyclic GC's first pass would touch (and so
# copy) every object: keep what is here out of its sight.
gc.freeze()
