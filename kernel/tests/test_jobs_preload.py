"""``JobHandler.preload``: the worker's job forkserver imports the modules its handlers ask
for before it forks the first child, so job children start with them in memory; a module
that fails to import is skipped, and the forkserver never keeps one that initialises CUDA."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the shared helpers (pytest runs with --import-mode=importlib)

import jobs_preload_plugin  # noqa: E402
from llmworks.jobs.worker import handler_preload  # noqa: E402
from llmworks_sdk import JobHandler  # noqa: E402
from test_jobs_support import llmworks_cmd, make_kernel, wait_state, worker_env  # noqa: E402

pytest_plugins = ["test_jobs_support"]  # fixtures: procs
pytestmark = pytest.mark.timeout(90)


def test_union_of_the_child_handlers_preload() -> None:
    run = print  # never called
    handlers = [
        JobHandler("a", run, preload=("torch", "transformers")),
        JobHandler("b", run, preload=("transformers", "peft")),
        JobHandler("c", run, preload=("never",), inline=True),  # runs in the worker: nothing to preload
        JobHandler("d", run),
    ]
    assert handler_preload(handlers) == ["torch", "transformers", "peft"]


def test_children_start_with_the_preloaded_modules(tmp_path: Path, procs) -> None:
    home = tmp_path / "home"
    k = make_kernel(home)
    k.register_plugin(jobs_preload_plugin, "preloadtest")
    try:
        # the probe is forced: on this CPU build of torch it would not run (nothing can initialise CUDA)
        env = worker_env(home, None, LLMWORKS_EXTRA_PLUGINS="preloadtest=jobs_preload_plugin", LLMWORKS_JOB_PRELOAD_PROBE="1")
        worker = procs.start(llmworks_cmd("worker"), env, "worker")
        job = k.queue.enqueue("preloadtest.report")
        done = wait_state(k, job.id, ("succeeded", "failed", "cancelled"), timeout=60)
        assert done.state == "succeeded", (done.error, procs.output("worker"))
        r = done.result
        # imported by the forkserver (the child's parent, not the worker) before it forked the child
        assert r["marker_imported_in"] == r["parent"] and r["parent"] not in (r["pid"], worker.pid), r
        # the missing module was skipped; the "CUDA" one and what follows it were left to the child
        assert r["loaded"] == ["jobs_preload_marker"], r
        out = procs.output("worker")
        assert "job preload: jobs_preload_missing not imported" in out, out
        assert "importing jobs_preload_cuda initialises CUDA" in out and "(jobs_preload_after)" in out, out
    finally:
        k.unregister_plugin("preloadtest")
        k.unregister_plugin("jobtest")
        k.close()
