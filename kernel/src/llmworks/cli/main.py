"""The ``llmworks`` command line (Typer). Plugins add commands through ``register_commands``."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(help="llmworks: customise language models on your own hardware.", no_args_is_help=True,
                  pretty_exceptions_show_locals=False)
users_app = typer.Typer(help="Manage users.", no_args_is_help=True)
db_app = typer.Typer(help="Database tools for plugin developers.", no_args_is_help=True)
app.add_typer(users_app, name="users")
app.add_typer(db_app, name="db")
console = Console()


def _kernel(migrate: bool = True, role: str = "cli") -> Any:
    from llmworks.kernel import Kernel

    return Kernel.create(migrate=migrate, role=role)


def _logging(level: str = "INFO") -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if logging.getLogger().getEffectiveLevel() > logging.DEBUG:
        # the migration steps alembic logs at INFO on every start are not the user's business
        # (--log-level debug shows them)
        logging.getLogger("alembic").setLevel(logging.WARNING)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (LLMWORKS_HOST)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (LLMWORKS_PORT)")] = None,
    worker: Annotated[bool, typer.Option(help="Run the embedded worker in the server process")] = True,
    log_level: Annotated[str, typer.Option()] = "info",
) -> None:
    """Start the API, the web UI and (by default) an embedded worker."""
    import uvicorn

    from llmworks.api.app import create_app
    from llmworks.settings import Settings

    _logging(log_level.upper())
    settings = Settings()
    if host:
        settings.host = host
    if port:
        settings.port = port
    settings.embedded_worker = worker and settings.embedded_worker
    from llmworks.kernel import Kernel

    with console.status("migrating the database and loading plugins"):
        k = Kernel.create(settings)
    failed = [i for i in k.plugins.infos.values() if i.status == "failed"]
    for i in failed:
        console.print(f"[yellow]plugin {i.name} failed: {i.error}[/] (see `llmworks plugins`)")
    console.print(f"llmworks serving on http://{settings.host}:{settings.port} (database: {k.db.engine.dialect.name}, "
                  f"queue: {settings.queue}, data: {settings.home})")
    uvicorn.run(create_app(k), host=settings.host, port=settings.port, log_level=log_level)


@app.command()
def worker(
    concurrency: Annotated[int, typer.Option(help="Jobs run at the same time")] = 1,
    celery: Annotated[bool, typer.Option(help="Run as a Celery worker (LLMWORKS_CELERY_BROKER_URL)")] = False,
) -> None:
    """Run a standalone worker that claims jobs from the database (or from Celery)."""
    _logging()
    k = _kernel(role="worker")
    k.process_started()
    if celery:
        from llmworks.jobs.celery_backend import run_celery_worker

        run_celery_worker(k, concurrency=concurrency)
        return
    from llmworks.jobs.worker import Worker

    console.print(f"worker started ({concurrency} slot(s)); Ctrl-C to stop")
    Worker(k, concurrency=concurrency).run_forever()


@app.command("run-job")
def run_job(
    job_id: Annotated[int, typer.Argument(help="The queued job to run")],
    backend: Annotated[str, typer.Option(help="The compute backend that started this process (slurm, kubernetes)")] = "",
    native_id: Annotated[str, typer.Option(help="Its id for the job (Slurm job id, pod name)")] = "",
    follow: Annotated[bool, typer.Option(help="A follower node of a multi-node job: join its torchrun launch")] = False,
) -> None:
    """Run one queued job here and now (what a cluster backend starts on a node): same handler, database and artifacts."""
    from llmworks.jobs.node import follow_job
    from llmworks.jobs.node import run_job as run_one

    _logging()
    k = _kernel(migrate=False, role="job-node")
    try:
        code, message = follow_job(k, job_id) if follow else run_one(k, job_id, backend=backend, native_id=native_id)
    finally:
        k.close()
    console.print(message, highlight=False)
    raise typer.Exit(code)


@app.command()
def migrate() -> None:
    """Apply all database migrations (kernel and plugins)."""
    from llmworks.db.migrate import current

    k = _kernel(migrate=True)
    console.print(f"database at {k.db.engine.url.render_as_string(hide_password=True)} is at {', '.join(current(k))}")


@app.command()
def plugins(as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output")] = False) -> None:
    """List plugins with version, hooks, UI remote and health."""
    from llmworks.api.routers.plugins import plugins_report

    k = _kernel(migrate=False)
    report = plugins_report(k)
    if as_json:
        print(json.dumps(report, indent=2))
        return
    t = Table("plugin", "distribution", "version", "status", "hooks", "ui", "error")
    colours = {"ok": "green", "failed": "red", "disabled": "dim", "degraded": "yellow"}
    for p in report:
        err = p["error"] or "; ".join(f"{h}: {e}" for h, e in p["failed_hooks"].items())
        t.add_row(p["name"], p["distribution"] or "", p["version"] or "", f"[{colours.get(p['status'], 'white')}]{p['status']}[/]",
                  ", ".join(h.removeprefix("register_") for h in p["hooks"]), p["ui"] or "", err or "")
    console.print(t)
    for p in report:
        if p["hint"]:
            err = p["error"] or "; ".join(f"{h} raised {e}" for h, e in p["failed_hooks"].items())
            console.print(f"[{colours[p['status']]}]{p['name']}[/]: {err}\n  -> {p['hint']}", soft_wrap=True)
    if any(p["status"] == "failed" for p in report):
        console.print("[red]Some plugins failed to load: fix or uninstall them; the rest keep working.[/]")


@app.command()
def openapi(
    out: Annotated[Path | None, typer.Option("--out", help="Write the schema here (default: standard output)")] = None,
    indent: Annotated[int, typer.Option(help="JSON indentation (0: one line)")] = 2,
) -> None:
    """Write the OpenAPI schema of the API with every installed plugin, without a server or a database.

    The front-end build generates its TypeScript client from it:
    ``llmworks openapi --out build/openapi.json && python -m sdk_gen --file build/openapi.json ...``.
    """
    import tempfile

    from llmworks.api.app import create_app
    from llmworks.kernel import Kernel
    from llmworks.settings import Settings

    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="llmworks-openapi-") as home:
        # a throw-away data folder: the schema depends on the installed plugins, not on any data
        settings = Settings(home=Path(home), database_url=None, artifact_url=None, models_dir=None)
        k = Kernel.create(settings, migrate=False, role="cli")
        doc = create_app(k, start_worker=False, start_dispatcher=False).openapi()
        failed = [f"{i.name}: {i.error or i.failed_hooks}" for i in k.plugins.infos.values()
                  if i.status == "failed" or i.failed_hooks]
        k.db.engine.dispose()
    text = json.dumps(doc, indent=indent or None, ensure_ascii=False) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        console.print(f"wrote {out} ({len(doc.get('paths', {}))} paths, {len(doc.get('components', {}).get('schemas', {}))} schemas)",
                      highlight=False)
    for msg in failed:
        console.print(f"[yellow]plugin {msg}: its routes may be missing from the schema[/]", soft_wrap=True)


@users_app.command("create-admin")
def create_admin(
    username: Annotated[str, typer.Option(prompt=True)],
    password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)],
    email: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Create an administrator."""
    from llmworks.auth.bootstrap import create_user
    from llmworks.auth.security import check_password_strength

    if msg := check_password_strength(password):
        raise typer.BadParameter(msg)
    k = _kernel()
    try:
        create_user(k, username, password, role="admin", email=email)
    except ValueError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(1) from exc
    console.print(f"administrator '{username}' created")


