"""The docs stay navigable: every committed screenshot is linked from the gallery page, and the
relative links of the plugin author's docs point at files that exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_every_screenshot_is_in_the_gallery():
    shots = ROOT / "docs" / "screenshots"
    gallery = (shots / "README.md").read_text(encoding="utf-8")
    linked = set(LINK.findall(gallery))
    missing = sorted(p.name for p in shots.glob("*.png") if p.name not in linked)
    assert not missing, f"screenshots not linked from docs/screenshots/README.md (run tests/browser/gallery.mjs): {missing}"
    dangling = sorted(name for name in linked if not (shots / name).is_file())
    assert not dangling, f"the gallery links missing files: {dangling}"


def test_relative_links_of_the_docs_resolve():
    docs = [ROOT / "README.md", ROOT / "frontend" / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    broken = []
    for doc in docs:
        for target in LINK.findall(doc.read_text(encoding="utf-8")):
            if re.match(r"^[a-z]+:", target) or target.startswith("/"):
                continue
            if not (doc.parent / target).exists():
                broken.append(f"{doc.relative_to(ROOT)} -> {target}")
    assert not broken, broken
