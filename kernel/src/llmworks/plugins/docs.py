"""Generate the hook reference (docs/plugins/hooks.md) from the hookspec docstrings."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

from llmworks_sdk import hookspecs

SECTIONS = ("When called", "Arguments", "Returns", "Example")


def hook_functions() -> list[tuple[str, object]]:
    return [
        (name, fn) for name, fn in inspect.getmembers(hookspecs, inspect.isfunction)
        if hasattr(fn, "llmworks_spec")
    ]


def problems() -> list[str]:
    """Hooks whose docstring misses a section or an argument."""
    out = []
    for name, fn in hook_functions():
        doc = inspect.getdoc(fn) or ""
        for section in SECTIONS:
            if f"{section}:" not in doc and f"{section}::" not in doc:
                out.append(f"{name}: docstring lacks '{section}:'")
        for arg in inspect.signature(fn).parameters:  # type: ignore[arg-type]
            if f"{arg}:" not in doc:
                out.append(f"{name}: argument '{arg}' is not documented")
    return out


def render() -> str:
    lines = ["# Hook reference", "", "Generated from `llmworks_sdk/hookspecs.py` by `python -m llmworks.plugins.docs`; "
             "do not edit by hand.", ""]
    lines.append((inspect.getdoc(hookspecs) or "").strip())
    lines.append("")
    for name, fn in sorted(hook_functions(), key=lambda p: inspect.getsourcelines(p[1])[1]):  # type: ignore[arg-type]
        opts = getattr(fn, "llmworks_spec", {}) or {}
        flags = [k for k in ("firstresult", "historic") if opts.get(k)]
        lines.append(f"## `{name}{inspect.signature(fn)}`" + (f" ({', '.join(flags)})" if flags else ""))  # type: ignore[arg-type]
        lines.append("")
        lines.append(inspect.getdoc(fn) or "")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/plugins/hooks.md")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render())
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
