"""OpenAPI → SDK generator: a Python package (httpx), a TypeScript ES module (fetch) and a .NET
library (C#, HttpClient), rendered from Jinja2 templates. ``python -m sdk_gen --help``."""

from __future__ import annotations

from pathlib import Path

from sdk_gen.spec import Api, SpecError, build_api, load_document

__all__ = ["LANGUAGES", "Api", "SpecError", "build_api", "generate", "generate_one", "load_document"]

LANGUAGES = ("python", "typescript", "csharp")


def generate(source: str | dict, out: str | Path, *, languages: tuple[str, ...] = LANGUAGES,
             python_package: str = "llmworks_client", ts_package: str = "llmworks-client",
             cs_namespace: str = "Llmworks.Client") -> dict[str, list[Path]]:
    """Generate SDKs from ``source`` (a URL, a file path or an already loaded document) into
    ``out/python``, ``out/typescript`` and ``out/csharp``; returns the written files per language."""
    doc = source if isinstance(source, dict) else load_document(source)
    api = build_api(doc)
    out = Path(out)
    return {lang: generate_one(api, lang, out / lang, python_package=python_package, ts_package=ts_package,
                               cs_namespace=cs_namespace) for lang in languages}


def generate_one(api: Api, lang: str, out: str | Path, *, python_package: str = "llmworks_client",
                 ts_package: str = "llmworks-client", cs_namespace: str = "Llmworks.Client") -> list[Path]:
    """Write the SDK of one language for ``api`` into ``out``; returns the written files."""
    from sdk_gen import csharp_target, python_target, typescript_target

    out = Path(out)
    if lang == "python":
        return python_target.generate(api, out, package=python_package)
    if lang == "typescript":
        return typescript_target.generate(api, out, package=ts_package)
    if lang == "csharp":
        return csharp_target.generate(api, out, namespace=cs_namespace)
    raise ValueError(f"unknown language {lang!r}; choose from {', '.join(LANGUAGES)}")
