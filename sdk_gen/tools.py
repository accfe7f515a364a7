"""Checkers for the generated SDKs, installed on demand into ``sdk_gen/.tools`` (git-ignored).

    python -m sdk_gen.tools                 # install TypeScript (npm) and mypy (pip) if missing
    python -m sdk_gen.tools check OUT       # mypy --strict OUT/python, tsc --noEmit --strict OUT/typescript

Both are pinned; nothing is downloaded when the pinned version is already there.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sdk_gen.typescript_target import TYPESCRIPT_VERSION

TOOLS = Path(__file__).resolve().parent / ".tools"
MYPY_VERSION = "2.4.1"


class ToolError(RuntimeError):
    """A tool could not be installed, or a check failed (the message has its output)."""


@contextmanager
def _locked(root: Path) -> Iterator[None]:
    """One installer at a time (parallel test runs share the folder)."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _npm_version(root: Path, package: str) -> str | None:
    try:
        return str(json.loads((root / "node_modules" / package / "package.json").read_text())["version"])
    except (OSError, ValueError, KeyError):
        return None


def ensure_typescript(root: Path = TOOLS) -> Path:
    """The ``tsc`` of TypeScript ``TYPESCRIPT_VERSION`` under ``root``, installed with npm if missing."""
    tsc = root / "node_modules" / ".bin" / "tsc"
    if tsc.exists() and _npm_version(root, "typescript") == TYPESCRIPT_VERSION:
        return tsc
    npm = shutil.which("npm")
    if npm is None:
        raise ToolError("npm is not on PATH: install Node.js 20+ to check the TypeScript SDK")
    with _locked(root):
        if tsc.exists() and _npm_version(root, "typescript") == TYPESCRIPT_VERSION:
            return tsc
        if not (root / "package.json").exists():
            (root / "package.json").write_text('{"name": "sdk-gen-tools", "private": true}\n')
        proc = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--loglevel=error", "--save-exact", f"typescript@{TYPESCRIPT_VERSION}"],
            cwd=root, capture_output=True, text=True, timeout=300,
        )
        if proc.returncode != 0 or not tsc.exists():
            raise ToolError(f"npm install typescript@{TYPESCRIPT_VERSION} failed:\n{proc.stdout}\n{proc.stderr}")
    return tsc


def ensure_mypy(root: Path = TOOLS) -> Path:
    """A folder holding mypy ``MYPY_VERSION`` (``pip install --target``) to put on PYTHONPATH."""
    target = root / "python"
    marker = target / f"mypy-{MYPY_VERSION}.dist-info"
    if marker.exists():
        return target
    with _locked(root):
        if marker.exists():
            return target
        proc = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade",
             "--target", str(target), f"mypy=={MYPY_VERSION}"],
            capture_output=True, text=True, timeout=300,
        )
        if proc.returncode != 0 or not marker.exists():
            raise ToolError(f"pip install mypy=={MYPY_VERSION} failed:\n{proc.stdout}\n{proc.stderr}")
    return target


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300, env=env)
    if proc.returncode != 0:
        raise ToolError(f"{' '.join(cmd)} (in {cwd}) failed:\n{proc.stdout}\n{proc.stderr}")
    return proc.stdout


def check_python(sdk_dir: Path, package: str = "llmworks_client") -> str:
    """``mypy --strict`` over a generated Python SDK folder (the one holding ``pyproject.toml``)."""
    target = ensure_mypy()
    env = {**os.environ, "PYTHONPATH": str(target)}
    return _run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir",
                 str(TOOLS / "mypy-cache"), package], Path(sdk_dir), env)


def check_typescript(sdk_dir: Path) -> str:
    """``tsc --noEmit --strict`` over a generated TypeScript SDK folder (its tsconfig.json)."""
    return _run([str(ensure_typescript()), "-p", ".", "--noEmit", "--strict"], Path(sdk_dir))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        if args[:1] == ["check"] and len(args) == 2:
            out = Path(args[1])
            if (out / "python").is_dir():
                check_python(out / "python")
                print(f"mypy --strict: {out / 'python'} ok")
            if (out / "typescript").is_dir():
                check_typescript(out / "typescript")
                print(f"tsc --noEmit --strict: {out / 'typescript'} ok")
        elif not args:
            print(ensure_typescript())
            print(ensure_mypy())
        else:
            print("usage: python -m sdk_gen.tools [check OUT]", file=sys.stderr)
            return 2
    except ToolError as exc:
        print(f"sdk_gen.tools: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
