"""OpenAPI → SDK generator: a Python package (httpx) and a TypeScript ES module (fetch),
rendered from Jinja2 templates. ``python -m sdk_gen --help``."""

from __future__ import annotations

from pathlib import Path

from sdk_gen.spec import Api, SpecError, build_api, load_document

__all__ = ["LANGUAGES", "Api", "SpecError", "build_api", "generate", "load_document"]

LANGUAGES = ("python", "typescript")


def generate(source: str | dict, out: str | Path, *, languages: tuple[str, ...] = LANGUAGES,
             python_package: str = "llmworks_client", ts_package: str = "llmworks-client") -> dict[str, list[Path]]:
    """Generate SDKs from ``source`` (a URL, a file path or an already loaded document) into
    ``out/python`` and ``out/typescript``; returns the written files per language."""
    from sdk_gen import python_target, typescript_target

    doc = source if isinstance(source, dict) else load_document(source)
    api = build_api(doc)
    out = Path(out)
    written: dict[str, list[Path]] = {}
    for lang in languages:
        if lang == "python":
            written[lang] = python_target.generate(api, out / "python", package=python_package)
        elif lang == "typescript":
            written[lang] = typescript_target.generate(api, out / "typescript", package=ts_package)
        else:
            raise ValueError(f"unknown language {lang!r}; choose from {', '.join(LANGUAGES)}")
    return written
