"""``/api/sdks``: the client SDKs of this server, generated from its own OpenAPI schema (kernel plus
every installed plugin) and built as packages on first request, then cached per schema under
``<home>/sdks/<schema digest>/``. The UI's API page links them."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import threading
import zipfile
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse
from llmworks_sdk import Unavailable
from llmworks_sdk.schemas import ApiModel, file_response
from llmworks_sdk.web import Auth, KernelDep
from pydantic import Field

router = APIRouter(tags=["sdks"])
Lang = Literal["python", "typescript", "csharp"]
LABELS = {"python": "Python", "typescript": "TypeScript", "csharp": ".NET (C#)"}
FORMATS = {"python": "wheel", "typescript": "npm tarball (ES modules + .d.ts)", "csharp": ".nupkg (netstandard2.0)"}
MEDIA = {"python": "application/zip", "typescript": "application/gzip", "csharp": "application/zip"}
_locks: dict[str, threading.Lock] = {lang: threading.Lock() for lang in LABELS}


class SdkOut(ApiModel):
    lang: str = Field(..., examples=["python"])
    label: str = Field(..., examples=["Python"])
    format: str = Field(..., examples=["wheel"])
    version: str = Field(..., description="The API version the SDK is generated from", examples=["0.1.0"])
    available: bool = Field(..., description="Whether this server can build the package (else: the sources)")
    reason: str | None = Field(None, description="Why the package cannot be built here")
    package_url: str = Field(..., examples=["/api/sdks/python/package"])
    source_url: str = Field(..., examples=["/api/sdks/python/source"])
    install: str = Field(..., description="How to install the downloaded package")


class SdksOut(ApiModel):
    title: str
    version: str
    operations: int
    items: list[SdkOut]


def _schema(request: Request) -> tuple[dict[str, Any], str]:
    doc = request.app.openapi()
    digest = hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()[:16]
    return doc, digest


def _missing_tool(lang: str) -> str | None:
    if lang == "typescript" and shutil.which("npm") is None:
        return "npm (Node.js 20+) is not installed on the server"
    if lang == "csharp" and shutil.which("mcs") is None:
        return "Mono's C# compiler (mcs) is not installed on the server: apt-get install mono-devel"
    return None


def _install_hint(lang: str, api: Any) -> str:
    if lang == "python":
        return f"pip install llmworks_client-{api.version}-py3-none-any.whl"
    if lang == "typescript":
        return f"npm install ./llmworks-client-{api.version}.tgz"
    return f"dotnet add package Llmworks.Client --version {api.version} --source <folder of the .nupkg>"


@router.get("", response_model=SdksOut, summary="The client SDKs this server offers")
def list_sdks(request: Request, auth: Auth) -> dict[str, Any]:
    from sdk_gen import build_api

    doc, _ = _schema(request)
    api = build_api(doc)
    items = []
    for lang, label in LABELS.items():
        reason = _missing_tool(lang)
        items.append({"lang": lang, "label": label, "format": FORMATS[lang], "version": api.version,
                      "available": reason is None, "reason": reason, "package_url": f"/api/sdks/{lang}/package",
                      "source_url": f"/api/sdks/{lang}/source", "install": _install_hint(lang, api)})
    return {"title": api.title, "version": api.version, "operations": len(api.operations), "items": items}


def _cache(k: Any, digest: str, lang: str) -> Path:
    return Path(k.settings.home) / "sdks" / digest / lang


def _generate(doc: dict[str, Any], lang: str, folder: Path) -> None:
    from sdk_gen import build_api, generate_one

    generate_one(build_api(doc), lang, folder)


@router.get("/{lang}/source", response_class=FileResponse, responses=file_response("application/zip"),
            summary="The generated SDK's sources as a zip (pyproject / package.json / .csproj + .nuspec)")
def download_source(lang: Lang, request: Request, auth: Auth, k: KernelDep) -> FileResponse:
    doc, digest = _schema(request)
    cache = _cache(k, digest, lang)
    target = cache / f"llmworks-client-{lang}-{doc.get('info', {}).get('version', '0')}-src.zip"
    with _locks[lang]:
        if not target.is_file():
            cache.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=cache) as tmp:
                src = Path(tmp) / "sdk"
                _generate(doc, lang, src)
                partial = Path(tmp) / target.name
                with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as z:
                    for path in sorted(src.rglob("*")):
                        if path.is_file():
                            z.write(path, str(Path(f"llmworks-client-{lang}") / path.relative_to(src)))
                partial.replace(target)
    return FileResponse(target, media_type="application/zip", filename=target.name)


@router.get("/{lang}/package", response_class=FileResponse,
            responses=file_response("application/zip", "application/gzip"),
            summary="The SDK as its ecosystem's package: a wheel, an npm tarball or a .nupkg")
def download_package(lang: Lang, request: Request, auth: Auth, k: KernelDep) -> FileResponse:
    from sdk_gen.packaging import build_package
    from sdk_gen.tools import ToolError

    reason = _missing_tool(lang)
    if reason:
        raise Unavailable(f"cannot build the {LABELS[lang]} package: {reason}; download the sources instead "
                          f"(/api/sdks/{lang}/source)")
    doc, digest = _schema(request)
    cache = _cache(k, digest, lang)
    with _locks[lang]:
        built = [p for p in cache.glob("package/*") if p.is_file()]
        if not built:
            cache.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=cache) as tmp:
                src = Path(tmp) / "sdk"
                _generate(doc, lang, src)
                try:
                    made = build_package(lang, src, Path(tmp) / "dist")
                except ToolError as exc:
                    raise Unavailable(f"building the {LABELS[lang]} package failed: {str(exc)[:1500]}") from exc
                (cache / "package").mkdir(exist_ok=True)
                final = cache / "package" / made.name
                made.replace(final)
                built = [final]
    return FileResponse(built[0], media_type=MEDIA[lang], filename=built[0].name)
