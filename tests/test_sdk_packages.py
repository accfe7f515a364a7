"""`llmworks sdk generate --package` builds each SDK as its ecosystem's package (a wheel, an npm
tarball with .d.ts, a .nupkg from the .csproj/.nuspec), versioned from the API version, with a
README showing the same three calls; the server offers the same packages at /api/sdks."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from llmworks_sdk.testing import KernelHarness
from sdk_support import ROOT, import_sdk_gen, mono_tools, run

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]  # ~50 s: packaging runs tsc, mcs and a kernel
import_sdk_gen()
LLMWORKS = str(Path(sys.executable).with_name("llmworks"))
THREE_CALLS = {"python": ("upload_dataset", "create_training_job", '"/api/inference/generate"'),
               "typescript": ("uploadDataset", "createTrainingJob", '"/api/inference/generate"'),
               "csharp": ("UploadDatasetAsync", "CreateTrainingJobAsync", "GenerateStreamAsync")}


@pytest.fixture(scope="module")
def schema(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    path = tmp_path_factory.mktemp("schema") / "openapi.json"
    run([LLMWORKS, "openapi", "--out", str(path)], ROOT)
    return path, json.loads(path.read_text())


def _generate(schema_file: Path, lang: str, out: Path) -> str:
    return run([LLMWORKS, "sdk", "generate", "--lang", lang, "--out", str(out), "--file", str(schema_file), "--package"],
               ROOT, timeout=300)


def _readme_has_three_calls(readme: str, lang: str) -> None:
    for call in THREE_CALLS[lang]:
        assert call in readme, f"{lang} README lacks {call}"


def test_python_wheel(schema: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    path, doc = schema
    version = doc["info"]["version"]
    _generate(path, "python", tmp_path / "py")
    (wheel,) = (tmp_path / "py" / "dist").glob("*.whl")
    assert wheel.name == f"llmworks_client-{version}-py3-none-any.whl"
    _readme_has_three_calls((tmp_path / "py" / "README.md").read_text(), "python")
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        assert "llmworks_client/client.py" in names and "llmworks_client/py.typed" in names
        meta = z.read(f"llmworks_client-{version}.dist-info/METADATA").decode()
    assert f"Version: {version}" in meta and "Requires-Dist: httpx" in meta
    # the wheel installs (no dependency download: httpx is already here) and imports
    target = tmp_path / "site"
    run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--target", str(target), str(wheel)],
        tmp_path)
    out = run([sys.executable, "-c", "import llmworks_client as c; print(c.Client.__name__)"], tmp_path,
              env={**os.environ, "PYTHONPATH": str(target)})
    assert out.strip() == "Client"


def test_typescript_npm_tarball(schema: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    path, doc = schema
    _generate(path, "typescript", tmp_path / "ts")
    (tgz,) = (tmp_path / "ts" / "dist").glob("*.tgz")
    assert tgz.name == f"llmworks-client-{doc['info']['version']}.tgz"
    with tarfile.open(tgz) as tar:
        names = set(tar.getnames())
        package = json.loads(tar.extractfile("package/package.json").read())  # type: ignore[union-attr]
    assert {"package/dist/index.js", "package/dist/index.d.ts", "package/dist/client.d.ts", "package/README.md"} <= names
    assert package["version"] == doc["info"]["version"] and package["types"] == "./dist/index.d.ts"
    with tarfile.open(tgz) as tar:
        _readme_has_three_calls(tar.extractfile("package/README.md").read().decode(), "typescript")  # type: ignore[union-attr]


def test_csharp_nupkg(schema: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    mono_tools()
    path, doc = schema
    version = doc["info"]["version"]
    _generate(path, "csharp", tmp_path / "cs")
    sdk = tmp_path / "cs"
    csproj = (sdk / "Llmworks.Client.csproj").read_text()
    assert f"<Version>{version}</Version>" in csproj and "<TargetFramework>netstandard2.0</TargetFramework>" in csproj
    _readme_has_three_calls((sdk / "README.md").read_text(), "csharp")
    (nupkg,) = (sdk / "dist").glob("*.nupkg")
    assert nupkg.name == f"Llmworks.Client.{version}.nupkg"
    with zipfile.ZipFile(nupkg) as z:
        names = set(z.namelist())
        nuspec = z.read("Llmworks.Client.nuspec").decode()
    assert {"lib/netstandard2.0/Llmworks.Client.dll", "lib/netstandard2.0/Llmworks.Client.xml", "README.md",
            "[Content_Types].xml", "_rels/.rels"} <= names
    assert f"<version>{version}</version>" in nuspec and "<files>" not in nuspec


def test_cli_refuses_an_unknown_language(tmp_path: Path) -> None:
    proc = subprocess.run([LLMWORKS, "sdk", "generate", "--lang", "cobol", "--out", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "cobol" in proc.stderr and "csharp" in proc.stderr


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KernelHarness]:
    with KernelHarness(tmp_path_factory.mktemp("sdk-routes"), worker=False) as h:
        yield h


def test_server_offers_the_packages(harness: KernelHarness) -> None:
    h = harness
    c = h.login()
    assert h.new_client().get("/api/sdks").status_code == 401
    listing = c.get("/api/sdks").json()
    assert [s["lang"] for s in listing["items"]] == ["python", "typescript", "csharp"]
    assert listing["operations"] > 100 and all(s["version"] == listing["version"] for s in listing["items"])
    viewer = h.create_user("vera")
    r = viewer.get("/api/sdks/python/package")
    assert r.status_code == 200 and r.content[:2] == b"PK"
    assert r.headers["content-disposition"].endswith(f'llmworks_client-{listing["version"]}-py3-none-any.whl"')
    again = c.get("/api/sdks/python/package")  # from the cache
    assert again.content == r.content
    src = c.get("/api/sdks/csharp/source")
    assert src.status_code == 200
    with zipfile.ZipFile(io.BytesIO(src.content)) as z:
        assert "llmworks-client-csharp/Llmworks.Client.csproj" in z.namelist()
        client_cs = z.read("llmworks-client-csharp/src/Client.cs").decode()
    assert "SdksApi" in client_cs  # the schema of this server: its own /api/sdks routes included
    bad = c.get("/api/sdks/cobol/package")
    assert bad.status_code == 422 and bad.json()["errors"]
