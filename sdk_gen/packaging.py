"""Build a generated SDK as its ecosystem's package:

- Python: a wheel, built by setuptools' PEP 517 backend (no network, no isolation);
- TypeScript: an npm tarball (``npm pack``) holding the ES modules and ``.d.ts`` files that
  ``tsc`` built into ``dist/``;
- .NET: the assembly and its XML documentation compiled by Mono's ``mcs`` into
  ``bin/Release/netstandard2.0/`` (where the ``.nuspec`` expects them), and a ``.nupkg`` made from the
  ``.nuspec`` (users with the .NET SDK run ``dotnet pack`` on the ``.csproj`` instead).

Each is versioned from the API version (``info.version`` of the schema).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from sdk_gen.tools import ToolError, ensure_typescript

FILENAMES = {"python": "{dist}-{version}-py3-none-any.whl", "typescript": "{dist}-{version}.tgz",
             "csharp": "{dist}.{version}.nupkg"}


def _run(cmd: list[str], cwd: Path, timeout: float = 300) -> str:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise ToolError(f"{' '.join(cmd)} (in {cwd}) failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}")
    return proc.stdout


def build_python(sdk_dir: Path, dist_dir: Path) -> Path:
    """A wheel of the generated Python SDK (``pyproject.toml`` in ``sdk_dir``)."""
    dist_dir.mkdir(parents=True, exist_ok=True)
    code = "import sys; from setuptools import build_meta as b; print(b.build_wheel(sys.argv[1]))"
    name = _run([sys.executable, "-c", code, str(dist_dir.resolve())], sdk_dir).strip().splitlines()[-1]
    shutil.rmtree(sdk_dir / "build", ignore_errors=True)
    for info in sdk_dir.glob("*.egg-info"):
        shutil.rmtree(info, ignore_errors=True)
    return dist_dir / name


def build_typescript(sdk_dir: Path, dist_dir: Path) -> Path:
    """``tsc`` (pinned, see sdk_gen.tools) into ``dist/``, then ``npm pack``: an npm tarball with types."""
    npm = shutil.which("npm")
    if npm is None:
        raise ToolError("npm is not on PATH: install Node.js 20+ to package the TypeScript SDK")
    _run([str(ensure_typescript()), "-p", "."], sdk_dir)
    dist_dir.mkdir(parents=True, exist_ok=True)
    out = _run([npm, "pack", "--silent", "--pack-destination", str(dist_dir.resolve())], sdk_dir)
    return dist_dir / out.strip().splitlines()[-1]


def compile_csharp(sdk_dir: Path, out_dir: Path | None = None) -> Path:
    """The generated .NET SDK compiled by Mono's ``mcs`` (C# 7, warnings are errors); returns the DLL."""
    mcs = shutil.which("mcs")
    if mcs is None:
        raise ToolError("Mono's C# compiler (mcs) is not on PATH: `apt-get install mono-devel` (or use `dotnet build`)")
    namespace = next(sdk_dir.glob("*.csproj")).stem
    out_dir = out_dir or sdk_dir / "bin" / "Release" / "netstandard2.0"
    out_dir.mkdir(parents=True, exist_ok=True)
    dll = out_dir / f"{namespace}.dll"
    sources = sorted(str(p) for p in (sdk_dir / "src").glob("*.cs"))
    _run([mcs, "-target:library", "-langversion:7", "-optimize+", "-warnaserror+", "-nowarn:1591",
          f"-doc:{out_dir / (namespace + '.xml')}", f"-out:{dll}", "-r:System.Net.Http.dll", *sources], sdk_dir)
    return dll


_CONTENT_TYPES = """<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />
  <Default Extension="nuspec" ContentType="application/octet" />
  <Default Extension="dll" ContentType="application/octet" />
  <Default Extension="xml" ContentType="application/octet" />
  <Default Extension="md" ContentType="application/octet" />
</Types>
"""


def build_csharp(sdk_dir: Path, dist_dir: Path) -> Path:
    """Compile with Mono and zip a ``.nupkg`` from the ``.nuspec`` (its ``<files>`` entries)."""
    compile_csharp(sdk_dir)
    nuspec_path = next(sdk_dir.glob("*.nuspec"))
    nuspec = nuspec_path.read_text(encoding="utf-8")
    package_id = re.search(r"<id>([^<]+)</id>", nuspec)[1]  # type: ignore[index]
    version = re.search(r"<version>([^<]+)</version>", nuspec)[1]  # type: ignore[index]
    dist_dir.mkdir(parents=True, exist_ok=True)
    target = dist_dir / f"{package_id}.{version}.nupkg"
    packed = re.sub(r"\s*<files>[\s\S]*?</files>", "", nuspec)  # nuget pack drops <files> the same way
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="utf-8"?>\n<Relationships xmlns='
                   '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type='
                   '"http://schemas.microsoft.com/packaging/2010/07/manifest" Target="/' + nuspec_path.name
                   + '" Id="R0" /></Relationships>\n')
        z.writestr(nuspec_path.name, packed)
        for src, dst in re.findall(r'<file src="([^"]+)" target="([^"]*)"', nuspec):
            path = sdk_dir / src
            z.write(path, f"{dst.strip('/')}/{path.name}".lstrip("/"))
    return target


BUILDERS = {"python": build_python, "typescript": build_typescript, "csharp": build_csharp}


def build_package(lang: str, sdk_dir: Path, dist_dir: Path) -> Path:
    """The package of the SDK generated for ``lang`` in ``sdk_dir``, written under ``dist_dir``."""
    try:
        builder = BUILDERS[lang]
    except KeyError:
        raise ValueError(f"unknown language {lang!r}; choose from {', '.join(BUILDERS)}") from None
    return builder(Path(sdk_dir), Path(dist_dir))
