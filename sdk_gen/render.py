"""Render a set of Jinja2 templates into an output folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

TEMPLATES = Path(__file__).parent / "templates"

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(TEMPLATES)),
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
    autoescape=False,  # noqa: S701 - source code, not HTML
)


def render_tree(files: dict[str, str | None], out: Path, context: dict[str, Any]) -> list[Path]:
    """Write ``{relative path: template name}`` under ``out`` (``None``: an empty file)."""
    written: list[Path] = []
    for rel, template in files.items():
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        text = "" if template is None else _env.get_template(template).render(**context)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written
