"""A plugin whose job kind asks the worker's forkserver to preload modules, for
test_jobs_preload.py (no tests in here). The handler never imports them: it reports what its
child process found in ``sys.modules`` when it started."""

from __future__ import annotations

import os
import sys
from typing import Any

from llmworks_sdk import JobHandler, hookimpl

#: a module to preload, one that does not exist, one that "initialises CUDA", one after it
PRELOAD = ("jobs_preload_marker", "jobs_preload_missing", "jobs_preload_cuda", "jobs_preload_after")


def _report(ctx: Any) -> dict[str, Any]:
    marker = sys.modules.get("jobs_preload_marker")
    return {
        "pid": os.getpid(),
        "parent": os.getppid(),
        "marker_imported_in": getattr(marker, "IMPORTED_IN", None),
        "loaded": [m for m in PRELOAD if m in sys.modules],
    }


@hookimpl
def register_job_handlers(register: Any) -> None:
    register(JobHandler("preloadtest.report", run=_report, max_attempts=1, preload=PRELOAD))
