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

Then it imports the modules the job handlers ask for (``JobHandler.preload``, handed over by
the worker), each on its own: one that fails is skipped. They must not initialise CUDA (a
child forked after that cannot use the GPU): torch's availability checks use NVML while they
import, and where torch is a CUDA/ROCm build the list is first imported in a forked probe
process, and only the modules before the first one that leaves CUDA initialised there are
imported here. ``LLMWORKS_JOB_PRELOAD_PROBE=1`` probes on any build, ``0`` never.
"""

from __future__ import annotations

import gc
import importlib.util
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
_requested: list[str] = []  # JobHandler.preload of the worker's handlers
_preloaded: list[str] = []


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
    _requested[:] = prep.get("preload") or []
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


def _import(name: str, *, quiet: bool = False) -> bool:
    try:
        importlib.import_module(name)
        return True
    except Exception as exc:  # noqa: BLE001 - not only ImportError: children import it themselves
        if not quiet:
            log.warning("job preload: %s not imported: %s", name, exc)
        return False


def _cuda_initialised() -> bool:
    torch = sys.modules.get("torch")
    return torch is not None and bool(torch.cuda.is_initialized())


def _cuda_build() -> bool:
    if importlib.util.find_spec("torch") is None:
        return False
    import torch

    return bool(torch.version.cuda or torch.version.hip)


def _cuda_free(names: list[str]) -> list[str]:
    """``names`` up to the first module whose import initialises CUDA, found by importing
    them in a forked probe process (this one is single-threaded here)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the probe
        n = 0
        try:
            os.close(r)
            for name in names:
                _import(name, quiet=True)
                if _cuda_initialised():
                    break
                n += 1
        finally:
            os.write(w, str(n).encode())
            os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as f:
        answer = f.read()
    os.waitpid(pid, 0)
    n = int(answer) if answer.isdigit() else 0  # a probe that died says nothing is safe
    if n < len(names):
        log.warning(
            "job preload: importing %s initialises CUDA (or the probe died): it and what follows it (%s) "
            "are left to the job children",
            names[n],
            ", ".join(names[n + 1 :]) or "nothing",
        )
    return names[:n]


def preload_modules(names: list[str]) -> None:
    """Import the job handlers' ``preload`` modules, leaving CUDA uninitialised."""
    if not names:
        return
    nvml = "PYTORCH_NVML_BASED_CUDA_CHECK"
    before = os.environ.get(nvml)
    os.environ[nvml] = "1"  # torch.cuda.is_available() then asks NVML instead of initialising the driver
    try:
        probe = os.environ.get("LLMWORKS_JOB_PRELOAD_PROBE", "auto")
        if probe == "1" or (probe != "0" and _cuda_build()):
            names = _cuda_free(names)
        _preloaded.extend(n for n in names if _import(n))
    finally:
        if before is None:
            os.environ.pop(nvml, None)
        else:
            os.environ[nvml] = before
    if _cuda_initialised():
        log.error(
            "job preload: CUDA was initialised while preloading %s: jobs cannot use the GPU; "
            "remove the module that does it from JobHandler.preload",
            ", ".join(_preloaded),
        )


try:
    _prepare()
except Exception as exc:  # noqa: BLE001 - an exception here would kill the forkserver
    log.warning("forkserver preparation failed: %s", exc)
build_template()
try:
    preload_modules(_requested)
except Exception as exc:  # noqa: BLE001 - an exception here would kill the forkserver
    log.warning("job preload failed: %s", exc)
# Children inherit the heap copy-on-write; the cyclic GC's first pass would touch (and so
# copy) every object: keep what is here out of its sight.
gc.freeze()
