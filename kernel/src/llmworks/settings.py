"""Settings from environment variables (prefix ``LLMWORKS_``) with embedded defaults."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LLMWORKS_", extra="ignore")

    home: Path = Field(Path.home() / ".llmworks", description="Data folder (db, artifacts, jobs, models).")
    database_url: str | None = Field(None, description="SQLAlchemy URL; default SQLite in home.")
    artifact_url: str | None = Field(None, description="Artifact store URL; default file://<home>/artifacts.")
    models_dir: Path | None = Field(None, description="Folder of base models; default <home>/models.")

    host: str = "127.0.0.1"
    port: int = 8000
    public_url: str | None = None

    # queue
    queue: str = Field("embedded", description="'embedded' (in-process worker) or 'celery'.")
    celery_broker_url: str = "redis://127.0.0.1:6379/0"
    celery_queue: str = Field("llmworks", description="Celery queue name (give GPU nodes their own queue).")
    celery_key_prefix: str = Field("", description="Prefix of the broker's Redis keys (several installs on one Redis).")
    embedded_worker: bool = True
    worker_concurrency: int = 1
    heartbeat_seconds: float = 2.0
    heartbeat_timeout_seconds: float = 15.0
    poll_seconds: float = 0.5
    cancel_grace_seconds: float = 10.0
    gpus: str = Field("auto", description="GPUs this worker hands to jobs: 'auto' (what the resource probes find), "
                                          "'none', or device indices such as '0,1'.")
    gpu_type: str = Field("gpu", description="Device type of GPUs listed by index in LLMWORKS_GPUS.")

    # auth
    admin_username: str | None = None
    admin_password: str | None = None
    admin_email: str | None = None
    session_days: int = 14
    stream_recheck_seconds: float = Field(
        5.0, gt=0, le=300,
        description="Open event streams re-check the caller's session or API key and memberships this often, "
                    "and close when access is gone.")
    secure_cookies: bool = Field(False, description="Always mark cookies Secure (they are anyway on HTTPS requests).")
    trust_proxy_headers: bool = Field(False, description="Trust X-Forwarded-Proto from a reverse proxy (HTTPS detection).")
    allowed_origins: str | None = Field(None, description="Extra origins allowed for cookie-authenticated writes (comma-separated).")
    content_security_policy: str | None = Field(None, description="Replace the default Content-Security-Policy.")
    login_max_failures_per_account: int = Field(5, ge=1, description="Failed logins of one username per window before 429.")
    login_max_failures_per_address: int = Field(20, ge=1, description="Failed logins from one address per window before 429.")
    login_window_seconds: int = Field(900, ge=1, description="Window of the login throttling, in seconds.")
    auth_cache_seconds: float = Field(2.0, ge=0, le=60, description="How long a resolved credential (API key or session) is answered from memory. Changes made through this server take effect at once; changes made by another process (a second server, the CLI) within this many seconds. 0 turns the cache off.")

    # limits
    max_json_bytes: int = 8 * 1024 * 1024
    max_upload_bytes: int = 2 * 1024 * 1024 * 1024
    max_unprivileged_body_bytes: int = Field(
        64 * 1024, ge=1024, description="Largest body read from a caller who may write in no project (viewers, accounts without a membership) when the request does not show its project before the body.")
    page_max: int = 500

    # plugins
    load_plugins: str | None = Field(None, description="Comma-separated allow-list of plugins to load.")
    disable_plugins: str | None = Field(None, description="Comma-separated plugins to disable.")
    trace_plugins: bool = False

    @cached_property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.home / 'llmworks.db').resolve()}"

    @property
    def artifacts_url(self) -> str:
        return self.artifact_url or f"file://{(self.home / 'artifacts').resolve()}"

    @property
    def jobs_dir(self) -> Path:
        return self.home / "jobs"

    @property
    def models_path(self) -> Path:
        return self.models_dir or (self.home / "models")

    def ensure_dirs(self) -> None:
        for p in (self.home, self.jobs_dir, self.models_path):
            p.mkdir(parents=True, exist_ok=True)