@users_app.command("list")
def list_users() -> None:
    """List users."""
    from sqlalchemy import select

    from llmworks.db.models import User

    k = _kernel()
    t = Table("id", "username", "role", "active")
    with k.db.session() as s:
        for u in s.scalars(select(User).order_by(User.id)):
            t.add_row(str(u.id), u.username, u.role, "yes" if u.is_active else "no")
    console.print(t)


@db_app.command("revision")
def db_revision(
    message: Annotated[str, typer.Argument()],
    branch: Annotated[str, typer.Option(help="Plugin branch label (the plugin name)")],
    path: Annotated[Path, typer.Option(help="The plugin's migrations folder")],
) -> None:
    """Autogenerate a migration for a plugin's tables (developer tool)."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from llmworks.db.migrate import alembic_config

    k = _kernel(migrate=True)
    cfg = alembic_config(k)
    path.mkdir(parents=True, exist_ok=True)
    script = ScriptDirectory.from_config(cfg)
    heads = [r for r in script.get_revisions("heads") if branch in (r.branch_labels or set())]
    with k.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        if heads:
            command.revision(cfg, message=message, autogenerate=True, head=f"{branch}@head")
        else:
            command.revision(cfg, message=message, autogenerate=True, head="base", branch_label=branch,
                             version_path=str(path), depends_on="kernel_0001")


def _plugin_commands() -> None:
    from llmworks.plugins import PluginManager
    from llmworks.settings import Settings

    st = Settings()
    pm = PluginManager(load_plugins=st.load_plugins, disable_plugins=st.disable_plugins)
    pm.load_entrypoints()

    def add(plugin: str, cmd: Any) -> None:
        if isinstance(cmd.command, typer.Typer):
            app.add_typer(cmd.command, name=cmd.name, help=cmd.help)
        else:
            app.command(name=cmd.name, help=cmd.help or None)(cmd.command)

    pm.collect("register_commands", add)


def main() -> None:
    try:
        _plugin_commands()
    except Exception as exc:  # noqa: BLE001 - never lose the core CLI to a plugin
        print(f"warning: plugin commands unavailable: {exc}", file=sys.stderr)
    app()


if __name__ == "__main__":
    main()
