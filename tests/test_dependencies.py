"""Every dependency that a distribution of this repository declares is installed by `make venv`.

`make venv` installs the distributions with ``--no-deps`` and their dependencies from
requirements/dev.txt (pinned by requirements/constraints.txt), so a plugin that declares a package
which dev.txt lacks imports fine on the machine of whoever added it and fails on a fresh clone.
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_declared_dependency_is_installed():
    missing = []
    for pyproject in sorted([*ROOT.glob("plugins/*/pyproject.toml"), *ROOT.glob("*/pyproject.toml")]):
        project = tomllib.loads(pyproject.read_text()).get("project", {})
        for dep in project.get("dependencies", []):
            name = re.split(r"[<>=!~\[; ]", dep, maxsplit=1)[0]
            try:
                version(name)
            except PackageNotFoundError:
                missing.append(f"{pyproject.relative_to(ROOT)}: {name} (add it to requirements/dev.txt)")
    assert not missing, "declared but not installed:\n" + "\n".join(missing)
