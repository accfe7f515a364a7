"""The plugin contract holds: a plugin imports ``llmworks_sdk``, never the kernel package
(``llmworks``) nor another plugin's package, and the built-in plugins' import graph has no
cycle. An AST walk over every ``.py`` file under ``plugins/`` and ``contrib/`` (sources,
migrations and tests alike), plus a check that the SDK itself never imports the kernel."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN_ROOTS = ("plugins", "contrib")



def plugin_dirs() -> dict[str, Path]:
    """Plugin folder name → folder, for every distribution under plugins/ and contrib/."""
    out: dict[str, Path] = {}
    for root in PLUGIN_ROOTS:
        for d in sorted((ROOT / root).iterdir()):
            if d.is_dir() and any(d.rglob("*.py")):
                out[d.name] = d
    return out


def own_packages(folder: Path) -> set[str]:
    src = folder / "src"
    if not src.is_dir():
        return set()
    return {p.name for p in src.iterdir() if p.is_dir() and p.name.isidentifier() and any(p.glob("*.py"))}


def all_plugin_packages() -> dict[str, str]:
    """Importable package → plugin folder name."""
    return {pkg: name for name, folder in plugin_dirs().items() for pkg in own_packages(folder)}


def imported_modules(path: Path) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            yield node.lineno, node.args[0].value


def top(module: str) -> str:
    return module.split(".", 1)[0]


def violations() -> tuple[list[str], dict[str, set[str]]]:
    """(kernel or cross-plugin imports, plugin import graph)."""
    packages = all_plugin_packages()
    problems: list[str] = []
    graph: dict[str, set[str]] = {name: set() for name in plugin_dirs()}
    for name, folder in plugin_dirs().items():
        own = own_packages(folder)
        for path in sorted(folder.rglob("*.py")):
            if any(part in (".venv", "node_modules", "build") for part in path.parts):
                continue
            rel = path.relative_to(ROOT)
            for line, module in imported_modules(path):
                pkg = top(module)
                if pkg == "llmworks":
                    problems.append(f"{rel}:{line}: imports the kernel ({module}); use llmworks_sdk")
                elif pkg in packages and pkg not in own:
                    graph[name].add(packages[pkg])
                    problems.append(f"{rel}:{line}: imports another plugin ({module}); ask an SDK service instead")
    return problems, graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for m in sorted(graph.get(n, ())):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m not in state and (found := visit(m)):
                return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state and (found := visit(n)):
            return found
    return None


def test_plugins_import_only_the_sdk():
    problems, _graph = violations()
    assert problems == [], "plugins must import llmworks_sdk only:\n" + "\n".join(problems)


def test_plugin_import_graph_has_no_cycle():
    _problems, graph = violations()
    assert find_cycle(graph) is None, f"import cycle between plugins: {' -> '.join(find_cycle(graph) or [])}"


def test_checker_catches_kernel_and_cross_plugin_imports(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import llmworks.db\nfrom llmworks.auth.deps import Auth\nfrom llmworks_torch.models import x\n"
                   "import importlib\nimportlib.import_module('llmworks.kernel')\n")
    found = [m for _, m in imported_modules(bad)]
    assert found == ["llmworks.db", "llmworks.auth.deps", "llmworks_torch.models", "importlib", "llmworks.kernel"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_sdk_never_imports_the_kernel():
    sdk = ROOT / "plugin_sdk" / "src" / "llmworks_sdk"
    modules = sorted(f"llmworks_sdk.{p.stem}" for p in sdk.glob("*.py") if p.stem not in ("__init__", "testing"))
    code = ("import sys, importlib\n"
            f"for m in {modules!r} + ['llmworks_sdk']: importlib.import_module(m)\n"
            "bad = sorted(m for m in sys.modules if m == 'llmworks' or m.startswith('llmworks.'))\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True)
