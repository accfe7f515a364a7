"""``llmworks sdk generate --lang python|typescript|csharp --out DIR [--package]``.

The schema comes from a running server (``--url``), a saved file (``--file``), or, by default,
from the installed kernel and plugins (``llmworks openapi``, no server or database needed).
One language writes its SDK into ``DIR``; several write ``DIR/<lang>``. ``--package`` also
builds each SDK as its ecosystem's package into ``DIR/dist`` (wheel, npm tarball, .nupkg).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Generate and package the Python, TypeScript and .NET client SDKs.", no_args_is_help=True)


def _schema_of_installed(tmp: Path) -> Path:
    llmworks = shutil.which("llmworks") or str(Path(sys.executable).with_name("llmworks"))
    out = tmp / "openapi.json"
    proc = subprocess.run([llmworks, "openapi", "--out", str(out)], capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        raise typer.BadParameter(f"`llmworks openapi` failed:\n{proc.stderr[-2000:]}")
    return out


@app.command()
def generate(
    lang: Annotated[list[str], typer.Option("--lang", help="python, typescript or csharp (repeat, or comma-separate)")],
    out: Annotated[Path, typer.Option("--out", help="Output folder")],
    url: Annotated[str | None, typer.Option("--url", help="A server's schema, e.g. http://127.0.0.1:8000/openapi.json")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="A saved OpenAPI JSON file")] = None,
    package: Annotated[bool, typer.Option("--package", help="Also build the packages into OUT/dist")] = False,
    python_package: Annotated[str, typer.Option(help="Python import name")] = "llmworks_client",
    ts_package: Annotated[str, typer.Option(help="npm package name")] = "llmworks-client",
    cs_namespace: Annotated[str, typer.Option(help=".NET namespace, assembly and package id")] = "Llmworks.Client",
) -> None:
    """Generate client SDKs from the OpenAPI schema (of a server, a file, or this installation)."""
    from sdk_gen import LANGUAGES, SpecError, build_api, generate_one, load_document

    langs = [x.strip() for item in lang for x in item.split(",") if x.strip()]
    unknown = [x for x in langs if x not in LANGUAGES]
    if unknown or not langs:
        raise typer.BadParameter(f"unknown language(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(LANGUAGES)}",
                                 param_hint="--lang")
    if url and file:
        raise typer.BadParameter("give --url or --file, not both")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="llmworks-sdk-") as tmp:
        source = url or str(file or _schema_of_installed(Path(tmp)))
        try:
            api = build_api(load_document(source))
        except (OSError, SpecError) as exc:
            typer.echo(f"cannot read the schema: {exc}", err=True)
            raise typer.Exit(1) from exc
    names = {"python_package": python_package, "ts_package": ts_package, "cs_namespace": cs_namespace}
    for one in langs:
        target = out if len(langs) == 1 else out / one
        try:
            files = generate_one(api, one, target, **names)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from exc
        typer.echo(f"{one}: {len(files)} files in {target} ({api.title} {api.version}, {len(api.operations)} operations)")
        if package:
            from sdk_gen.packaging import build_package
            from sdk_gen.tools import ToolError

            try:
                built = build_package(one, target, out / "dist")
            except ToolError as exc:
                typer.echo(f"{one}: packaging failed: {exc}", err=True)
                raise typer.Exit(1) from exc
            typer.echo(f"{one}: package {built}")
    typer.echo(f"done in {time.perf_counter() - started:.2f} s")
