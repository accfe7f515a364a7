"""Run a piece of Python in a child process with a memory and a time cap (for tests of bounds).

    from llmworks_sdk.testing_capped import run_capped

    result = run_capped("from llmworks_sdk.expressions import compile_regex\\n"
                        "compile_regex('(?:(?:(?:a{1000}){1000}){1000})')", memory_mb=1024, seconds=60)
    assert result.returncode == 1 and "bad regular expression" in result.stderr

A regression (an expression that allocates gigabytes or never ends) then fails one test with
``MemoryError`` or a timeout instead of taking the whole test run, or the machine, down. The
memory cap is ``RLIMIT_AS`` (address space), so leave room for the interpreter and its imports.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass


@dataclass
class CappedResult:
    returncode: int  # -9 / None-like 124 when the time cap killed it
    stdout: str
    stderr: str
    timed_out: bool


def _limit(memory_bytes: int) -> None:  # pragma: no cover - runs in the child
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))


def run_capped(code: str, *, memory_mb: int = 1024, seconds: float = 60.0, env: dict[str, str] | None = None) -> CappedResult:
    """Run ``code`` with ``python -c`` under ``RLIMIT_AS = memory_mb`` and a wall-clock cap of ``seconds``."""
    memory = memory_mb * 1024 * 1024
    child_env = {**os.environ, **(env or {}), "PYTHONFAULTHANDLER": "1"}
    try:
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=seconds,
                              preexec_fn=lambda: _limit(memory), env=child_env)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else exc.stderr or ""
        return CappedResult(124, out, err, True)
    return CappedResult(proc.returncode, proc.stdout, proc.stderr, False)
