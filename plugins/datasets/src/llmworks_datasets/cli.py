"""``llmworks datasets push|list``: talk to a running server over HTTP.

The server and credentials come from ``--url``/``--token`` or ``LLMWORKS_URL``/``LLMWORKS_TOKEN``
(an API key ``lwk_...`` or a session token). ``push`` streams the file in chunks as
``multipart/form-data`` with a known length (the server refuses an oversized upload at once)
and shows a progress bar.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn, TransferSpeedColumn
from rich.table import Table

CHUNK = 1024 * 1024
DEFAULT_URL = "http://127.0.0.1:8000"

app = typer.Typer(help="Upload and list datasets on an llmworks server.", no_args_is_help=True)
console = Console()

Url = Annotated[str, typer.Option("--url", envvar="LLMWORKS_URL", help="Server URL (LLMWORKS_URL)")]
Token = Annotated[str | None, typer.Option("--token", envvar="LLMWORKS_TOKEN", help="API key or session token (LLMWORKS_TOKEN)")]
Project = Annotated[str, typer.Option("--project", help="Project slug or id")]


class ApiError(Exception):
    def __init__(self, response: httpx.Response) -> None:
        try:
            body = response.json()
        except ValueError:
            body = {"detail": response.text[:500]}
        self.status = response.status_code
        self.detail = body.get("detail") or body.get("title") or f"HTTP {response.status_code}"
        self.errors = body.get("errors") or []
        super().__init__(f"{self.status}: {self.detail}")


def client(url: str, token: str | None) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=url.rstrip("/"), headers=headers, timeout=httpx.Timeout(60.0, read=None))


def _check(r: httpx.Response) -> Any:
    if r.status_code >= 400:
        raise ApiError(r)
    return r.json()


def resolve_project(c: httpx.Client, project: str) -> int:
    """A project id from an id or a slug (or a name)."""
    if project.isdigit():
        return int(project)
    offset = 0
    while True:
        page = _check(c.get("/api/projects", params={"limit": 500, "offset": offset}))
        for p in page["items"]:
            if project in (p["slug"], p["name"]):
                return int(p["id"])
        offset += len(page["items"])
        if not page["items"] or offset >= page["total"]:
            raise typer.BadParameter(f"no project '{project}' that you can see; use its slug or id", param_hint="--project")


def _quote(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\r", " ").replace("\n", " ")


def multipart_body(path: Path, fields: dict[str, str], on_chunk: Callable[[int], None] | None = None,
                   ) -> tuple[Iterator[bytes], str, int]:
    """(body chunks, content type, length) of a form with ``fields`` and the file as ``file``."""
    boundary = f"llmworks-{secrets.token_hex(12)}"
    head = b"".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{_quote(k)}"\r\n\r\n{v}\r\n'.encode()
        for k, v in fields.items()
    ) + (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{_quote(path.name)}"\r\n'
         "Content-Type: application/octet-stream\r\n\r\n").encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    size = path.stat().st_size

    def chunks() -> Iterator[bytes]:
        yield head
        with open(path, "rb") as fh:
            while block := fh.read(CHUNK):
                if on_chunk:
                    on_chunk(len(block))
                yield block
        yield tail

    return chunks(), f"multipart/form-data; boundary={boundary}", len(head) + size + len(tail)


def push(c: httpx.Client, path: Path, *, name: str, project_id: int, description: str = "",
         validation_fraction: float | None = None, seed: int | None = None,
         on_chunk: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Upload ``path`` as the next version of dataset ``name``; the server's answer (the version,
    with ``duplicate`` True when these bytes were uploaded before)."""
    fields = {"name": name, "description": description}
    if validation_fraction is not None:
        fields["validation_fraction"] = str(validation_fraction)
    if seed is not None:
        fields["seed"] = str(seed)
    body, ctype, length = multipart_body(path, fields, on_chunk)
    r = c.post("/api/datasets/upload", params={"project_id": project_id}, content=body,
               headers={"Content-Type": ctype, "Content-Length": str(length)})
    return _check(r)


def _fail(exc: Exception, url: str) -> typer.Exit:
    if isinstance(exc, ApiError):
        console.print(f"[red]error {exc.status}:[/] {exc.detail}")
        for e in exc.errors[:20]:
            console.print(f"  - {e.get('msg')}")
        if len(exc.errors) > 20:
            console.print(f"  … and {len(exc.errors) - 20} more")
        if exc.status == 401:
            console.print("log in with an API key: --token or LLMWORKS_TOKEN")
    else:
        console.print(f"[red]cannot reach {url}:[/] {exc} (is `llmworks serve` running? set --url or LLMWORKS_URL)")
    return typer.Exit(1)


@app.command("push")
def push_command(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True, help="The dataset file")],
    name: Annotated[str, typer.Option("--name", help="Dataset name (the same name gets the next version)")],
    project: Project,
    url: Url = DEFAULT_URL,
    token: Token = None,
    description: Annotated[str, typer.Option(help="What changed in this version")] = "",
    validation_fraction: Annotated[float | None, typer.Option(help="Share of rows in the validation split (default 0.1)")] = None,
    seed: Annotated[int | None, typer.Option(help="Seed of the split (default 0)")] = None,
) -> None:
    """Upload FILE as a new version of dataset NAME (same bytes: the existing version)."""
    size = file.stat().st_size
    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(), TimeRemainingColumn())
    try:
        with client(url, token) as c, Progress(*columns, console=console, transient=True) as progress:
            pid = resolve_project(c, project)
            task = progress.add_task(f"uploading {file.name}", total=size)

            def advance(n: int) -> None:
                progress.advance(task, n)
                if progress.tasks[task].completed >= size:
                    progress.update(task, description="validating on the server")

            v = push(c, file, name=name, project_id=pid, description=description,
                     validation_fraction=validation_fraction, seed=seed, on_chunk=advance)
    except (ApiError, httpx.HTTPError) as exc:
        raise _fail(exc, url) from None
    split = v["split"]
    if v.get("duplicate"):
        console.print(f"unchanged: these bytes are already version {v['version']} of '{v['name']}' (id {v['id']})")
    else:
        console.print(f"[green]'{v['name']}' version {v['version']}[/] (id {v['id']}): {v['row_count']} {v['kind']} rows, "
                      f"train {split['train_rows']} / validation {split['validation_rows']}, columns {', '.join(v['columns'])}")


@app.command("list")
def list_command(
    project: Annotated[str | None, typer.Option("--project", help="Project slug or id (default: all yours)")] = None,
    url: Url = DEFAULT_URL,
    token: Token = None,
    limit: Annotated[int, typer.Option(min=1, max=500, help="How many datasets")] = 50,
) -> None:
    """List datasets with their latest version."""
    try:
        with client(url, token) as c:
            params: dict[str, Any] = {"limit": limit}
            if project:
                params["project_id"] = resolve_project(c, project)
            page = _check(c.get("/api/datasets", params=params))
    except (ApiError, httpx.HTTPError) as exc:
        raise _fail(exc, url) from None
    t = Table("id", "name", "project", "version", "rows", "kind", "format", "updated")
    for d in page["items"]:
        latest = d.get("latest") or {}
        t.add_row(str(d["id"]), d["name"], str(d["project_id"]), str(d["latest_version"]), str(latest.get("row_count", "")),
                  latest.get("kind", ""), latest.get("format", ""), d["updated_at"][:19].replace("T", " "))
    console.print(t)
    if page["total"] > len(page["items"]):
        console.print(f"{len(page['items'])} of {page['total']} datasets (use --limit)")
